"""Page 6: log in to Withings inside the wizard; the redirect is caught, never loaded.

QtWebEngine is imported here only, and only when the page is first shown, so the wizard
opens fast and the tray never loads it. Without QtWebEngine, or by choice, the user logs in
with their own browser and pastes the address it ends on.
"""

from __future__ import annotations

import logging
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout,
                               QWidget)

from withings_gui.core.login_navigation import judge_navigation
from withings_gui.core.withings.errors import REDIRECT_MISMATCH
from withings_gui.gui.look import space_out
from withings_gui.gui.marks import PASSED
from withings_gui.gui.translation import shown_text
from withings_gui.wizard.base import Page, body_layout, note
from withings_gui.wizard.widgets import CopyField, StatusLine

if TYPE_CHECKING:
    from withings_gui.core.login import LoginAttempt

log = logging.getLogger(__name__)


def make_browser(parent: QWidget, authorize_url: str, callback: str, on_redirect,
                 on_blocked) -> tuple[QWidget, object]:
    """A QWebEngineView in an off-the-record profile that hands the callback URL over and
    loads nothing but pages of the authorize endpoint's origin (``on_blocked(navigation)``
    for anything else).

    Returns the view and its profile: the view (with its page) must be deleted first.
    """
    from PySide6.QtWebEngineCore import QWebEnginePage, QWebEngineProfile
    from PySide6.QtWebEngineWidgets import QWebEngineView

    class InterceptingPage(QWebEnginePage):
        def acceptNavigationRequest(self, url, navigation_type, is_main_frame):
            # Redirects come through here too: the callback is never requested from HA.
            # Frames inside Withings' page (a captcha) are its business; what the window
            # shows is ours. Encoded: an IDN host is named in punycode, as it really is.
            if not is_main_frame:
                return super().acceptNavigationRequest(url, navigation_type, is_main_frame)
            address = url.toEncoded().data().decode("ascii", "replace")
            navigation = judge_navigation(address, authorize_url, callback)
            if navigation.action == "callback":
                on_redirect(address)
                return False
            if navigation.action == "block":
                on_blocked(navigation)
                return False
            return super().acceptNavigationRequest(url, navigation_type, is_main_frame)

    view = QWebEngineView(parent)
    # No storage name: off the record, no Withings cookies kept. Created after the view so
    # the parent deletes the view (and its page) first, as QtWebEngine requires.
    profile = QWebEngineProfile(parent)
    view.setPage(InterceptingPage(profile, view))
    return view, profile


class AuthorizePage(Page):
    page_id = "authorize"
    step_name = QT_TRANSLATE_NOOP("AuthorizePage", "Withings login")

    def __init__(self, wizard):
        super().__init__(wizard)
        self.setTitle(self.tr("Log in to Withings"))
        self.setSubTitle(self.tr("Log in with the Withings account of the person whose data "
                                 "this is, and allow access."))
        self.attempt: LoginAttempt | None = None
        self.browser: QWidget | None = None
        self._profile = None
        self.status = StatusLine()
        self.own_browser = QPushButton(self.tr("Use my o&wn browser instead"))
        # Shown in the browser's place until its first page has loaded: starting QtWebEngine
        # takes seconds, and an empty view shows black meanwhile.
        self.loading = QLabel(self.tr("Loading the Withings login…"))
        self.loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.loading.setVisible(False)
        self._first_load_done = False
        # With their own browser the user may need the address itself (no browser opens,
        # or they log in on another device): always shown there, with a Copy button.
        self.login_url = CopyField()
        self.login_url.setVisible(False)
        self.paste = QLineEdit()
        self.paste.setPlaceholderText(self.tr("Paste the whole address your browser ended on"))
        self.paste_go = QPushButton(self.tr("&Continue"))
        self.retry = QPushButton(self.tr("&Try again"))
        self.paste_row = QWidget()
        row = space_out(QHBoxLayout(self.paste_row), margins=False)
        row.addWidget(self.paste, 1)
        row.addWidget(self.paste_go)
        self.browser_box = space_out(QVBoxLayout(), margins=False)
        self.browser_box.addWidget(self.loading, 1)
        self.hint = note("")
        layout = body_layout(self, QVBoxLayout())
        layout.addLayout(self.browser_box, 1)
        layout.addWidget(self.busy_bar)
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        layout.addWidget(self.hint)
        buttons = space_out(QHBoxLayout(), margins=False)
        buttons.addWidget(self.own_browser)
        buttons.addWidget(self.retry)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addWidget(self.login_url)
        layout.addWidget(self.paste_row)
        self.own_browser.clicked.connect(self.use_own_browser)
        self.paste_go.clicked.connect(lambda: self.finish_login(self.paste.text()))
        self.paste.returnPressed.connect(lambda: self.finish_login(self.paste.text()))
        self.retry.clicked.connect(self.start_login)

    def initializePage(self) -> None:
        self.hint.setText(self.tr("If Withings shows an error about the <i>redirect_uri</i>, "
                                  "the Callback URI of your Withings app must be exactly "
                                  "<code>{url}</code>.").format(
            url=escape(self.draft.callback_url)))
        self.paste_row.setVisible(False)
        self.login_url.setVisible(False)
        if self.passing:  # resumed further on: the login is done, "Try again" redoes it
            self._show_logged_in()
            return
        self.start_login()

    def start_login(self) -> None:
        from withings_gui.core.login import LoginSetupError, begin_login  # not at startup

        self.show_error("")
        self._show_logged_in()
        try:
            self.attempt = begin_login(self.setup.draft_context(), self.draft.pending_profile)
        except LoginSetupError as exc:  # e.g. the settings were edited since those pages
            self.show_error(self.tr("{error} Go Back to the callback URL and Client Id "
                                    "pages.").format(error=shown_text(exc)))
            return
        if not self.paste_row.isHidden():  # "Try again" with their own browser: open it anew
            self.use_own_browser()
            return
        if self.browser is None:
            try:
                self.browser, self._profile = make_browser(
                    self, self.attempt.authorize_url, self.attempt.redirect_uri,
                    self.finish_login, self._blocked)
                self.browser.setVisible(False)  # until its first page is there
                self.browser_box.addWidget(self.browser, 1)
                self.browser.loadFinished.connect(self._loaded)
            except ImportError as exc:
                log.warning("QtWebEngine is not available (%s); using the system browser", exc)
                self.status.setText(self.tr("The built-in browser is not available on this "
                                            "system."))
                self.use_own_browser()
                return
        if self.browser is not None:
            self._show_browser()
            self.browser.setUrl(QUrl(self.attempt.authorize_url))

    def _blocked(self, navigation) -> None:
        log.warning("login browser: blocked a navigation to %s", navigation.host)
        self.status.setText("")
        self.show_error(shown_text(navigation.message))

    def release_browser(self) -> None:
        """Delete the view (and its page) before its profile, as QtWebEngine requires."""
        import shiboken6

        if self.browser is not None:
            shiboken6.delete(self.browser)
            shiboken6.delete(self._profile)
            self.browser = self._profile = None

    def _show_browser(self) -> None:
        """The view once it has a page to show, the loading state before; neither while
        the user logs in with their own browser."""
        embedded = self.browser is not None and self.paste_row.isHidden()
        self.loading.setVisible(embedded and not self._first_load_done)
        if self.browser is not None:
            self.browser.setVisible(embedded and self._first_load_done)

    def _loaded(self, ok: bool) -> None:
        if not self._first_load_done:
            self._first_load_done = True
            self._show_browser()
            if not ok:
                self.status.setText(self.tr("The Withings page did not load; check the "
                                            "internet connection or use your own browser."))
        if self.browser is not None:  # an HTTP 400 page counts as not ok, but has the text
            self.browser.page().toPlainText(self._page_text)

    def _page_text(self, text: str) -> None:
        # Withings refuses an unregistered redirect_uri on its own page, before any login:
        # say what to fix here, where the user is looking.
        lowered = text.lower()
        if "redirect_uri_mismatch" in lowered or "invalid redirect_uri" in lowered:
            self.status.setText("")
            self.show_error(self.tr("{refused}. This setup uses {url}: put exactly that in "
                                    "your Withings app, then click “Try again”.").format(
                refused=shown_text(REDIRECT_MISMATCH), url=self.draft.callback_url))

    def use_own_browser(self) -> None:
        from withings_gui.core.login import begin_login

        if self.attempt is None:
            self.attempt = begin_login(self.setup.draft_context(), self.draft.pending_profile)
        self.paste_row.setVisible(True)
        self._show_browser()
        self.login_url.set_value(self.attempt.authorize_url)
        self.login_url.setVisible(True)
        then = self.tr("After you allow access it goes to your callback address (an error page "
                       "there is fine): copy that whole address and paste it below.")
        if QDesktopServices.openUrl(QUrl(self.attempt.authorize_url)):
            self.status.setText(self.tr("Your browser opens the Withings login (the address is "
                                        "below if it does not). {then}").format(then=then))
        else:
            self.status.setText(self.tr("No browser could be opened from here: copy the "
                                        "address below into a browser and log in there. "
                                        "{then}").format(then=then))
        self.paste.setFocus()

    def finish_login(self, redirect_url: str) -> None:
        attempt = self.attempt
        if attempt is None or not redirect_url.strip():
            self.show_error(self.tr("Paste the address your browser ended on."))
            return
        self.status.setText(self.tr("Logging in…"))
        self.show_error("")
        from withings_gui.core.login import complete_login

        # The code lives ~30 s: exchange it at once, off the GUI thread.
        ctx = self.setup.draft_context()
        self.run(lambda cancel: complete_login(ctx, attempt, redirect_url),
                 self._logged_in, self._failed)

    def _show_logged_in(self) -> None:
        """An earlier login of this setup still counts until a new one is made."""
        logged_in = bool(self.draft.withings_userid) and "authorize" in self.draft.done
        if logged_in:
            self.status.say(self.tr("Logged in: Withings user {user}.").format(
                user=self.draft.withings_userid), PASSED)
        self.set_valid(logged_in)

    def _logged_in(self, tokens) -> None:
        # The tokens are saved under the pending profile; the draft remembers whose they are.
        self.draft.logged_in(str(tokens.userid))
        if self.browser is not None:  # Withings' page has done its part: nothing to click
            self.browser.setUrl(QUrl("about:blank"))
            self.browser.setVisible(False)
        self.status.say(self.tr("Logged in: Withings user {user}. Click Next.").format(
            user=tokens.userid), PASSED)
        self.set_valid(True)

    def _failed(self, exc: BaseException) -> None:
        self.status.setText("")
        self.show_error(self.tr("{error} Click “Try again” to log in again.").format(
            error=shown_text(exc)))
        self.set_valid(False)
