"""Figures the suite measures, written to docs/RELIABILITY.md by a passing run.

Tests anywhere in the suite record rows (``figures.add``); a test marked
``@pytest.mark.hostile("class of input")`` has its cases counted under that class (each
hypothesis example, or 1 for a plain test; see tests/conftest.py), and a test that batches
cases itself reports them with ``figures.held``. With
WITHINGS_GUI_WRITE_RELIABILITY=1 a session that passed writes them out, so the document
always shows a real run: a class's "held" equals "tried" because a single failing case fails
the run and nothing is written.
"""

from __future__ import annotations

import datetime
import platform
from collections import Counter
from pathlib import Path

DOC = Path(__file__).resolve().parents[2] / "docs" / "RELIABILITY.md"
COMMAND = "WITHINGS_GUI_WRITE_RELIABILITY=1 ./scripts/run-tests"
GENERATED = "Hostile input: cases tried and held, by class"


class Figures:
    def __init__(self) -> None:
        self.sections: dict[str, list[tuple[str, ...]]] = {}
        self.headers: dict[str, tuple[str, ...]] = {}
        self.cases: Counter[tuple[str, str]] = Counter()

    def add(self, section: str, header: tuple[str, ...], *row: object) -> None:
        self.headers[section] = header
        self.sections.setdefault(section, []).append(tuple(str(cell) for cell in row))

    def held(self, kind: str, test: str, cases: int = 1) -> None:
        """``cases`` inputs of ``kind`` went through ``test`` and every one held."""
        self.cases[(kind, test)] += cases

    def markdown(self) -> str:
        today = datetime.date.today().isoformat()
        lines = ["# Reliability and security", "",
                 "Written by the test suite from what it measured; every row is an assertion "
                 "that passed, every count a case that held.", "",
                 f"Command: `{COMMAND}`  ",
                 f"Measured: CPython {platform.python_version()}, {platform.machine()}, "
                 f"{today}", ""]
        sections = dict(self.sections)
        if self.cases:
            sections[GENERATED] = [(kind, str(count), str(count), f"`{test}`")
                                   for (kind, test), count in sorted(self.cases.items())]
            self.headers[GENERATED] = ("class", "cases tried", "held", "test")
        for section in sorted(sections):
            header = self.headers[section]
            lines += [f"## {section}", "", "| " + " | ".join(header) + " |",
                      "|" + "---|" * len(header)]
            for row in sections[section]:
                lines.append("| " + " | ".join(cell.replace("|", "\\|").replace("\n", " ")
                                               for cell in row) + " |")
            lines.append("")
        lines += ["## Covered by other tests of the suite", "",
                  "- HA restarts, a deleted mobile_app registration (410) registered again, a "
                  "user's rename respected, two processes publishing at once: "
                  "`tests/core/hass/test_publisher.py`.",
                  "- Two processes racing to refresh the Withings token (exactly one refresh): "
                  "`tests/core/withings/test_tokens.py`.",
                  "- Tray states for errors, stale data and re-authorization: "
                  "`tests/tray/test_status.py`, `tests/tray/test_app.py`.",
                  "- Settings saved by another process while the tray runs (a Pause in the "
                  "tray keeps them; `reload`, `sync-now` and a later launch reach it) and a "
                  "sync child that leaves `config.json` byte for byte: "
                  "`tests/tray/test_app_settings.py`, `tests/commands/test_sync.py`.",
                  "- Wizard pages refusing bad input (among them a profile name taken by "
                  "another Withings account and entities that already exist in HA) and bad "
                  "callback URLs: `tests/wizard/test_bad_input.py`, "
                  "`tests/core/setup_rules/test_callback_url.py`.", ""]
        return "\n".join(lines)

    def write(self) -> None:
        if self.sections or self.cases:
            DOC.write_text(self.markdown(), encoding="utf-8")


FIGURES = Figures()
