"""The layers point one way: every ``import`` in the package, read with ast, against the rules.

Read from the source, so an import inside a function (loaded late on purpose) counts as much
as one at the top; what a module only names for type checking counts too.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "withings_gui"

# (importing modules, imported modules they must not reach, why)
RULES = [
    ("withings_gui.core", ("PySide6", "shiboken6", "withings_gui.gui", "withings_gui.wizard",
                           "withings_gui.tray", "withings_gui.commands", "withings_gui.cli"),
     "the core runs without Qt (CLI, sync child) and under every front end"),
    ("withings_gui.core.withings", ("withings_gui.core.catalog", "withings_gui.core.hass"),
     "the Withings client knows Withings, not Home Assistant's sensors"),
    ("withings_gui.core.config", ("withings_gui.core.hass",),
     "the settings model knows no Home Assistant naming; slug rules are the profile's"),
    ("withings_gui.wizard", ("withings_gui.tray",),
     "the wizard must not carry the tray (nor the tray's process the wizard's)"),
    ("withings_gui.tray", ("PySide6.QtWebEngineCore", "PySide6.QtWebEngineWidgets"),
     "the tray never loads QtWebEngine (memory; docs/BENCHMARKS.md)"),
]

def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def is_module(name: str) -> bool:
    relative = Path(*name.split("."))
    return (PACKAGE.parent / relative).with_suffix(".py").is_file() or \
        (PACKAGE.parent / relative / "__init__.py").is_file()


def imports_of(path: Path) -> set[str]:
    """Every module ``path`` imports (``from a import b`` counts as ``a.b`` if b is one)."""
    found: set[str] = set()
    package = module_name(path).rsplit(".", 1)[0] if path.name != "__init__.py" \
        else module_name(path)
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:  # relative: from the package this module is in
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(anchor + ([base] if base else []))
            found.add(base)
            found.update(f"{base}.{alias.name}" for alias in node.names
                         if is_module(f"{base}.{alias.name}"))
    return found


def within(name: str, prefix: str) -> bool:
    return name == prefix or name.startswith(prefix + ".")


@pytest.fixture(scope="module")
def graph() -> dict[str, set[str]]:
    return {module_name(path): imports_of(path) for path in sorted(PACKAGE.rglob("*.py"))}


def forbidden_edges(graph: dict[str, set[str]]) -> set[tuple[str, str, str]]:
    edges = set()
    for importer, imported in graph.items():
        for source, targets, why in RULES:
            if within(importer, source):
                edges.update((importer, name, why) for name in imported
                             if any(within(name, target) for target in targets))
    return edges


def test_the_graph_is_read(graph):
    # The rules would hold trivially over an empty or misread graph.
    assert len(graph) > 80
    assert "withings_gui.core.catalog" in graph["withings_gui.core.sensors"]
    assert "withings_gui.core.setup_rules.callback_network" in graph["withings_gui.core.doctor"]
    # An import inside a function (loaded late on purpose) is read too.
    assert "withings_gui.wizard.app" in graph["withings_gui.commands.gui"]


def test_no_import_crosses_a_layer_the_wrong_way(graph):
    wrong = sorted(f"{importer} imports {name}: {why}"
                   for importer, name, why in forbidden_edges(graph))
    assert wrong == []
