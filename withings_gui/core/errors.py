"""The base of errors whose message is written for the user, not for a traceback."""

from __future__ import annotations

from withings_gui.core.messages import Message, as_message


class Explained(Exception):
    """An exception that says what happened as a Message: ``str()`` is the English (logs,
    tracebacks), ``.text`` the Message a front end shows in the user's language. A plain
    str is accepted where the words are not ours to translate. The Message is the first
    argument, so pickling and ``gui.translation.shown_text`` see it."""

    def __init__(self, text: Message | str, *args: object) -> None:
        super().__init__(text, *args)

    def __str__(self) -> str:  # KeyError's own would quote it
        return str(self.args[0]) if len(self.args) == 1 else super().__str__()

    @property
    def text(self) -> Message:
        first = self.args[0] if self.args else ""
        return as_message(first)


class UserFacingError(Explained):
    """A command prints the message and exits 1: a broken config file, an unreadable
    keyring, a full disk. Each kind stays in its own module; this base lets the CLI catch
    them all without loading those modules (and SQLite, keyring) for commands that never
    touch them."""
