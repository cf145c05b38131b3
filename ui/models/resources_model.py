"""The resource directory as a two-level tree: every category, each with its entries."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QObject, Qt
from PySide6.QtGui import QFont

from peerdesk import due
from peerdesk.clock import Clock
from peerdesk.resource_defaults import is_placeholder
from peerdesk.resources import CATEGORIES, Resource, Resources
from ui.messages import category_label
from ui.models.grouped_model import GROUP as _GROUP
from ui.models.grouped_model import GroupedModel
from ui.models.grouped_model import Index as _Index
from ui.models.roles import Role
from ui.widgets.colours import muted_colour, style_colour
from ui.widgets.dates import day_month_year
from ui.widgets.labels import WARNING
from ui.widgets.numbers import whole

# Columns.
NAME, CONTACT, VERIFIED = range(3)


class ResourcesModel(GroupedModel):
    """The directory as a two-level tree: every category, each with its entries."""

    NAME, CONTACT, VERIFIED = NAME, CONTACT, VERIFIED

    def __init__(self, resources: Resources, clock: Clock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._resources = resources
        self._clock = clock
        self._show_archived = False
        self.today = due.local_today(clock())
        self._groups: list[list[Resource]] = [[] for _ in CATEGORIES]
        self._headers = (self.tr("Name"), self.tr("Phone, text or web"), self.tr("Verified"))
        self._load()

    def _load(self) -> None:
        self.today = due.local_today(self._clock())
        groups: dict[str, list[Resource]] = {c: [] for c in CATEGORIES}
        for item in self._resources.all(include_archived=self._show_archived):
            groups.setdefault(item.category, []).append(item)
        self._groups = [groups[c] for c in CATEGORIES]

    def refresh(self) -> None:
        self.beginResetModel()
        self._load()
        self.endResetModel()

    def set_show_archived(self, show: bool) -> None:
        if show != self._show_archived:
            self._show_archived = show
            self.refresh()

    # --- reading --------------------------------------------------------------------------------

    def resource(self, index: _Index) -> Resource | None:
        if not index.isValid() or index.internalId() == _GROUP:
            return None
        return self._groups[index.internalId() - 1][index.row()]

    def category(self, index: _Index) -> str | None:
        if not index.isValid():
            return None
        number = index.row() if index.internalId() == _GROUP else index.internalId() - 1
        return CATEGORIES[number]

    def index_of(self, resource_id: int) -> QModelIndex:
        for number, items in enumerate(self._groups):
            for row, item in enumerate(items):
                if item.id == resource_id:
                    return self.createIndex(row, 0, number + 1)
        return QModelIndex()

    def category_index(self, category: str) -> QModelIndex:
        return self.createIndex(CATEGORIES.index(category), 0, _GROUP)

    def count(self) -> int:
        return sum(len(items) for items in self._groups)

    # --- the model ------------------------------------------------------------------------------

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == _GROUP:
            return self._category_data(index, role)
        item = self._groups[index.internalId() - 1][index.row()]
        column = index.column()
        if role == Role.RESOURCE_ID:
            return item.id
        if role == Role.CATEGORY:
            return item.category
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == NAME:
                return item.name + (self.tr(" (archived)") if item.archived else "")
            if column == CONTACT:
                return self.contact_text(item)
            return self.verified_text(item)
        if role == Qt.ItemDataRole.ToolTipRole:  # the whole name, which a narrow column cuts
            shown = self.data(index, Qt.ItemDataRole.DisplayRole)
            if column == NAME and item.description:
                return f"{shown}\n{item.description}"
            return shown or None
        if role == Qt.ItemDataRole.ForegroundRole:
            if item.archived or (column == CONTACT and is_placeholder(item)):
                return muted_colour()
            if column == VERIFIED and due.needs_verifying(item.last_verified_on, self.today):
                return style_colour(WARNING, prop="state")
        if role == Qt.ItemDataRole.FontRole and column == CONTACT and is_placeholder(item):
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def _category_data(self, index: _Index, role: int) -> Any:
        category = CATEGORIES[index.row()]
        if role == Role.CATEGORY:
            return category
        if index.column() != 0:
            return None
        # the tooltip too: the heading is cut short in a narrow list
        if role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.AccessibleTextRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return f"{category_label(category)} ({whole(len(self._groups[index.row()]))})"
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def contact_text(self, item: Resource) -> str:
        if is_placeholder(item):
            return self.tr("to fill in")
        if item.phone:
            return item.phone
        if item.text_line:
            return self.tr("text {line}").format(line=item.text_line)
        return item.web

    def verified_text(self, item: Resource) -> str:
        if item.last_verified_on is None:
            return self.tr("not yet: check it")
        shown = day_month_year(item.last_verified_on)
        if due.needs_verifying(item.last_verified_on, self.today):
            return self.tr("{date}: over a year ago").format(date=shown)
        return shown
