"""Render the developer-portal logo (withings-gui-logo.png) from the app icon's SVG.

Run once when the icon changes; the PNG is shipped, this script is not needed at run time.

    QT_QPA_PLATFORM=offscreen python withings_gui/resources/make_logo.py [--size 256] [--out PATH]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def render(svg: Path, out: Path, size: int) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 (needed)
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {svg}")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    if not image.save(str(out), "PNG"):
        raise SystemExit(f"cannot write {out}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=256)
    parser.add_argument("--out", type=Path, default=HERE / "withings-gui-logo.png")
    args = parser.parse_args()
    render(HERE / "withings-gui.svg", args.out, args.size)
    print(args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
