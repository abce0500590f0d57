"""Screenshots of every wizard page, taken under Xvfb while a new user walks through it.

Real parts only: a real Home Assistant (tests.support.hass_server), the simulated Withings
cloud in this process, and a local TLS server with a test CA standing in for HA's public
address, so every page shows what a user would see (the Test result, the checks passed, the
simulated login page inside the embedded browser, the first sync).

    python docs/screenshots/make_wizard_screenshots.py [--display :93] [--language de]

Every page in each look a desktop gives: light and dark (GTK's Adwaita theme, read by Qt's
gtk3 platform theme as on a GNOME desktop), at device-pixel ratio 1 and 2 (QT_SCALE_FACTOR),
one child process per look (the scale is fixed when Qt starts).

With ``--language`` (de, nl, fr, es, it) the wizard speaks that language (scripts/
build-translations compiles it first) and each file name gets ``-<language>``; without
``--look``/``--scale`` a language other than English is shot light at 1× only.

Needs Xvfb and ImageMagick's ``import``; writes
docs/screenshots/wizard-<page>[-dark][@2x][-<language>].png.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
from event_loop import settle, to_256_colours, wait_until  # noqa: E402 (this folder)
OUT = Path(__file__).resolve().parent
# (look, scale) → the file name's suffix; GTK theme per look.
LOOKS = {("light", 1): "", ("dark", 1): "-dark", ("light", 2): "@2x", ("dark", 2): "-dark@2x"}
GTK_THEMES = {"light": "Adwaita", "dark": "Adwaita:dark"}


@contextmanager
def xvfb(display: str, scale: int):
    size = f"{1280 * scale}x{800 * scale}x24"
    server = subprocess.Popen(["Xvfb", display, "-screen", "0", size, "-nolisten", "tcp"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 10
        while subprocess.run(["xdpyinfo", "-display", display], capture_output=True).returncode:
            if time.monotonic() > deadline:
                raise RuntimeError("Xvfb did not start")
            time.sleep(0.1)  # a script, not a test: polling for a server to come up
        yield
    finally:
        server.terminate()
        server.wait(10)


def shoot(app, wizard, name: str) -> Path:
    settle(app)
    language = os.environ.get("SHOT_LANGUAGE", "en")
    path = OUT / (f"wizard-{name}{os.environ['SHOT_SUFFIX']}"
                  f"{'' if language == 'en' else '-' + language}.png")
    # The X window as drawn on the (virtual) screen, web view included.
    subprocess.run(["import", "-window", str(int(wizard.winId())), str(path)], check=True,
                   env=dict(os.environ))
    to_256_colours(path)
    print("wrote", path.relative_to(ROOT))
    return path


def walk(app, display_tmp: Path) -> None:
    from PySide6.QtCore import QPoint

    from tests.support.hass_server import HassServer
    from tests.wizard.conftest import HA_NAME
    from withings_gui.core.context import AppContext
    from withings_gui.core.withings.endpoints import Endpoints
    from withings_gui.demo.cloud import DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, SimulatedCloud
    from withings_gui.core.setup.flow import PAGES
    from withings_gui.gui.marks import FAILED, PASSED
    from withings_gui.wizard.app import SetupWizard
    import http.server
    import ssl
    import threading

    import trustme

    class Head(http.server.BaseHTTPRequestHandler):
        def do_HEAD(self):
            self.send_response(404)
            self.end_headers()

        def log_message(self, *args):
            pass

    ca = trustme.CA()
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Head)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ca.issue_cert(HA_NAME).configure_cert(context)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    ca_file = display_tmp / "ca.pem"
    ca.cert_pem.write_to_path(str(ca_file))
    options = {"resolve": lambda host, port: ["127.0.0.1"], "ca_file": str(ca_file),
               "connect_port": server.server_address[1]}

    with HassServer(display_tmp / "hass") as hass, SimulatedCloud(seed=1) as cloud:
        ctx = AppContext.open(str(display_tmp / "cfg"))
        ctx.endpoints = Endpoints(auth_url=cloud.url, api_url=cloud.url)
        wizard = SetupWizard(ctx, network_check_options=options)
        wizard.move(QPoint(40, 20))
        wizard.show()

        def page(page_id):
            return wizard.page_for(page_id)

        def next_page(expected):
            wait_until(app, lambda: wizard.currentPage().isComplete(), 60,
                       f"{PAGES[wizard.currentId()]} complete")
            wizard.next()  # the page's fields are kept off the GUI thread first
            wait_until(app, lambda: PAGES[wizard.currentId()] == expected, 30,
                       f"the {expected} page")

        shoot(app, wizard, "1-path")  # the three paths, home network chosen for a new setup
        page("path").own.setChecked(True)
        next_page("hass")

        hass_page = page("hass")
        hass_page.url.setText(hass.url)
        hass_page.token.setText(hass.token)
        hass_page.test.click()
        wait_until(app, lambda: hass_page.result.state == PASSED, 30, "HA test")
        shoot(app, wizard, "2-hass")
        next_page("callback")

        callback = page("callback")
        callback.source.setText(f"https://{HA_NAME}")
        callback._rebuild()
        callback.check.click()
        wait_until(app, lambda: callback.rules.results["head"].ok is not None, 30, "checks")
        shoot(app, wizard, "3-callback")
        next_page("portal")

        page("portal").email.setText("alice@example.com")
        shoot(app, wizard, "4-portal")
        next_page("credentials")

        credentials = page("credentials")
        credentials.client_id.setText(DEMO_CLIENT_ID)
        credentials.secret.setText(DEMO_CLIENT_SECRET)
        shoot(app, wizard, "5-credentials")
        next_page("authorize")

        authorize = page("authorize")
        wait_until(app, lambda: authorize.browser is not None and "authorize2" in
                   authorize.browser.url().toString(), 30, "login page")
        done = []
        authorize.browser.loadFinished.connect(done.append)
        wait_until(app, lambda: done or not authorize.status.text().startswith("Loading"), 30,
                   "login page loaded")
        settle(app, 1.5)
        shoot(app, wizard, "6-authorize")
        clicked = []
        for element in ("user-alice", "allow"):
            clicked.clear()
            authorize.browser.page().runJavaScript(
                f"(function(){{var e=document.getElementById('{element}');"
                "if(!e) return false; e.click(); return true;})()", 0, clicked.append)
            wait_until(app, lambda: bool(clicked), 30, f"click {element}")
            if not clicked[0]:
                settle(app, 0.5)
                authorize.browser.page().runJavaScript(
                    f"document.getElementById('{element}').click()", 0)
        wait_until(app, authorize.isComplete, 30, "login")
        next_page("profile")

        profile = page("profile")
        profile.name.setText("Alice")
        wait_until(app, lambda: not profile.busy_bar.isVisible(), 30, "HA entity ids")
        shoot(app, wizard, "7-profile")
        next_page("finish")

        finish = page("finish")
        wait_until(app, finish.isComplete, 90, "first sync")
        finish.check.click()
        wait_until(app, lambda: finish.check_result.state in (PASSED, FAILED), 60,
                   "config check")
        shoot(app, wizard, "8-finish")
        wizard.reject()
        ctx.close()
    server.shutdown()


def walk_demo(app, folder: Path) -> None:
    """``withings-gui setup --demo``: the Home Assistant page with its skip option."""
    from PySide6.QtCore import QPoint

    from withings_gui.demo.session import open_demo
    from withings_gui.wizard.app import SetupWizard

    session = open_demo(str(folder / "demo"), with_profile=False, live_interval=None)
    try:
        wizard = SetupWizard(session.ctx)
        wizard.move(QPoint(40, 20))
        wizard.show()
        # The demo's settings carry an own-domain callback: choose the home network.
        wizard.page_for("path").home.setChecked(True)
        wizard.next()
        wait_until(app, lambda: wizard.currentPage() is wizard.page_for("hass"), 30,
                   "the hass page")
        wizard.page_for("hass").skip.setChecked(True)
        shoot(app, wizard, "2-hass-demo")
        # The home-network path: a public redirect page proposed, no external_url asked.
        wizard.next()
        wait_until(app, lambda: wizard.currentPage() is wizard.page_for("callback"), 30,
                   "the callback page")
        shoot(app, wizard, "3-callback-home-network")
        wizard.reject()
    finally:
        session.close()


def shoot_look(look: str, scale: int, display: str, language: str) -> None:
    """Every page in one look and language, in this process."""
    os.environ.update(DISPLAY=display, QT_QPA_PLATFORM="xcb", QT_QPA_PLATFORMTHEME="gtk3",
                      GTK_THEME=GTK_THEMES[look], QT_SCALE_FACTOR=str(scale),
                      SHOT_SUFFIX=LOOKS[look, scale], SHOT_LANGUAGE=language)
    if os.geteuid() == 0:
        os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")
    with xvfb(display, scale), tempfile.TemporaryDirectory() as folder:
        from PySide6.QtWidgets import QApplication

        from withings_gui.gui.translation import install

        app = QApplication(sys.argv[:1])
        app.setApplicationName("withings-gui")
        install(app, language)
        walk(app, Path(folder))
        walk_demo(app, Path(folder))
        app.processEvents()
        app.shutdown()  # before Xvfb goes away


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--display", default=":93")
    parser.add_argument("--look", choices=sorted(GTK_THEMES), help="one look only")
    parser.add_argument("--scale", type=int, choices=(1, 2), help="one scale only")
    parser.add_argument("--language", default="en",
                        choices=("en", "de", "nl", "fr", "es", "it"))
    args = parser.parse_args()
    if args.look and args.scale:
        shoot_look(args.look, args.scale, args.display, args.language)
        return 0
    subprocess.run([str(ROOT / "scripts" / "build-translations")], check=True,
                   env={**os.environ, "PYTHON": sys.executable})
    if args.language != "en" and args.look is None and args.scale is None:
        args.look, args.scale = "light", 1  # one look is enough to show a language
    failed = 0
    for look, scale in LOOKS:
        if args.look in (None, look) and args.scale in (None, scale):
            failed |= subprocess.run([sys.executable, __file__, "--display", args.display,
                                      "--look", look, "--scale", str(scale),
                                      "--language", args.language]).returncode
    return failed


if __name__ == "__main__":
    sys.exit(main())
