"""Qt-free core: configuration, secrets, the Withings client, history store, HA publishing, sync.

Nothing under this package may import Qt, so the CLI and tests use it without a display and
the tray process stays small.
"""
