"""``withings-gui configure``: store settings and secrets after checking their format."""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import Callable

from withings_gui.commands import print_error
from withings_gui.commands.language import shown, translate
from withings_gui.core.config import Config, Profile
from withings_gui.core.context import AppContext
from withings_gui.core.catalog import all_specs
from withings_gui.core.hass.naming import refuse_colliding_slug
from withings_gui.core.messages import (QT_TRANSLATE_NOOP, Message, as_message, joined, listed,
                                        verbatim)
from withings_gui.core.profile_slug import ProfileNameError, check_slug
from withings_gui.core.secrets import CLIENT_SECRET, HA_TOKEN
from withings_gui.core.tray_requests import ask_running_tray
from withings_gui.core.validation import (InputError, check_client_id, check_client_secret,
                                          check_ha_token, check_interval, check_web_address,
                                          normalize_ha_url)
from withings_gui.core.setup_rules.callback_url import check_static

SECRET_NAMES = {"client_secret": CLIENT_SECRET, "ha_token": HA_TOKEN}
SECRET_CHECKS = {"client_secret": check_client_secret, "ha_token": check_ha_token}
C = "cli.configure"


# The settings that belong to a profile, or need one to be set up first.
PROFILE_SETTINGS = ("ha_url", "ha_ca_file", "client_id", "callback_url", "unit", "interval",
                    "name", "read_ecg")


def run(args: argparse.Namespace, ctx: AppContext) -> int:
    if args.remove:
        return _remove(ctx, args.profile)
    if args.profile is None:
        return _run_without_profile(args, ctx)
    try:
        secrets = _read_secrets()

        def has_secret() -> bool:
            return "client_secret" in secrets or bool(ctx.secrets.get(CLIENT_SECRET))

        # Applied to the settings as they are on disk now: what the tray or the wizard saved
        # since this process started is kept. A refused input leaves the file untouched.
        ctx.update_config(lambda config: _apply(args, config, has_secret))
    except (InputError, ProfileNameError) as exc:
        print_error("withings-gui configure", exc)
        return 2
    for name, value in secrets.items():
        ctx.secrets.set(SECRET_NAMES[name], value)
    if ctx.secrets.warning:
        print(translate("cli.configure", "Warning: {warning}").format(
            warning=_text(ctx.secrets.warning)), file=sys.stderr)
    ask_running_tray(ctx.paths, "reload")
    print(translate("cli.configure", "Saved settings for profile '{profile}' in {file}.").format(
        profile=args.profile, file=ctx.paths.config_file))
    return 0


def _remove(ctx: AppContext, slug: str | None) -> int:
    """Remove a profile: first our Withings subscriptions for it (best effort: Withings would
    otherwise notify a webhook for a person no longer synced), then its login and settings.
    Its history stays in the database."""
    if slug is None:
        print_error("withings-gui configure", translate(
            "cli.configure", "--remove needs --profile NAME"))
        return 2
    if slug not in ctx.config.profiles:
        print_error("withings-gui configure", translate(
            "cli.configure", "no profile '{profile}' to remove; configured: {profiles}").format(
                profile=slug, profiles=", ".join(ctx.config.profiles) or "-"))
        return 2
    from withings_gui.core.push.callback import push_callback_url
    from withings_gui.core.push.subscriptions import revoke_profile
    from withings_gui.core.withings.tokens import TokenManager

    # No settings owner given: an install that never pushed gets no webhook id for this.
    said = revoke_profile(ctx, slug, push_callback_url(ctx.config))
    ctx.update_config(lambda config: config.profiles.pop(slug, None))
    TokenManager(ctx.endpoints, ctx.config.client_id, ctx.secrets, ctx.paths, slug).forget()
    ask_running_tray(ctx.paths, "reload")
    print(translate("cli.configure", "Removed profile '{profile}' ({what}); its history stays "
                                     "in {file}.").format(profile=slug, what=shown(said),
                                                          file=ctx.paths.store_file))
    return 0


def _run_without_profile(args: argparse.Namespace, ctx: AppContext) -> int:
    """Only the language is the whole app's; every other setting needs --profile."""
    if args.language is None or any(getattr(args, name) is not None
                                    for name in PROFILE_SETTINGS):
        print_error("withings-gui configure", translate(
            "cli.configure", "--profile is required (only --language may be set without it)"))
        return 2
    ctx.update_config(lambda config: _apply_language(args, config))
    print(translate("cli.configure", "Saved the language ({language}) in {file}; it applies "
                                     "from the next start of the wizard and the tray.").format(
                                         language=args.language, file=ctx.paths.config_file))
    return 0


def _apply_language(args: argparse.Namespace, config: Config) -> None:
    if args.language is not None:
        config.language = "" if args.language == "system" else args.language


def _apply(args: argparse.Namespace, config: Config, has_secret: Callable[[], bool]) -> None:
    """Set what the arguments give on ``config``; InputError when something is refused."""
    _apply_language(args, config)
    slug = check_slug(args.profile)
    if slug not in config.profiles:
        refuse_colliding_slug(slug, config.profiles, all_specs())
    if args.client_id is not None:
        config.client_id = check_client_id(args.client_id)
    if args.ha_url is not None:
        config.ha_url = normalize_ha_url(args.ha_url)
    if args.ha_ca_file is not None:
        from withings_gui.core.hass.certificate import check_ca_file

        config.ha_ca_file = check_ca_file(args.ha_ca_file)
    if args.callback_url is not None:
        url, _ = check_web_address(args.callback_url, "callback URL")
        failures = [rule for rule in check_static(url) if rule.ok is False and rule.blocking]
        if failures:
            raise InputError(Message(C, QT_TRANSLATE_NOOP(
                "cli.configure", "The callback URL would be refused by Withings: {reasons}"),
                {"reasons": joined([as_message(rule.message) for rule in failures], "; ")}))
        config.callback_url = url
    if args.interval is not None:
        config.interval_minutes = check_interval(args.interval)
    profile = config.profiles.setdefault(slug, Profile(slug))
    if args.unit is not None:
        profile.unit = args.unit
    if args.name is not None:
        profile.display_name = args.name.strip()
    if args.read_ecg is not None:
        profile.read_ecg = args.read_ecg == "yes"
    missing = [label for ok, label in ((config.client_id or False, "--client-id"),
                                       (config.callback_url or False, "--callback-url"))
               if not ok]
    if missing:
        raise InputError(Message(C, QT_TRANSLATE_NOOP(
            "cli.configure", "{options} must be given the first time."),
            {"options": listed([verbatim(option) for option in missing])}))
    if not has_secret():
        raise InputError(Message(C, QT_TRANSLATE_NOOP(
            "cli.configure", "No Withings Consumer Secret saved yet: give a line "
            "client_secret=... on standard input.")))


def _read_secrets() -> dict[str, str]:
    """``name=value`` lines from stdin; at a terminal, ask without echo instead."""
    if sys.stdin is None:
        return {}
    if sys.stdin.isatty():
        found = {}
        for name in SECRET_NAMES:
            value = getpass.getpass(translate(
                "cli.configure", "{name} (Enter keeps the saved one): ").format(
                    name=name)).strip()
            if value:
                found[name] = SECRET_CHECKS[name](value)
        return found
    found = {}
    for number, line in enumerate(sys.stdin.read().splitlines(), start=1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        name, sep, value = line.partition("=")
        name = name.strip()
        if not sep or name not in SECRET_NAMES:
            # Never echo the line: it may be a secret typed in the wrong format.
            raise InputError(Message(C, QT_TRANSLATE_NOOP(
                "cli.configure", "Standard input line {number} is not client_secret=... or "
                "ha_token=..."), {"number": number}))
        found[name] = SECRET_CHECKS[name](value)
    return found




def _text(text: Message | str) -> str:
    """A text from the core in the chosen language (a str: as it is)."""
    return shown(as_message(text))
