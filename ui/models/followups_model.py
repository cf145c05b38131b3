"""Open follow-ups as a tree: overdue, due today, this week and later, each with its follow-ups."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale, QModelIndex, QObject, Qt
from PySide6.QtGui import QFont

from peerdesk import due
from peerdesk.clock import Clock
from peerdesk.followups import FollowUp, FollowUps
from ui.models.grouped_model import GROUP as _GROUP
from ui.models.grouped_model import GroupedModel
from ui.models.grouped_model import Index as _Index
from ui.models.roles import Role
from ui.widgets.colours import style_colour
from ui.widgets.dates import day_and_month, day_month_year
from ui.widgets.numbers import whole

# Columns.
WHEN, PEER, PLAN = range(3)


def first_day_of_week() -> int:
    """The day "this week" starts on in the app's locale, as an ISO weekday (1 Monday … 7
    Sunday): Sunday in the US, Monday in most of Europe."""
    return QLocale().firstDayOfWeek().value


class FollowUpsModel(GroupedModel):
    """Open follow-ups as a two-level tree: the four groups, each with its follow-ups."""

    WHEN, PEER, PLAN = WHEN, PEER, PLAN

    def __init__(self, followups: FollowUps, clock: Clock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._followups = followups
        self._clock = clock
        self.today = due.local_today(clock())
        self._groups: list[list[FollowUp]] = [[] for _ in due.BUCKETS]
        self._headers = (self.tr("When"), self.tr("Peer"), self.tr("Plan"))
        self._group_names = {
            due.OVERDUE: self.tr("Overdue"),
            due.DUE_TODAY: self.tr("Due today"),
            due.THIS_WEEK: self.tr("This week"),
            due.LATER: self.tr("Later"),
        }
        self._load()

    def _load(self) -> None:
        self.today = due.local_today(self._clock())
        grouped = due.group(self._followups.open(), self.today, first_day_of_week())
        self._groups = [grouped[name] for name in due.BUCKETS]

    def refresh(self) -> None:
        self.beginResetModel()
        self._load()
        self.endResetModel()

    # --- reading --------------------------------------------------------------------------------

    def count(self, bucket: str) -> int:
        return len(self._groups[due.BUCKETS.index(bucket)])

    def followup(self, index: _Index) -> FollowUp | None:
        if not index.isValid() or index.internalId() == _GROUP:
            return None
        return self._groups[index.internalId() - 1][index.row()]

    def index_of(self, followup_id: int) -> QModelIndex:
        for number, items in enumerate(self._groups):
            for row, item in enumerate(items):
                if item.id == followup_id:
                    return self.createIndex(row, 0, number + 1)
        return QModelIndex()

    def group_index(self, bucket: str) -> QModelIndex:
        return self.createIndex(due.BUCKETS.index(bucket), 0, _GROUP)

    # --- the model ------------------------------------------------------------------------------

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == _GROUP:
            return self._group_data(index, role)
        item = self._groups[index.internalId() - 1][index.row()]
        column = index.column()
        if role == Role.FOLLOWUP_ID:
            return item.id
        if role == Role.BUCKET:
            return due.BUCKETS[index.internalId() - 1]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == WHEN:
                return self.when_text(item)
            if column == PEER:
                return item.peer or self.tr("(forgotten peer)")
            return item.plan
        if role == Qt.ItemDataRole.ToolTipRole:  # the whole text where a column cuts it short
            return self.data(index, Qt.ItemDataRole.DisplayRole) or None
        if role == Qt.ItemDataRole.ForegroundRole and column == WHEN and item.due_on < self.today:
            return style_colour(due.OVERDUE, prop="due")
        return None

    def _group_data(self, index: _Index, role: int) -> Any:
        bucket = due.BUCKETS[index.row()]
        if role == Role.BUCKET:
            return bucket
        if index.column() != 0:
            return None
        # the tooltip too: the heading is cut short in a narrow list
        if role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.AccessibleTextRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return f"{self._group_names[bucket]} ({whole(len(self._groups[index.row()]))})"
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def when_text(self, item: FollowUp) -> str:
        days = due.days_overdue(item.due_on, self.today)
        if days == 1:
            return self.tr("since yesterday ({date})").format(date=day_and_month(item.due_on))
        if days > 1:
            return self.tr("{n} days late ({date})").format(
                n=whole(days), date=day_and_month(item.due_on)
            )
        if item.due_on == self.today:
            return self.tr("today")
        if item.due_on == due.tomorrow(self.today):
            return self.tr("tomorrow ({date})").format(date=day_and_month(item.due_on))
        if item.due_on.year == self.today.year:
            return day_and_month(item.due_on)
        return day_month_year(item.due_on)
