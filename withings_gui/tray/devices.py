"""Devices window: each Withings device of a profile with its battery and last sync.

Home Assistant shows the battery only; Withings also says when each device last synced,
which tells a scale that stopped uploading. The list is what the last sync stored (read in
the background through the TaskRunner); a low battery carries a warning mark as well as the
word, so it does not rely on colour.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QRectF, Qt, Slot
from PySide6.QtGui import QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QLabel, QPushButton,
                               QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

from withings_gui.core.device_battery import is_low
from withings_gui.core.messages import QT_TRANSLATE_NOOP
from withings_gui.core.store import HistoryStore
from withings_gui.core.withings.measures import Device
from withings_gui.gui.look import space_out
from withings_gui.gui.marks import WARNING, draw_mark
from withings_gui.gui.tasks import Task, TaskRunner
from withings_gui.tray.store_window import StoreWindow

C = "tray.devices"
COLUMNS = (QT_TRANSLATE_NOOP("tray.devices", "Model"), QT_TRANSLATE_NOOP("tray.devices", "Type"),
           QT_TRANSLATE_NOOP("tray.devices", "Battery"),
           QT_TRANSLATE_NOOP("tray.devices", "Last sync"))
MODEL, TYPE, BATTERY, LAST_SYNC = range(len(COLUMNS))
NO_DEVICES = QT_TRANSLATE_NOOP("tray.devices",
                               "No devices yet: Withings lists them after the next sync.")
MINUTE, HOUR, DAY = 60, 3600, 86400
# Withings' battery words as the table says them
BATTERY_WORDS = {"high": QT_TRANSLATE_NOOP("tray.devices", "High"),
                 "medium": QT_TRANSLATE_NOOP("tray.devices", "Medium"),
                 "low": QT_TRANSLATE_NOOP("tray.devices", "Low")}


def battery_text(battery: str | None) -> str:
    """Withings' "high", "medium", "low" as words; anything else as Withings wrote it."""
    battery = (battery or "").strip()
    if not battery:
        return QCoreApplication.translate("tray.devices", "Not reported")
    word = BATTERY_WORDS.get(battery.lower())
    return QCoreApplication.translate(C, word) if word else battery.capitalize()


def last_sync_text(when: int | None, now: float) -> str:
    """"3 hours ago" within a day; else (or a date ahead of now) the local date and time."""
    translate = QCoreApplication.translate
    if when is None:
        return translate("tray.devices", "Not known")
    age = now - when
    if -MINUTE < age < MINUTE:
        return translate("tray.devices", "Just now")
    if 0 < age < HOUR:
        minutes = int(age // MINUTE)
        return translate("tray.devices", "1 minute ago") if minutes == 1 else \
            translate("tray.devices", "{count} minutes ago").format(count=minutes)
    if 0 < age < DAY:
        hours = int(age // HOUR)
        return translate("tray.devices", "1 hour ago") if hours == 1 else \
            translate("tray.devices", "{count} hours ago").format(count=hours)
    return local_time_text(when)


def local_time_text(when: int) -> str:
    return QLocale().toString(QDateTime.fromSecsSinceEpoch(when),
                              QLocale.FormatType.ShortFormat)


class DevicesWindow(StoreWindow):
    def __init__(self, store: HistoryStore, profile: str, runner: TaskRunner):
        super().__init__()
        self.profile = profile
        translate = QCoreApplication.translate
        self.setWindowTitle(translate("tray.devices", "Withings devices — {profile}")
                            .format(profile=profile))
        self.resize(620, 280)
        self._store, self._runner = store, runner
        self._loading: Task | None = None
        self.devices: list[Device] = []
        self.status = QLabel(translate("tray.devices", "Reading the devices…"))
        self.status.setWordWrap(True)
        self.table = QTreeWidget()
        self.table.setHeaderLabels([translate(C, column) for column in COLUMNS])
        self.table.setRootIsDecorated(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAccessibleName(translate("tray.devices", "Devices"))
        close = QPushButton(translate("tray.devices", "&Close"))
        close.clicked.connect(self.close)
        buttons = space_out(QHBoxLayout(), margins=False)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = space_out(QVBoxLayout(self))
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        QWidget.setTabOrder(self.table, close)

    @property
    def loading(self) -> bool:
        return self._loading is not None

    @Slot()
    def reload(self) -> None:
        if self._loading is not None:
            return
        store, profile = self._store, self.profile
        self._loading = self._runner.start(lambda cancel: store.devices(profile), self._show,
                                           self._failed, parent=self)

    @Slot(object)
    def _show(self, devices: list[Device]) -> None:
        self._loading = None
        self.devices = devices
        self.table.clear()
        now = time.time()
        for device in devices:
            item = QTreeWidgetItem([device.model or QCoreApplication.translate(
                "tray.devices", "Unknown model"), device.type or "—",
                                    battery_text(device.battery),
                                    last_sync_text(device.last_session_date, now)])
            if is_low(device):
                item.setIcon(BATTERY, self._warning_icon())
                item.setToolTip(BATTERY, QCoreApplication.translate(
                    "tray.devices", "Low: charge it or change its batteries soon"))
            if device.last_session_date is not None:
                item.setToolTip(LAST_SYNC, local_time_text(device.last_session_date))
            self.table.addTopLevelItem(item)
        for column in range(len(COLUMNS)):
            self.table.resizeColumnToContents(column)
        if devices:
            self.table.setCurrentItem(self.table.topLevelItem(0))
        count = len(devices)
        translate = QCoreApplication.translate
        if not devices:
            text = translate(C, NO_DEVICES)
        elif count == 1:
            text = translate("tray.devices", "1 device, as of the last sync.")
        else:
            text = translate("tray.devices", "{count} devices, as of the last sync.").format(
                count=count)
        self.status.setText(text)

    @Slot(object)
    def _failed(self, exc: BaseException) -> None:
        self._loading = None
        self.devices = []
        self.table.clear()
        reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        self.status.setText(QCoreApplication.translate(
            "tray.devices", "The devices could not be read: {why}").format(why=reason))

    def _warning_icon(self) -> QIcon:
        """The shared warning mark (a triangle with "!"), a line of text high, sharp at 2×."""
        side = self.fontMetrics().height()
        ratio = self.devicePixelRatioF()
        pixmap = QPixmap(round(side * ratio), round(side * ratio))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        draw_mark(painter, QRectF(0, 0, side, side), WARNING, self.palette())
        painter.end()
        return QIcon(pixmap)
