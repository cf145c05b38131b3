"""Usable with a screen reader (issue 17): every page, every step of the session form, every
dialog and the first-run setup, walked through Qt's accessibility interfaces as a screen reader
reads them. The rules: every control a Tab can reach has a name that is words, not a lone symbol;
a button's or check box's name holds its visible text; a label whose text changes has no fixed
name that hides it; Tab leaves every table; the recovery code is readable as text; a form error
is told to the field itself; results are announced."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QWidget,
)


def _strip_mnemonic(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def reachable(root: QWidget) -> Iterator[QWidget]:
    """The visible, enabled widgets of ``root`` that Tab can reach (the line edit inside a spin
    box or combo box is that box's own part, not a control of its own)."""
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or not widget.isEnabled():
            continue
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            continue
        if isinstance(widget.parent(), QAbstractSpinBox | QComboBox):
            continue
        yield widget


def _describe(widget: QWidget) -> str:
    return f"{type(widget).__name__}({widget.objectName() or _strip_mnemonic(getattr(widget, 'text', lambda: '')())!r})"


def problems(root: QWidget) -> list[str]:
    """What a screen-reader user would stumble on in ``root``, one line each."""
    found: list[str] = []
    for widget in reachable(root):
        interface = QAccessible.queryAccessibleInterface(widget)
        assert interface is not None
        name = interface.text(QAccessible.Text.Name).strip()
        if not any(ch.isalnum() for ch in name):
            found.append(f"{_describe(widget)}: no name in words ({name!r})")
        if isinstance(widget, QAbstractButton) and widget.text():
            visible = _strip_mnemonic(widget.text()).rstrip("…").strip()
            if visible.casefold() not in name.casefold():
                found.append(f"{_describe(widget)}: named {name!r}, shows {visible!r}")
    for view in root.findChildren(QAbstractItemView):  # shown or not: a tab away
        if view.tabKeyNavigation():
            found.append(f"{_describe(view)} {view.accessibleName()!r}: Tab never leaves it")
    for label in root.findChildren(QLabel):  # shown or not: a status label is hidden until used
        fixed = label.accessibleName()
        if fixed and label.pixmap().isNull() and fixed != label.text():
            found.append(f"QLabel({label.text()[:40]!r}): a fixed name {fixed!r} hides its text")
    return found
