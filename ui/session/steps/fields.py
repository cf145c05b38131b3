"""Small building blocks shared by the step widgets: choices, tag pickers, a checklist, buttons."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from peerdesk import flow
from peerdesk.sessions import Session

INFO_STYLE = (
    "QLabel { background: #e8f1fb; color: #0d3458; border: 1px solid #b6d0ee;"
    " border-radius: 4px; padding: 6px; }"
)


def qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def choice_combo(choices: tuple[flow.Choice, ...], name: str) -> QComboBox:
    combo = QComboBox()
    combo.addItem("—", None)
    for choice in choices:
        combo.addItem(choice.label, choice.id)
    combo.setAccessibleName(name)
    combo.setMinimumWidth(300)
    return combo


def set_combo(combo: QComboBox, value: object) -> None:
    index = combo.findData(value) if value is not None else 0
    combo.setCurrentIndex(max(index, 0))


def checkable(picker: QListWidget, label: str, value: object) -> QListWidgetItem:
    item = QListWidgetItem(label, picker)
    item.setData(Qt.ItemDataRole.UserRole, value)
    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
    item.setCheckState(Qt.CheckState.Unchecked)
    return item


def set_checked(picker: QListWidget, chosen: set[object]) -> None:
    for row in range(picker.count()):
        item = picker.item(row)
        state = item.data(Qt.ItemDataRole.UserRole) in chosen
        item.setCheckState(Qt.CheckState.Checked if state else Qt.CheckState.Unchecked)


def checked_data(picker: QListWidget) -> list[object]:
    return [
        picker.item(row).data(Qt.ItemDataRole.UserRole)
        for row in range(picker.count())
        if picker.item(row).checkState() == Qt.CheckState.Checked
    ]


def fit_rows(picker: QListWidget, most: int) -> None:
    """Tall enough for its rows (up to ``most``); it scrolls beyond that."""
    rows = max(2, min(most, picker.count()))
    row_height = picker.sizeHintForRow(0)
    if row_height <= 0:
        row_height = picker.fontMetrics().height() + 4
    picker.setFixedHeight(rows * (row_height + 2 * picker.spacing()) + 2 * picker.frameWidth() + 4)


def button(text: str, name: str) -> QPushButton:
    made = QPushButton(text)
    made.setAccessibleName(name)
    # No button may grab Enter typed in a field: finishing is an explicit action.
    made.setAutoDefault(False)
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
            box = QCheckBox(item.label)
            box.setAccessibleName(item.label)
            box.toggled.connect(self.changed)
            column.addWidget(box)
            self.boxes[item.id] = box
        if not self.boxes:
            self.hide()

    def load(self, session: Session) -> None:
        ticked = set(session.checked.get(self._step_id, []))
        for item_id, box in self.boxes.items():
            box.setChecked(item_id in ticked)

    def collect(self, session: Session) -> Session:
        checked = dict(session.checked)
        ticked = [item_id for item_id, box in self.boxes.items() if box.isChecked()]
        if ticked:
            checked[self._step_id] = ticked
        else:
            checked.pop(self._step_id, None)
        return replace(session, checked=checked)

    def any_ticked(self) -> bool:
        return any(box.isChecked() for box in self.boxes.values())
