"""The tray's "Why is a measure missing?": an entry per profile, a window of plain sentences
read from the history the tray's syncs filled (simulated cloud over HTTP, real widgets)."""

import pytest

from withings_gui.core.config import Profile
from withings_gui.tray.missing import NOTHING_MISSING, findings_text
from withings_gui.tray.state import TrayState

pytestmark = pytest.mark.gui


def test_the_window_explains_a_hidden_measure_and_unassigned_weigh_ins(qtbot, tray, cloud):
    alice = next(uid for uid, user in cloud.users.items() if user.name == "Alice")
    cloud.hide_measure(alice, 91)
    cloud.add_unassigned_weigh_ins(alice, 2)
    tray.start()
    qtbot.waitUntil(lambda: tray.status.state is TrayState.OK, timeout=15000)

    tray.menu.rebuild()
    tray.menu.action("missing:alice").trigger()
    window = tray.missing_windows["alice"]
    qtbot.waitUntil(lambda: not window.loading, timeout=5000)
    text = window.text.toPlainText()
    assert window.isVisible() and "alice" in window.windowTitle()
    assert "Pulse wave velocity: your Body Cardio or Body Scan sent" in text
    assert "wait to be assigned to a person in the Withings app" in text
    # Asked again: the same window, read anew.
    tray.menu.action("missing:alice").trigger()
    assert tray.missing_windows == {"alice": window}
    qtbot.waitUntil(lambda: not window.loading, timeout=5000)


def test_one_entry_per_profile(qtbot, tray):
    assert [a.text() for a in tray.menu.actions() if str(a.data()).startswith("missing:")] \
        == ["Why is a measure &missing?…"]
    tray.ctx.update_config(lambda c: c.profiles.setdefault("bob", Profile("bob", "Bob")))
    tray.menu.rebuild()
    assert [a.data() for a in tray.menu.actions() if str(a.data()).startswith("missing:")] \
        == ["missing:alice", "missing:bob"]
    assert tray.menu.action("missing:bob").text() == "Why is a measure missing? (bob)…"


def test_nothing_missing_is_said_in_a_sentence():
    assert findings_text([]) == NOTHING_MISSING
