"""History window: weight, fat mass and muscle mass over 30 days, a year, or all time."""

from __future__ import annotations

import time

from PySide6.QtCharts import QChart, QChartView, QDateTimeAxis, QLineSeries, QValueAxis
from PySide6.QtCore import QDateTime, Qt, Slot
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from withings_gui.core.units import to_pounds
from withings_gui.core.store import HistoryStore
from withings_gui.gui.tasks import TaskRunner

RANGES = (("Last 30 days", 30), ("Last year", 365), ("All", None))
SERIES = ((1, "Weight"), (8, "Fat mass"), (76, "Muscle mass"))


def load_series(store: HistoryStore, profile: str, days: int | None, unit: str,
                now: float | None = None) -> dict[str, list[tuple[int, float]]]:
    """The chart's data (Qt-free, runs off the GUI thread): name → [(time, value)]."""
    since = None if days is None else int((now or time.time()) - days * 86400)
    data = {}
    for meastype, name in SERIES:
        points = store.series(profile, meastype, since)
        if unit == "lb":
            points = [(t, to_pounds(v)) for t, v in points]
        if points:
            data[name] = points
    return data


class HistoryWindow(QWidget):
    def __init__(self, store: HistoryStore, profile: str, unit: str, runner: TaskRunner):
        super().__init__()
        self.setWindowTitle(f"Withings history — {profile}")
        self.resize(760, 460)
        self._store, self._profile, self._unit, self._runner = store, profile, unit, runner
        self.range_box = QComboBox()
        for label, days in RANGES:
            self.range_box.addItem(label, days)
        self.range_box.currentIndexChanged.connect(self.reload)
        self.status = QLabel("Loading…")
        self.chart = QChart()
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        view = QChartView(self.chart)
        view.setRenderHint(QPainter.RenderHint.Antialiasing)
        top = QHBoxLayout()
        top.addWidget(QLabel("&Range:", buddy=self.range_box))
        top.addWidget(self.range_box)
        top.addStretch(1)
        top.addWidget(self.status)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(view)
        self.series_data: dict[str, list[tuple[int, float]]] = {}
        self.reload()

    @Slot()
    def reload(self) -> None:
        days = self.range_box.currentData()
        self.status.setText("Loading…")
        self._runner.start(lambda cancel: load_series(self._store, self._profile, days,
                                                      self._unit), self._show, self._failed)

    @Slot(object)
    def _show(self, data: dict) -> None:
        self.series_data = data
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        if not data:
            self.status.setText("No measurements in this range.")
            return
        x_axis, y_axis = QDateTimeAxis(), QValueAxis()
        x_axis.setFormat("dd MMM yyyy")
        y_axis.setTitleText(self._unit)
        self.chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        values = []
        for name, points in data.items():
            series = QLineSeries()
            series.setName(name)
            for timestamp, value in points:
                series.append(timestamp * 1000.0, value)
                values.append(value)
            self.chart.addSeries(series)
            series.attachAxis(x_axis)
            series.attachAxis(y_axis)
        first = min(p[0] for points in data.values() for p in points)
        last = max(p[0] for points in data.values() for p in points)
        x_axis.setRange(QDateTime.fromSecsSinceEpoch(first), QDateTime.fromSecsSinceEpoch(last))
        y_axis.setRange(min(values) * 0.95, max(values) * 1.05)
        count = sum(len(p) for p in data.values())
        self.status.setText(f"{count} measurements")

    @Slot(object)
    def _failed(self, exc: BaseException) -> None:
        self.status.setText(f"Could not read the history: {exc}")
