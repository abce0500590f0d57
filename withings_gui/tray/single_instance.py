"""One tray per user and config folder: a second launch asks the first to show itself."""

from __future__ import annotations

import hashlib
import getpass

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from withings_gui.core.paths import AppPaths


def server_name(paths: AppPaths) -> str:
    digest = hashlib.sha256(f"{getpass.getuser()}:{paths.root}".encode()).hexdigest()[:16]
    return f"withings-gui-{digest}"


class SingleInstance(QObject):
    """``claim()`` is True for the first process; later ones ping it and should exit."""

    activated = Signal()

    def __init__(self, paths: AppPaths, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._name = server_name(paths)
        self._server: QLocalServer | None = None

    def claim(self) -> bool:
        socket = QLocalSocket()
        socket.connectToServer(self._name)
        if socket.waitForConnected(500):
            socket.write(b"show\n")
            socket.waitForBytesWritten(500)
            socket.disconnectFromServer()
            return False
        # Nobody answered: a stale socket from a crashed tray may remain; remove it.
        QLocalServer.removeServer(self._name)
        self._server = QLocalServer(self)
        self._server.newConnection.connect(self._on_connection)
        return self._server.listen(self._name)

    def _on_connection(self) -> None:
        while self._server is not None and self._server.hasPendingConnections():
            connection = self._server.nextPendingConnection()
            connection.disconnected.connect(connection.deleteLater)
            self.activated.emit()
