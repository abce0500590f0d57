"""``withings-gui login``: authorize a profile by pasting the final redirect URL."""

from __future__ import annotations

import argparse
import sys
import webbrowser

from withings_gui.commands import print_error
from withings_gui.commands.language import translate
from withings_gui.core.config import Config
from withings_gui.core.context import AppContext
from withings_gui.core.profile_slug import ProfileNameError, check_slug
from withings_gui.core.login import (AccountMismatchError, LoginSetupError, begin_login,
                                     complete_login)
from withings_gui.core.messages import QT_TRANSLATE_NOOP, Message, joined, message_of
from withings_gui.core.tray_requests import ask_running_tray
from withings_gui.core.withings.errors import WithingsError


def run(args: argparse.Namespace, ctx: AppContext) -> int:
    try:
        slug = check_slug(args.profile)
        if slug not in ctx.config.profiles:
            raise LoginSetupError(Message("cli.login", QT_TRANSLATE_NOOP(
                "cli.login", "No profile '{profile}' yet; create it with `withings-gui "
                "configure --profile {profile} ...`."), {"profile": slug}))
        attempt = begin_login(ctx, slug)
    except (ProfileNameError, LoginSetupError) as exc:
        print_error("withings-gui login", exc)
        return 2
    print(translate("cli.login", "Open this address, log in to Withings and allow access:"),
          file=sys.stderr)
    # The URL alone on stdout, so scripts and tests can pick it up.
    print(attempt.authorize_url, flush=True)
    if not args.no_browser:
        webbrowser.open(attempt.authorize_url)
    print(translate("cli.login", "Your browser then tries to open the callback address. Copy "
                                 "that whole address from the address bar, paste it here and "
                                 "press Enter (it may show an error page: that is fine, the "
                                 "address is what counts):"), file=sys.stderr)
    pasted = sys.stdin.readline()
    if not pasted.strip():
        print_error("withings-gui login",
                    translate("cli.login", "nothing was pasted; run login again."))
        return 1
    try:
        tokens = complete_login(ctx, attempt, pasted, replace_account=args.replace)
    except AccountMismatchError as exc:
        print_error("withings-gui login", joined([message_of(exc), Message(
            "cli.login", QT_TRANSLATE_NOOP(
                "cli.login", "Log in again with that person's Withings account, or run "
                "`withings-gui login --profile {profile} --replace` to give the profile to the "
                "new account."), {"profile": slug})]))
        return 1
    except (WithingsError, LoginSetupError, ValueError) as exc:
        print_error("withings-gui login", exc)
        return 1
    try:
        ctx.update_config(lambda config: _set_withings_user(config, slug, tokens.userid))
    except LoginSetupError as exc:
        print_error("withings-gui login", exc)
        return 1
    ask_running_tray(ctx.paths, "reload")
    print(translate("cli.login", "Logged in: profile '{profile}' is Withings user {user}.")
          .format(profile=slug, user=tokens.userid))
    return 0


def _set_withings_user(config: Config, slug: str, userid: int) -> None:
    """Record whose account the profile logged in with: that field only, in the current file."""
    profile = config.profiles.get(slug)
    if profile is None:  # removed by the wizard while this login ran
        raise LoginSetupError(Message("cli.login", QT_TRANSLATE_NOOP(
            "cli.login", "Profile '{profile}' was removed while logging in; add it again with "
            "`withings-gui configure`, then log in again."), {"profile": slug}))
    profile.withings_userid = str(userid)
