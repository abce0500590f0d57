"""``withings-gui sync --once``: one pass, printed as a table or JSON.

A full pass by default; ``--scheduled`` (the tray's timer) follows the slower streams' cadence;
``--notified 1,44`` (the tray, after a Withings notification) reads only those categories;
``--push`` (the tray's hourly safety pass while push works) reads notified streams less often.
"""

from __future__ import annotations

import argparse
import json

from withings_gui.commands import print_error
from withings_gui.commands.language import names_translator, shown, translate
from withings_gui.core.context import AppContext
from withings_gui.core.push.categories import CategoryError, parse_applis
from withings_gui.core.sync import SyncEngine
from withings_gui.core.sync_result import SyncResult, results_to_json

EXIT_NEEDS_REAUTH = 3


def run(args: argparse.Namespace, ctx: AppContext) -> int:
    if not ctx.config.profiles:
        print_error("withings-gui sync", translate(
            "cli.sync", "no profile is configured; run `withings-gui setup` or `withings-gui "
            "configure` first."))
        return 2
    try:
        notified = parse_applis(args.notified) if args.notified is not None else ()
    except CategoryError as exc:
        print_error("withings-gui sync", translate("cli.sync", "--notified: {problem}").format(
            problem=shown(exc.text)))
        return 2
    try:
        results = SyncEngine(ctx, names=names_translator()).run_once(
            args.profile, full=not (args.scheduled or notified), dry_run=args.dry_run,
            notified=notified, push=args.push)
    except KeyError as exc:
        print_error("withings-gui sync", exc.args[0])
        return 2
    if args.json:
        print(json.dumps(results_to_json(results), indent=2))
    else:
        _print_table(results)
    if any(r.needs_reauth for r in results):
        return EXIT_NEEDS_REAUTH
    return 0 if all(r.ok for r in results) else 1


def _print_table(results: list[SyncResult]) -> None:
    for result in results:
        print(f"{result.profile}: {result.state.value} — {shown(result.summary)}")
        width = max((len(e.entity_id) for e in result.entities), default=0)
        for entity in result.entities:
            value = f"{entity.state} {entity.unit_of_measurement or ''}".strip()
            when = f"  ({entity.measured_at})" if entity.measured_at else ""
            print(f"  {entity.entity_id:<{width}}  {value}{when}")
