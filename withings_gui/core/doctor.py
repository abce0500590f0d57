"""``doctor``: every check that can tell a user why syncing does not work, in order."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

from withings_gui import __version__
from withings_gui.core.context import AppContext
from withings_gui.core.database import StoreError
from withings_gui.core.hass.client import HassApi, HassError
from withings_gui.core.hass.outbox import Outbox
from withings_gui.core.hass.publisher import MobileAppPublisher
from withings_gui.core.messages import (QT_TRANSLATE_NOOP, Message, as_message, joined,
                                        message_of)
from withings_gui.core.missing_measures import missing_for
from withings_gui.core.secrets import CLIENT_SECRET, HA_TOKEN, SecretStoreError
from withings_gui.core.setup_rules.callback_network import check_network
from withings_gui.core.setup.home_network import path_kind_of
from withings_gui.core.setup_rules.callback_url import check_static
from withings_gui.core.withings.api import WithingsClient
from withings_gui.core.withings.errors import WithingsError
from withings_gui.core.withings.tokens import TokenManager


C = "core.doctor"


@dataclass(frozen=True)
class Check:
    name: str  # an id for scripts (``doctor --json``), never translated
    ok: bool | None  # None: not checked (an earlier check failed or it does not apply)
    text: Message | str  # what the user reads (a str: said as it is)

    def __post_init__(self) -> None:
        object.__setattr__(self, "text", as_message(self.text))

    @property
    def message(self) -> str:
        """The text in English (``doctor --json``, logs)."""
        return self.text.english()


def _said(source: str, **values: object) -> Message:
    return Message(C, source, values)


def run_checks(ctx: AppContext, network: bool = True) -> Iterator[Check]:
    """Yield each check as soon as it is known, so a UI can show progress."""
    config = ctx.config
    yield Check("config", True, _said(QT_TRANSLATE_NOOP("core.doctor",
                                                        "Settings read from {file}"),
                                      file=str(ctx.paths.config_file)))
    yield Check("configured", config.is_configured or None,
                _said(QT_TRANSLATE_NOOP("core.doctor", "Withings app and profiles are set up"))
                if config.is_configured else
                _said(QT_TRANSLATE_NOOP("core.doctor",
                                        "Nothing configured yet: run `withings-gui setup`")))
    warning = ctx.secrets.warning
    yield Check("keyring", warning is None,
                as_message(warning) if warning else _said(QT_TRANSLATE_NOOP(
                    "core.doctor", "Secrets are kept in {backend}"),
                    backend=ctx.secrets.backend_name))
    yield _history_check(ctx)
    yield from _hass_checks(ctx)
    yield from _withings_checks(ctx)
    yield from _missing_measure_checks(ctx)
    if config.callback_url:
        # A callback that is not Home Assistant's own (home network, an app made before) may
        # have any path: the login is caught in the app before the page loads.
        rules = check_static(config.callback_url,
                             ha_path=path_kind_of(config.callback_url) != "home_network")
        if network and all(rule.ok is not False for rule in rules):
            rules += check_network(config.callback_url)
        for rule in rules:
            parts = [as_message(rule.message)]
            if rule.ok is False and rule.fix:
                parts.append(as_message(rule.fix))
            yield Check(f"callback:{rule.rule_id}", rule.ok, joined(parts))



def _history_check(ctx: AppContext) -> Check:
    """A damaged history stops every sync; say so here, with what to do."""
    try:
        ctx.store
    except StoreError as exc:
        return Check("history", False, message_of(exc))
    return Check("history", True, _said(QT_TRANSLATE_NOOP("core.doctor",
                                                          "History readable in {file}"),
                                        file=str(ctx.paths.store_file)))


def _hass_checks(ctx: AppContext) -> Iterator[Check]:
    if not ctx.config.ha_url:
        yield Check("home_assistant", None,
                    _said(QT_TRANSLATE_NOOP("core.doctor", "No Home Assistant configured")))
        return
    token = _secret(ctx, HA_TOKEN)
    if not token:
        yield Check("home_assistant", False, _said(QT_TRANSLATE_NOOP(
            "core.doctor", "No Home Assistant token saved; run setup again")))
        return
    try:
        with HassApi(ctx.config.ha_url, token, ca_file=ctx.config.ha_ca_file or None) as api:
            info = api.info()
    except HassError as exc:
        yield Check("home_assistant", False, message_of(exc))
        return
    yield Check("home_assistant", True, _said(QT_TRANSLATE_NOOP(
        "core.doctor", "Home Assistant {version} ({location}) accepts the token"),
        version=info.version, location=info.location_name))
    yield _sensors_check(ctx, api)


def _sensors_check(ctx: AppContext, api: HassApi) -> Check:
    """Is what the app registered still in HA? (Deleted there, a sync would otherwise say ok
    while HA shows nothing.)"""
    try:
        device_id = ctx.ha_device_id()
        outbox = Outbox(ctx.paths.store_file)
    except StoreError as exc:
        return Check("home_assistant:sensors", False, message_of(exc))
    try:
        problems = MobileAppPublisher(api, ctx.secrets, outbox, device_id,
                                      __version__).check()
    except (HassError, SecretStoreError) as exc:
        return Check("home_assistant:sensors", False, message_of(exc))
    finally:
        outbox.close()
    if problems:
        return Check("home_assistant:sensors", False, joined(problems))
    return Check("home_assistant:sensors", True, _said(QT_TRANSLATE_NOOP(
        "core.doctor", "Home Assistant holds every sensor this app registered there")))


def _withings_checks(ctx: AppContext) -> Iterator[Check]:
    config = ctx.config
    if not config.client_id:
        return
    if not _secret(ctx, CLIENT_SECRET):
        yield Check("withings_app", False, _said(QT_TRANSLATE_NOOP(
            "core.doctor", "The Withings Consumer Secret is not saved")))
        return
    for slug in config.profiles:
        tokens = TokenManager(ctx.endpoints, config.client_id, ctx.secrets, ctx.paths, slug)
        name = f"withings:{slug}"
        if not tokens.has_tokens():
            yield Check(name, False, _said(QT_TRANSLATE_NOOP(
                "core.doctor", "Profile '{profile}' is not logged in to Withings: run "
                "`withings-gui login --profile {profile}`"), profile=slug))
            continue
        try:
            with WithingsClient(ctx.endpoints, tokens) as client:
                devices = client.get_devices()
        except WithingsError as exc:
            yield Check(name, False, message_of(exc))
            continue
        yield Check(name, True, _said(QT_TRANSLATE_NOOP(
            "core.doctor", "Withings login of '{profile}' works (1 device)"), profile=slug)
            if len(devices) == 1 else _said(QT_TRANSLATE_NOOP(
                "core.doctor", "Withings login of '{profile}' works ({count} devices)"),
                profile=slug, count=len(devices)))


def _missing_measure_checks(ctx: AppContext) -> Iterator[Check]:
    """Per profile, each measure its devices could give that Withings did not send, and why
    (from what the syncs stored: no network here)."""
    for slug in ctx.config.profiles:
        name = f"measures:{slug}"
        try:
            findings = missing_for(ctx.store, slug)
        except StoreError as exc:
            yield Check(name, None, _said(QT_TRANSLATE_NOOP("core.doctor", "Not checked: {why}"),
                                          why=message_of(exc)))
            continue
        if not findings and not ctx.store.devices(slug):
            yield Check(name, None, _said(QT_TRANSLATE_NOOP(
                "core.doctor", "No devices of '{profile}' known yet: after a sync, this tells "
                "which measures they could give but did not send"), profile=slug))
        elif not findings:
            yield Check(name, True, _said(QT_TRANSLATE_NOOP(
                "core.doctor", "Every measure the devices of this account give has arrived")))
        # Not failures of this app: shown, but doctor's verdict does not depend on them.
        for finding in findings:
            yield Check(name, None, finding.text)


def _secret(ctx: AppContext, name: str) -> str | None:
    try:
        return ctx.secrets.get(name)
    except SecretStoreError:
        return None


def summarize(checks: list[Check]) -> bool:
    return all(check.ok is not False for check in checks)


