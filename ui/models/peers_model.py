"""Table model of the peers: pseudonym, open or closed, how many sessions, the latest one."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from peerdesk.peers import Peer, Peers
from peerdesk.session_query import PeerActivity, SessionQuery
from ui.models.headers import horizontal_header
from ui.models.roles import Role
from ui.widgets.dates import day_month_year
from ui.widgets.numbers import whole

# Columns.
PSEUDONYM, STATUS, SESSIONS, LAST_SESSION = range(4)

_Index = QModelIndex | QPersistentModelIndex
_NO_ACTIVITY = PeerActivity(0, None)


class PeersModel(QAbstractTableModel):
    """Every peer (or only open ones), sorted by pseudonym, with their session counts."""

    PSEUDONYM, STATUS, SESSIONS, LAST_SESSION = PSEUDONYM, STATUS, SESSIONS, LAST_SESSION

    def __init__(self, peers: Peers, query: SessionQuery, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._peers = peers
        self._query = query
        self._show_closed = False
        self._rows: list[Peer] = []
        self._activity: dict[int, PeerActivity] = {}
        self._headers = (
            self.tr("Pseudonym"),
            self.tr("Status"),
            self.tr("Sessions"),
            self.tr("Last session"),
        )
        self._load()

    def _load(self) -> None:
        self._rows = self._peers.all(include_closed=self._show_closed)
        self._activity = self._query.peer_activity()

    def refresh(self) -> None:
        self.beginResetModel()
        self._load()
        self.endResetModel()

    @property
    def show_closed(self) -> bool:
        return self._show_closed

    def set_show_closed(self, show: bool) -> None:
        if show != self._show_closed:
            self._show_closed = show
            self.refresh()

    def peer(self, row: int) -> Peer:
        return self._rows[row]

    def activity(self, peer_id: int) -> PeerActivity:
        return self._activity.get(peer_id, _NO_ACTIVITY)

    def row_of(self, peer_id: int) -> int:
        for row, p in enumerate(self._rows):
            if p.id == peer_id:
                return row
        return -1

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        return horizontal_header(self._headers, section, orientation, role)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        p = self._rows[index.row()]
        column = index.column()
        if role == Role.PEER_ID:
            return p.id
        if role == Qt.ItemDataRole.TextAlignmentRole and column == SESSIONS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        activity = self.activity(p.id)
        if column == PSEUDONYM:
            return p.pseudonym
        if column == STATUS:
            return self.tr("Closed") if p.is_closed else self.tr("Open")
        if column == SESSIONS:
            return whole(activity.sessions)
        if column == LAST_SESSION:
            return day_month_year(activity.last_session) if activity.last_session else ""
        return None
