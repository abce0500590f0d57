"""Page 7: name the person; preview every entity id; warn about ids HA already has."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPlainTextEdit

from withings_gui.core.catalog import all_specs
from withings_gui.core.config import Profile
from withings_gui.core.hass.naming import entity_ids_for, refuse_colliding_slug
from withings_gui.core.profile_slug import ProfileNameError, slugify_profile
from withings_gui.core.secrets import HA_TOKEN
from withings_gui.wizard.base import Page, hass_api
from withings_gui.wizard.widgets import plain_label


class ProfilePage(Page):
    page_id = "profile"

    def __init__(self, wizard):
        super().__init__(wizard)
        self.setTitle("Whose data is this?")
        self.setSubTitle("The name becomes part of every entity id in Home Assistant.")
        self.who = QLabel()
        self.name = QLineEdit()
        self.name.setPlaceholderText("Alice")
        self.slug = QLabel()
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        self.warning = plain_label()  # may quote Home Assistant's error
        self.warning.setStyleSheet("color: #e65100;")
        self.existing: set[str] = set()
        self._named_for: str | None = None
        form = QFormLayout(self)
        form.addRow(self.who)
        form.addRow("Person's &name:", self.name)
        form.addRow("Profile:", self.slug)
        form.addRow("Entities:", self.preview)
        form.addRow(self.warning)
        form.addRow(self.busy_bar)
        form.addRow(self.error)
        self.name.textChanged.connect(self._update)

    def initializePage(self) -> None:
        userid = escape(self.progress.withings_userid)
        self.who.setText(f"Logged in to Withings as user <b>{userid}</b>. Name the person "
                         "who owns that account.")
        existing = next((p for p in self.ctx.config.profiles.values()
                         if p.withings_userid == self.progress.withings_userid), None)
        if self._named_for != self.progress.withings_userid:
            # Another person logged in ("Add another person"): the last name is not theirs.
            self._named_for = self.progress.withings_userid
            self.name.setText(existing.display_name or existing.slug if existing else "")
        self._update()
        if self.ctx.config.ha_url and not self.progress.skip_hass:
            url, token = self.ctx.config.ha_url, self.ctx.secrets.get(HA_TOKEN) or ""
            ca_file = self.ctx.config.ha_ca_file
            self.run(lambda cancel: hass_api(url, token, ca_file).states_entity_ids(), self._got_existing,
                     lambda exc: self.warning.setText(f"Could not read Home Assistant's "
                                                      f"entities ({exc})."))

    def _got_existing(self, ids: set[str]) -> None:
        self.existing = ids
        self._update()

    def _update(self) -> None:
        try:
            slug = slugify_profile(self.name.text())
            refuse_colliding_slug(slug, self.ctx.config.profiles, all_specs())
        except ProfileNameError as exc:
            self.slug.setText("")
            self.preview.clear()
            self.warning.clear()
            self.show_error(str(exc) if self.name.text() else "")
            self.set_valid(False)
            return
        self.show_error("")
        self.slug.setText(f"<code>{slug}</code>")
        unit = self.ctx.config.profiles.get(slug, Profile(slug)).unit
        ids = entity_ids_for(all_specs(), slug, unit)
        self.preview.setPlainText("\n".join(ids))
        taken = sorted(set(ids) & self.existing)
        from withings_gui.core.login import account_conflict  # requests & co.: not at startup

        conflict = account_conflict(self.ctx.config, slug, self.progress.withings_userid)
        if conflict:
            self.show_error(f"{conflict}. Choose another name.")
            self.set_valid(False)
            return
        self.warning.setText(
            f"Home Assistant already has {len(taken)} of these entities (e.g. {taken[0]}). "
            "If they come from an earlier setup of this app that is fine; otherwise choose "
            "another name." if taken else "")
        self.set_valid(True)

    def validatePage(self) -> bool:
        if not self.isComplete():  # Enter in the name field can get here before _update
            return False
        slug = slugify_profile(self.name.text())
        profile = self.ctx.config.profiles.setdefault(slug, Profile(slug))
        profile.display_name = self.name.text().strip()
        profile.withings_userid = self.progress.withings_userid
        from withings_gui.core.login import adopt_tokens  # requests & co.: not at startup

        adopt_tokens(self.ctx, self.progress.pending_profile, slug)
        self.setup.current_profile = slug
        self.setup.save_config()
        return super().validatePage()
