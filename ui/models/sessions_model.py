"""Table models for the sessions list: a lazy list of finished sessions, and search hits."""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from peerdesk import flow
from peerdesk.followups import CANCELLED, DONE
from peerdesk.search import IN_PSEUDONYM, NEWEST, Search, SearchHit
from peerdesk.session_query import SessionFilter, SessionQuery
from peerdesk.sessions import DRAFT, SESSION_NOTE, SessionSummary
from ui.messages import flow_text
from ui.models.headers import horizontal_header
from ui.models.roles import Role
from ui.widgets.dates import day_month_year

# Columns of SessionsModel.
DATE, PEER, KIND, OUTCOME, FOLLOW_UP = range(5)

_Index = QModelIndex | QPersistentModelIndex


def snippet_html(parts: tuple[tuple[str, bool], ...]) -> str:
    """Rich text for a search snippet: the note's text escaped, the matching words in bold."""
    return "".join(
        f"<b>{html.escape(text)}</b>" if highlighted else html.escape(text)
        for text, highlighted in parts
    )


def _label(choices: tuple[flow.Choice, ...], choice_id: str | None) -> str:
    return flow_text(flow.label_of(choices, choice_id)) if choice_id else ""


class SessionsModel(QAbstractTableModel):
    """Finished sessions matching a filter, newest first, read from the journal a page at a time.

    ``rowCount`` is the number of matching sessions, so the scroll bar shows the true length,
    but a page of rows is read only when a view first asks for one of its rows: opening a
    journal of twenty thousand sessions reads one page. Scrolling down reads each next page from
    the last row of the one before (cheap at any depth); a jump reads the page by offset.
    """

    DATE, PEER, KIND, OUTCOME, FOLLOW_UP = DATE, PEER, KIND, OUTCOME, FOLLOW_UP
    PAGE_SIZE = 200

    def __init__(
        self, query: SessionQuery, parent: QObject | None = None, *, page_size: int = PAGE_SIZE
    ) -> None:
        super().__init__(parent)
        self._query = query
        self._page_size = max(1, page_size)
        self._filter = SessionFilter()
        self._pages: dict[int, list[SessionSummary]] = {}
        self._total = 0
        self._headers = (
            self.tr("Date"),
            self.tr("Peer"),
            self.tr("Kind of contact"),
            self.tr("Outreach"),
            self.tr("Follow-up"),
        )
        self._load()

    # --- what the page asks -----------------------------------------------------------------

    @property
    def session_filter(self) -> SessionFilter:
        return self._filter

    @property
    def page_size(self) -> int:
        return self._page_size

    def total(self) -> int:
        """How many sessions match the filter (read from the journal or not)."""
        return self._total

    def loaded_rows(self) -> int:
        """How many rows have been read from the journal so far."""
        return sum(len(page) for page in self._pages.values())

    def set_filter(self, f: SessionFilter) -> None:
        """Show the sessions ``f`` picks."""
        self._filter = f
        self.beginResetModel()
        self._load()
        self.endResetModel()

    def refresh(self) -> None:
        """Read the journal again (pages are read afresh as the view asks for them)."""
        self.beginResetModel()
        self._load()
        self.endResetModel()

    def summary(self, row: int) -> SessionSummary:
        found = self._row(row)
        if found is None:
            raise IndexError(row)
        return found

    def row_of(self, session_id: int) -> int:
        """The row of a session in the list, or -1 when the filter does not pick it."""
        for number, page in self._pages.items():
            for offset, s in enumerate(page):
                if s.id == session_id:
                    return number * self._page_size + offset
        position = self._query.position(self._filter, session_id)
        return -1 if position is None or position >= self._total else position

    def _load(self) -> None:
        self._pages = {}
        self._total = self._query.count(self._filter)
        if self._total:
            self._fetch(0)

    def _fetch(self, number: int) -> list[SessionSummary]:
        before = self._pages.get(number - 1)
        if number == 0:
            page = self._query.page_after(self._filter, None, self._page_size)
        elif before is not None and len(before) == self._page_size:
            page = self._query.page_after(self._filter, before[-1], self._page_size)
        else:
            page = self._query.page(self._filter, number * self._page_size, self._page_size)
        self._pages[number] = page
        return page

    def _row(self, row: int) -> SessionSummary | None:
        if not 0 <= row < self._total:
            return None
        number, offset = divmod(row, self._page_size)
        page = self._pages.get(number)
        if page is None:
            page = self._fetch(number)
        # A page comes up short only when sessions were removed since the count.
        return page[offset] if offset < len(page) else None

    # --- QAbstractTableModel ----------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._total

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
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Role.SESSION_ID,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        s = self._row(index.row())
        if s is None:
            return None
        if role == Role.SESSION_ID:
            return s.id
        if role == Qt.ItemDataRole.ToolTipRole:
            # Elsewhere the cell's own text: a narrow column shows it cut short ("Peer ask…")
            if index.column() == FOLLOW_UP:
                return self._followup_tip(s)
            return self.data(index, Qt.ItemDataRole.DisplayRole)
        column = index.column()
        if column == DATE:
            return day_month_year(s.held_on)
        if column == PEER:
            return s.peer if s.peer is not None else self.tr("(forgotten peer)")
        if column == KIND:
            return _label(flow.CONTACT_KINDS, s.contact_kind)
        if column == OUTCOME:
            return _label(flow.OUTREACH_OUTCOMES, s.outreach_outcome)
        if column == FOLLOW_UP:
            return self._followup_text(s)
        return None

    def _followup_text(self, s: SessionSummary) -> str:
        """The follow-up agreed in the session: its date while open, else what became of it."""
        if s.followup_on is None:
            return ""
        if s.followup_status == DONE:
            if s.followup_done_on is None:
                return self.tr("Done")
            return self.tr("Done {date}").format(date=day_month_year(s.followup_done_on))
        if s.followup_status == CANCELLED:
            return self.tr("Cancelled")
        return day_month_year(s.followup_on)

    def _followup_tip(self, s: SessionSummary) -> str | None:
        if s.followup_on is None:
            return None
        if s.followup_status not in (DONE, CANCELLED):  # open: its date, whole where cut short
            return self._followup_text(s)
        planned = self.tr("Planned for {date}").format(date=day_month_year(s.followup_on))
        if s.followup_status == CANCELLED:
            return self.tr("{planned}; cancelled").format(planned=planned)
        if s.followup_done_on is None:
            return self.tr("{planned}; done").format(planned=planned)
        return self.tr("{planned}; done in the follow-up session of {date}").format(
            planned=planned, date=day_month_year(s.followup_done_on)
        )


class SearchResultsModel(QAbstractTableModel):
    """Sessions whose peer's pseudonym or notes match what the supporter typed, at most ``LIMIT``.

    In newest-first order (the default) they are the sessions whose notes were written most
    recently, newest session date first; in best-match order, the best-ranked ones, best first
    (see :meth:`peerdesk.search.Search.run`).
    """

    DATE, PEER, STEP, SNIPPET = range(4)
    LIMIT = 200
    # With filters on, the search reads deeper (four times as far each time) until LIMIT matching
    # sessions pass the filters, every match has been read, or this many have been looked at
    # (about 40 ms for a common word at 100,000 sessions).
    MAX_DEPTH = 16 * LIMIT

    def __init__(
        self,
        search: Search,
        parent: QObject | None = None,
        *,
        limit: int = LIMIT,
        max_depth: int = MAX_DEPTH,
    ) -> None:
        super().__init__(parent)
        self._search = search
        self.limit = limit  # the most sessions shown
        self.max_depth = max_depth  # the most sessions looked at when filtering
        self._text = ""
        self._order = NEWEST
        self._hits: list[SearchHit] = []
        self._narrow: Callable[[list[int]], set[int]] | None = None
        self.looked_at: int | None = None  # sessions looked at, when not every match was
        self._headers = (
            self.tr("Date"),
            self.tr("Peer"),
            self.tr("Found in"),
            self.tr("What matched"),
        )

    def text(self) -> str:
        return self._text

    def order(self) -> str:
        """The order of the results: :data:`peerdesk.search.NEWEST` or ``BEST``."""
        return self._order

    def set_text(
        self,
        text: str,
        *,
        narrow: Callable[[list[int]], set[int]] | None = None,
        order: str = NEWEST,
    ) -> None:
        """Search the notes for ``text`` (anything typed: it is never read as query syntax).

        ``narrow`` gets the ids of the hits and returns those to keep (the list's filters);
        ``order`` is one of :data:`peerdesk.search.ORDERS`. When the search fails (a bad order,
        a disk problem) the error is raised and the model keeps its rows and its search.
        """
        found = self.find(
            self._search, text, narrow, order, limit=self.limit, max_depth=self.max_depth
        )
        self._text, self._narrow, self._order = text, narrow, order
        self._show(*found)

    def show_found(self, text: str, order: str, found: tuple[list[SearchHit], int | None]) -> None:
        """Show what :meth:`find` found for ``text`` elsewhere (on a worker thread, say)."""
        self._text, self._narrow, self._order = text, None, order
        self._show(*found)

    def drop(self, session_id: int) -> None:
        """Stop showing ``session_id`` (shredded) at once, before any new search."""
        row = self.row_of(session_id)
        if row >= 0:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._hits[row]
            self.endRemoveRows()

    def rerun(self) -> None:
        """Search again (after a shred or an edit, say)."""
        found = self.find(
            self._search,
            self._text,
            self._narrow,
            self._order,
            limit=self.limit,
            max_depth=self.max_depth,
        )
        self._show(*found)

    @classmethod
    def find(
        cls,
        search: Search,
        text: str,
        narrow: Callable[[list[int]], set[int]] | None,
        order: str,
        *,
        limit: int = LIMIT,
        max_depth: int = MAX_DEPTH,
    ) -> tuple[list[SearchHit], int | None]:
        """The hits to show (at most ``limit``), and how many sessions were looked at when that
        was not all (at most ``max_depth``)."""
        if not text.strip():
            return [], None
        depth = limit
        while True:
            hits = search.run(text, limit=depth, order=order)
            read_all = len(hits) < depth
            if narrow is None:
                return hits, None
            if hits:
                keep = narrow([hit.session_id for hit in hits])
                hits = [hit for hit in hits if hit.session_id in keep]
            if len(hits) >= limit:
                return hits[:limit], None
            if read_all:
                return hits, None
            if depth >= max_depth:
                return hits, depth
            depth = min(depth * 4, max_depth)

    def _show(self, hits: list[SearchHit], looked_at: int | None) -> None:
        self.beginResetModel()
        self._hits = hits
        self.looked_at = looked_at
        self.endResetModel()

    def hit(self, row: int) -> SearchHit:
        return self._hits[row]

    def row_of(self, session_id: int) -> int:
        for row, hit in enumerate(self._hits):
            if hit.session_id == session_id:
                return row
        return -1

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._hits)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        return horizontal_header(self._headers, section, orientation, role)

    def _step_title(self, step_id: str) -> str:
        if step_id == SESSION_NOTE:
            return self.tr("Anything else")
        try:
            return flow_text(flow.FLOW.step(step_id).title)
        except KeyError:
            return step_id

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._hits):
            return None
        hit = self._hits[index.row()]
        column = index.column()
        if role == Role.SESSION_ID:
            return hit.session_id
        if role == Role.SNIPPET:
            return hit.snippet if column == self.SNIPPET else None
        if role == Qt.ItemDataRole.ToolTipRole and column == self.SNIPPET:
            # Escaped rich text: a note holding "<b>" shows as typed, never as markup.
            return f"<p>{snippet_html(hit.snippet)}</p>"
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == self.DATE:
            day = day_month_year(hit.held_on)
            return self.tr("{date} (draft)").format(date=day) if hit.status == DRAFT else day
        if column == self.PEER:
            return hit.peer if hit.peer is not None else self.tr("(forgotten peer)")
        if column == self.STEP:
            return (
                self.tr("Pseudonym") if hit.found_in == IN_PSEUDONYM else self._step_title(hit.step)
            )
        if column == self.SNIPPET:
            return "".join(text for text, _ in hit.snippet)
        return None
