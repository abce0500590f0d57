"""Qt's own messages (qWarning, a failed connection, a platform plugin complaining) into the
app's log, through its redacting filter: by default Qt prints them to a stderr that a tray
started at login does not have."""

from __future__ import annotations

import logging

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

_LEVELS = {QtMsgType.QtDebugMsg: logging.DEBUG, QtMsgType.QtInfoMsg: logging.INFO,
           QtMsgType.QtWarningMsg: logging.WARNING, QtMsgType.QtCriticalMsg: logging.ERROR,
           QtMsgType.QtFatalMsg: logging.CRITICAL}


def route_qt_messages() -> None:
    """From now on every Qt message of this process is a log record of logger ``qt.*``."""
    qInstallMessageHandler(_to_log)


def _to_log(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    category = context.category if context.category and context.category != "default" else ""
    logger = logging.getLogger(f"qt.{category}" if category else "qt")
    logger.log(_LEVELS.get(kind, logging.WARNING), "%s", message)
