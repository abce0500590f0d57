"""The wizard's page order and saved progress, without any widget."""

import json
from dataclasses import asdict

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

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


@pytest.mark.parametrize("content, why", [
    (b"[" * 10_000 + b"]" * 10_000, "nested too deeply"),
    (b"[1, 2]", "not a JSON object"),
    (b"\xff\xfe", "not valid JSON"),
    (b'{"done": "path"}', "finished pages"),
    (b'{"skip_hass": "yes"}', "skip_hass has a value of the wrong kind"),
    (b'{"path_kind": "ftp"}', "choice of callback address is unknown"),
    (b'{"pending_profile": "../../etc"}', "pending profile name"),
    (b'{"withings_userid": "1\\u0000"}', "withings_userid holds text that cannot be used"),
    (b'{"contact_email": "\\ud800"}', "contact_email holds text that cannot be used"),
])
def test_unusable_progress_starts_fresh_and_says_why(tmp_path, content, why):
    path = tmp_path / "progress.json"
    path.write_bytes(content)
    progress = load_progress(path)
    assert progress == Progress() and why in progress.note
    assert "setup starts from the beginning" in progress.note
    assert "note" not in json.dumps(asdict(progress))  # the note is never saved


JSON = st.recursive(st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
                    lambda inner: st.lists(inner, max_size=3)
                    | st.dictionaries(st.text(max_size=6), inner, max_size=3), max_leaves=8)
PROGRESS_LIKE = st.dictionaries(st.sampled_from(sorted(Progress.__dataclass_fields__)),
                                JSON | st.sampled_from(["path", "nabu_casa", "_pending", ""])
                                | st.lists(st.sampled_from(PAGES)), max_size=6)


def _usable(path, content: bytes) -> None:
    path.write_bytes(content)
    progress = load_progress(path)  # never raises
    assert progress.resume_page() in PAGES
    assert progress.path_kind in ("own_domain", "nabu_casa")
    assert all(isinstance(value, type(getattr(Progress(), name)))
               for name, value in asdict(progress).items())
    save_progress(path, progress)
    assert load_progress(path) == progress and not load_progress(path).note


@settings(max_examples=1000, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(content=st.binary(max_size=200))
def test_any_bytes_as_saved_progress(tmp_path, content, figures):
    figures.held("wizard-progress.json: any bytes", "tests/wizard/test_flow.py")
    _usable(tmp_path / "progress.json", content)


@settings(max_examples=800, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(data=JSON | PROGRESS_LIKE)
def test_any_json_as_saved_progress(tmp_path, data, figures):
    figures.held("wizard-progress.json: any JSON", "tests/wizard/test_flow.py")
    _usable(tmp_path / "progress.json",
            json.dumps(data, allow_nan=True).encode("utf-8", "surrogatepass"))
