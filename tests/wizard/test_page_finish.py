"""The finish page's first sync: a ``sync --once`` child, as the tray runs its passes."""

import os

import pytest

from withings_gui.demo.session import open_demo
from withings_gui.wizard.app import SetupWizard
from withings_gui.core.setup.flow import PAGES

pytestmark = pytest.mark.gui

SYNC_MS = 60_000


@pytest.fixture
def demo(tmp_path, cloud):
    session = open_demo(str(tmp_path / "demo"), live_interval=None, cloud=cloud)
    yield session
    session.close()


@pytest.fixture
def open_finish(qtbot, demo):
    """A wizard for the logged-in demo profile, opened on the finish page (which starts the
    first sync at once); ``before`` runs on the page before it is shown."""
    made = []

    def open_it(before=lambda page: None):
        wizard = SetupWizard(demo.ctx)
        qtbot.addWidget(wizard)
        made.append(wizard)
        page = wizard.page_for("finish")
        before(page)
        alice = demo.ctx.config.profiles["alice"]
        draft = wizard.draft
        draft.done = list(PAGES[:-1])
        draft.profile_slug = draft.login_profile = alice.slug
        draft.display_name, draft.withings_userid = alice.display_name, alice.withings_userid
        wizard.resume()
        wizard.show()
        return page
    yield open_it
    for wizard in made:
        wizard.reject()


def test_the_first_sync_shows_progress_then_the_entities(qtbot, open_finish):
    page = open_finish()
    # The draft is committed first (off the GUI thread), then the child starts.
    qtbot.waitUntil(lambda: page.first_sync.running, timeout=SYNC_MS)
    assert page.busy_bar.isVisible() and not page.isComplete()
    assert page.sync_result.toPlainText() == "Syncing with Withings…"
    qtbot.waitUntil(page.isComplete, timeout=SYNC_MS)
    assert not page.busy_bar.isVisible() and page.error.text() == ""
    assert "sensor.withings_weight_kg_alice = " in page.sync_result.toPlainText()


def test_a_first_sync_that_hangs_is_stopped_and_said_so(qtbot, open_finish, cloud):
    cloud.faults.add("delay", path="/measure", action="getmeas", seconds=30)

    def short_deadline(page):
        page.first_sync.timeout_s = 2
    page = open_finish(short_deadline)
    qtbot.waitUntil(page.isComplete, timeout=SYNC_MS)  # finishing is allowed either way
    assert page.error.text() == \
        "The first sync failed: The sync took longer than 2 s and was stopped."
    assert page.sync_result.toPlainText() == ""


def test_closing_the_wizard_during_the_first_sync_ends_the_child(qtbot, open_finish, cloud):
    held = cloud.faults.add("delay", path="/measure", action="getmeas", seconds=30)
    page = open_finish()
    # Taken when the request arrives: the child waits for its reply now.
    qtbot.waitUntil(lambda: held not in cloud.faults.active, timeout=SYNC_MS)
    pid = page.first_sync._process.processId()
    page.wizard().reject()
    assert not page.first_sync.running and not page.busy_bar.isVisible()
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)  # gone, and reaped


def test_stones_chosen_give_st_sensors_in_the_first_sync(qtbot, open_finish, demo):
    page = open_finish(before=lambda page: setattr(page.draft, "unit", "st"))
    assert page.units["st"].isChecked()
    qtbot.waitUntil(page.isComplete, timeout=SYNC_MS)
    shown = page.sync_result.toPlainText()
    assert "sensor.withings_weight_st_alice = " in shown and " st" in shown
    assert "sensor.withings_weight_kg_alice" not in shown
    assert demo.ctx.config.profiles["alice"].unit == "st"
