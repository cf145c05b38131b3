"""What a screen reader is told beyond a widget's own words (issue 17).

A control's accessible name is what the supporter sees (a button's own text, a field's buddy
label); an explanation goes into the accessible description. A field the form refused gets the
message as its description and focus; a result ("Session saved") is announced through Qt's
announcement event, and through :class:`Announcer` for the app's own tests.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QLabel, QWidget

if TYPE_CHECKING:  # QAccessible and the widgets below are loaded when first used, not at start
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QTreeWidgetItem

INVALID = "invalid"  # the dynamic property set on a field in error (style sheets may read it)
_USUAL = "usualDescription"  # its description from before the error, given back afterwards


def shown_text(text: str) -> str:
    """``text`` as said aloud: no Alt-letter mark (``&&`` is one ``&``), no trailing "…"."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


def name_as_shown(button: QAbstractButton, explanation: str = "") -> None:
    """Name ``button`` by its visible text; ``explanation`` (if it says more) is its description,
    so speech input ("click Back") and the screen reader use the words on the screen."""
    name = shown_text(button.text())
    button.setAccessibleName(name)
    if explanation and explanation.casefold() != name.casefold():
        button.setAccessibleDescription(explanation)


def say_partly_ticked(item: QTreeWidgetItem) -> None:
    """Qt tells a screen reader a partly ticked item is simply not ticked; its description
    says "partly ticked" instead."""
    partly = item.checkState(0) == Qt.CheckState.PartiallyChecked
    words = QCoreApplication.translate("accessible", "partly ticked") if partly else ""
    if item.data(0, Qt.ItemDataRole.AccessibleDescriptionRole) != words:
        item.setData(0, Qt.ItemDataRole.AccessibleDescriptionRole, words)


def name_editable_box(box: QComboBox, name: str) -> None:
    """Name an editable drop-down and its text field: to AT-SPI the field is an object of its
    own, and a screen reader lands on it when typing."""
    box.setAccessibleName(name)
    edit = box.lineEdit()
    if edit is not None:
        edit.setAccessibleName(name)


class Announcer(QObject):
    """The announcements made in one window (a child object of that window).

    A screen reader hears each through :class:`QAccessibleAnnouncementEvent`; ``said`` carries the
    same words, so a test can hear what was announced without a screen reader."""

    said = Signal(str)

    @staticmethod
    def of(widget: QWidget) -> Announcer:
        window = widget.window()
        found = window.findChild(Announcer, "", Qt.FindChildOption.FindDirectChildrenOnly)
        return found if isinstance(found, Announcer) else Announcer(window)


def announce(source: QWidget, text: str) -> None:
    """Tell assistive technology the result ``text`` (also shown on screen by the caller)."""
    if not text:
        return
    from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent

    if QAccessible.isActive():
        QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(source, text))
    Announcer.of(source).said.emit(text)


class ResultLine(QLabel):
    """A line that shows the result of an action ("Saved.") and announces each one, also when
    its words repeat the last (a second save says "Saved." again, and is heard again); it keeps
    showing until the next result, so there is time to read it.

    A line that is not the answer to something the supporter did (the form's autosave, a
    list's count after each refresh) is made with ``repeats=False``: it is heard only when its
    words change, so that typing a note is not talked over every few seconds."""

    def __init__(self, *, repeats: bool = True) -> None:
        super().__init__()
        self._repeats = repeats

    def setText(self, text: str, /) -> None:
        changed = text != self.text()
        super().setText(text)
        if changed or self._repeats:
            announce(self, text)


def show_field_error(field: QWidget, message: str) -> None:
    """Mark ``field`` as refused: ``message`` becomes its description, it is flagged invalid
    (a state change sent to assistive technology) and gets the focus."""
    for part in _read_aloud(field):
        if not part.property(INVALID):
            part.setProperty(_USUAL, part.accessibleDescription())
        part.setAccessibleDescription(message)
        _set_invalid(part, True)
    field.setFocus(Qt.FocusReason.OtherFocusReason)


def clear_field_error(field: QWidget) -> None:
    for part in _read_aloud(field):
        if part.property(INVALID):
            part.setAccessibleDescription(str(part.property(_USUAL) or ""))
            _set_invalid(part, False)


def _read_aloud(field: QWidget) -> list[QWidget]:
    """``field`` and, for an editable box, the text field inside it: the focus lands there, so
    that is what a screen reader reads (the Peer box's error was never heard)."""
    from PySide6.QtWidgets import QComboBox

    inner = field.lineEdit() if isinstance(field, QComboBox) else None
    return [field] if inner is None else [field, inner]


def _set_invalid(field: QWidget, invalid: bool) -> None:
    field.setProperty(INVALID, invalid)
    from PySide6.QtGui import QAccessible, QAccessibleStateChangeEvent

    if QAccessible.isActive():
        changed = QAccessible.State()
        changed.invalid = True
        QAccessible.updateAccessibility(QAccessibleStateChangeEvent(field, changed))
