"""Colours that code paints or hands to Qt (chart series, item models' text): read from
``assets/peerdesk.qss`` for the theme in use, so they follow light and dark like everything else.

``style_colour("chart-main")`` is the text colour the style sheet gives
``QLabel[colour="chart-main"]``; ``style_colour("overdue", prop="due")`` the one it gives
``QLabel[due="overdue"]``.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QLabel


def style_colour(value: str, *, prop: str = "colour") -> QColor:
    """The text colour the app's style sheet gives a label whose ``prop`` is ``value``."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    # A new theme sets a new palette (and its cache key) together with its style sheet.
    return QColor(_polished(prop, value, QGuiApplication.palette().cacheKey(), app.styleSheet()))


def muted_colour() -> QColor:
    """The palette's muted text colour (secondary information, still readable)."""
    return QGuiApplication.palette().color(QPalette.ColorRole.PlaceholderText)


@lru_cache(maxsize=32)
def _polished(prop: str, value: str, _palette_key: int, _sheet: str) -> QColor:
    probe = QLabel()
    probe.setProperty(prop, value)
    probe.ensurePolished()
    colour = probe.palette().color(QPalette.ColorRole.WindowText)
    return QColor(colour)
