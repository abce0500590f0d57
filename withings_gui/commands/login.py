"""``withings-gui login``: authorize a profile by pasting the final redirect URL."""

from __future__ import annotations

import argparse
import sys
import webbrowser

from withings_gui.commands import print_error
from withings_gui.core.config import Config
from withings_gui.core.context import AppContext
from withings_gui.core.profile_slug import ProfileNameError, check_slug
from withings_gui.core.login import (AccountMismatchError, LoginSetupError, begin_login,
                                     complete_login)
from withings_gui.core.tray_requests import ask_running_tray
from withings_gui.core.withings.errors import WithingsError


def run(args: argparse.Namespace, ctx: AppContext) -> int:
    try:
        slug = check_slug(args.profile)
        if slug not in ctx.config.profiles:
            raise LoginSetupError(f"No profile {slug!r} yet; create it with "
                                  f"`withings-gui configure --profile {slug} ...`.")
        attempt = begin_login(ctx, slug)
    except (ProfileNameError, LoginSetupError) as exc:
        print_error("withings-gui login", exc)
        return 2
    print("Open this address, log in to Withings and allow access:", file=sys.stderr)
    # The URL alone on stdout, so scripts and tests can pick it up.
    print(attempt.authorize_url, flush=True)
    if not args.no_browser:
        webbrowser.open(attempt.authorize_url)
    print("Your browser then tries to open the callback address. Copy that whole address "
          "from the address bar, paste it here and press Enter (it may show an error page: "
          "that is fine, the address is what counts):", file=sys.stderr)
    pasted = sys.stdin.readline()
    if not pasted.strip():
        print("withings-gui login: nothing was pasted; run login again.", file=sys.stderr)
        return 1
    try:
        tokens = complete_login(ctx, attempt, pasted, replace_account=args.replace)
    except AccountMismatchError as exc:
        print_error("withings-gui login", f"{exc} Log in again with that person's Withings "
                    f"account, or run `withings-gui login --profile {slug} --replace` to give "
                    "the profile to the new account.")
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
    print(f"Logged in: profile {slug!r} is Withings user {tokens.userid}.")
    return 0


def _set_withings_user(config: Config, slug: str, userid: int) -> None:
    """Record whose account the profile logged in with: that field only, in the current file."""
    profile = config.profiles.get(slug)
    if profile is None:  # removed by the wizard while this login ran
        raise LoginSetupError(f"Profile {slug!r} was removed while logging in; add it again "
                              "with `withings-gui configure`, then log in again.")
    profile.withings_userid = str(userid)
