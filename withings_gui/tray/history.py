"""History window: weight, fat mass and muscle mass over 30 days, a year, or all time.

The store is read in the background (TaskRunner); the window shows the chart, or in its place
what there is to know when there is nothing to chart (no weigh-ins yet, none in this range,
the history could not be read)."""

from __future__ import annotations

import time
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt, Slot
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (QComboBox, QFrame, QHBoxLayout, QLabel, QPushButton, QStackedWidget,
                               QVBoxLayout, QWidget)

from withings_gui.core.messages import QT_TRANSLATE_NOOP
from withings_gui.core.store import HistoryStore
from withings_gui.core.units import in_display_unit
from withings_gui.gui.look import SECTION, space_out
from withings_gui.gui.tasks import Task, TaskRunner
from withings_gui.tray.history_chart import DAY, HistoryChart, Reading, reading_text
from withings_gui.tray.store_window import StoreWindow

C = "tray.history"
RANGES = ((QT_TRANSLATE_NOOP("tray.history", "Last 30 days"), 30),
          (QT_TRANSLATE_NOOP("tray.history", "Last year"), 365),
          (QT_TRANSLATE_NOOP("tray.history", "All"), None))
# By range: the title when it holds no weigh-in (All holds every one), the button to it
NOTHING_IN = (QT_TRANSLATE_NOOP("tray.history", "No weigh-ins in the last 30 days"),
              QT_TRANSLATE_NOOP("tray.history", "No weigh-ins in the last year"),
              QT_TRANSLATE_NOOP("tray.history", "No weigh-ins yet"))
SHOW = (QT_TRANSLATE_NOOP("tray.history", "&Show last 30 days"),
        QT_TRANSLATE_NOOP("tray.history", "&Show last year"),
        QT_TRANSLATE_NOOP("tray.history", "&Show all"))
# The catalog's labels (core.catalog), translated where the chart shows them
SERIES = ((1, "Weight"), (8, "Fat mass"), (76, "Muscle mass"))
NAMES = tuple(name for _, name in SERIES)


@dataclass(frozen=True)
class History:
    """What the window shows for one range, read off the GUI thread."""
    series: dict[str, list[tuple[int, float]]]  # name → [(time, value)], none empty
    start: int | None  # the range's first second; None for all time
    now: int
    newest: int | None  # the newest weigh-in of a charted measure, in the range or not


def load_history(store: HistoryStore, profile: str, days: int | None, unit: str,
                 now: float | None = None) -> History:
    """The chart's data (Qt-free, runs off the GUI thread)."""
    now = int(time.time() if now is None else now)
    start = None if days is None else now - days * DAY
    # A scale's clock a little ahead still shows; one years ahead waits for "All".
    until = None if days is None else now + DAY
    series = {}
    for meastype, name in SERIES:
        points = store.series(profile, meastype, start)
        if until is not None:
            points = [(t, v) for t, v in points if t <= until]
        if unit != "kg":
            points = [(t, in_display_unit(v, unit)) for t, v in points]
        if points:
            series[name] = points
    if series:
        newest = max(points[-1][0] for points in series.values())
    else:
        latest = store.latest_by_type(profile)
        newest = max((latest[t].measured_at for t, _ in SERIES if t in latest), default=None)
    return History(series, start, now, newest)


def weigh_ins(history: History) -> int:
    """How many weigh-ins the chart shows (a weigh-in gives each measure a point)."""
    return len({t for points in history.series.values() for t, _ in points})


def wider_range(current: int, history: History) -> int:
    """The shortest range longer than ``current`` that holds the newest weigh-in ("All"
    holds every one)."""
    return next(index for index, (_, days) in enumerate(RANGES) if index > current and (
        days is None or history.now - days * DAY <= history.newest <= history.now + DAY))


class HistoryWindow(StoreWindow):
    def __init__(self, store: HistoryStore, profile: str, unit: str, runner: TaskRunner):
        super().__init__()
        translate = QCoreApplication.translate
        self.setWindowTitle(translate("tray.history", "Withings history — {profile}")
                            .format(profile=profile))
        self.resize(760, 480)
        self._store, self._profile, self._unit, self._runner = store, profile, unit, runner
        self._loading: Task | None = None
        self.history: History | None = None
        self.range_box = QComboBox()
        for label, days in RANGES:
            self.range_box.addItem(translate(C, label), days)
        self.range_box.currentIndexChanged.connect(self.reload)
        self.status = QLabel(translate("tray.history", "Loading…"))
        self.chart_view = HistoryChart(NAMES)
        self.chart = self.chart_view.chart()
        self.chart_view.pointed.connect(self._show_reading)
        self.reading = QLabel()  # the point being read, else the latest weigh-in
        self.reading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.chart_view)
        self.pages.addWidget(self._message_page())
        top = space_out(QHBoxLayout(), margins=False)
        top.addWidget(QLabel(translate("tray.history", "&Range:"), buddy=self.range_box))
        top.addWidget(self.range_box)
        top.addStretch(1)
        top.addWidget(self.status)
        layout = space_out(QVBoxLayout(self))
        layout.addLayout(top)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.reading)

    def _message_page(self) -> QWidget:
        """Shown in the chart's place when there is nothing to chart, saying why."""
        # A card like the chart's, so switching ranges does not make the window jump.
        page = QFrame()
        page.setFrameShape(QFrame.Shape.StyledPanel)
        page.setBackgroundRole(QPalette.ColorRole.Base)
        page.setAutoFillBackground(True)
        self.message_title = QLabel()
        font = QFont(self.message_title.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.message_title.setFont(font)
        self.message_text = QLabel()
        self.message_text.setWordWrap(True)
        self.message_action = QPushButton()
        self.message_action.clicked.connect(self._message_acted)
        layout = space_out(QVBoxLayout(page))
        layout.addStretch(1)
        for label in (self.message_title, self.message_text):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setForegroundRole(QPalette.ColorRole.Text)  # text on the base colour
            layout.addWidget(label)
        layout.addWidget(self.message_action, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.insertSpacing(3, SECTION - layout.spacing())
        layout.addStretch(1)
        self._action_range: int | None = None  # the range the button switches to; None: retry
        return page

    @property
    def loading(self) -> bool:
        return self._loading is not None

    @property
    def series_data(self) -> dict[str, list[tuple[int, float]]]:
        return self.history.series if self.history else {}

    @Slot()
    def reload(self) -> None:
        days = self.range_box.currentData()
        self.status.setText(QCoreApplication.translate("tray.history", "Loading…"))
        if self._loading is not None:
            self._loading.cancel()  # a range chosen after it: its answer no longer counts
        store, profile, unit = self._store, self._profile, self._unit
        self._loading = self._runner.start(
            lambda cancel: load_history(store, profile, days, unit), self._show, self._failed)

    @Slot(object)
    def _show(self, history: History) -> None:
        self._loading = None
        self.history = history
        if not history.series:
            self._show_nothing_in_range(history)
            return
        first = min(points[0][0] for points in history.series.values())
        start = first if history.start is None else history.start
        end = history.newest if history.start is None else max(history.now, history.newest)
        self.chart_view.plot(history.series, self._unit, start, end)
        count = weigh_ins(history)
        self.status.setText(QCoreApplication.translate("tray.history", "1 weigh-in")
                            if count == 1 else QCoreApplication.translate(
                                "tray.history", "{count} weigh-ins").format(count=count))
        self.pages.setCurrentWidget(self.chart_view)
        self._show_reading(None)

    def _show_nothing_in_range(self, history: History) -> None:
        self.status.clear()
        self.reading.clear()
        translate = QCoreApplication.translate
        if history.newest is None:
            self._show_message(translate(C, NOTHING_IN[-1]), translate(
                "tray.history", "Weigh-ins from your Withings scale show here after the next "
                "sync."), None)
            return
        current = self.range_box.currentIndex()
        when = QLocale().toString(QDateTime.fromSecsSinceEpoch(history.newest), "d MMM yyyy")
        self._show_message(translate(C, NOTHING_IN[current]),
                           translate("tray.history", "The latest is from {date}.").format(
                               date=when), wider_range(current, history))

    def _show_message(self, title: str, text: str, action_range: int | None,
                      retry: bool = False) -> None:
        self.message_title.setText(title)
        self.message_text.setText(text)
        self._action_range = action_range
        if action_range is not None:
            self.message_action.setText(QCoreApplication.translate(C, SHOW[action_range]))
        elif retry:
            self.message_action.setText(QCoreApplication.translate("tray.history", "&Try again"))
        self.message_action.setVisible(action_range is not None or retry)
        self.pages.setCurrentIndex(1)

    @Slot()
    def _message_acted(self) -> None:
        if self._action_range is None:
            self.reload()
        else:
            self.range_box.setCurrentIndex(self._action_range)

    @Slot(object)
    def _failed(self, exc: BaseException) -> None:
        self._loading = None
        self.history = None
        self.status.clear()
        self.reading.clear()
        reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        self._show_message(QCoreApplication.translate("tray.history",
                                                      "Could not read the history"),
                           reason, None, retry=True)

    @Slot(object)
    def _show_reading(self, reading: Reading | None) -> None:
        """The point pointed at (mouse or keyboard), else the latest: readable without a
        mouse, and by screen readers."""
        if reading is None:
            latest = self.chart_view.latest()
            self.reading.setText(QCoreApplication.translate("tray.history", "Latest: {reading}")
                                 .format(reading=reading_text(latest, self._unit))
                                 if latest else "")
        else:
            self.reading.setText(reading_text(reading, self._unit))
