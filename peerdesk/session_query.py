"""Finished sessions filtered by date, peer, kind, event and follow-up, one page at a time.

The sessions list shows thousands of sessions, so every query here is shaped for the indexes the
schema has: a peer filter walks ``sessions_peer``, a date range walks ``sessions_held_on``, and an
event or follow-up filter starts from ``session_tags_tag`` or ``followups_due`` while it picks a
few thousand sessions at most (above that, pages walk the sessions newest first). The status test
is written ``+s.status`` so the planner never prefers the barely selective status index over the
one that already yields newest-first order.

Pages can be asked for by offset (like :meth:`peerdesk.sessions.Sessions.page`) or, cheaper for
long lists, by the last row already shown (:meth:`SessionQuery.page_after`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from peerdesk.clock import Clock, today
from peerdesk.database import Connection, rows
from peerdesk.errors import InvalidInput
from peerdesk.sessions import (
    SUMMARY_FOLLOWUP_COLUMNS,
    SUMMARY_FOLLOWUP_JOINS,
    SessionSummary,
    summary_from_row,
)
from peerdesk.tags import EVENT
from peerdesk.translation import QT_TRANSLATE_NOOP

FOLLOWUP_OPEN = "open"
FOLLOWUP_OVERDUE = "overdue"
FOLLOWUP_DONE = "done"
FOLLOWUP_NONE = "none"
FOLLOWUP_STATES: tuple[str, ...] = (FOLLOWUP_OPEN, FOLLOWUP_OVERDUE, FOLLOWUP_DONE, FOLLOWUP_NONE)


@dataclass(frozen=True)
class SessionFilter:
    """Which finished sessions to list; ``None`` everywhere means all of them.

    Dates are inclusive. ``followup`` is about the follow-up planned *in* the session:
    ``"open"`` (still to do, overdue ones included), ``"overdue"`` (open and due before today),
    ``"done"``, or ``"none"`` (no follow-up was planned). Cancelled follow-ups only show without a
    follow-up filter.
    """

    date_from: date | None = None
    date_to: date | None = None
    peer_id: int | None = None
    contact_kind: str | None = None
    event: str | None = None
    followup: str | None = None

    @property
    def is_empty(self) -> bool:
        return self == SessionFilter()


@dataclass(frozen=True)
class PeerActivity:
    """How many finished sessions a peer has had, and when the latest one was."""

    sessions: int
    last_session: date | None


_SELECT = (
    "SELECT s.id, s.status, s.held_on, p.pseudonym, s.contact_kind, s.outreach_outcome,"
    f" {SUMMARY_FOLLOWUP_COLUMNS} FROM sessions s LEFT JOIN peers p ON p.id = s.peer_id"
    f" {SUMMARY_FOLLOWUP_JOINS}"
)
_ORDER = " ORDER BY s.held_on DESC, s.id DESC"


# A page reads an event's or a follow-up state's sessions as an id list and sorts them: a few
# thousand sort in a few milliseconds. Above this many, it walks the sessions newest first and
# checks each one instead, which stops as soon as the page is full.
WALK_THRESHOLD = 4000


@dataclass(frozen=True)
class _Subset:
    """Sessions picked by another table: as an id list (few) or a per-row test (many)."""

    size_sql: str
    in_sql: str
    exists_sql: str
    params: tuple[object, ...]


def _subsets(f: SessionFilter, now: date) -> list[_Subset]:
    found: list[_Subset] = []
    if f.event is not None:
        tags = "FROM session_tags t WHERE t.kind = ? AND t.tag = ?"
        found.append(
            _Subset(
                f"SELECT count(*) {tags}",
                f"s.id IN (SELECT t.session_id {tags})",
                f"EXISTS (SELECT 1 {tags} AND t.session_id = s.id)",
                (EVENT, f.event),
            )
        )
    if f.followup in (FOLLOWUP_OPEN, FOLLOWUP_OVERDUE, FOLLOWUP_DONE):
        status = "done" if f.followup == FOLLOWUP_DONE else "open"
        due = " AND o.due_on < ?" if f.followup == FOLLOWUP_OVERDUE else ""
        params: tuple[object, ...] = (status, now.isoformat()) if due else (status,)
        planned = f"FROM followups o WHERE o.status = ?{due}"
        found.append(
            _Subset(
                f"SELECT count(*) {planned}",
                f"s.id IN (SELECT o.origin_session_id {planned})",
                f"EXISTS (SELECT 1 {planned} AND o.origin_session_id = s.id)",
                params,
            )
        )
    return found


def _check(f: SessionFilter) -> None:
    if f.followup is not None and f.followup not in FOLLOWUP_STATES:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "unknown follow-up filter '{name}'"),
            values={"name": f.followup[:40]},
            field="followup",
        )


def _plain_clauses(f: SessionFilter) -> tuple[list[str], list[object]]:
    """The tests on the sessions row itself."""
    clauses = ["+s.status = 'finished'"]
    params: list[object] = []
    if f.peer_id is not None:
        clauses.append("s.peer_id = ?")
        params.append(f.peer_id)
    if f.date_from is not None:
        clauses.append("s.held_on >= ?")
        params.append(f.date_from.isoformat())
    if f.date_to is not None:
        clauses.append("s.held_on <= ?")
        params.append(f.date_to.isoformat())
    if f.contact_kind is not None:
        clauses.append("s.contact_kind = ?")
        params.append(f.contact_kind)
    if f.followup == FOLLOWUP_NONE:
        clauses.append("NOT EXISTS (SELECT 1 FROM followups n WHERE n.origin_session_id = s.id)")
    return clauses, params


class SessionQuery:
    """Filtered, paged reading of finished sessions (newest first, as ``Sessions.page``)."""

    def __init__(
        self, conn: Connection, clock: Clock, *, walk_threshold: int = WALK_THRESHOLD
    ) -> None:
        self._conn = conn
        self._clock = clock
        self._walk_threshold = walk_threshold
        # Which way the last filter's pages read their candidates; only speed depends on it.
        self._walk: tuple[SessionFilter, tuple[bool, ...]] | None = None

    def _walks(self, f: SessionFilter, subsets: list[_Subset]) -> tuple[bool, ...]:
        if self._walk is None or self._walk[0] != f:
            sizes = [int(rows(self._conn, sub.size_sql, sub.params)[0][0]) for sub in subsets]
            self._walk = (f, tuple(size > self._walk_threshold for size in sizes))
        return self._walk[1]

    def _where(self, f: SessionFilter, *, paging: bool) -> tuple[str, list[object]]:
        _check(f)
        clauses, params = _plain_clauses(f)
        subsets = _subsets(f, today(self._clock))
        if f.peer_id is not None:
            # A peer has few sessions: test each of them rather than list every candidate.
            walks = (True,) * len(subsets)
        elif paging:
            walks = self._walks(f, subsets)
        else:
            walks = (False,) * len(subsets)
        for sub, walk in zip(subsets, walks, strict=True):
            clauses.append(sub.exists_sql if walk else sub.in_sql)
            params.extend(sub.params)
        return " AND ".join(clauses), params

    def _page_sql(
        self, f: SessionFilter, *, after: tuple[date, int] | None = None
    ) -> tuple[str, list[object]]:
        where, params = self._where(f, paging=True)
        if after is not None:
            where += " AND (s.held_on, s.id) < (?, ?)"
            params.extend((after[0].isoformat(), after[1]))
        return f"{_SELECT} WHERE {where}{_ORDER} LIMIT ?", params

    def _count_sql(self, f: SessionFilter) -> tuple[str, list[object]]:
        if f.is_empty:
            # The status index covers this count: no table row is read.
            return "SELECT count(*) FROM sessions WHERE status = 'finished'", []
        where, params = self._where(f, paging=False)
        return f"SELECT count(*) FROM sessions s WHERE {where}", params

    def count(self, f: SessionFilter) -> int:
        """How many finished sessions match ``f``."""
        sql, params = self._count_sql(f)
        return int(rows(self._conn, sql, params)[0][0])

    def page(self, f: SessionFilter, offset: int, limit: int) -> list[SessionSummary]:
        """Up to ``limit`` matching sessions after skipping ``offset`` of them."""
        if limit <= 0:
            return []
        sql, params = self._page_sql(f)
        found = rows(self._conn, f"{sql} OFFSET ?", [*params, limit, max(0, offset)])
        return [summary_from_row(r) for r in found]

    def page_after(
        self, f: SessionFilter, after: SessionSummary | None, limit: int
    ) -> list[SessionSummary]:
        """Up to ``limit`` matching sessions that come after ``after`` (from the top if None).

        Unlike an offset, this costs the same on the hundredth page as on the first.
        """
        if limit <= 0:
            return []
        key = None if after is None else (after.held_on, after.id)
        sql, params = self._page_sql(f, after=key)
        return [summary_from_row(r) for r in rows(self._conn, sql, [*params, limit])]

    def position(self, f: SessionFilter, session_id: int) -> int | None:
        """Where a session stands in the list ``f`` picks (0 is the newest), or None."""
        where, params = self._where(f, paging=False)
        found = rows(
            self._conn,
            f"SELECT s.held_on FROM sessions s WHERE s.id = ? AND {where}",
            [session_id, *params],
        )
        if not found:
            return None
        newer = f"{where} AND (s.held_on, s.id) > (?, ?)"
        sql = f"SELECT count(*) FROM sessions s WHERE {newer}"
        return int(rows(self._conn, sql, [*params, found[0][0], session_id])[0][0])

    def keep(self, f: SessionFilter, session_ids: list[int]) -> set[int]:
        """Those of ``session_ids`` that ``f`` lists (to narrow search hits by the filters)."""
        if f.is_empty or not session_ids:
            return set(session_ids)
        where, params = self._where(f, paging=False)
        found: set[int] = set()
        for start in range(0, len(session_ids), 500):
            chunk = session_ids[start : start + 500]
            marks = ", ".join("?" for _ in chunk)
            sql = f"SELECT s.id FROM sessions s WHERE s.id IN ({marks}) AND {where}"
            found.update(int(r[0]) for r in rows(self._conn, sql, [*chunk, *params]))
        return found

    def query_plans(self, f: SessionFilter) -> dict[str, list[str]]:
        """SQLite's plans for the count, first-page and next-page queries of ``f``.

        For tests and for finding out why a list got slow; the values are the plan lines.
        """
        plans: dict[str, list[str]] = {}
        count_sql, count_params = self._count_sql(f)
        first_sql, first_params = self._page_sql(f)
        next_sql, next_params = self._page_sql(f, after=(today(self._clock), 1))
        for name, sql, params in (
            ("count", count_sql, count_params),
            ("page", first_sql, [*first_params, 1]),
            ("next_page", next_sql, [*next_params, 1]),
        ):
            found = rows(self._conn, f"EXPLAIN QUERY PLAN {sql}", params)
            plans[name] = [str(r[3]) for r in found]
        return plans

    def peer_activity(self) -> dict[int, PeerActivity]:
        """Finished-session count and latest date for every peer that has sessions."""
        found = rows(
            self._conn,
            "SELECT peer_id, count(*), max(held_on) FROM sessions"
            " WHERE peer_id IS NOT NULL AND +status = 'finished' GROUP BY peer_id",
        )
        return {
            int(peer_id): PeerActivity(int(n), date.fromisoformat(last) if last else None)
            for peer_id, n, last in found
        }
