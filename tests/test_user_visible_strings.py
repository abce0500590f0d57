"""No text the user reads bypasses the translation system (issue 19).

Python's ast finds every string literal that reaches the user in the GUI, tray and command
modules: passed to a Qt text setter or widget constructor, to the wizard's own text helpers,
printed, raised, or returned by a function that makes a message. Such a literal must be the
argument of tr / translate / QT_TRANSLATE_NOOP. Words are what counts: punctuation, URLs,
e-mail addresses and file names are not translated.

Strings of modules not converted yet are listed in user_visible_allowlist.txt: the list
may only shrink (an entry no longer found fails too, so it is deleted with its fix)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("withings_gui/wizard", "withings_gui/gui", "withings_gui/tray",
            "withings_gui/commands")
ALLOWLIST = Path(__file__).with_name("user_visible_allowlist.txt")

# Qt's text setters and the constructors that take a text, and the app's own helpers that
# show one (wizard/base.py note, page_path.py section, widgets.py plain_label, StatusLine.say,
# Page.show_error, the tray's notify).
SHOWS_TEXT = {
    "setText", "setWindowTitle", "setTitle", "setSubTitle", "setToolTip", "setStatusTip",
    "setWhatsThis", "setPlaceholderText", "setAccessibleName", "setAccessibleDescription",
    "setSuffix", "setPrefix", "setPlainText", "setHtml", "setButtonText", "setTabText",
    "setSpecialValueText", "setLabelText", "setWindowIconText", "setFormat", "addAction",
    "addItem", "addItems", "addRow", "addTab", "addMenu", "insertItem", "showMessage",
    "drawText", "information", "warning", "critical", "question", "about",
    "getOpenFileName", "getSaveFileName", "getExistingDirectory", "QLabel", "QPushButton",
    "QCheckBox", "QRadioButton", "QAction", "QMenu", "QGroupBox", "QMessageBox",
    "QToolButton", "QCommandLinkButton", "note", "section", "plain_label", "say",
    "show_error", "notify", "Notice", "print",
}
# Calls whose string arguments are the translation system's (or already translated).
TRANSLATES = {"tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP", "shown", "shown_text",
              "shown_state", "language_name"}
# A function returning a literal with one of these in its name returns text for the user.
MESSAGE_FUNCTION = re.compile(r"text|message|title|tooltip|label|describe|why", re.I)
TAGS = re.compile(r"<[^>]*>")
NOT_WORDS = re.compile(r"""^(?:[^A-Za-z]*                          # punctuation, numbers
                           |[\w.+-]+@[\w.-]+                       # an e-mail address
                           |https?://\S*                           # a URL
                           |[\w.-]+\.(?:png|svg|pem|crt|json|log)  # a file name
                           )$""", re.X)


# On a literal's line, this comment says why it stays English (a machine-read marker, the
# Withings portal's own words, a bug's message).
UNTRANSLATED = "# untranslated:"
LOGGERS = {"log", "logger", "logging"}


def _is_log(func: ast.expr) -> bool:
    """log.warning(...): the log is English (and never shown in a window)."""
    return isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) \
        and func.value.id in LOGGERS


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Attribute):
        return func.attr
    return func.id if isinstance(func, ast.Name) else ""


def _literals(node: ast.AST):
    """The string literals an expression's value is made of (not those inside other calls'
    arguments: a call makes its own text, checked where it is made)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        yield node, node.value
    elif isinstance(node, ast.JoinedStr):
        words = "".join(part.value for part in node.values if isinstance(part, ast.Constant))
        yield node, words
        for part in node.values:
            if isinstance(part, ast.FormattedValue):
                yield from _literals(part.value)
    elif isinstance(node, ast.BinOp):
        yield from _literals(node.left)
        yield from _literals(node.right)
    elif isinstance(node, ast.IfExp):
        yield from _literals(node.body)
        yield from _literals(node.orelse)
    elif isinstance(node, ast.BoolOp):
        for value in node.values:
            yield from _literals(value)
    elif isinstance(node, ast.Call) and _name(node.func) not in TRANSLATES \
            and isinstance(node.func, ast.Attribute):
        yield from _literals(node.func.value)  # "text {x}".format(...), ", ".join(...)


def _arguments(call: ast.Call) -> list[ast.expr]:
    if _name(call.func) == "print":  # what is printed, not sep= or file=
        return list(call.args)
    return [*call.args, *(keyword.value for keyword in call.keywords)]


def untranslated(path: Path) -> list[tuple[int, str]]:
    """(line, text) of each literal in ``path`` that reaches the user untranslated."""
    source = path.read_text(encoding="utf-8")
    lines = source.splitlines()
    tree = ast.parse(source, str(path))
    found = []

    def check(expr: ast.expr) -> None:
        for node, words in _literals(expr):
            if not NOT_WORDS.match(TAGS.sub("", words)) \
                    and UNTRANSLATED not in lines[node.lineno - 1]:
                found.append((node.lineno, words))

    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and _name(node.func) in SHOWS_TEXT \
                and not _is_log(node.func):
            for argument in _arguments(node):
                check(argument)
        elif isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call):
            for argument in node.exc.args:
                check(argument)
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) \
                and MESSAGE_FUNCTION.search(node.name):
            for inner in ast.walk(node):
                if isinstance(inner, ast.Return) and inner.value is not None:
                    check(inner.value)
    return found


def _all_untranslated() -> set[str]:
    return {f"{path.relative_to(ROOT)}: {words}"
            for package in PACKAGES for path in sorted((ROOT / package).rglob("*.py"))
            for _line, words in untranslated(path)}


def _allowed() -> set[str]:
    lines = ALLOWLIST.read_text(encoding="utf-8").splitlines()
    return {line for line in lines if line.strip() and not line.startswith("#")}


def test_every_user_visible_string_is_translatable():
    extra = sorted(_all_untranslated() - _allowed())
    assert not extra, ("text the user reads, outside tr()/translate():\n  "
                       + "\n  ".join(extra))


def test_the_allowlist_only_shrinks():
    gone = sorted(_allowed() - _all_untranslated())
    assert not gone, ("translated now (or changed): delete from "
                      f"{ALLOWLIST.name}:\n  " + "\n  ".join(gone))


@pytest.mark.parametrize("source, expected", [
    ('label.setText("Hello there")', ["Hello there"]),
    ('label.setText(self.tr("Hello there"))', []),
    ('QPushButton(f"Sync {name} now")', ["Sync  now"]),
    ('self.say("Done." if ok else "Failed.", None)', ["Done.", "Failed."]),
    ('box.setText("Saved {n}".format(n=3))', ["Saved {n}"]),
    ('print("No profile.", file=sys.stderr)', ["No profile."]),
    ('raise InputError("Bad value")', ["Bad value"]),
    ('def error_text():\n    return "Broken"', ["Broken"]),
    ('edit.setPlaceholderText("you@example.com")', []),
    ('row.addRow("", widget)', []),
    ('QLabel("•")', []),
    ('label.setText(f"<code>{slug}</code>")', []),
    ('log.warning("Sync failed: %s", why)', []),
    ('print("marker=1")  # untranslated: read by the benchmark', []),
])
def test_the_scanner_finds_what_it_should(tmp_path, source, expected):
    module = tmp_path / "sample.py"
    module.write_text(source + "\n")
    assert [words for _line, words in untranslated(module)] == expected
