"""Follow-ups: the check-ins a supporter agreed to make."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date

from peerdesk import due, flow
from peerdesk.clock import Clock, stamp
from peerdesk.database import Connection, rows, transaction
from peerdesk.errors import InvalidInput, NotFound
from peerdesk.sessions import SESSION_NOTE
from peerdesk.text import PLAN_MAX, clean
from peerdesk.translation import QT_TRANSLATE_NOOP, Phrase

OPEN = "open"
DONE = "done"
CANCELLED = "cancelled"
_REASON = Phrase(QT_TRANSLATE_NOOP("errors", "reason"))  # how a message names it


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
    done_on: date | None = None  # the date of the session that completed it, while it is kept


_SELECT = (
    "SELECT f.id, f.peer_id, p.pseudonym, f.origin_session_id, f.due_on, f.plan, f.status,"
    " f.done_session_id, f.cancel_reason, d.held_on FROM followups f"
    " LEFT JOIN peers p ON p.id = f.peer_id LEFT JOIN sessions d ON d.id = f.done_session_id"
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
        date.fromisoformat(str(r[9])) if r[9] else None,
    )


@dataclass(frozen=True)
class LastSession:
    """What a follow-up session shows of the last finished session with the same peer: its
    date, what was ticked, the follow-up agreed and the "anything else" note; nothing more."""

    session_id: int
    held_on: date
    outreach_outcome: str | None
    ticked: dict[str, tuple[str, ...]]  # step id -> checklist item ids, both in the flow's order
    followup_on: date | None
    followup_plan: str
    note: str


def _in_flow_order(ticked: dict[str, list[str]]) -> dict[str, tuple[str, ...]]:
    ordered: dict[str, tuple[str, ...]] = {}
    for step in flow.FLOW.steps:
        picked = set(ticked.get(step.id, ()))
        # Step 6's ticks are derived from its marks: they are part of the record too.
        items = tuple(item.id for item in (*step.items, *step.derived) if item.id in picked)
        if items:
            ordered[step.id] = items
    return ordered


class FollowUps:
    def __init__(self, conn: Connection, clock: Clock) -> None:
        self._conn = conn
        self._clock = clock

    def get(self, followup_id: int) -> FollowUp:
        found = rows(self._conn, f"{_SELECT} WHERE f.id = ?", (followup_id,))
        if not found:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "no such follow-up"))
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

    def planned_in(self, session_id: int) -> FollowUp | None:
        """The follow-up agreed in a session, whatever became of it; None if it has none."""
        found = rows(self._conn, f"{_SELECT} WHERE f.origin_session_id = ?", (session_id,))
        return _from_row(found[0]) if found else None

    def drafts_started(self) -> dict[int, int]:
        """Follow-ups whose session is started but not finished: follow-up id -> the draft's
        id (the latest, should there be several). Drafts are few, and read by their index."""
        found = rows(
            self._conn,
            "SELECT follows_up_id, id FROM sessions WHERE status = 'draft'"
            " AND follows_up_id IS NOT NULL ORDER BY updated_at, id",
        )
        return {int(followup_id): int(session_id) for followup_id, session_id in found}

    def open_for_peer(self, peer_id: int) -> list[FollowUp]:
        """The peer's open follow-ups, soonest first (normally one: a second is asked for)."""
        found = rows(
            self._conn,
            f"{_SELECT} WHERE f.peer_id = ? AND f.status = 'open' ORDER BY f.due_on, f.id",
            (peer_id,),
        )
        return [_from_row(r) for r in found]

    def last_session(self, peer_id: int, *, before: int | None = None) -> LastSession | None:
        """The latest finished session with the peer, or None.

        ``before`` is the session being written: it is never its own last session, and when it
        is a finished session being edited, only sessions held before it count.
        """
        before_clause, params = "", [peer_id]
        if before is not None:
            before_clause = " AND s.id != ?"
            params.append(before)
            edited = rows(
                self._conn,
                "SELECT held_on FROM sessions WHERE id = ? AND status = 'finished'",
                (before,),
            )
            if edited:
                before_clause += " AND (s.held_on, s.id) < (?, ?)"
                params += [edited[0][0], before]
        found = rows(
            self._conn,
            "SELECT s.id, s.held_on, s.outreach_outcome, s.checked, s.followup_on,"
            " s.followup_plan, coalesce(n.text, '') FROM sessions s"
            " LEFT JOIN notes n ON n.session_id = s.id AND n.step = ?"
            f" WHERE s.peer_id = ? AND s.status = 'finished'{before_clause}"
            " ORDER BY s.held_on DESC, s.id DESC LIMIT 1",
            (SESSION_NOTE, *params),
        )
        if not found:
            return None
        r = found[0]
        return LastSession(
            session_id=int(r[0]),
            held_on=date.fromisoformat(str(r[1])),
            outreach_outcome=r[2],
            ticked=_in_flow_order(json.loads(r[3])),
            followup_on=date.fromisoformat(str(r[4])) if r[4] else None,
            followup_plan=str(r[5]),
            note=str(r[6]),
        )

    def due_counts(self, today: date, first_day: int = due.MONDAY) -> due.Due:
        """How many open follow-ups are due, seen on ``today`` (overdue, today, this week, for
        weeks starting on ``first_day``, an ISO weekday)."""
        waiting = self.open(due_by=due.last_due_day(today, first_day))
        return due.counts(waiting, today, first_day)

    def _set(self, followup_id: int, sql: str, params: tuple[object, ...]) -> FollowUp:
        with transaction(self._conn):
            if self.get(followup_id).status != OPEN:
                raise InvalidInput(
                    QT_TRANSLATE_NOOP("errors", "this follow-up is no longer open"), field="status"
                )
            self._conn.execute(
                f"UPDATE followups SET {sql}, updated_at = ? WHERE id = ?",
                (*params, stamp(self._clock), followup_id),
            )
        return self.get(followup_id)

    def snooze(self, followup_id: int, until: date) -> FollowUp:
        return self._set(followup_id, "due_on = ?", (until.isoformat(),))

    def cancel(self, followup_id: int, reason: str) -> FollowUp:
        text = clean(reason, "reason", max_len=PLAN_MAX, label=_REASON)
        return self._set(followup_id, "status = 'cancelled', cancel_reason = ?", (text,))
