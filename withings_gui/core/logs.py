"""One logging setup for CLI, wizard and tray: a rotating file in the config folder + stderr."""

from __future__ import annotations

import logging
import logging.handlers
import sys

from withings_gui.core.paths import AppPaths
from withings_gui.core.redact import RedactingFilter

_FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"


def setup_logging(paths: AppPaths, verbose: bool = False, to_stderr: bool = True) -> None:
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_withings_gui", False):
            root.removeHandler(handler)
            handler.close()
    paths.log_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    handlers: list[logging.Handler] = [logging.handlers.RotatingFileHandler(
        paths.log_file, maxBytes=1_000_000, backupCount=3, encoding="utf-8")]
    if to_stderr:
        stderr = logging.StreamHandler(sys.stderr)
        stderr.setLevel(logging.DEBUG if verbose else logging.WARNING)
        handlers.append(stderr)
    for handler in handlers:
        handler._withings_gui = True  # type: ignore[attr-defined]
        handler.addFilter(RedactingFilter())
        handler.setFormatter(logging.Formatter(_FORMAT))
        root.addHandler(handler)
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    # Third-party debug output would echo request bodies (tokens) before our filter sees them.
    for noisy in ("urllib3", "requests_oauthlib", "oauthlib", "niquests", "websocket"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
