"""Render PeerDesk's icon from its one source, ``assets/icons/peerdesk.svg``.

    uv run --with pillow python packaging/make_icons.py

writes ``assets/icons/png/peerdesk-<N>.png`` (the sizes a Linux desktop asks for), and
``assets/icons/peerdesk.ico`` (Windows) and ``assets/icons/peerdesk.icns`` (macOS). The PNGs come
from Qt's own SVG renderer, so they match what the app draws; Pillow only packs them into the
Windows and macOS containers. The results are committed, so a build needs neither tool: run this
again only after changing the SVG.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "assets" / "icons"
SVG = ICONS / "peerdesk.svg"
PNG_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)


def render_png(size: int) -> bytes:
    """The icon at ``size`` x ``size`` pixels, as PNG bytes, drawn by QSvgRenderer."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"make_icons: {SVG} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.convertToFormat(QImage.Format.Format_ARGB32).save(buffer, "PNG"):
        raise SystemExit(f"make_icons: could not encode the {size} px icon")
    buffer.close()
    return bytes(data.data())


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication(sys.argv[:1])
    rendered = {size: render_png(size) for size in sorted({*PNG_SIZES, *ICO_SIZES, *ICNS_SIZES})}
    del app

    png_dir = ICONS / "png"
    png_dir.mkdir(parents=True, exist_ok=True)
    for size in PNG_SIZES:
        path = png_dir / f"peerdesk-{size}.png"
        path.write_bytes(rendered[size])
        print(path.relative_to(ROOT))

    def image(size: int) -> Image.Image:
        return Image.open(io.BytesIO(rendered[size])).convert("RGBA")

    # Each container gets every size drawn at that size (not scaled down from the largest).
    largest_ico = image(max(ICO_SIZES))
    largest_ico.save(
        ICONS / "peerdesk.ico",
        format="ICO",
        sizes=[(s, s) for s in ICO_SIZES],
        append_images=[image(s) for s in ICO_SIZES if s != max(ICO_SIZES)],
    )
    print((ICONS / "peerdesk.ico").relative_to(ROOT))
    largest_icns = image(max(ICNS_SIZES))
    largest_icns.save(
        ICONS / "peerdesk.icns",
        format="ICNS",
        append_images=[image(s) for s in ICNS_SIZES if s != max(ICNS_SIZES)],
    )
    print((ICONS / "peerdesk.icns").relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
