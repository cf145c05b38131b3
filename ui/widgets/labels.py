"""Small widgets every dialog and page builds the same way.

Their colours come from the palette and ``assets/peerdesk.qss`` through dynamic properties
(``state``, ``muted``, ``note``): a widget never names a colour (STYLE 17).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from ui.widgets.accessible import name_as_shown

ERROR, WARNING = "error", "warning"  # the "state" property's values with a colour of their own


def set_style_property(widget: QWidget, name: str, value: object) -> None:
    """Set a dynamic property the style sheet selects on, and restyle the widget at once."""
    widget.setProperty(name, value)
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)


def wrapped_label(text: str = "") -> QLabel:
    """A label that wraps and never interprets journal text as rich text."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def muted_label(text: str = "") -> QLabel:
    """Secondary text that wraps: enabled, in the palette's muted colour (never a disabled label,
    whose contrast is too low to read)."""
    label = wrapped_label(text)
    label.setProperty("muted", True)
    return label


def error_label(*, bold: bool = False) -> QLabel:
    """A hidden, plain-text line for a problem shown next to a field."""
    label = wrapped_label()
    label.setProperty("state", ERROR)
    label.setProperty("bold", bold)
    label.setVisible(False)
    return label


_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_ENTER_MODIFIERS = (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)


class PushButton(QPushButton):
    """A push button that Enter (or the keypad's Enter) presses while it has the focus, as Space
    does. Qt's button answers Enter only when it is an auto-default button of a dialog, and the
    app turns that off where Enter in a field must not press a button (``plain_button``), and
    outside dialogs it is off anyway: the focused button ignored Enter."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in _ENTER and event.modifiers() in _ENTER_MODIFIERS:
            event.accept()
            self.click()
            return
        super().keyPressEvent(event)


def plain_button(text: str, description: str) -> QPushButton:
    """A button that Enter in a field never presses by accident (Enter on the button itself
    does), named by its visible words; ``description`` says what it does, for a screen reader."""
    button = PushButton(text)
    name_as_shown(button, description)
    button.setAutoDefault(False)
    return button
