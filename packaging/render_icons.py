"""Render the app icon (withings_gui/resources/withings-gui.svg) for the installers, with Qt
only (the build venv has PySide6), so Windows and macOS builds need no image tools.

    python packaging/render_icons.py --ico packaging/windows/withings-gui.ico
    python packaging/render_icons.py --iconset build/withings-gui.iconset   # then: iconutil -c icns
    python packaging/render_icons.py --png-dir DIR --sizes 16 32 48
    python packaging/render_icons.py --logo withings_gui/resources/withings-gui-logo.png
        # the developer-portal logo the wizard offers (256 px); rerun when the icon changes
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from pathlib import Path

SVG = Path(__file__).resolve().parent.parent / "withings_gui" / "resources" / "withings-gui.svg"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# macOS iconset: name -> pixel size (https://developer.apple.com/design/human-interface-guidelines/app-icons)
ICONSET = {f"icon_{s}x{s}{suffix}.png": s * scale
           for s in (16, 32, 128, 256, 512) for suffix, scale in (("", 1), ("@2x", 2))}


def render_png(size: int) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {SVG}")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data)


def write_ico(path: Path, sizes=ICO_SIZES) -> None:
    """A Windows .ico holding PNG images (supported since Vista), one per size."""
    images = [(s, render_png(s)) for s in sizes]
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, blobs = b"", b""
    for size, png in images:
        dim = 0 if size >= 256 else size  # 0 means 256 in an ICO directory entry
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(png), offset)
        blobs += png
        offset += len(png)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(header + entries + blobs)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ico", type=Path)
    parser.add_argument("--iconset", type=Path)
    parser.add_argument("--png-dir", type=Path)
    parser.add_argument("--logo", type=Path, help="write the 256 px portal logo here")
    parser.add_argument("--sizes", type=int, nargs="+", default=[16, 22, 24, 32, 48, 64, 128, 256])
    args = parser.parse_args()

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication(sys.argv[:1])  # noqa: F841 (QPainter needs an application)
    if args.ico:
        write_ico(args.ico)
    if args.iconset:
        args.iconset.mkdir(parents=True, exist_ok=True)
        for name, size in ICONSET.items():
            (args.iconset / name).write_bytes(render_png(size))
    if args.logo:
        args.logo.write_bytes(render_png(256))
    if args.png_dir:
        args.png_dir.mkdir(parents=True, exist_ok=True)
        for size in args.sizes:
            (args.png_dir / f"withings-gui-{size}.png").write_bytes(render_png(size))
    return 0


if __name__ == "__main__":
    sys.exit(main())
