"""Saving the wizard's work: the draft after each page, the settings at a commit.

Both block on the disk, the keyring and the settings lock, so the wizard runs them off the
GUI thread.
"""

from __future__ import annotations

from withings_gui.core.config import Config
from withings_gui.core.context import AppContext
from withings_gui.core.setup.draft import SetupDraft, clear_draft, save_draft
from withings_gui.core.tray_requests import ask_running_tray


def save_progress(ctx: AppContext, draft: SetupDraft) -> None:
    """Keep the draft for the next start: secrets to the secret store, the rest to the file."""
    for name, value in draft.secrets.items():
        ctx.secrets.set(name, value)
    save_draft(ctx.paths.wizard_state_file, draft)


def commit(ctx: AppContext, draft: SetupDraft) -> Config:
    """Turn the draft into settings: a locked read-modify-write of ``config.json`` that sets
    only the wizard's fields. A person renamed since the last commit takes the login along:
    the tokens move to the new name first, so no profile is ever left without them.

    ``draft.login_profile`` then names the person's profile; the saved draft says so too.
    A running tray is asked to read the settings again."""
    save_progress(ctx, draft)
    slug = draft.profile_slug
    if slug and draft.login_profile and draft.login_profile != slug:
        from withings_gui.core.login import adopt_tokens  # requests & co.: only when needed

        adopt_tokens(ctx, draft.login_profile, slug)
    config = ctx.update_config(draft.apply_to)
    if slug:
        draft.login_profile = slug
        save_draft(ctx.paths.wizard_state_file, draft)
    ask_running_tray(ctx.paths, "reload")
    return config


def finish(ctx: AppContext, draft: SetupDraft) -> Config:
    """The last commit: the settings saved, start at login as chosen, the draft gone."""
    config = commit(ctx, draft)
    if not draft.demo:  # a demo never touches the real desktop session
        from withings_gui.core.autostart import set_autostart

        set_autostart(draft.autostart)
    clear_draft(ctx.paths.wizard_state_file)
    return config
