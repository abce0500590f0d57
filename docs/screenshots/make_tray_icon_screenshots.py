"""One sheet of every tray icon: each state at each size the app draws, on a light and on a
dark panel, with the small sizes also magnified so that their pixels show.

    python docs/screenshots/make_tray_icon_screenshots.py

The icons are drawn by the app's own function (tray/icon.py), offscreen; the labels around
them are the only text drawn with a font. Needs ImageMagick's ``convert``; writes
docs/screenshots/tray-icons.png.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
from event_loop import to_256_colours  # noqa: E402 (this folder)
OUT = Path(__file__).resolve().parent / "tray-icons.png"

PANELS = (("light panel", "#f0f0f0", "#202020"), ("dark panel", "#2b2b2b", "#f0f0f0"))
MAGNIFIED = ((16, 4), (22, 3))  # size, factor
# What each row shows: a state with a weight in one of the units, one with a trend.
ROWS = (("up to date", "OK", 72.4, "kg", None), ("syncing", "SYNCING", 72.4, "kg", "DOWN"),
        ("starting", "STARTING", None, "kg", None), ("stale", "STALE", 159.6, "lb", "UP"),
        ("paused", "PAUSED", 11.2, "st", None), ("error", "ERROR", 72.4, "kg", "FLAT"),
        ("log in again", "NEEDS_REAUTH", 108.4, "kg", None))
MARGIN, LABEL, GAP = 12, 96, 10


def sheet():
    from PySide6.QtCore import QRect, Qt
    from PySide6.QtGui import QColor, QFont, QImage, QPainter

    from withings_gui.core.trend import Direction
    from withings_gui.tray.icon import ICON_SIZES, render_weight_icon
    from withings_gui.tray.state import TrayState

    columns = [(size, 1) for size in ICON_SIZES] + list(MAGNIFIED)
    row_height = max(size * factor for size, factor in columns) + GAP
    panel_width = LABEL + sum(size * factor + GAP for size, factor in columns)
    header = 22
    width = 2 * MARGIN + panel_width
    height = MARGIN + len(PANELS) * (header + 18 + len(ROWS) * row_height) + MARGIN
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    font = QFont()
    font.setPixelSize(12)
    painter.setFont(font)
    top = MARGIN
    for title, background, ink in PANELS:
        block = len(ROWS) * row_height + 18
        painter.fillRect(QRect(MARGIN, top + header, panel_width, block), QColor(background))
        painter.setPen(QColor("#202020"))
        painter.drawText(QRect(MARGIN, top, panel_width, header),
                         Qt.AlignmentFlag.AlignVCenter, title)
        painter.setPen(QColor(ink))
        x = MARGIN + LABEL
        for size, factor in columns:
            caption = f"{size}" if factor == 1 else f"{size} ×{factor}"
            painter.drawText(QRect(x, top + header, size * factor + GAP, 18),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, caption)
            x += size * factor + GAP
        y = top + header + 18
        for label, state, value, unit, trend in ROWS:
            painter.drawText(QRect(MARGIN + 6, y, LABEL - 6, row_height - GAP),
                             Qt.AlignmentFlag.AlignVCenter, label)
            x = MARGIN + LABEL
            for size, factor in columns:
                icon = render_weight_icon(value, unit, TrayState[state], size,
                                          Direction[trend] if trend else None).toImage()
                if factor != 1:
                    icon = icon.scaled(size * factor, size * factor)  # nearest: pixels show
                painter.drawImage(x, y + (row_height - GAP - icon.height()) // 2, icon)
                x += size * factor + GAP
            y += row_height
        top += header + block
    painter.end()
    return image


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])  # noqa: F841 (fonts and pixmaps need it)
    image = sheet()
    image.save(str(OUT))
    to_256_colours(OUT)
    print(f"wrote {OUT.relative_to(ROOT)} ({image.width()}×{image.height()})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
