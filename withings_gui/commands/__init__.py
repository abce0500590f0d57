"""The CLI's commands, one module each; ``dispatch`` opens the context they all share."""

from __future__ import annotations

import argparse
import sys

from withings_gui.commands.language import shown, speak, translate
from withings_gui.core.context import AppContext
from withings_gui.core.errors import UserFacingError
from withings_gui.core.logs import setup_logging
from withings_gui.core.messages import Message, message_of
from withings_gui.core.plain_text import MESSAGE_CHARS, plain_text

# The wizard and the tray load their translations with their QApplication.
_SPEAKS_ITSELF = ("setup", "tray", None)


def dispatch(args: argparse.Namespace) -> int:
    if args.demo and args.command in ("configure", "login"):
        speak(None)
        print(translate("cli.commands", "withings-gui {command}: not available with --demo "
                                        "(the demo configures and logs in by itself).").format(
                                   command=args.command), file=sys.stderr)
        return 2
    session, spoken = None, False
    try:
        if args.demo:
            from withings_gui.demo.session import open_demo

            session = open_demo(args.config_dir, with_profile=args.command != "setup")
            ctx = session.ctx
        else:
            ctx = AppContext.open(args.config_dir)
        if args.command not in _SPEAKS_ITSELF:
            speak(ctx.config.language)
            spoken = True
        setup_logging(ctx.paths, verbose=args.verbose)
        return _handler(args.command)(args, ctx)
    except UserFacingError as exc:
        if not spoken and args.command not in _SPEAKS_ITSELF:
            speak(None)  # the settings may be what could not be read: the system's language
        print_error("withings-gui", exc)
        return 1
    finally:
        if session is not None:
            session.close()


def print_error(prefix: str, error: BaseException | Message | str) -> None:
    """One line on stderr in the user's language; the message may quote a server, so it is
    cleaned and capped."""
    if isinstance(error, BaseException):
        error = message_of(error)
    text = shown(error) if isinstance(error, Message) else error
    print(f"{prefix}: {plain_text(text, limit=MESSAGE_CHARS)}", file=sys.stderr)


def _handler(command: str | None):
    """Imports only the command that runs: the wizard and the tray start faster without the
    rest, and the tray never loads what only the CLI needs."""
    import importlib

    module, name = _HANDLERS[command]
    return getattr(importlib.import_module(f"withings_gui.commands.{module}"), name)


_HANDLERS = {"configure": ("configure", "run"), "login": ("login", "run"),
             "sync": ("sync", "run"), "doctor": ("doctor", "run"),
             "listen": ("listen", "run"),
             "setup": ("gui", "run_setup"), "tray": ("gui", "run_tray"),
             None: ("gui", "run_default")}
