"""The base of errors whose message is written for the user, not for a traceback."""


class UserFacingError(Exception):
    """A command prints the message and exits 1: a broken config file, an unreadable
    keyring, a full disk. Each kind stays in its own module; this base lets the CLI catch
    them all without loading those modules (and SQLite, keyring) for commands that never
    touch them."""
