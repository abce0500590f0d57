"""Labels that can show a server's words show them as typed, never as markup."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from withings_gui.core.messages import Message
from withings_gui.core.setup_rules.callback_url import RuleResult
from withings_gui.wizard.widgets import RuleList, error_label, plain_label

pytestmark = pytest.mark.gui


def _width(qtbot, label: QLabel) -> int:
    if label.parent() is None:
        qtbot.addWidget(label)
    label.setWordWrap(False)
    return label.sizeHint().width()


def test_markup_from_a_server_shows_literally_in_an_error(qtbot):
    line = error_label()
    qtbot.addWidget(line)
    line.setText("<b>x</b>")
    shown = line.label
    rendered = QLabel()
    rendered.setTextFormat(Qt.TextFormat.RichText)
    rendered.setText("<b>x</b>")
    assert shown.textFormat() == Qt.TextFormat.PlainText
    # As plain text all eight characters take room; rendered, only a bold "x" would.
    assert _width(qtbot, shown) > 3 * _width(qtbot, rendered)
    assert plain_label("<a href='http://evil'>click</a>").textFormat() == \
        Qt.TextFormat.PlainText


def test_a_page_error_is_plain_cleaned_and_capped(qtbot, make_wizard):
    page = make_wizard().page(0)
    page.show_error("Home Assistant said: <b>x</b>\x1b[31m " + "y" * 2000)
    assert page.error.label.textFormat() == Qt.TextFormat.PlainText
    assert page.error.text().startswith("Home Assistant said: <b>x</b> y")
    assert "\x1b" not in page.error.text() and len(page.error.text()) <= 600


def test_a_rule_message_quoting_a_server_is_escaped(qtbot):
    rules = RuleList()
    qtbot.addWidget(rules)
    rules.add(RuleResult("tls", Message("test", "Certificate"), False,
                         Message("test", "the server said {said}",
                                 {"said": "<a href='http://evil'>renew</a>"}),
                         fix=Message("test", "<b>now</b>")))
    message = rules.findChild(QLabel, "rule-tls")
    assert "<a href" not in message.text() and "&lt;a href=" in message.text()
    assert "&lt;b&gt;now&lt;/b&gt;" in message.text()
