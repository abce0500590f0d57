"""Log a profile in to Withings: authorize URL → redirect URL → tokens saved for the profile.

Shared by the CLI's paste-the-URL login and the wizard's embedded browser, so both check the
state and exchange the code the same way.
"""

from __future__ import annotations

from dataclasses import dataclass

from withings_gui.core.config import Config
from withings_gui.core.context import AppContext
from withings_gui.core.errors import Explained
from withings_gui.core.messages import QT_TRANSLATE_NOOP, Message
from withings_gui.core.secrets import CLIENT_SECRET, token_key
from withings_gui.core.withings.oauth import (TokenSet, build_authorize_url, exchange_code,
                                              new_state, parse_redirect)
from withings_gui.core.withings.tokens import TokenManager

C = "core.login"


class LoginSetupError(Explained):
    """Login cannot start: the Withings app is not configured yet."""


class AccountMismatchError(LoginSetupError):
    """The login was made with another Withings account than the one the profile has."""


def account_conflict(config: Config, slug: str, userid: str) -> Message | None:
    """Why giving profile ``slug`` to Withings user ``userid`` would replace another person's
    account, or None. The one rule for the wizard's profile page and ``withings-gui login``:
    a profile's history and entities are one person's, so it never changes hands silently."""
    profile = config.profiles.get(slug)
    if profile is None or not profile.withings_userid or profile.withings_userid == userid:
        return None
    person = f" ({profile.display_name})" if profile.display_name and \
        profile.display_name != slug else ""
    return Message(C, QT_TRANSLATE_NOOP(
        "core.login", "The profile {profile} already belongs to another Withings account (user "
        "{owner}); this login was made with Withings user {userid}"),
        {"profile": f"{slug}{person}", "owner": profile.withings_userid, "userid": userid})


@dataclass(frozen=True)
class LoginAttempt:
    profile: str
    state: str
    authorize_url: str
    redirect_uri: str


def begin_login(ctx: AppContext, profile: str) -> LoginAttempt:
    config = ctx.config
    if not config.client_id or not config.callback_url:
        raise LoginSetupError(Message(C, QT_TRANSLATE_NOOP(
            "core.login", "The Withings Client Id and callback URL are not configured; run "
            "`withings-gui configure` or the setup wizard first.")))
    state = new_state()
    url = build_authorize_url(ctx.endpoints, config.client_id, config.callback_url, state)
    return LoginAttempt(profile, state, url, config.callback_url)


def complete_login(ctx: AppContext, attempt: LoginAttempt, redirect_url: str,
                   replace_account: bool = False) -> TokenSet:
    """Check the redirect, exchange the code at once (codes live ~30 s) and save the tokens.

    AccountMismatchError, with the saved tokens untouched, when the login was made with
    another account than the profile's, unless ``replace_account``."""
    code = parse_redirect(redirect_url, attempt.redirect_uri, attempt.state)
    secret = ctx.secrets.get(CLIENT_SECRET)
    if not secret:
        raise LoginSetupError(Message(C, QT_TRANSLATE_NOOP(
            "core.login", "The Withings Consumer Secret is not saved; run "
            "`withings-gui configure` or the setup wizard again.")))
    tokens = exchange_code(ctx.endpoints, ctx.config.client_id, secret, code,
                           attempt.redirect_uri)
    conflict = account_conflict(ctx.config, attempt.profile, str(tokens.userid))
    if conflict and not replace_account:
        raise AccountMismatchError(Message(C, QT_TRANSLATE_NOOP(
            "core.login", "{conflict}. Nothing was changed."), {"conflict": conflict}))
    TokenManager(ctx.endpoints, ctx.config.client_id, ctx.secrets, ctx.paths,
                 attempt.profile).save(tokens)
    return tokens


def adopt_tokens(ctx: AppContext, from_profile: str, to_profile: str) -> None:
    """Give the tokens of a login made before the person was named to their profile."""
    if from_profile == to_profile:
        return
    text = ctx.secrets.get(token_key(from_profile))
    if text:
        ctx.secrets.set(token_key(to_profile), text)
        ctx.secrets.delete(token_key(from_profile))
