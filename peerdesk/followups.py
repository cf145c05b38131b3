"""Follow-ups: the check-ins a supporter agreed to make."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from peerdesk import due
from peerdesk.clock import Clock, stamp
from peerdesk.database import Connection, rows, transaction
from peerdesk.errors import InvalidInput, NotFound
from peerdesk.text import PLAN_MAX, clean

OPEN = "open"
DONE = "done"
CANCELLED = "cancelled"


@dataclass(frozen=True)
class FollowUp:
    id: int
    peer_id: int | None
    peer: str | None
    origin_session_id: int | None
    due_on: date
    plan: str
    status: str
    done_session_id: int | None
    cancel_reason: str


_SELECT = (
    "SELECT f.id, f.peer_id, p.pseudonym, f.origin_session_id, f.due_on, f.plan, f.status,"
    " f.done_session_id, f.cancel_reason FROM followups f LEFT JOIN peers p ON p.id = f.peer_id"
)


def _from_row(r: tuple[object, ...]) -> FollowUp:
    return FollowUp(
        r[0],  # type: ignore[arg-type]
        r[1],  # type: ignore[arg-type]
        r[2],  # type: ignore[arg-type]
        r[3],  # type: ignore[arg-type]
        date.fromisoformat(str(r[4])),
        str(r[5]),
        str(r[6]),
        r[7],  # type: ignore[arg-type]
        str(r[8]),
    )


class FollowUps:
    def __init__(self, conn: Connection, clock: Clock) -> None:
        self._conn = conn
        self._clock = clock

    def get(self, followup_id: int) -> FollowUp:
        found = rows(self._conn, f"{_SELECT} WHERE f.id = ?", (followup_id,))
        if not found:
            raise NotFound("no such follow-up")
        return _from_row(found[0])

    def open(self, *, due_by: date | None = None) -> list[FollowUp]:
        """Open follow-ups, soonest first; only those due on or before ``due_by`` if given."""
        if due_by is None:
            found = rows(self._conn, f"{_SELECT} WHERE f.status = 'open' ORDER BY f.due_on, f.id")
        else:
            found = rows(
                self._conn,
                f"{_SELECT} WHERE f.status = 'open' AND f.due_on <= ? ORDER BY f.due_on, f.id",
                (due_by.isoformat(),),
            )
        return [_from_row(r) for r in found]

    def due_counts(self, today: date) -> tuple[int, int]:
        """How many open follow-ups are overdue, and how many are due ``today``."""
        return due.counts(self.open(due_by=today), today)

    def _set(self, followup_id: int, sql: str, params: tuple[object, ...]) -> FollowUp:
        with transaction(self._conn):
            if self.get(followup_id).status != OPEN:
                raise InvalidInput("this follow-up is no longer open", field="status")
            self._conn.execute(
                f"UPDATE followups SET {sql}, updated_at = ? WHERE id = ?",
                (*params, stamp(self._clock), followup_id),
            )
        return self.get(followup_id)

    def snooze(self, followup_id: int, until: date) -> FollowUp:
        return self._set(followup_id, "due_on = ?", (until.isoformat(),))

    def cancel(self, followup_id: int, reason: str) -> FollowUp:
        text = clean(reason, "reason", max_len=PLAN_MAX)
        return self._set(followup_id, "status = 'cancelled', cancel_reason = ?", (text,))
