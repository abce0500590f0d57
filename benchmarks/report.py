"""Write a benchmark's results into its own section of docs/BENCHMARKS.md.

Each benchmark owns the text between ``<!-- NAME:begin -->`` and ``<!-- NAME:end -->``, so
several scripts can update one document without clobbering each other.
"""

from __future__ import annotations

import platform
import re
import sys
import time
from pathlib import Path

DOC = Path(__file__).resolve().parent.parent / "docs" / "BENCHMARKS.md"
HEADER = ("# Benchmarks\n\nEach section is written by the script named in it; re-run the command "
          "shown to reproduce it.\n")


def write_section(name: str, title: str, command: str, body: str) -> None:
    machine = (f"{platform.python_implementation()} {platform.python_version()}, "
               f"{platform.machine()}, {time.strftime('%Y-%m-%d')}")
    section = (f"<!-- {name}:begin -->\n## {title}\n\nCommand: `{command}`  \n"
               f"Measured: {machine}\n\n{body.strip()}\n<!-- {name}:end -->")
    text = DOC.read_text(encoding="utf-8") if DOC.exists() else HEADER
    pattern = re.compile(rf"<!-- {re.escape(name)}:begin -->.*?<!-- {re.escape(name)}:end -->",
                         re.S)
    text = pattern.sub(lambda _: section, text) if pattern.search(text) \
        else text.rstrip("\n") + "\n\n" + section + "\n"
    DOC.parent.mkdir(parents=True, exist_ok=True)
    DOC.write_text(text, encoding="utf-8")
    print(section, file=sys.stderr)


def publish(name: str, title: str, command: str, body: str, write: bool) -> None:
    """Write the section into BENCHMARKS.md; with ``write`` off (--no-write), only print it."""
    if write:
        write_section(name, title, command, body)
    else:
        print(body)
