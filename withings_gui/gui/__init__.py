"""Qt pieces shared by the wizard and the tray (the tray must never import QtWebEngine)."""
