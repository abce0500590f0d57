"""A picture of the Withings developer portal's forms, drawn by us, with a numbered badge on
each field the user fills; the portal page shows the same numbers beside the values.

What the portal asks, and in which order (as of 2024-2025), from public sources:
- home-assistant.io/integrations/withings (source/_integrations/withings.markdown): create
  an application, choose "Public API integration", accept the terms, then under
  "Information": Target environment (Development), Application name, Application
  description, Registered URLs, Change logo; once saved, the Client ID and Secret are shown.
- home-assistant/home-assistant.io issue 29971 (2023-11): the developer account itself is
  made first, with a name for the organization and a contact email address; the old single
  form (Logo, Description, Contact Email, Callback URI, Company) is gone.
Vector drawing in the palette's colours: sharp at any device-pixel ratio, light or dark."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPalette,
                           QPen)
from PySide6.QtWidgets import QSizePolicy, QWidget

from withings_gui.gui.look import accent_color, ink_on, readable, wanted_contrast

ORGANIZATION, APPLICATION = "Your organization", "Application information"
TEXT, CHOICE, IMAGE = "text", "choice", "image"

# Borders of the drawn boxes: WCAG's 3:1 for the parts of a control one must see.
BORDER_CONTRAST = 3.0


@dataclass(frozen=True)
class PortalField:
    """A field of the portal's forms, labelled as the portal labels it."""

    label: str
    section: str
    kind: str = TEXT
    shown: str = ""  # what the picture shows in the box (a choice's value)


ORGANIZATION_NAME = PortalField("Organization name", ORGANIZATION)
CONTACT_EMAIL = PortalField("Contact email", ORGANIZATION)
ENVIRONMENT = PortalField("Target environment", APPLICATION, CHOICE, "Development")
APPLICATION_NAME = PortalField("Application name", APPLICATION)
APPLICATION_DESCRIPTION = PortalField("Application description", APPLICATION)
REGISTERED_URLS = PortalField("Registered URLs", APPLICATION)
LOGO = PortalField("Logo", APPLICATION, IMAGE, "Change logo")

# The portal's order: the numbers of the badges, in the picture and beside the values.
PORTAL_FORM = (ORGANIZATION_NAME, CONTACT_EMAIL, ENVIRONMENT, APPLICATION_NAME,
               APPLICATION_DESCRIPTION, REGISTERED_URLS, LOGO)
PORTAL_ADDRESS = "developer.withings.com"
AFTER_SAVING = "Then: Client ID, Secret"


def numbered(fields: tuple[PortalField, ...]) -> list[tuple[int, PortalField]]:
    """Each field with its badge's number: the one numbering the picture and rows share."""
    return list(enumerate(fields, start=1))


def figure_colors(palette: QPalette) -> dict[str, QColor]:
    """The colours the picture is drawn in, each readable on what it is drawn on."""
    page = palette.color(QPalette.ColorRole.Base)
    chrome = palette.color(QPalette.ColorRole.Window)
    minimum = wanted_contrast()
    text = readable(palette.color(QPalette.ColorRole.Text), page, minimum)
    badge = accent_color(palette)
    border = QColor.fromRgbF(*(0.45 * t + 0.55 * p for t, p in
                               zip(text.getRgbF()[:3], page.getRgbF()[:3])))
    return {
        "background": page,
        "chrome": chrome,
        "text": text,
        "quiet": readable(palette.color(QPalette.ColorRole.PlaceholderText), page, minimum),
        "border": readable(border, page, BORDER_CONTRAST),
        "badge": badge,
        "ink": ink_on(badge),
    }


def draw_badge(painter: QPainter, center: QPointF, diameter: float, number: int,
               palette: QPalette, font: QFont) -> None:
    """A disc in the accent colour with the number in the ink that reads best on it."""
    colors = figure_colors(palette)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colors["badge"])
    painter.drawEllipse(center, diameter / 2, diameter / 2)
    bold = QFont(font)
    bold.setBold(True)
    painter.setFont(bold)
    painter.setPen(colors["ink"])
    box = QRectF(center.x() - diameter / 2, center.y() - diameter / 2, diameter, diameter)
    painter.drawText(box, Qt.AlignmentFlag.AlignCenter, str(number))
    painter.restore()


class NumberBadge(QWidget):
    """The badge beside a value on the page: the number of its field in the picture."""

    def __init__(self, number: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.number = number
        side = self.fontMetrics().height()
        self.setFixedSize(QSize(side, side))
        self.setAccessibleName(self.tr("field {number} in the picture").format(number=number))

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        draw_badge(painter, QRectF(self.rect()).center(), self.height(), self.number,
                   self.palette(), self.font())
        painter.end()


@dataclass
class _Box:
    """Where one field is drawn: its label's baseline, its box and its badge."""

    number: int
    field: PortalField
    label_at: QPointF
    box: QRectF
    badge: QPointF


class PortalFigure(QWidget):
    """The portal's two forms in a browser-like frame, a numbered badge on each field.

    Its size follows from its font (not from the space it is given), so it has one size
    hint and no height-for-width."""

    def __init__(self, fields: tuple[PortalField, ...] = PORTAL_FORM,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.fields = fields
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Picture of the Withings developer portal's forms"))
        self.setAccessibleDescription("; ".join(f"{number}: {field.label}"
                                                for number, field in numbered(fields)))

    # Text a little smaller than the page's, as in a picture; never below 7 points.
    def small_font(self) -> QFont:
        font = QFont(self.font())
        if font.pointSizeF() > 0:
            font.setPointSizeF(max(7.0, font.pointSizeF() * 0.85))
        else:
            font.setPixelSize(max(9, round(font.pixelSize() * 0.85)))
        return font

    def _metrics(self) -> dict[str, float]:
        font = self.small_font()
        metrics = QFontMetricsF(font)
        line = metrics.height()
        bold = QFont(font)
        bold.setBold(True)
        pad = round(line * 0.75)
        badge = line + 3
        gutter = badge + pad * 0.5
        # Wide enough for every text, the address and the line under the Save button.
        widest = max([QFontMetricsF(bold).horizontalAdvance(section) - gutter
                      for section in (ORGANIZATION, APPLICATION)]
                     + [metrics.horizontalAdvance(field.label) for field in self.fields]
                     + [metrics.horizontalAdvance(PORTAL_ADDRESS) + line * 2,
                        metrics.horizontalAdvance("Save" + AFTER_SAVING) + pad * 2.1])
        return {"line": line, "pad": pad, "bar": line + 12, "badge": badge,
                "gutter": gutter, "box": line + 6,
                "width": pad * 2 + gutter + max(widest, line * 11) + pad}

    def _layout(self) -> tuple[list[_Box], list[tuple[str, float]], float]:
        """The fields' places, the sections' titles (text, baseline) and the height."""
        size = self._metrics()
        line, pad, gutter = size["line"], size["pad"], size["gutter"]
        left = pad + gutter
        right = size["width"] - pad
        ascent = QFontMetricsF(self.small_font()).ascent()
        y = size["bar"] + pad
        boxes, titles, section = [], [], None
        for number, field in numbered(self.fields):
            if field.section != section:
                if section is not None:
                    y += pad * 0.5
                section = field.section
                titles.append((section, y + ascent))
                y += line + 2
            label_at = QPointF(left, y + ascent)
            y += line + 2
            height = size["box"] * (1.6 if field.kind == IMAGE else 1.0)
            box = QRectF(left, y, right - left, height)
            boxes.append(_Box(number, field, label_at, box,
                              QPointF(pad + size["badge"] / 2, box.center().y())))
            y += height + pad * 0.5
        y += size["box"] + pad  # the Save button, and what Withings shows after it
        return boxes, titles, y

    def badges(self) -> list[tuple[int, str]]:
        """The numbers on the picture's badges with their fields' labels, top to bottom."""
        return [(box.number, box.field.label) for box in self._layout()[0]]

    def badge_discs(self) -> list[QRectF]:
        """Where the badges are drawn, top to bottom."""
        radius = self._metrics()["badge"] / 2
        return [QRectF(box.badge.x() - radius, box.badge.y() - radius, 2 * radius, 2 * radius)
                for box in self._layout()[0]]

    def colors(self) -> dict[str, QColor]:
        return figure_colors(self.palette())

    def sizeHint(self) -> QSize:
        height = self._layout()[2]
        return QSize(round(self._metrics()["width"]) + 1, round(height) + 1)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def changeEvent(self, event: QEvent) -> None:
        # A new font changes the size; a new palette (light/dark switch) only the colours.
        if event.type() == QEvent.Type.FontChange:
            self.updateGeometry()
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.PaletteChange):
            self.update()
        super().changeEvent(event)

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colors = self.colors()
        size = self._metrics()
        boxes, titles, height = self._layout()
        frame = QRectF(0.5, 0.5, size["width"] - 1, height - 1)
        self._draw_frame(painter, frame, size, colors)
        font = self.small_font()
        bold = QFont(font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(colors["text"])
        for title, baseline in titles:
            painter.drawText(QPointF(size["pad"], baseline), title)
        painter.setFont(font)
        for box in boxes:
            self._draw_field(painter, box, size, colors)
        self._draw_save(painter, boxes[-1].box.bottom() + size["pad"] * 0.5, size, colors)
        for box in boxes:
            draw_badge(painter, box.badge, size["badge"], box.number, self.palette(), font)
        painter.end()

    def _draw_frame(self, painter: QPainter, frame: QRectF, size: dict[str, float],
                    colors: dict[str, QColor]) -> None:
        """A browser window: a title bar with three dots and the portal's address."""
        radius = size["pad"] * 0.6
        painter.setPen(QPen(colors["border"], 1))
        painter.setBrush(colors["background"])
        painter.drawRoundedRect(frame, radius, radius)
        bar = QPainterPath()
        bar.addRoundedRect(frame, radius, radius)
        top = QPainterPath()
        top.addRect(QRectF(frame.left(), frame.top(), frame.width(), size["bar"]))
        painter.setBrush(colors["chrome"])
        painter.drawPath(bar.intersected(top))
        dot = size["line"] * 0.18
        middle = frame.top() + size["bar"] / 2
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colors["border"])
        for index in range(3):
            painter.drawEllipse(QPointF(size["pad"] + index * dot * 3.2, middle), dot, dot)
        address = QRectF(size["pad"] + dot * 9, frame.top() + 5,
                         frame.right() - size["pad"] - (size["pad"] + dot * 9),
                         size["bar"] - 10)
        painter.setPen(QPen(colors["border"], 1))
        painter.setBrush(colors["background"])
        painter.drawRoundedRect(address, address.height() / 2, address.height() / 2)
        font = self.small_font()
        painter.setFont(font)
        painter.setPen(colors["quiet"])
        text = QFontMetricsF(font).elidedText(PORTAL_ADDRESS, Qt.TextElideMode.ElideRight,
                                              address.width() - address.height())
        painter.drawText(address.adjusted(address.height() / 2, 0, 0, 0),
                         Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text)

    def _draw_field(self, painter: QPainter, box: _Box, size: dict[str, float],
                    colors: dict[str, QColor]) -> None:
        painter.setPen(colors["text"])
        painter.drawText(box.label_at, box.field.label)
        painter.setPen(QPen(colors["border"], 1))
        painter.setBrush(colors["background"])
        inner = box.box
        if box.field.kind == IMAGE:  # a square for the picture, its button beside it
            inner = QRectF(box.box.left(), box.box.top(), box.box.height(), box.box.height())
            painter.drawRoundedRect(inner, 3, 3)
            painter.setPen(colors["quiet"])
            painter.drawText(box.box.adjusted(inner.width() + size["pad"] * 0.5, 0, 0, 0),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                             box.field.shown)
            return
        painter.drawRoundedRect(inner, 3, 3)
        if box.field.kind == CHOICE:  # the chosen value and the list's chevron
            painter.setPen(colors["text"])
            painter.drawText(inner.adjusted(size["pad"] * 0.5, 0, 0, 0),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                             box.field.shown)
            half = size["line"] * 0.22
            tip = QPointF(inner.right() - size["pad"] * 0.5 - half, inner.center().y() + half / 2)
            chevron = QPainterPath(QPointF(tip.x() - half, tip.y() - half))
            chevron.lineTo(tip)
            chevron.lineTo(QPointF(tip.x() + half, tip.y() - half))
            painter.setPen(QPen(colors["text"], 1.4, Qt.PenStyle.SolidLine,
                                Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(chevron)

    def _draw_save(self, painter: QPainter, top: float, size: dict[str, float],
                   colors: dict[str, QColor]) -> None:
        """The form's Save button, and what Withings shows once it is pressed."""
        font = self.small_font()
        metrics = QFontMetricsF(font)
        left = size["pad"] + size["gutter"]
        button = QRectF(left, top, metrics.horizontalAdvance("Save") + size["pad"] * 1.5,
                        size["box"])
        painter.setPen(QPen(colors["border"], 1))
        painter.setBrush(colors["chrome"])
        painter.drawRoundedRect(button, 3, 3)
        painter.setPen(colors["text"])
        painter.drawText(button, Qt.AlignmentFlag.AlignCenter,
                         "Save")  # untranslated: the portal's button
        after = QRectF(button.right() + size["pad"] * 0.6, top,
                       size["width"] - size["pad"] - button.right() - size["pad"] * 0.6,
                       size["box"])
        painter.setPen(colors["quiet"])
        painter.drawText(after, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                         metrics.elidedText(AFTER_SAVING, Qt.TextElideMode.ElideRight,
                                            after.width()))
