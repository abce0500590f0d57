"""The history chart: a line per measure over a date axis and a value axis in the user's unit,
coloured from the desktop's palette; point at a dot, or use the arrow keys, to read it.

QtCharts draws vectors into the view, so the chart is sharp at any device-pixel ratio."""

from __future__ import annotations

import bisect
import math
from dataclasses import dataclass

from PySide6.QtCharts import QChart, QChartView, QDateTimeAxis, QLegend, QLineSeries, QValueAxis
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QEvent, QLocale, QMargins,
                            QPointF, Qt, QTime, Signal)
from PySide6.QtGui import QFont, QFontMetricsF, QKeyEvent, QMouseEvent, QPainter, QPalette, QPen
from PySide6.QtWidgets import QToolTip, QWidget

from withings_gui.core.units import mass_text
from withings_gui.gui.look import MARGIN, SPACING, blend, series_color

HOUR, DAY, YEAR = 3600, 86400, 365 * 86400
MONTH = 31 * DAY
MAX_TICKS = 8
# Readouts: a point's time to the minute, as the tray's tooltip gives the weigh-in's time.
READING_FORMAT = "d MMM yyyy HH:mm"


@dataclass(frozen=True)
class Reading:
    """One point of the chart: the measure's name, its index in that series, when, what."""
    name: str
    index: int
    time: int
    value: float


def reading_text(reading: Reading, unit: str) -> str:
    """What reading a point says, e.g. "Weight 72.4 kg · 3 Dec 2026 07:12" (local time)."""
    when = QLocale().toString(QDateTime.fromSecsSinceEpoch(reading.time), READING_FORMAT)
    value = reading.value
    # As the scale shows it; a value no scale gives (a bad device) short, not 300 digits.
    name = QCoreApplication.translate("core.catalog", reading.name)
    if unit == "st" and abs(value) < 1e6:
        return f"{name} {mass_text(value, unit)} · {when}"
    number = f"{value:.1f}" if abs(value) < 1e6 else f"{value:.4g}"
    return f"{name} {number} {unit} · {when}"


def date_format(span: float) -> tuple[str, int]:
    """The date axis' label format for ``span`` seconds, and the least time between ticks
    that keeps two labels from saying the same (no "Mar 2026" twice)."""
    if span <= 3 * DAY:
        return "d MMM HH:mm", HOUR
    if span <= 200 * DAY:
        return "d MMM", DAY
    if span <= 4 * YEAR:
        return "MMM yyyy", MONTH
    return "yyyy", YEAR


def value_format(low: float, high: float, ticks: int) -> str:
    """printf format of the value axis: as many decimals as the tick step needs."""
    if max(abs(low), abs(high)) >= 1e6:
        return "%.3g"  # values no scale gives (a bad device): short labels all the same
    step = (high - low) / max(ticks - 1, 1)
    for decimals in range(3):
        scaled = step * 10 ** decimals
        if abs(scaled - round(scaled)) <= 1e-6 * max(scaled, 1):  # every tick said exactly
            return f"%.{decimals}f"
    return "%.3f"  # finer than a gram or a hundredth of a pound says nothing


class HistoryChart(QChartView):
    """``plot(series, unit, start, end)``: lines named in ``names`` order (each measure keeps
    its colour whatever the range holds). ``pointed`` carries the Reading under the pointer
    or the keyboard's selection, or None when there is none."""

    pointed = Signal(object)

    def __init__(self, names: tuple[str, ...], parent: QWidget | None = None):
        super().__init__(QChart(), parent)
        self.names = names
        self.unit = ""
        self.lines: dict[str, QLineSeries] = {}
        self.points: dict[str, list[tuple[int, float]]] = {}
        self._times: dict[str, list[int]] = {}
        self.selected: Reading | None = None
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # arrow keys read the points
        translate = QCoreApplication.translate
        self.setAccessibleName(translate("tray.history_chart", "History chart"))
        self.setAccessibleDescription(translate(
            "tray.history_chart", "Left and right arrows step through the points, up and down "
            "change the measure, Home and End jump to the ends"))
        chart = self.chart()
        chart.layout().setContentsMargins(0, 0, 0, 0)  # the window's margins are the outer ones
        chart.setMargins(QMargins(MARGIN, MARGIN, MARGIN, SPACING))
        chart.setLocalizeNumbers(True)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.legend().setMarkerShape(QLegend.MarkerShape.MarkerShapeFromSeries)
        self.x_axis, self.y_axis = QDateTimeAxis(), QValueAxis()
        self.x_axis.setTitleText(translate("tray.history_chart", "Date"))
        chart.addAxis(self.x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(self.y_axis, Qt.AlignmentFlag.AlignLeft)
        chart.plotAreaChanged.connect(self._fit)
        # Room for the axes' labels and titles and a few weeks of points, in the font's size.
        line = self.fontMetrics().height()
        self.setMinimumSize(line * 26, line * 15)
        self.restyle()

    # -- drawing -----------------------------------------------------------------------------

    def plot(self, series: dict[str, list[tuple[int, float]]], unit: str, start: int,
             end: int) -> None:
        """Draw ``series`` (name → [(time, value)], oldest first, none empty) from ``start``
        to ``end`` (seconds)."""
        self.select(None)
        chart = self.chart()
        chart.removeAllSeries()
        self.unit, self.points, self.lines = unit, series, {}
        self._times = {name: [t for t, _ in points] for name, points in series.items()}
        for name in (name for name in self.names if name in series):
            line = QLineSeries()
            line.setName(QCoreApplication.translate("core.catalog", name))  # the legend's
            line.replace([QPointF(t * 1000.0, v) for t, v in series[name]])
            chart.addSeries(line)
            line.attachAxis(self.x_axis)
            line.attachAxis(self.y_axis)
            self.lines[name] = line
        if end <= start:  # one point: a day around it
            start, end = start - DAY // 2, end + DAY // 2
        pad = (end - start) / 50  # dots at the ends drawn whole, not cut by the frame
        self.x_axis.setRange(QDateTime.fromMSecsSinceEpoch(int((start - pad) * 1000)),
                             QDateTime.fromMSecsSinceEpoch(int((end + pad) * 1000)))
        values = [v for points in series.values() for _, v in points]
        low, high = min(values), max(values)
        # A margin of at least half a unit: two weigh-ins 0.1 kg apart are not a cliff.
        margin = max((high - low) / 20, abs(high) * 1e-9, 0.5)
        self.y_axis.setRange(low - margin, high + margin)
        self.y_axis.applyNiceNumbers()
        self.y_axis.setLabelFormat(value_format(self.y_axis.min(), self.y_axis.max(),
                                                self.y_axis.tickCount()))
        self.y_axis.setTitleText(QCoreApplication.translate(
            "tray.history_chart", "Mass ({unit})").format(unit=unit))
        self.restyle()
        self._fit()

    def _fit(self) -> None:
        """Ticks and dots for the room there is: date labels never overlap, and dots show
        where they are apart enough to be told apart."""
        if not self.lines:
            return
        low = self.x_axis.min().toSecsSinceEpoch()
        high = self.x_axis.max().toSecsSinceEpoch()
        label_format, least_step = date_format(high - low)
        self.x_axis.setFormat(label_format)
        years = sorted({self.x_axis.min().date().year(), self.x_axis.max().date().year()})
        years_text = "–".join(str(year) for year in years)
        self.x_axis.setTitleText(
            QCoreApplication.translate("tray.history_chart", "Date") if "yyyy" in label_format
            else QCoreApplication.translate("tray.history_chart", "Date ({years})").format(
                years=years_text))
        width = self.chart().plotArea().width()
        metrics, locale = QFontMetricsF(self.x_axis.labelsFont()), QLocale()
        room = max(metrics.horizontalAdvance(locale.toString(sample, label_format))
                   for sample in _WIDE_DATES) + 2 * SPACING
        ticks = min(MAX_TICKS, int(width // room) + 1, int((high - low) // least_step) + 1)
        self.x_axis.setTickCount(max(ticks, 2))
        for name, line in self.lines.items():
            line.setPointsVisible(len(self.points[name]) * line.markerSize() * 2 <= width)

    def restyle(self) -> None:
        """Colours and fonts from the palette and font the view has now (light, dark, high
        contrast): the card in the base colour, text in the text colour, quiet grid lines."""
        palette = self.palette()
        base = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        chart = self.chart()
        chart.setBackgroundBrush(base)
        chart.setBackgroundPen(QPen(palette.color(QPalette.ColorRole.Mid)))
        chart.setPlotAreaBackgroundVisible(False)
        font, title = self.font(), QFont(self.font())
        title.setBold(True)
        chart.legend().setLabelColor(text)
        chart.legend().setFont(font)
        for axis in (self.x_axis, self.y_axis):
            axis.setLabelsBrush(text)
            axis.setLabelsFont(font)
            axis.setTitleBrush(text)
            axis.setTitleFont(title)
            axis.setGridLineColor(blend(text, base, 0.15))
            axis.setLinePenColor(blend(text, base, 0.5))
        line_width = max(2.0, self.fontMetrics().height() / 8)
        for name, line in self.lines.items():
            color = series_color(self.names.index(name), palette)
            line.setPen(QPen(color, line_width))
            line.setMarkerSize(line_width * 2)
            line.setSelectedColor(text)  # the point being read: as strong as the text

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange):
            self.restyle()
            self._fit()

    # -- reading points ------------------------------------------------------------------------

    def reading_at(self, position: QPointF) -> Reading | None:
        """The point nearest ``position`` (in the view) within a line's height, if any."""
        chart = self.chart()
        at = chart.mapFromScene(self.mapToScene(position.toPoint()))
        reach = self.fontMetrics().height()
        best: tuple[float, Reading] | None = None
        for name, line in self.lines.items():
            times, points = self._times[name], self.points[name]
            earliest = chart.mapToValue(at - QPointF(reach, 0), line).x() / 1000
            latest = chart.mapToValue(at + QPointF(reach, 0), line).x() / 1000
            for index in range(bisect.bisect_left(times, earliest),
                               bisect.bisect_right(times, latest)):
                spot = chart.mapToPosition(QPointF(times[index] * 1000.0, points[index][1]),
                                           line)
                distance = math.hypot(spot.x() - at.x(), spot.y() - at.y())
                if distance <= reach and (best is None or distance < best[0]):
                    best = (distance, Reading(name, index, *points[index]))
        return best[1] if best else None

    def position_of(self, reading: Reading) -> QPointF:
        """Where ``reading``'s dot is, in the view's coordinates."""
        line = self.lines[reading.name]
        spot = self.chart().mapToPosition(QPointF(reading.time * 1000.0, reading.value), line)
        return QPointF(self.mapFromScene(self.chart().mapToScene(spot)))

    def latest(self) -> Reading | None:
        """The newest point of the first measure charted (the weight, when there is one)."""
        for name in self.names:
            if name in self.points:
                index = len(self.points[name]) - 1
                return Reading(name, index, *self.points[name][index])
        return None

    def select(self, reading: Reading | None) -> None:
        """Mark ``reading`` as the point being read (None: no point) and say so."""
        if reading == self.selected:
            return
        for line in self.lines.values():
            line.deselectAllPoints()
        self.selected = reading
        if reading is None:
            QToolTip.hideText()
        else:
            self.lines[reading.name].selectPoint(reading.index)
            spot = self.position_of(reading).toPoint()
            QToolTip.showText(self.viewport().mapToGlobal(spot), reading_text(reading, self.unit),
                              self)
        self.pointed.emit(reading)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        super().mouseMoveEvent(event)
        self.select(self.reading_at(event.position()))

    def leaveEvent(self, event: QEvent) -> None:
        super().leaveEvent(event)
        if not self.hasFocus():
            self.select(None)

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        if self.selected is None:
            self.select(self.latest())  # the keyboard starts where the reading line points

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.select(None)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        reading = self.selected or self.latest()
        step = _KEY_STEPS.get(event.key())
        if reading is None or step is None:
            super().keyPressEvent(event)
            return
        self.select(self._stepped(reading, step))
        event.accept()

    def _stepped(self, reading: Reading, step: str) -> Reading:
        names = list(self.lines)
        name, index = reading.name, reading.index
        if step in ("up", "down"):
            at = names.index(name) + (-1 if step == "up" else 1)
            name = names[min(max(at, 0), len(names) - 1)]
            # The other measure's point nearest in time (a weigh-in has them all).
            times = self._times[name]
            index = min(bisect.bisect_left(times, reading.time), len(times) - 1)
            if index and reading.time - times[index - 1] <= times[index] - reading.time:
                index -= 1
        else:
            last = len(self.points[name]) - 1
            index = {"previous": index - 1, "next": index + 1, "first": 0, "last": last}[step]
            index = min(max(index, 0), last)
        return Reading(name, index, *self.points[name][index])


# The widest a date label gets: two-digit days and hours in every month's name.
_WIDE_DATES = [QDateTime(QDate(2000, month, 28), QTime(20, 58)) for month in range(1, 13)]
_KEY_STEPS = {Qt.Key.Key_Left: "previous", Qt.Key.Key_Right: "next", Qt.Key.Key_Home: "first",
              Qt.Key.Key_End: "last", Qt.Key.Key_Up: "up", Qt.Key.Key_Down: "down"}
