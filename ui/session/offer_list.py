"""Step 6 as one list: every kind of help and every resource, each marked how far it went.

One row per kind of help (:data:`peerdesk.flow.REFERRAL_TYPES`) and per resource of the directory
(grouped by category, in handout order), with a mark: mentioned, handout given or referred
(:data:`peerdesk.flow.MARKS`), or none. Keyboard: the arrows move between rows, 1, 2 and 3 set a
mark, Space steps to the next one (none, mentioned, handout given, referred, none), 0, Delete or
Backspace clear it. A click on the mark column steps it too. Screen readers hear each row's name
and mark.

The widget holds no journal: the form hands it the resources and the marks (:meth:`load`) and
reads the marks back. :func:`open_handout` starts the handout dialog from here: resources marked
handout given start ticked in it, and what the supporter prints or saves comes back marked
handout given.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from peerdesk import flow
from peerdesk.clock import Clock
from peerdesk.journal import Journal
from peerdesk.resources import Resource
from ui.messages import category_label, flow_text
from ui.models.roles import Role
from ui.printing.handout import in_print_order
from ui.widgets.labels import wrapped_label

if TYPE_CHECKING:
    from ui.dialogs.handout_dialog import HandoutDialog

NAME, MARK = 0, 1  # the columns
KIND, RESOURCE = "kind", "resource"
_CYCLE = ("", flow.MENTIONED, flow.HANDOUT, flow.REFERRED)
_KEYS = {
    Qt.Key.Key_1: flow.MENTIONED,
    Qt.Key.Key_2: flow.HANDOUT,
    Qt.Key.Key_3: flow.REFERRED,
    Qt.Key.Key_0: "",
    Qt.Key.Key_Delete: "",
    Qt.Key.Key_Backspace: "",
}


class _MarkTree(QTreeWidget):
    """The list itself: the mark keys act on the current row; the arrows skip the headings."""

    mark_key = Signal(str)  # the mark a key asks for ("" clears)
    step_key = Signal()  # Space: the next mark

    def moveCursor(
        self, cursorAction: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        index = super().moveCursor(cursorAction, modifiers)
        model = self.model()
        if not index.isValid() or index.parent().isValid():
            return index  # a row
        up = cursorAction in (
            QAbstractItemView.CursorAction.MoveUp,
            QAbstractItemView.CursorAction.MovePageUp,
        )
        if up and index.row() > 0:  # the last row of the group above
            above = model.index(index.row() - 1, 0)
            return model.index(model.rowCount(above) - 1, index.column(), above)
        return model.index(0, index.column(), index)  # the heading's first row

    def keyPressEvent(self, event: QKeyEvent) -> None:
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        key = Qt.Key(event.key())
        if modifiers == Qt.KeyboardModifier.NoModifier and key in _KEYS:
            self.mark_key.emit(_KEYS[key])
            event.accept()
        elif modifiers == Qt.KeyboardModifier.NoModifier and key == Qt.Key.Key_Space:
            self.step_key.emit()
            event.accept()
        else:
            super().keyPressEvent(event)


class OfferList(QWidget):
    """The kinds of help and resources of step 6 with their marks. ``changed`` follows every
    change the supporter makes (not :meth:`load`)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._labels = {c.id: flow_text(c.label) for c in flow.MARKS}
        # Marks of resources this list does not show (deleted from the directory since): kept,
        # so saving the session loses nothing the supporter did not change.
        self._hidden_marks: dict[int, str] = {}
        self.guidance = wrapped_label(
            self.tr(
                "Only “Referred” counts as a referral: you made the contact or set it up for "
                "them. Mentioned and handout given are counted apart."
            )
        )
        self.tree = _MarkTree()
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Kind of help or resource"), self.tr("Mark")])
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setAllColumnsShowFocus(True)
        self.tree.setAccessibleName(self.tr("Help offered"))
        self.tree.setAccessibleDescription(self._keys_text())
        self.tree.setToolTip(self._keys_text())
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(NAME, self.tree.header().ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(
            MARK, self.tree.header().ResizeMode.ResizeToContents
        )
        self.tree.mark_key.connect(self._set_current)
        self.tree.step_key.connect(self._step_current)
        self.tree.itemClicked.connect(self._clicked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.guidance)
        layout.addWidget(self.tree, 1)
        self.setFocusProxy(self.tree)

    def _keys_text(self) -> str:
        return self.tr(
            "1 mentioned, 2 handout given, 3 referred, Space for the next mark, 0 or Delete "
            "to clear"
        )

    # --- loading and reading ----------------------------------------------------------------------

    def load(
        self,
        resources: Iterable[Resource],
        resource_marks: Mapping[int, str],
        referral_marks: Mapping[str, str],
    ) -> None:
        """Show the kinds of help and ``resources`` (grouped by category) with their marks."""
        self.tree.clear()
        kinds = self._group(self.tr("Kinds of help"))
        for choice in flow.REFERRAL_TYPES:
            self._row(
                kinds, flow_text(choice.label), (KIND, choice.id), referral_marks.get(choice.id, "")
            )
        shown: set[int] = set()
        groups: dict[str, QTreeWidgetItem] = {}
        for resource in in_print_order(r for r in resources if r.id is not None):
            assert resource.id is not None
            group = groups.get(resource.category)
            if group is None:
                group = groups[resource.category] = self._group(category_label(resource.category))
            name = resource.name + (self.tr(" (archived)") if resource.archived else "")
            row = self._row(
                group, name, (RESOURCE, resource.id), resource_marks.get(resource.id, "")
            )
            if resource.description:
                row.setToolTip(NAME, resource.description)
            shown.add(resource.id)
        self._hidden_marks = {k: v for k, v in resource_marks.items() if k not in shown}
        self.tree.expandAll()
        first = kinds.child(0)
        if first is not None:
            self.tree.setCurrentItem(first, NAME)

    def _group(self, title: str) -> QTreeWidgetItem:
        group = QTreeWidgetItem(self.tree, [title])
        group.setFlags(Qt.ItemFlag.ItemIsEnabled)  # a heading: not a row to mark
        group.setFirstColumnSpanned(True)
        font = group.font(NAME)
        font.setBold(True)
        group.setFont(NAME, font)
        return group

    def _row(
        self, group: QTreeWidgetItem, name: str, key: tuple[str, object], mark: str
    ) -> QTreeWidgetItem:
        row = QTreeWidgetItem(group, [name, ""])
        row.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        row.setData(NAME, Role.OFFER, key)
        self._show_mark(row, mark if mark in self._labels else "")
        return row

    def rows(self) -> list[QTreeWidgetItem]:
        """Every markable row, top to bottom."""
        root = self.tree.invisibleRootItem()
        groups = [g for i in range(root.childCount()) if (g := root.child(i)) is not None]
        return [
            row for g in groups for j in range(g.childCount()) if (row := g.child(j)) is not None
        ]

    def _marks(self, kind: str) -> dict[object, str]:
        return {
            row.data(NAME, Role.OFFER)[1]: row.data(NAME, Role.MARK)
            for row in self.rows()
            if row.data(NAME, Role.OFFER)[0] == kind and row.data(NAME, Role.MARK)
        }

    def resource_marks(self) -> dict[int, str]:
        """{resource id: mark} of every resource marked (and of any marked one not shown)."""
        shown = {int(str(k)): v for k, v in self._marks(RESOURCE).items()}
        return dict(sorted({**self._hidden_marks, **shown}.items()))

    def referral_marks(self) -> dict[str, str]:
        """{kind of help: mark} of every kind marked."""
        return {str(k): v for k, v in self._marks(KIND).items()}

    # --- the handout round trip -------------------------------------------------------------------

    def handout_ids(self) -> list[int]:
        """The resources marked handout given: they start ticked in the handout dialog."""
        return [r for r, mark in self.resource_marks().items() if mark == flow.HANDOUT]

    def mark_handed_out(self, resource_ids: Iterable[int]) -> None:
        """Mark resources just printed or saved on a handout as handout given. A resource marked
        referred stays referred (the stronger mark); one not in the list is left alone."""
        wanted = set(resource_ids)
        touched = False
        for row in self.rows():
            kind, key = row.data(NAME, Role.OFFER)
            if kind == RESOURCE and key in wanted and row.data(NAME, Role.MARK) != flow.REFERRED:
                touched |= self._set(row, flow.HANDOUT)
        if touched:
            self.changed.emit()

    # --- marking ------------------------------------------------------------------------------

    def row_for(self, kind: str, key: object) -> QTreeWidgetItem | None:
        """The row of a kind of help (``"kind"``, its id) or a resource (``"resource"``, id)."""
        for row in self.rows():
            if tuple(row.data(NAME, Role.OFFER)) == (kind, key):
                return row
        return None

    def mark_of(self, row: QTreeWidgetItem) -> str:
        return str(row.data(NAME, Role.MARK))

    def _current_row(self) -> QTreeWidgetItem | None:
        item = self.tree.currentItem()
        return item if item is not None and item.data(NAME, Role.OFFER) is not None else None

    def _set_current(self, mark: str) -> None:
        row = self._current_row()
        if row is not None and self._set(row, mark):
            self.changed.emit()

    def _step_current(self) -> None:
        row = self._current_row()
        if row is not None:
            self._step(row)

    def _clicked(self, item: QTreeWidgetItem, column: int) -> None:
        if column == MARK and item.data(NAME, Role.OFFER) is not None:
            self._step(item)

    def _step(self, row: QTreeWidgetItem) -> None:
        now = _CYCLE.index(self.mark_of(row))
        self._set(row, _CYCLE[(now + 1) % len(_CYCLE)])
        self.changed.emit()

    def _set(self, row: QTreeWidgetItem, mark: str) -> bool:
        if self.mark_of(row) == mark:
            return False
        self._show_mark(row, mark)
        return True

    def _show_mark(self, row: QTreeWidgetItem, mark: str) -> None:
        label = self._labels.get(mark, "")
        row.setData(NAME, Role.MARK, mark)
        row.setText(MARK, label or "—")
        spoken = self.tr("{name}: {mark}").format(
            name=row.text(NAME), mark=label.lower() if label else self.tr("not marked")
        )
        for column in (NAME, MARK):
            row.setData(column, Qt.ItemDataRole.AccessibleTextRole, spoken)
            row.setData(column, Qt.ItemDataRole.AccessibleDescriptionRole, self._keys_text())


def open_handout(
    parent: QWidget, journal: Journal, clock: Clock, offers: OfferList
) -> HandoutDialog:
    """Open the handout dialog from step 6: the resources marked handout given start ticked,
    and every resource on a handout printed or saved from it comes back marked handout given.
    Returns the dialog (already open, window-modal)."""
    from ui.dialogs.handout_dialog import HandoutDialog

    dialog = HandoutDialog(journal, clock, parent, resource_ids=offers.handout_ids())
    dialog.handout_made.connect(offers.mark_handed_out)
    dialog.open()
    return dialog
