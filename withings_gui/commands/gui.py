"""The commands that open windows; Qt is imported only here, never by the other commands."""

from __future__ import annotations

import argparse

from withings_gui.core.context import AppContext


def run_setup(args: argparse.Namespace, ctx: AppContext) -> int:
    from withings_gui.wizard.app import run_wizard

    finished = run_wizard(ctx, start_tray_after=True,
                          reauthorize=getattr(args, "reauthorize", False))
    return 0 if finished else 1


def run_tray(args: argparse.Namespace, ctx: AppContext) -> int:
    from withings_gui.tray.launch import run_tray_app

    return run_tray_app(ctx)


def run_default(args: argparse.Namespace, ctx: AppContext) -> int:
    if args.demo or not ctx.config.is_configured:
        return run_setup(args, ctx)
    return run_tray(args, ctx)
