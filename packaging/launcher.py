"""Entry point of the frozen app (PyInstaller): the same as ``python -m withings_gui``.

One packaging-only extra: with ``WITHINGS_GUI_BUNDLE_SELFTEST=webengine`` the bundle loads a
page in QtWebEngine (offscreen is fine), prints ``webengine-ok <title>`` and exits. It proves
that the trimmed bundle still has everything WebEngine needs (QtWebEngineProcess, resources,
locales), independently of the wizard.
"""

import os
import sys


def webengine_selftest() -> int:
    from PySide6.QtCore import QTimer, QUrl
    from PySide6.QtWebEngineWidgets import QWebEngineView
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    view = QWebEngineView()
    outcome = {"code": 1}

    def loaded(ok: bool) -> None:
        if not ok:
            print("webengine-failed load", flush=True)
            app.exit(1)
            return

        def got(title: object) -> None:
            print(f"webengine-ok {title}", flush=True)
            outcome["code"] = 0
            app.exit(0)

        view.page().runJavaScript("document.title", 0, got)

    view.loadFinished.connect(loaded)
    view.setHtml("<html><head><title>bundle selftest</title></head><body>ok</body></html>",
                 QUrl("about:blank"))
    view.show()
    QTimer.singleShot(60_000, lambda: app.exit(2))  # never hang a build
    app.exec()
    return outcome["code"]


def restore_child_environment() -> None:
    """PyInstaller's bootloader puts the bundle's folder on LD_LIBRARY_PATH (Linux). Programs
    this app starts (xdg-open and the user's browser, file-dialog helpers) must not load the
    bundle's Qt and ICU. This process is unaffected (the loader read the variable at start)
    and QtWebEngineProcess finds its libraries through its own RUNPATH."""
    if not getattr(sys, "frozen", False) or not sys.platform.startswith("linux"):
        return
    original = os.environ.pop("LD_LIBRARY_PATH_ORIG", None)
    if original is not None:
        os.environ["LD_LIBRARY_PATH"] = original
    else:
        os.environ.pop("LD_LIBRARY_PATH", None)


if __name__ == "__main__":
    restore_child_environment()
    if os.environ.get("WITHINGS_GUI_BUNDLE_SELFTEST") == "webengine":
        sys.exit(webengine_selftest())
    from withings_gui.cli import main

    sys.exit(main())
