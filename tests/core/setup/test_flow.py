"""Every path through the wizard's flow, without a widget: where it starts, where Next and
Back lead, re-authorizing, another person, the demo."""

import pytest

from withings_gui.core.setup import flow
from withings_gui.core.setup.draft import SetupDraft
from withings_gui.core.setup.flow import PAGES


@pytest.mark.parametrize("demo", [False, True])
def test_next_and_back_walk_every_page_once_in_order(demo):
    draft = SetupDraft(demo=demo)  # the demo pre-fills pages, it skips none
    page, walked = flow.resume_page(draft), []
    while page:
        walked.append(page)
        page = flow.next_page(draft, page)
    assert tuple(walked) == PAGES == flow.route(draft)
    back = [PAGES[-1]]
    while flow.previous_page(draft, back[-1]):
        back.append(flow.previous_page(draft, back[-1]))
    assert tuple(reversed(back)) == PAGES


@pytest.mark.parametrize("index", range(len(PAGES)))
def test_a_resumed_wizard_opens_where_it_left_off_and_back_reaches_every_earlier_page(index):
    draft = SetupDraft(done=list(PAGES[:index]))
    assert flow.resume_page(draft) == PAGES[index]
    walked = flow.history(draft)
    assert walked == list(PAGES[:index + 1])
    # What the wizard walks is exactly where Back leads, page by page, to the first.
    for here, before in zip(reversed(walked), reversed(walked[:-1])):
        assert flow.previous_page(draft, here) == before


def test_a_finished_draft_resumes_on_the_last_page():
    draft = SetupDraft(done=list(reversed(PAGES)))  # the order pages were done in is no matter
    assert flow.resume_page(draft) == "finish" and flow.history(draft) == list(PAGES)


def test_reauthorize_starts_at_the_login_with_the_person_forgotten():
    draft = SetupDraft(withings_userid="42", display_name="Alice", profile_slug="alice",
                       login_profile="alice", done=["path"])
    flow.reauthorize(draft)
    assert flow.resume_page(draft) == "authorize"
    assert flow.history(draft) == list(PAGES[:PAGES.index("authorize") + 1])
    assert (draft.withings_userid, draft.display_name, draft.profile_slug,
            draft.login_profile) == ("", "", "", "")


def test_another_person_logs_in_and_is_named_afresh_the_rest_is_kept():
    draft = SetupDraft(done=list(PAGES), withings_userid="42", display_name="Alice",
                       profile_slug="alice", login_profile="alice",
                       ha_url="http://ha.local:8123", client_id="ab" * 32)
    flow.add_another_person(draft)
    assert flow.resume_page(draft) == "authorize"
    assert "credentials" in draft.done and "profile" not in draft.done
    assert draft.withings_userid == draft.profile_slug == draft.login_profile == ""
    assert draft.ha_url == "http://ha.local:8123" and draft.client_id == "ab" * 32


def test_a_fresh_login_is_held_under_the_pending_profile():
    draft = SetupDraft()
    draft.logged_in("42")
    assert draft.withings_userid == "42" and draft.login_profile == draft.pending_profile


def test_the_setup_logic_never_loads_qt():
    import subprocess
    import sys

    code = ("import sys, withings_gui.core.setup.flow, withings_gui.core.setup.draft, "
            "withings_gui.core.setup.commit; "
            "print([m for m in sys.modules if m.startswith(('PySide6', 'shiboken'))])")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_an_app_made_before_skips_the_portal_values_and_checks_the_pasted_callback_after():
    draft = SetupDraft(existing_app=True)
    page, walked = flow.resume_page(draft), []
    while page:
        walked.append(page)
        page = flow.next_page(draft, page)
    assert "portal" not in walked
    assert walked.index("credentials") < walked.index("callback") < walked.index("authorize")
    assert flow.previous_page(draft, "callback") == "credentials"
    assert flow.previous_page(draft, "credentials") == "hass"
    flow.reauthorize(draft)
    assert flow.resume_page(draft) == "authorize" and "portal" not in draft.done


def test_the_first_page_offers_the_home_network_until_a_path_was_chosen():
    assert flow.offered_path(SetupDraft()) == "home_network"
    assert flow.offered_path(SetupDraft(path_kind="nabu_casa", done=["path"])) == "nabu_casa"
    # A re-run shows the path its saved callback URL was made on.
    rerun = SetupDraft(path_kind="own_domain",
                       callback_url="https://ha.example.com/auth/external/callback")
    assert flow.offered_path(rerun) == "own_domain"


@pytest.mark.parametrize("ha_url, proposed", [
    ("http://homeassistant.local:8123", "home_network"),
    ("http://homeassistant:8123", "home_network"),
    ("http://192.168.1.20:8123", "home_network"),
    ("http://10.0.0.5:8123", "home_network"),
    ("http://127.0.0.1:8123", "home_network"),
    ("http://[fd00::5]:8123", "home_network"),
    ("http://ha.fritz.box:8123", "home_network"),
    ("https://ha.example.com", None),
    ("https://abcdef.ui.nabu.casa", None),
    ("http://8.8.8.8:8123", None),
])
def test_an_address_that_works_only_at_home_proposes_the_home_network(ha_url, proposed):
    assert flow.proposed_path(SetupDraft(path_kind="own_domain"), ha_url) == proposed
    # Nothing to propose when it is chosen already, or when the app's callback is pasted.
    assert flow.proposed_path(SetupDraft(path_kind="home_network"), ha_url) is None
    assert flow.proposed_path(SetupDraft(path_kind="nabu_casa", existing_app=True),
                              ha_url) is None
