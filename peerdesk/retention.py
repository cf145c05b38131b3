"""Retention: shredding free text and contact details once they are old enough.

Two settings, both off until the supporter turns them on:

- **notes**: N days after a session, its free-text notes, its follow-up plan (on the session and
  on the follow-up it agreed) and the reason a follow-up was cancelled are shredded;
- **contacts**: N days after a peer was closed, their contact details are shredded.

Everything structured stays (dates, kinds, outcomes, tags, checklists, referrals, durations,
follow-up dates and states), so every figure in :mod:`peerdesk.insights` stays the same.

Shredding overwrites: the journal runs with ``secure_delete`` (freed space is zeroed), the notes'
full-text index is kept in step by triggers and uses FTS5's own secure delete, and :func:`vacuum`
then rewrites the file and checkpoints the write-ahead log into it, so no old page keeps a copy.
``vacuum`` opens its own connection: the app runs it on a worker thread while the window's
connection stays on the GUI thread.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from datetime import UTC, date, timedelta
from pathlib import Path

from peerdesk.clock import Clock, stamp, today
from peerdesk.database import Connection, connect, rows, transaction, translated_errors
from peerdesk.errors import InvalidInput, JournalBusy
from peerdesk.journal import Journal
from peerdesk.settings import Settings

log = logging.getLogger(__name__)

NOTES_KEY = "retention.notes_days"
CONTACTS_KEY = "retention.contact_days"
SUGGESTED_NOTES_DAYS = 90
SUGGESTED_CONTACT_DAYS = 30
MIN_DAYS = 1
MAX_DAYS = 3650


@dataclass(frozen=True)
class RetentionPolicy:
    """Days to keep text; ``None`` keeps it until the supporter removes it (the default)."""

    notes_days: int | None = None
    contact_days: int | None = None

    @property
    def active(self) -> bool:
        return self.notes_days is not None or self.contact_days is not None


def _days(value: object, field: str) -> int | None:
    if value is None:
        return None
    if not isinstance(value, int) or isinstance(value, bool) or not MIN_DAYS <= value <= MAX_DAYS:
        raise InvalidInput(f"choose from {MIN_DAYS} to {MAX_DAYS} days", field=field)
    return value


def load_policy(settings: Settings) -> RetentionPolicy:
    """The journal's policy; a damaged setting counts as off (nothing is shredded by surprise)."""
    found = []
    for key, field in ((NOTES_KEY, "notes_days"), (CONTACTS_KEY, "contact_days")):
        try:
            found.append(_days(settings.get(key), field))
        except InvalidInput:
            log.warning("ignoring an unusable retention setting: %s", key)
            found.append(None)
    return RetentionPolicy(found[0], found[1])


def save_policy(settings: Settings, policy: RetentionPolicy) -> RetentionPolicy:
    checked = RetentionPolicy(
        _days(policy.notes_days, "notes_days"), _days(policy.contact_days, "contact_days")
    )
    settings.set(NOTES_KEY, checked.notes_days)
    settings.set(CONTACTS_KEY, checked.contact_days)
    return checked


@dataclass(frozen=True)
class RetentionResult:
    """What a retention run shredded (or, from :func:`preview`, would shred)."""

    notes: int = 0  # note texts
    sessions: int = 0  # sessions that lost a note or a follow-up plan
    plans: int = 0  # follow-up plans and cancel reasons
    contacts: int = 0  # peers whose contact details went
    notes_before: date | None = None  # notes of sessions held on or before this day
    contacts_closed_before: str | None = None  # peers closed at or before this UTC time

    @property
    def changed(self) -> bool:
        return bool(self.notes or self.plans or self.contacts)


def _cutoffs(policy: RetentionPolicy, clock: Clock) -> tuple[date | None, str | None]:
    notes_before = (
        today(clock) - timedelta(days=policy.notes_days) if policy.notes_days is not None else None
    )
    contacts_before = (
        (clock().astimezone(UTC) - timedelta(days=policy.contact_days)).isoformat(
            timespec="seconds"
        )
        if policy.contact_days is not None
        else None
    )
    return notes_before, contacts_before


# Sessions whose text is due: held on or before the cutoff day.
_OLD_SESSIONS = "SELECT id FROM sessions WHERE held_on <= ?"
_PLAN_FOLLOWUPS = (
    "(plan != '' OR cancel_reason != '') AND (origin_session_id IN (" + _OLD_SESSIONS + ")"
    " OR (origin_session_id IS NULL AND substr(created_at, 1, 10) <= ?))"
)


def _count(
    conn: Connection, notes_before: date | None, contacts_before: str | None
) -> tuple[int, int, int, int]:
    notes = sessions = plans = contacts = 0
    if notes_before is not None:
        day = notes_before.isoformat()
        ((notes, sessions),) = rows(
            conn,
            "SELECT count(*), count(DISTINCT session_id) FROM notes"
            f" WHERE session_id IN ({_OLD_SESSIONS})",
            (day,),
        )
        ((session_plans, plain_sessions),) = rows(
            conn,
            "SELECT count(*), count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM notes n"
            " WHERE n.session_id = s.id)) FROM sessions s"
            " WHERE s.held_on <= ? AND s.followup_plan != ''",
            (day,),
        )
        ((followup_plans,),) = rows(
            conn, f"SELECT count(*) FROM followups WHERE {_PLAN_FOLLOWUPS}", (day, day)
        )
        sessions += plain_sessions
        plans = session_plans + followup_plans
    if contacts_before is not None:
        ((contacts,),) = rows(
            conn,
            "SELECT count(*) FROM peers WHERE contact != '' AND closed_at IS NOT NULL"
            " AND closed_at <= ?",
            (contacts_before,),
        )
    return int(notes), int(sessions), int(plans), int(contacts)


def preview(
    journal: Journal, clock: Clock, policy: RetentionPolicy | None = None
) -> RetentionResult:
    """What :func:`apply_retention` would shred now under ``policy`` (default: the saved one)."""
    chosen = policy if policy is not None else load_policy(journal.settings)
    notes_before, contacts_before = _cutoffs(chosen, clock)
    counts = _count(journal.conn, notes_before, contacts_before)
    return RetentionResult(
        *counts, notes_before=notes_before, contacts_closed_before=contacts_before
    )


def _delete_notes(conn: Connection, day: str) -> None:
    """Delete the notes of sessions held on or before ``day``, and every trace in the index.

    Deleting a note fires the trigger that removes it from the full-text index. Row by row with
    FTS5's own secure delete that is slow (about 50 times slower for thousands of notes), so the
    option is paused and one ``optimize`` merges the index into a single new segment without the
    deleted notes instead; the pages of the old segments are zeroed by ``secure_delete`` and
    dropped by :func:`vacuum`. The option is back on before the transaction commits.
    """
    conn.execute("INSERT INTO notes_fts (notes_fts, rank) VALUES ('secure-delete', 0)")
    conn.execute(f"DELETE FROM notes WHERE session_id IN ({_OLD_SESSIONS})", (day,))
    conn.execute("INSERT INTO notes_fts (notes_fts) VALUES ('optimize')")
    conn.execute("INSERT INTO notes_fts (notes_fts, rank) VALUES ('secure-delete', 1)")


def apply_retention(journal: Journal, clock: Clock) -> RetentionResult:
    """Shred what the journal's retention settings say is due, in one transaction.

    Safe to run at every unlock and as often as wanted: with nothing due it changes nothing.
    Call :func:`vacuum` afterwards when the result says something ``changed``.
    """
    policy = load_policy(journal.settings)
    if not policy.active:
        return RetentionResult()
    notes_before, contacts_before = _cutoffs(policy, clock)
    conn = journal.conn
    with transaction(conn):
        counts = _count(conn, notes_before, contacts_before)
        if notes_before is not None:
            day = notes_before.isoformat()
            if counts[0]:
                _delete_notes(conn, day)
            conn.execute(
                "UPDATE sessions SET followup_plan = '' WHERE held_on <= ? AND followup_plan != ''",
                (day,),
            )
            conn.execute(
                f"UPDATE followups SET plan = '', cancel_reason = '' WHERE {_PLAN_FOLLOWUPS}",
                (day, day),
            )
        if contacts_before is not None:
            conn.execute(
                "UPDATE peers SET contact = '', contact_purged_at = ? WHERE contact != ''"
                " AND closed_at IS NOT NULL AND closed_at <= ?",
                (stamp(clock), contacts_before),
            )
    result = RetentionResult(
        *counts, notes_before=notes_before, contacts_closed_before=contacts_before
    )
    if result.changed:
        log.info(
            "retention shredded %d notes, %d plans and %d contact details",
            result.notes,
            result.plans,
            result.contacts,
        )
    return result


@dataclass(frozen=True)
class VacuumResult:
    bytes_before: int
    bytes_after: int
    checkpointed: bool  # the write-ahead log was folded into the file and emptied


def _size(path: Path) -> int:
    return sum(p.stat().st_size for p in (path, Path(f"{path}-wal")) if p.exists())


def vacuum(path: Path, key: bytes, *, checkpoint_tries: int = 50) -> VacuumResult:
    """Rewrite the journal file so no freed page keeps old text, on a connection of its own.

    Runs on any thread (it opens and closes its own connection). ``VACUUM`` writes the new pages
    to the write-ahead log; a ``TRUNCATE`` checkpoint then copies them over the old pages and
    empties the log. A reader on another connection can hold the checkpoint back for a moment,
    so it is retried; ``checkpointed`` says whether it got through.
    """
    before = _size(path)
    conn = connect(path, key)
    try:
        with translated_errors():
            conn.execute("PRAGMA secure_delete = ON")
            conn.execute("VACUUM")
            done = False
            for _ in range(max(1, checkpoint_tries)):
                busy, _log, _moved = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
                if not busy:
                    done = True
                    break
                time.sleep(0.1)
    except JournalBusy:
        log.warning("the journal was busy; vacuum will run again later")
        raise
    finally:
        conn.close()
    return VacuumResult(before, _size(path), done)
