"""What the app asked the system browser to open (wizard and tray); no browser starts."""

import pytest
from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices


class _UrlCatcher(QObject):
    def __init__(self):
        super().__init__()
        self.urls: list[str] = []

    @Slot(QUrl)
    def open(self, url):
        self.urls.append(url.toString())


@pytest.fixture
def opened_urls(qapp):
    """What the app asked the system browser to open; no browser is started in tests."""
    catcher = _UrlCatcher()
    for scheme in ("http", "https"):
        QDesktopServices.setUrlHandler(scheme, catcher, "open")
    yield catcher.urls
    for scheme in ("http", "https"):
        QDesktopServices.unsetUrlHandler(scheme)
