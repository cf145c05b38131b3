"""Small widgets every dialog and page builds the same way."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton

from ui.widgets.accessible import name_as_shown

ERROR_COLOUR = "#a40000"  # dark red: readable on light backgrounds, clearly a problem


def wrapped_label(text: str = "") -> QLabel:
    """A label that wraps and never interprets journal text as rich text."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def error_label(*, bold: bool = False) -> QLabel:
    """A hidden, plain-text line for a problem shown next to a field."""
    label = wrapped_label()
    weight = " font-weight: bold;" if bold else ""
    label.setStyleSheet(f"color: {ERROR_COLOUR};{weight}")
    label.setVisible(False)
    return label


def plain_button(text: str, accessible_name: str) -> QPushButton:
    """A button that Enter in a field never presses by accident."""
    button = QPushButton(text)
    name_as_shown(button, accessible_name)  # the visible words; ``accessible_name`` describes
    button.setAutoDefault(False)
    return button
