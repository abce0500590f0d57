"""``withings-gui sync --once``: one full pass, printed as a table or JSON."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict

from withings_gui.core.context import AppContext
from withings_gui.core.sync import SyncEngine, SyncResult, SyncState

EXIT_NEEDS_REAUTH = 3


def run(args: argparse.Namespace, ctx: AppContext) -> int:
    if not ctx.config.profiles:
        print("withings-gui sync: no profile is configured; run `withings-gui setup` or "
              "`withings-gui configure` first.", file=sys.stderr)
        return 2
    try:
        results = SyncEngine(ctx).run_once(args.profile, full=True, dry_run=args.dry_run)
    except KeyError as exc:
        print(f"withings-gui sync: {exc.args[0]}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(to_json(results), indent=2))
    else:
        _print_table(results)
    if any(r.state is SyncState.NEEDS_REAUTH for r in results):
        return EXIT_NEEDS_REAUTH
    return 0 if all(r.ok for r in results) else 1


def to_json(results: list[SyncResult]) -> dict:
    entities = []
    for result in results:
        for entity in result.entities:
            entities.append({**asdict(entity), "profile": result.profile})
    return {
        "entities": entities,
        "withings_requests": sum(r.withings_requests for r in results),
        "ha_writes": sum(r.ha_writes for r in results),
        "ha_pending": sum(r.ha_pending for r in results),
        "profiles": [{"profile": r.profile, "state": r.state.value, "message": r.message,
                      "new_measurements": r.new_measurements, "published": r.published}
                     for r in results],
    }


def _print_table(results: list[SyncResult]) -> None:
    for result in results:
        print(f"{result.profile}: {result.state.value} — {result.message}")
        width = max((len(e.entity_id) for e in result.entities), default=0)
        for entity in result.entities:
            value = f"{entity.state} {entity.unit_of_measurement or ''}".strip()
            when = f"  ({entity.measured_at})" if entity.measured_at else ""
            print(f"  {entity.entity_id:<{width}}  {value}{when}")
