"""The setup draft: saved after every page, never a secret in it, whatever the file holds."""

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from withings_gui.core.config import Config, Profile
from withings_gui.core.setup.draft import (SAVED_FIELDS, SetupDraft, clear_draft, load_draft,
                                           save_draft)
from withings_gui.core.setup.flow import PAGES, resume_page


def load_progress(path):
    return load_draft(path, Config(), PAGES)


def test_resume_lands_on_the_first_unfinished_page(tmp_path):
    path = tmp_path / "progress.json"
    progress = SetupDraft()
    assert resume_page(progress) == "path"
    for page in ("path", "hass", "callback"):
        progress.mark_done(page)
    save_draft(path, progress)
    assert resume_page(load_progress(path)) == "portal"
    progress.done = list(PAGES)
    assert resume_page(progress) == "finish"


def test_a_saved_draft_is_laid_over_the_settings(tmp_path):
    path = tmp_path / "progress.json"
    config = Config(client_id="ab" * 32, ha_url="http://ha.local:8123", interval_minutes=30,
                    profiles={"alice": Profile("alice", "Alice", "lb", "42")})
    fresh = load_draft(path, config, PAGES)
    assert (fresh.client_id, fresh.ha_url, fresh.interval_minutes, fresh.unit) == \
        ("ab" * 32, "http://ha.local:8123", 30, "lb")
    save_draft(path, SetupDraft(ha_url="http://other.local:8123", done=["path", "hass"]))
    resumed = load_draft(path, config, PAGES)
    assert resumed.ha_url == "http://other.local:8123" and resumed.done == ["path", "hass"]


def test_unreadable_progress_starts_over(tmp_path):
    path = tmp_path / "progress.json"
    path.write_text("{broken")
    assert load_progress(path) == SetupDraft()
    path.write_text(json.dumps({"done": ["path", "nonsense"], "unknown_key": 1}))
    assert load_progress(path).done == ["path"]
    clear_draft(path)
    clear_draft(path)  # twice is fine
    assert not path.exists()


def test_progress_saved_before_the_draft_names_the_person_again(tmp_path):
    path = tmp_path / "progress.json"
    path.write_text(json.dumps({"path_kind": "own_domain", "withings_userid": "42",
                                "pending_profile": "_pending",
                                "done": ["path", "hass", "authorize", "profile", "finish"]}))
    draft = load_progress(path)
    assert draft.login_profile == "_pending" and resume_page(draft) == "callback"
    assert draft.done == ["path", "hass", "authorize"]


def test_progress_never_holds_a_secret(tmp_path):
    path = tmp_path / "progress.json"
    draft = SetupDraft(secrets={"ha_token": "t0ken-" * 10, "client_secret": "s3cret" * 10},
                       demo=True)
    save_draft(path, draft)
    saved = path.read_text()
    assert "t0ken-" not in saved and "s3cret" not in saved
    assert set(json.loads(saved)) == set(SAVED_FIELDS)
    assert not {"secrets", "demo"} & set(SAVED_FIELDS)


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
    (b'{"login_profile": "a/b"}', "login profile name is not a profile name"),
    (b'{"profile_slug": "Bob"}', "profile name is not a profile name"),
    (b'{"unit": "stone"}', "unit is unknown"),
    (b'{"interval_minutes": 0}', "sync interval is out of range"),
    (b'{"interval_minutes": true}', "interval_minutes has a value of the wrong kind"),
    (b'{"ha_url": "ha.local:8123"}', "ha url is not usable"),
    (b'{"client_id": "abc"}', "client id is not usable"),
    (b'{"callback_url": "ftp://x.example.com/cb"}', "callback url is not usable"),
])
def test_unusable_progress_starts_fresh_and_says_why(tmp_path, content, why):
    path = tmp_path / "progress.json"
    path.write_bytes(content)
    progress = load_progress(path)
    assert progress == SetupDraft() and why in str(progress.note)
    assert "setup starts from the beginning" in str(progress.note)
    assert "note" not in json.dumps(progress.to_json())  # the note is never saved


JSON = st.recursive(st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
                    lambda inner: st.lists(inner, max_size=3)
                    | st.dictionaries(st.text(max_size=6), inner, max_size=3), max_leaves=8)
PROGRESS_LIKE = st.dictionaries(st.sampled_from(sorted(SAVED_FIELDS)),
                                JSON | st.sampled_from(["path", "nabu_casa", "_pending", ""])
                                | st.lists(st.sampled_from(PAGES)), max_size=6)


def _usable(path, content: bytes) -> None:
    path.write_bytes(content)
    progress = load_progress(path)  # never raises
    assert resume_page(progress) in PAGES
    assert progress.path_kind in ("own_domain", "nabu_casa", "home_network")
    assert all(isinstance(value, type(getattr(SetupDraft(), name)))
               for name, value in progress.to_json().items())
    save_draft(path, progress)
    assert load_progress(path) == progress and not load_progress(path).note


@settings(max_examples=1000, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(content=st.binary(max_size=200))
def test_any_bytes_as_saved_progress(tmp_path, content, figures):
    figures.held("wizard-progress.json: any bytes", "tests/core/setup/test_draft.py")
    _usable(tmp_path / "progress.json", content)


@settings(max_examples=800, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(data=JSON | PROGRESS_LIKE)
def test_any_json_as_saved_progress(tmp_path, data, figures):
    figures.held("wizard-progress.json: any JSON", "tests/core/setup/test_draft.py")
    _usable(tmp_path / "progress.json",
            json.dumps(data, allow_nan=True).encode("utf-8", "surrogatepass"))


def test_a_rerun_shows_the_path_of_the_saved_callback_and_keeps_an_app_choice(tmp_path):
    config = Config(callback_url="https://my.home-assistant.io/redirect/oauth")
    assert SetupDraft.from_config(config).path_kind == "home_network"
    path = tmp_path / "wizard.json"
    save_draft(path, SetupDraft(path_kind="home_network", existing_app=True))
    loaded = load_draft(path, config, PAGES)
    assert (loaded.path_kind, loaded.existing_app) == ("home_network", True)


def test_the_ecg_opt_in_is_the_persons_and_reaches_their_profile(tmp_path):
    draft = SetupDraft(profile_slug="alice", withings_userid="1", read_ecg=True)
    path = tmp_path / "wizard.json"
    save_draft(path, draft)
    assert load_draft(path, Config(), PAGES).read_ecg is True
    config = Config()
    draft.apply_to(config)
    assert config.profiles["alice"].read_ecg is True
    # A re-run starts from what the person chose; the next person chooses for themselves.
    rerun = SetupDraft.from_config(config)
    assert rerun.read_ecg is True
    rerun.restart_person()
    assert rerun.read_ecg is False
    rerun.profile_slug, rerun.withings_userid = "bob", "2"
    rerun.apply_to(config)
    assert (config.profiles["alice"].read_ecg, config.profiles["bob"].read_ecg) == (True, False)
