"""The setup wizard. Only page_authorize imports QtWebEngine, and only when it is shown."""
