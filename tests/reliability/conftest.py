"""The reliability suite records the figures it measures; with WITHINGS_GUI_WRITE_RELIABILITY=1
the session writes them to docs/RELIABILITY.md, so the document always shows a real run."""

from __future__ import annotations

import datetime
import os
import platform
from pathlib import Path

import pytest

from withings_gui.demo.cloud import SimulatedCloud

DOC = Path(__file__).resolve().parents[2] / "docs" / "RELIABILITY.md"
COMMAND = "WITHINGS_GUI_WRITE_RELIABILITY=1 ./scripts/run-tests tests/reliability"


class Figures:
    def __init__(self) -> None:
        self.sections: dict[str, list[tuple[str, ...]]] = {}
        self.headers: dict[str, tuple[str, ...]] = {}

    def add(self, section: str, header: tuple[str, ...], *row: object) -> None:
        self.headers[section] = header
        self.sections.setdefault(section, []).append(tuple(str(cell) for cell in row))

    def markdown(self) -> str:
        today = datetime.date.today().isoformat()
        lines = ["# Reliability and security", "",
                 "Written by the test suite in `tests/reliability` from what it measured; "
                 "every row is an assertion that passed.", "",
                 f"Command: `{COMMAND}`  ",
                 f"Measured: CPython {platform.python_version()}, {platform.machine()}, "
                 f"{today}", ""]
        for section in sorted(self.sections):
            header = self.headers[section]
            lines += [f"## {section}", "", "| " + " | ".join(header) + " |",
                      "|" + "---|" * len(header)]
            for row in self.sections[section]:
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
                  "- Wizard pages refusing bad input (37 tests, among them a profile name taken "
                  "by another Withings account and entities that already exist in HA) and bad "
                  "callback URLs (85 tests of the URL rules): `tests/wizard/test_bad_input.py`, "
                  "`tests/core/test_callback_url.py`.", ""]
        return "\n".join(lines)


_FIGURES = Figures()


@pytest.fixture(scope="session")
def figures() -> Figures:
    return _FIGURES


@pytest.fixture
def cloud():
    """The simulated Withings cloud on the real clock (the fault tests use a simulated one)."""
    with SimulatedCloud(seed=5) as cloud:
        yield cloud


def pytest_sessionfinish(session, exitstatus):
    if os.environ.get("WITHINGS_GUI_WRITE_RELIABILITY") == "1" and exitstatus == 0 \
            and _FIGURES.sections:
        DOC.write_text(_FIGURES.markdown(), encoding="utf-8")
