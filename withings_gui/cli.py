"""The ``withings-gui`` command: wizard or tray by default, and everything without a screen."""

from __future__ import annotations

import argparse
import logging
import re
import sys

from withings_gui import __version__
from withings_gui.core.config import LANGUAGES

log = logging.getLogger(__name__)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="withings-gui",
        description="Withings measurements into Home Assistant. Without a command: the setup "
                    "wizard when nothing is configured yet, else the tray.")
    parser.add_argument("--version", action="version", version=f"withings-gui {__version__}")
    _add_common(parser, top_level=True)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    setup = commands.add_parser("setup", help="run the setup wizard")
    _add_common(setup)
    setup.add_argument("--reauthorize", action="store_true",
                       help="go straight to the Withings login of an existing setup")
    tray = commands.add_parser("tray", help="start the tray icon")
    _add_common(tray)

    configure = commands.add_parser(
        "configure", help="store settings without the wizard (secrets are read from stdin)",
        description="Stores settings and checks their format. Secrets never go on the command "
                    "line: give them on standard input as lines client_secret=... and "
                    "ha_token=... (either may be left out to keep the saved one).")
    _add_common(configure)
    configure.add_argument("--profile", help="profile slug, e.g. alice (needed for every "
                                             "setting but --language)")
    configure.add_argument("--ha-url", help="Home Assistant base URL")
    configure.add_argument("--ha-ca-file", metavar="FILE",
                           help="trust this certificate (PEM) for Home Assistant's https, e.g. "
                                "its self-signed one; '' to stop trusting it")
    configure.add_argument("--client-id", help="Withings Client Id")
    configure.add_argument("--callback-url", help="callback URL registered with Withings")
    configure.add_argument("--unit", choices=("kg", "lb", "both", "st"),
                           help="units to publish (st: stones)")
    configure.add_argument("--interval", type=_minutes, metavar="MINUTES", help="sync interval")
    configure.add_argument("--name", help="the person's display name")
    configure.add_argument("--read-ecg", choices=("yes", "no"),
                           help="also read the latest ECG classification (no new login "
                                "needed: Withings serves it under the access already asked)")
    configure.add_argument("--language", choices=(*LANGUAGES, "system"),
                           help="the language of the wizard, tray and messages; system: the "
                                "desktop's (the default). Takes effect at the next start")

    login = commands.add_parser("login", help="log a profile in to Withings")
    _add_common(login)
    login.add_argument("--profile", required=True)
    login.add_argument("--no-browser", action="store_true",
                       help="print the authorize URL and read the final URL from stdin")
    login.add_argument("--replace", action="store_true",
                       help="give the profile to another Withings account than its own")

    sync = commands.add_parser("sync", help="fetch from Withings and publish to Home Assistant")
    _add_common(sync)
    sync.add_argument("--once", action="store_true", required=True,
                      help="run one full sync and exit")
    sync.add_argument("--profile")
    sync.add_argument("--json", action="store_true", help="print the result as JSON")
    sync.add_argument("--dry-run", action="store_true",
                      help="fetch and show, publish nothing (no Home Assistant needed)")
    # The tray's timer: slow streams (sleep, activity, ...) only when they are due.
    sync.add_argument("--scheduled", action="store_true", help=argparse.SUPPRESS)

    doctor = commands.add_parser("doctor", help="check settings, keyring, HA and Withings")
    _add_common(doctor)
    doctor.add_argument("--json", action="store_true")
    return parser


def _minutes(text: str) -> int:
    # argparse's own int() message repeats the input, however long it is.
    if not re.fullmatch(r"-?\d{1,6}", text.strip()):
        raise argparse.ArgumentTypeError("must be a whole number of minutes, e.g. 5")
    return int(text)


def _add_common(parser: argparse.ArgumentParser, top_level: bool = False) -> None:
    # Accepted before or after the command; SUPPRESS keeps a sub-parser from resetting them.
    default = None if top_level else argparse.SUPPRESS
    parser.add_argument("--config-dir", default=default, help="use this config folder")
    parser.add_argument("--demo", action="store_true",
                        default=False if top_level else argparse.SUPPRESS,
                        help="run against a simulated Withings cloud")
    parser.add_argument("-v", "--verbose", action="store_true",
                        default=False if top_level else argparse.SUPPRESS)


def main(argv: list[str] | None = None) -> int:
    from withings_gui.core.paths import use_private_umask

    use_private_umask()  # before anything can create a file in the settings folder
    args = build_parser().parse_args(argv)
    from withings_gui.commands import dispatch

    streams = sys.stdout, sys.stderr
    # Reports quote servers (errors, names): no escape sequence from them reaches the terminal.
    sys.stdout, sys.stderr = (None if stream is None else TerminalSafe(stream)
                              for stream in streams)  # None: a windowed app has no console
    try:
        return dispatch(args)
    except KeyboardInterrupt:
        return 130
    finally:
        sys.stdout, sys.stderr = streams


class TerminalSafe:
    """A text stream that drops control characters and escape sequences, keeping newlines
    and tabs; everything else goes to the wrapped stream."""

    def __init__(self, stream) -> None:
        from withings_gui.core.plain_text import without_controls

        self._stream = stream
        self._clean = without_controls

    def write(self, text: str) -> int:
        self._stream.write(self._clean(text))
        return len(text)

    def __getattr__(self, name: str):
        return getattr(self._stream, name)


if __name__ == "__main__":
    sys.exit(main())
