"""The commands that open windows; Qt is imported only here, never by the other commands."""

from __future__ import annotations

import argparse
import subprocess

from withings_gui.core.context import AppContext
from withings_gui.core.relaunch import app_command


def run_setup(args: argparse.Namespace, ctx: AppContext) -> int:
    """The wizard, then the tray: the wizard itself knows nothing of the tray."""
    from withings_gui.wizard.app import run_wizard

    if not run_wizard(ctx, reauthorize=getattr(args, "reauthorize", False)):
        return 1
    if ctx.config.demo:
        # The simulated cloud lives in this process; keep the demo in it.
        return run_tray(args, ctx)
    # A fresh process: the tray must not carry this process's QtWebEngine. A tray already
    # running is asked to show itself and reload the settings (tray_requests).
    subprocess.Popen(app_command("tray", "--config-dir", str(ctx.paths.root)),
                     start_new_session=True)
    return 0


def run_tray(args: argparse.Namespace, ctx: AppContext) -> int:
    from withings_gui.tray.launch import run_tray_app

    return run_tray_app(ctx)


def run_default(args: argparse.Namespace, ctx: AppContext) -> int:
    if args.demo or not ctx.config.is_configured:
        return run_setup(args, ctx)
    return run_tray(args, ctx)
