"""Page 7: name the person; preview every entity id; warn about ids HA already has."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit

from withings_gui.core.catalog import ECG_SPECS, all_specs
from withings_gui.core.config import Config, Profile
from withings_gui.core.hass.naming import entity_ids_for, refuse_colliding_slug
from withings_gui.core.profile_slug import ProfileNameError, slugify_profile
from withings_gui.core.secrets import HA_TOKEN
from withings_gui.gui.marks import WARNING
from withings_gui.gui.translation import shown_text
from withings_gui.wizard.base import Page, ask_hass, body_layout
from withings_gui.wizard.widgets import StatusLine


class ProfilePage(Page):
    page_id = "profile"
    step_name = QT_TRANSLATE_NOOP("ProfilePage", "Profile")

    def __init__(self, wizard):
        super().__init__(wizard)
        self.setTitle(self.tr("Whose data is this?"))
        self.setSubTitle(self.tr("The name becomes part of every entity id in Home "
                                 "Assistant."))
        self.who = QLabel()
        self.who.setWordWrap(True)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("Alice"))
        self.slug = QLabel()
        # Withings lists ECGs under the access every login already asks for ("user.metrics"),
        # so ticking this needs no new login (see SetupDraft.read_ecg).
        self.read_ecg = QCheckBox(self.tr("Also read &ECG results"))
        self.ecg_note = QLabel(self.tr("The latest atrial fibrillation classification and its "
                                       "date. Withings gives ECGs with the “user.metrics” "
                                       "access this app already asks for, so no new login is "
                                       "needed."))
        self.ecg_note.setWordWrap(True)
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        self.warning = StatusLine()  # may quote Home Assistant's error
        self.existing: set[str] = set()
        self._named_for: str | None = None
        form = body_layout(self, QFormLayout())
        form.addRow(self.who)
        form.addRow(self.tr("Person's na&me:"), self.name)
        form.addRow(self.tr("Profile:"), self.slug)
        form.addRow(self.read_ecg)
        form.addRow(self.ecg_note)
        form.addRow(self.tr("Entities:"), self.preview)
        form.addRow(self.warning)
        form.addRow(self.busy_bar)
        form.addRow(self.error)
        self.name.textChanged.connect(self._update)
        self.read_ecg.toggled.connect(self._update)

    def initializePage(self) -> None:
        draft = self.draft
        userid = escape(draft.withings_userid)
        self.who.setText(self.tr("Logged in to Withings as user <b>{user}</b>. Name the "
                                 "person who owns that account.").format(user=userid))
        if self._named_for != draft.withings_userid:
            # Another person logged in ("Add another person"): the last name is not theirs.
            self._named_for = draft.withings_userid
            existing = next((p for p in self.ctx.config.profiles.values()
                             if p.withings_userid == draft.withings_userid), None)
            self.name.setText(draft.display_name or draft.profile_slug or (
                existing.display_name or existing.slug if existing else ""))
            self.read_ecg.setChecked(draft.read_ecg or bool(existing and existing.read_ecg))
        self._update()
        if draft.ha_url and not draft.skip_hass and not self.passing:
            ctx, token = self.ctx, draft.secrets.get(HA_TOKEN)
            url, ca_file = draft.ha_url, draft.ha_ca_file
            self.run(lambda cancel: ask_hass(url, token or ctx.secrets.get(HA_TOKEN) or "",
                                             ca_file, lambda api: api.states_entity_ids()),
                     self._got_existing,
                     lambda exc: self.warning.say(self.tr(
                         "Could not read Home Assistant's entities ({error}).").format(
                         error=shown_text(exc)), WARNING))

    def _others(self) -> dict[str, Profile]:
        """The profiles of other people: not the one this person had before a rename."""
        return {slug: profile for slug, profile in self.ctx.config.profiles.items()
                if slug != self.draft.login_profile}

    def _got_existing(self, ids: set[str]) -> None:
        self.existing = ids
        self._update()

    def _update(self) -> None:
        try:
            slug = slugify_profile(self.name.text())
            refuse_colliding_slug(slug, self._others(), all_specs())
        except ProfileNameError as exc:
            self.slug.setText("")
            self.preview.clear()
            self.warning.clear()
            self.show_error(shown_text(exc) if self.name.text() else "")
            self.set_valid(False)
            return
        self.show_error("")
        self.slug.setText(f"<code>{slug}</code>")
        unit = self.ctx.config.profiles.get(slug, Profile(slug, unit=self.draft.unit)).unit
        ecg_keys = set() if self.read_ecg.isChecked() else {s.key for s in ECG_SPECS.values()}
        ids = entity_ids_for([s for s in all_specs() if s.key not in ecg_keys], slug, unit)
        self.preview.setPlainText("\n".join(ids))
        taken = sorted(set(ids) & self.existing)
        from withings_gui.core.login import account_conflict  # requests & co.: not at startup

        others = Config(profiles=self._others())
        conflict = account_conflict(others, slug, self.draft.withings_userid)
        if conflict:
            self.show_error(self.tr("{conflict}. Choose another name.").format(
                conflict=shown_text(conflict)))
            self.set_valid(False)
            return
        self.warning.say(self.tr(
            "Home Assistant already has {count} of these entities (e.g. {example}). If they "
            "come from an earlier setup of this app that is fine; otherwise choose another "
            "name.").format(count=len(taken), example=taken[0]) if taken else "", WARNING)
        self.set_valid(True)

    def apply(self, draft) -> None:
        """The name only: the profile is made at the commit, with the login moved to it."""
        slug = slugify_profile(self.name.text())
        known = self.ctx.config.profiles.get(slug)
        if known is not None:  # a person set up before keeps their unit
            draft.unit = known.unit
        elif not draft.profile_slug:  # a new person starts from the default; a rename keeps it
            draft.unit = Profile(slug).unit
        draft.profile_slug = slug
        draft.display_name = self.name.text().strip()
        draft.read_ecg = self.read_ecg.isChecked()
