"""Keep the application's look (style, palette, style sheet, colour scheme) across a test that
changes it with :class:`ui.system.theme.Theme`, so no other test sees a theme it did not choose."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QEvent
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QProxyStyle


@contextmanager
def look_kept(qapp: QApplication) -> Iterator[None]:
    """Whatever Theme objects are made inside are deleted after, and the look put back."""
    palette, sheet, style = QPalette(qapp.palette()), qapp.styleSheet(), qapp.style().name()
    ours = isinstance(qapp.style(), QProxyStyle)  # the app's own style (ui.system.theme)
    try:
        yield
    finally:
        from ui.system.theme import Theme, app_style

        for theme in qapp.findChildren(Theme):
            theme.deleteLater()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
        qapp.styleHints().unsetColorScheme()
        qapp.setStyleSheet(sheet)
        qapp.setPalette(palette)
        if ours:  # a new one: the Theme made here replaced it, and Qt deleted the old one
            qapp.setStyle(app_style())
        else:
            qapp.setStyle(style)


def _channel(value: float) -> float:
    return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4


def luminance(colour: QColor) -> float:
    """WCAG's relative luminance of an opaque colour."""
    r, g, b = (_channel(c) for c in (colour.redF(), colour.greenF(), colour.blueF()))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: QColor, b: QColor) -> float:
    """WCAG's contrast ratio, from 1 (none) to 21 (black on white)."""
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)
