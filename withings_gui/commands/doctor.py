"""``withings-gui doctor``: run the checks and print each as it completes."""

from __future__ import annotations

import argparse
import json

from withings_gui.commands.language import shown
from withings_gui.core.context import AppContext
from withings_gui.core.doctor import run_checks, summarize

# The same in every language: scripts and support requests read them.
_MARKS = {True: "ok  ", False: "FAIL", None: "--  "}


def run(args: argparse.Namespace, ctx: AppContext) -> int:
    checks = []
    for check in run_checks(ctx, network=not ctx.config.demo):
        checks.append(check)
        if not args.json:
            print(f"[{_MARKS[check.ok]}] {check.name}: {shown(check.text)}", flush=True)
    if args.json:
        print(json.dumps([{"name": c.name, "ok": c.ok, "message": c.message} for c in checks],
                         indent=2))
    return 0 if summarize(checks) else 1
