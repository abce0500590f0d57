"""Which page comes next: the wizard's one page registry and its decisions, without widgets.

The wizard maps these names to page classes once; every decision about order lives here:
where a (resumed) wizard starts, which pages Back leads to, re-authorizing, adding another
person, and the demo.
"""

from __future__ import annotations

from withings_gui.core.setup.draft import SetupDraft
from withings_gui.core.setup.home_network import is_home_network_address

# Every page, in the order a first-time setup meets them.
PAGES = ("path", "hass", "callback", "portal", "credentials", "authorize", "profile", "finish")
# The pages a person repeats: "Add another person" and a re-authorization start here.
PERSON_PAGES = ("authorize", "profile", "finish")
# With a Withings developer app made before: its values are pasted (credentials page) and
# then checked (callback page); there is nothing to type into the portal.
EXISTING_APP_PAGES = ("path", "hass", "credentials", "callback", *PERSON_PAGES)


def route(draft: SetupDraft) -> tuple[str, ...]:
    """The pages this setup goes through, in order: every page for a new developer app
    (the demo only pre-fills them), no portal values for an app made before."""
    return EXISTING_APP_PAGES if draft.existing_app else PAGES


def offered_path(draft: SetupDraft) -> str:
    """The path the first page shows chosen: the one chosen before; else the home network,
    which works for every Home Assistant (the login is caught in this app)."""
    if "path" in draft.done:
        return draft.path_kind
    return draft.path_kind if draft.callback_url else "home_network"


def proposed_path(draft: SetupDraft, ha_url: str) -> str | None:
    """The path to propose once Home Assistant's address is known: the home network when
    the address works only at home and another path was chosen, else None."""
    if draft.path_kind != "home_network" and not draft.existing_app \
            and is_home_network_address(ha_url):
        return "home_network"
    return None


def next_page(draft: SetupDraft, page: str) -> str | None:
    """The page after ``page``, or None after the last."""
    pages = route(draft)
    index = pages.index(page) + 1
    return pages[index] if index < len(pages) else None


def previous_page(draft: SetupDraft, page: str) -> str | None:
    """The page Back leads to from ``page``, or None on the first."""
    pages = route(draft)
    index = pages.index(page)
    return pages[index - 1] if index else None


def resume_page(draft: SetupDraft) -> str:
    """The first page not done yet (the last page when all are)."""
    pages = route(draft)
    return next((page for page in pages if page not in draft.done), pages[-1])


def history(draft: SetupDraft) -> list[str]:
    """The pages from the first to where the wizard resumes, in order: the wizard walks
    them so Back leads to each earlier page, pre-filled from the draft."""
    pages = route(draft)
    return list(pages[:pages.index(resume_page(draft)) + 1])


def reauthorize(draft: SetupDraft) -> None:
    """Log a person in again: the pages before the login count as done."""
    draft.restart_person()
    pages = route(draft)
    for page in pages[:pages.index(PERSON_PAGES[0])]:
        draft.mark_done(page)


def add_another_person(draft: SetupDraft) -> None:
    """After a person is committed: the next one logs in and is named from scratch."""
    draft.restart_person()
