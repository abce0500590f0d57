"""The tray process: latest weight in the icon, background sync. Never imports QtWebEngine."""
