"""The commit: nothing reaches config.json before it; after it the settings hold exactly the
draft's fields, what another process changed meanwhile is kept, and a renamed person keeps
their Withings login."""

import json
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from keyring.backends import fail

from withings_gui.core.config import ConfigStore, Profile
from withings_gui.core.context import AppContext
from withings_gui.core.secrets import CLIENT_SECRET, HA_TOKEN, SecretStore, token_key
from withings_gui.core.setup import flow
from withings_gui.core.setup.commit import commit, finish, save_progress
from withings_gui.core.setup.draft import SetupDraft, load_draft
from withings_gui.core.setup.flow import PAGES
from withings_gui.core.tray_requests import requests_file

TOKENS = json.dumps({"access_token": "a" * 40, "refresh_token": "r" * 40, "userid": 42})


def open_ctx(root: Path) -> AppContext:
    ctx = AppContext.open(str(root))
    ctx.secrets = SecretStore(ctx.paths, backend=fail.Keyring())  # the 0600 file: fast
    return ctx


@pytest.fixture
def ctx(tmp_path):
    ctx = open_ctx(tmp_path / "cfg")
    yield ctx
    ctx.close()


def logged_in_draft(**fields) -> SetupDraft:
    draft = SetupDraft(client_id="ab" * 32, callback_url="https://ha.example.com/auth/external"
                       "/callback", ha_url="http://ha.local:8123", **fields)
    draft.logged_in("42")
    return draft


def test_a_renamed_person_takes_the_login_along(ctx):
    ctx.secrets.set(token_key("_pending"), TOKENS)
    draft = logged_in_draft(display_name="Alice", profile_slug="alice")
    commit(ctx, draft)
    assert set(ctx.config.profiles) == {"alice"} and draft.login_profile == "alice"
    assert ctx.secrets.get(token_key("alice")) == TOKENS
    assert ctx.secrets.get(token_key("_pending")) is None

    # Back to the profile page after the first sync, another name, Next: one person still.
    draft.display_name, draft.profile_slug = "Bob", "bob"
    commit(ctx, draft)
    saved = ConfigStore(ctx.paths.config_file, ctx.paths.config_lock).load()
    assert set(saved.profiles) == {"bob"}
    assert saved.profiles["bob"].withings_userid == "42"
    assert ctx.secrets.get(token_key("bob")) == TOKENS
    assert ctx.secrets.get(token_key("alice")) is None
    assert load_draft(ctx.paths.wizard_state_file, saved, PAGES).login_profile == "bob"


def test_a_rename_never_removes_another_persons_profile(ctx):
    ctx.update_config(lambda config: config.profiles.update(
        carol=Profile("carol", "Carol", "kg", "77")))
    ctx.secrets.set(token_key("_pending"), TOKENS)
    commit(ctx, logged_in_draft(display_name="Alice", profile_slug="alice"))
    assert set(ctx.config.profiles) == {"alice", "carol"}
    assert ctx.config.profiles["carol"].withings_userid == "77"


def test_commit_asks_a_running_tray_to_reload(ctx):
    requests_file(ctx.paths).unlink(missing_ok=True)
    commit(ctx, logged_in_draft(display_name="Alice", profile_slug="alice"))
    assert requests_file(ctx.paths).read_text().splitlines() == ["reload"]


def test_finish_leaves_no_draft_behind(ctx):
    draft = logged_in_draft(display_name="Alice", profile_slug="alice", demo=True)
    save_progress(ctx, draft)
    assert ctx.paths.wizard_state_file.exists()
    finish(ctx, draft)
    assert not ctx.paths.wizard_state_file.exists() and ctx.config.demo


# The wizard's fields and what the pages may put there; the rest of Config is someone else's.
FIELD_VALUES = {
    "path_kind": st.sampled_from(["own_domain", "nabu_casa", "home_network"]),
    "existing_app": st.booleans(),
    "skip_hass": st.booleans(),
    "ha_url": st.sampled_from(["http://ha.local:8123", "https://ha.example.com"]),
    "callback_url": st.sampled_from(["https://ha.example.com/auth/external/callback",
                                     "https://x.ui.nabu.casa/auth/external/callback",
                                     "https://my.home-assistant.io/redirect/oauth"]),
    "client_id": st.sampled_from(["ab" * 32, "cd" * 32]),
    # Not "Carol": the profile page refuses a name that is another account's profile.
    "display_name": st.sampled_from(["Alice", "Bob", "Dora"]),
    "unit": st.sampled_from(["kg", "lb", "both"]),
    "interval_minutes": st.integers(1, 24 * 60),
    "notify_new_weigh_in": st.booleans(),
    "autostart": st.booleans(),
}
ACTIONS = st.lists(st.one_of(
    st.tuples(st.just("apply"), st.sampled_from(sorted(FIELD_VALUES)), st.data()),
    st.tuples(st.sampled_from(["next", "back", "close and resume", "login"])),
    st.tuples(st.just("tray pauses"), st.booleans()),
    st.tuples(st.just("sync child saves a device id"), st.text("0123456789abcdef", min_size=1,
                                                               max_size=8)),
), max_size=25)


def _wizard_fields(config, draft):
    profile = config.profiles.get(draft.profile_slug)
    ha = () if draft.skip_hass else (config.ha_url, config.ha_ca_file)
    return (config.client_id, config.callback_url, *ha, config.interval_minutes,
            config.notify_new_weigh_in, config.autostart,
            (profile.display_name, profile.unit, profile.withings_userid) if profile else None)


def _draft_fields(draft):
    ha = () if draft.skip_hass else (draft.ha_url, draft.ha_ca_file)
    return (draft.client_id, draft.callback_url, *ha, draft.interval_minutes,
            draft.notify_new_weigh_in, draft.autostart,
            (draft.display_name, draft.unit, draft.withings_userid or None)
            if draft.profile_slug else None)


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(actions=ACTIONS)
def test_nothing_reaches_the_settings_before_the_commit_and_then_exactly_the_draft(actions,
                                                                                    figures):
    figures.held("wizard: apply/next/back/resume sequences", "tests/core/setup/test_commit.py")
    root = Path(tempfile.mkdtemp())
    try:
        _walk(root, actions)
    finally:
        shutil.rmtree(root)


def _walk(root: Path, actions) -> None:
    ctx = open_ctx(root)
    settings_file = ConfigStore(ctx.paths.config_file, ctx.paths.config_lock)
    other = open_ctx(root)  # another process: the tray, a sync child
    ctx.update_config(lambda config: config.profiles.update(
        carol=Profile("carol", "Carol", "kg", "77")))
    draft, page = load_draft(ctx.paths.wizard_state_file, ctx.config, PAGES), "path"
    paused, device, kept = False, "", None
    for action, *args in actions:
        before = ctx.paths.config_file.read_bytes()
        if action == "apply":
            name, data = args
            setattr(draft, name, data.draw(FIELD_VALUES[name]))
            if name == "display_name":
                draft.profile_slug = draft.display_name.lower()
                draft.secrets[HA_TOKEN] = "t" * 40
        elif action == "next":
            draft.mark_done(page)
            save_progress(ctx, draft)
            kept = draft.to_json()
            page = flow.next_page(draft, page) or page
        elif action == "back":
            page = flow.previous_page(draft, page) or page
        elif action == "login":
            draft.secrets[CLIENT_SECRET] = "s" * 64
            ctx.secrets.set(token_key(draft.pending_profile), TOKENS)
            draft.logged_in("42")
        elif action == "close and resume":
            # What was typed since the last Next is gone; everything kept before is back.
            draft = load_draft(ctx.paths.wizard_state_file, ctx.config, PAGES)
            page = flow.history(draft)[-1]
            assert page == flow.resume_page(draft)
            assert draft.to_json() == (kept or SetupDraft.from_config(ctx.config).to_json())
        elif action == "tray pauses":
            paused = args[0]
            other.update_config(lambda config: setattr(config, "paused", paused))
        else:
            device = args[0]
            other.update_config(lambda config: setattr(config, "ha_device_id", device))
        if not action.startswith(("tray", "sync")):
            assert ctx.paths.config_file.read_bytes() == before  # nothing before the commit
    commit(ctx, draft)
    saved = settings_file.load()
    assert _wizard_fields(saved, draft) == _draft_fields(draft)
    assert (saved.paused, saved.ha_device_id) == (paused, device)  # the others' changes kept
    assert saved.profiles["carol"] == Profile("carol", "Carol", "kg", "77")
    assert set(saved.profiles) == {"carol"} | ({draft.profile_slug} - {""})
    ctx.close()
    other.close()
