"""Small building blocks shared by the step widgets: choices, tag pickers, a checklist, buttons."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QWheelEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from peerdesk import flow
from peerdesk.sessions import Session
from ui.messages import flow_text
from ui.models.roles import Role
from ui.widgets.accessible import name_as_shown
from ui.widgets.dates import EARLIEST_DAY, date_field_format, to_qdate
from ui.widgets.labels import PushButton

INFO, PROBLEM = "info", "problem"  # the kinds of boxed note (colours: assets/peerdesk.qss)


def show_as_note(label: QLabel, kind: str = INFO) -> None:
    """Box ``label`` as a note of ``kind``; its colours come from the app's style sheet."""
    label.setProperty("note", kind)


def choice_combo(choices: tuple[flow.Choice, ...], name: str) -> ChoiceBox:
    combo = ChoiceBox()
    # Words, not "—": on Linux a screen reader says a drop-down's current entry as its name.
    combo.addItem(QCoreApplication.translate("fields", "not recorded"), None)
    for choice in choices:
        combo.addItem(flow_text(choice.label), choice.id)
    combo.setAccessibleName(name)
    combo.setMinimumWidth(220)
    return combo


def set_combo(combo: QComboBox, value: object) -> None:
    index = combo.findData(value) if value is not None else 0
    combo.setCurrentIndex(max(index, 0))


def checkable(picker: QListWidget, label: str, value: object) -> QListWidgetItem:
    item = QListWidgetItem(label, picker)
    item.setData(Role.TAG_ID, value)
    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
    item.setCheckState(Qt.CheckState.Unchecked)
    return item


def set_checked(picker: QListWidget, chosen: set[object]) -> None:
    for row in range(picker.count()):
        item = picker.item(row)
        state = item.data(Role.TAG_ID) in chosen
        item.setCheckState(Qt.CheckState.Checked if state else Qt.CheckState.Unchecked)


def checked_data(picker: QListWidget) -> list[object]:
    return [
        picker.item(row).data(Role.TAG_ID)
        for row in range(picker.count())
        if picker.item(row).checkState() == Qt.CheckState.Checked
    ]


_NO_MAXIMUM = (1 << 24) - 1  # QWIDGETSIZE_MAX


def fit_rows(picker: QListWidget, most: int, *, grow: bool = False) -> None:
    """Tall enough for its rows (up to ``most``); it scrolls beyond that. With ``grow`` that is
    its least height, and it takes whatever more room its layout gives it."""
    rows = max(2, min(most, picker.count()))
    row_height = picker.sizeHintForRow(0)
    if row_height <= 0:
        row_height = picker.fontMetrics().height() + 4
    picker.setFixedHeight(rows * (row_height + 2 * picker.spacing()) + 2 * picker.frameWidth() + 4)
    if grow:
        picker.setMaximumHeight(_NO_MAXIMUM)


def button(text: str, name: str) -> QPushButton:
    made = PushButton(text)
    name_as_shown(made, name)  # named by its visible words; ``name`` becomes the description
    # No button may grab Enter typed in a field: finishing is an explicit action.
    made.setAutoDefault(False)  # Enter on the button itself presses it (PushButton)
    return made


class Checklist(QWidget):
    """The ticks of one step, in the flow's order: the record of what the supporter did."""

    changed = Signal()

    def __init__(self, step: flow.Step, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._step_id = step.id
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        self.boxes: dict[str, QCheckBox] = {}
        for item in step.items:
            box = QCheckBox(flow_text(item.label))
            box.setAccessibleName(box.text())
            box.toggled.connect(self.changed)
            column.addWidget(box)
            self.boxes[item.id] = box
        if not self.boxes:
            self.hide()

    def load(self, session: Session) -> None:
        ticked = set(session.ticked.get(self._step_id, []))
        for item_id, box in self.boxes.items():
            box.setChecked(item_id in ticked)

    def collect(self, session: Session) -> Session:
        by_step = dict(session.ticked)
        chosen = [item_id for item_id, box in self.boxes.items() if box.isChecked()]
        if chosen:
            by_step[self._step_id] = chosen
        else:
            by_step.pop(self._step_id, None)
        return replace(session, ticked=by_step)

    def any_ticked(self) -> bool:
        return any(box.isChecked() for box in self.boxes.values())


# Focus the supporter gave a field on purpose: Tab, Shift+Tab, its Alt key, a click, or back from
# its own list.
_DELIBERATE = frozenset(
    {
        Qt.FocusReason.TabFocusReason,
        Qt.FocusReason.BacktabFocusReason,
        Qt.FocusReason.ShortcutFocusReason,
        Qt.FocusReason.MouseFocusReason,
    }
)
_MOVES = frozenset(
    {
        Qt.Key.Key_Up,
        Qt.Key.Key_Down,
        Qt.Key.Key_PageUp,
        Qt.Key.Key_PageDown,
        Qt.Key.Key_Home,
        Qt.Key.Key_End,
    }
)


class _LeaveWatch(QObject):
    """Tells its drop-down that the focus went elsewhere (not to the drop-down's own list)."""

    def __init__(self, box: ChoiceBox) -> None:
        super().__init__(box)
        self._box = box

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            isinstance(event, QFocusEvent)
            and event.type() == QEvent.Type.FocusOut
            and event.reason() != Qt.FocusReason.PopupFocusReason
        ):
            self._box.left.emit()
        return False


class ChoiceBox(QComboBox):
    """A drop-down that changes only when the supporter means it to.

    The mouse wheel never changes it while it is closed (the page scrolls instead). Typed letters
    and arrow keys choose in a closed one only when the supporter moved to it themselves (Tab,
    its Alt key or a click); where the form put the focus (after an error) or the window coming
    back left it, the list must be opened first (F4 or Alt+Down), so words typed there by
    mistake change nothing. An editable one (the peer) always takes typed text; only the keys
    that pick another entry are held back.
    """

    left = Signal()  # the focus went elsewhere (not to its own list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._deliberate = False
        self._leaving = _LeaveWatch(self)
        self.installEventFilter(self._leaving)

    def _watch_last(self) -> None:
        # A completer's list eats the focus-out it sees, and the completer installs its filter
        # again whenever the field takes the focus; a filter installed after it runs before it,
        # so leaving the field is always noticed.
        self.removeEventFilter(self._leaving)
        self.installEventFilter(self._leaving)

    def setCompleter(self, completer: QCompleter) -> None:
        super().setCompleter(completer)
        self._watch_last()

    def focusInEvent(self, event: QFocusEvent) -> None:
        if event.reason() != Qt.FocusReason.PopupFocusReason:  # back from its own list: as before
            self._deliberate = event.reason() in _DELIBERATE
        super().focusInEvent(event)
        self._watch_last()

    def showPopup(self) -> None:
        self._deliberate = True
        super().showPopup()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if not self.view().isVisible():
            event.ignore()  # to the scroll area around it
            return
        super().wheelEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self._deliberate and self._would_pick(event):
            event.accept()  # swallowed: nothing changes
            return
        super().keyPressEvent(event)

    def _would_pick(self, event: QKeyEvent) -> bool:
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if modifiers not in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier):
            return False  # Alt+Down opens the list, Ctrl+... are the form's keys
        if event.key() in _MOVES:
            return True
        typed = event.text()
        # Space too: it would open the list, and the next letters would choose in it.
        return not self.isEditable() and bool(typed) and typed.isprintable()


class DateField(QDateEdit):
    """A date in one Tab stop: type it (a separator moves to the next part), + and - move it a
    day, Alt+Down opens the calendar."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat(date_field_format())  # the month's name as the locale writes it
        self.setMinimumDate(to_qdate(EARLIEST_DAY))

    def focusNextPrevChild(self, next: bool) -> bool:
        # QDateEdit walks its day, month and year on Tab; here Tab leaves the field.
        return QWidget.focusNextPrevChild(self, next)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        step = {"+": 1, "=": 1, "-": -1}.get(event.text())
        if step is not None:
            self.setDate(self.date().addDays(step))  # kept within the minimum and maximum
            event.accept()
            return
        super().keyPressEvent(event)


def mnemonic_of(text: str) -> str:
    """The Alt letter of a text (``"&Peer"`` -> ``"p"``), or ``""``."""
    found = re.search(r"&([^&\s])", text.replace("&&", ""))
    return found.group(1).lower() if found else ""


def _letters(text: str) -> list[tuple[int, str]]:
    """Where an Alt letter could go in ``text``: words' first letters first, then the rest."""
    starts = [m.start() for m in re.finditer(r"\b\w", text)]
    order = [*starts, *(i for i in range(len(text)) if i not in starts)]
    return [(i, text[i].lower()) for i in order if text[i].isascii() and text[i].isalnum()]


def give_mnemonics(widgets: Iterable[QWidget], taken: set[str]) -> None:
    """Give every button and check box among ``widgets`` that has none an Alt letter of its
    own, not in ``taken`` (the letters already in use where they show: labels, the window's
    buttons). Letters are matched, not handed out first come first served, so a short label
    ("Other") still gets one when a longer one can do with another letter."""
    buttons = [w for w in widgets if isinstance(w, QAbstractButton)]
    for button in buttons:
        taken.add(mnemonic_of(button.text()))
    waiting = [b for b in buttons if not mnemonic_of(b.text())]
    owner: dict[str, QAbstractButton] = {}

    def place(button: QAbstractButton, seen: set[str]) -> bool:
        for _i, letter in _letters(button.text()):
            if letter in taken or letter in seen:
                continue
            seen.add(letter)
            if letter not in owner or place(owner[letter], seen):
                owner[letter] = button
                return True
        return False

    for button in waiting:
        place(button, set())
    for letter, button in owner.items():
        text = button.text()
        at = next(i for i, found in _letters(text) if found == letter)
        button.setText(f"{text[:at]}&{text[at:]}")


def label_letters(root: QWidget) -> set[str]:
    """The Alt letters of the labels under ``root``."""
    return {mnemonic_of(label.text()) for label in root.findChildren(QLabel)} - {""}
