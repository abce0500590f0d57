"""The wizard's page order and saved progress, without any widget."""

import json

from withings_gui.wizard.flow import PAGES, Progress, clear_progress, load_progress, save_progress


def test_resume_lands_on_the_first_unfinished_page(tmp_path):
    path = tmp_path / "progress.json"
    progress = Progress()
    assert progress.resume_page() == "path"
    for page in ("path", "hass", "callback"):
        progress.mark_done(page)
    save_progress(path, progress)
    assert load_progress(path).resume_page() == "portal"
    progress.done = list(PAGES)
    assert progress.resume_page() == "finish"


def test_another_person_repeats_authorize_and_profile():
    progress = Progress(done=list(PAGES), withings_userid="42")
    progress.restart_person()
    assert progress.resume_page() == "authorize" and progress.withings_userid == ""
    assert "credentials" in progress.done


def test_unreadable_progress_starts_over(tmp_path):
    path = tmp_path / "progress.json"
    path.write_text("{broken")
    assert load_progress(path) == Progress()
    path.write_text(json.dumps({"done": ["path", "nonsense"], "unknown_key": 1}))
    assert load_progress(path).done == ["path"]
    clear_progress(path)
    clear_progress(path)  # twice is fine
    assert not path.exists()


def test_progress_never_holds_a_secret():
    assert set(Progress.__dataclass_fields__) == {
        "path_kind", "skip_hass", "contact_email", "done", "withings_userid", "pending_profile"}
