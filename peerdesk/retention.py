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

The same policy reaches every copy PeerDesk keeps in its data folder (:func:`shred_copies`):
backups, rescued journals and set-aside journals are shredded the same way, set-aside journals
that today's key cannot open expire, and half-written backups are removed. Copies outside the data
folder are out of reach, and the app says so.
"""

from __future__ import annotations

import logging
import shutil
import threading
import time
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from peerdesk.backups import remove_stale_temp_files
from peerdesk.clock import Clock, stamp, today
from peerdesk.database import (
    Connection,
    DatabaseError,
    connect,
    rows,
    transaction,
    translated_errors,
)
from peerdesk.errors import JournalBusy, PeerDeskError
from peerdesk.journal import Journal
from peerdesk.preferences import RetentionPolicy
from peerdesk.schema import check_version

log = logging.getLogger(__name__)

# The values the Settings page offers when a setting is turned on (the policy itself is in
# peerdesk.preferences: journal.preferences.retention()).
SUGGESTED_NOTES_DAYS = 90
SUGGESTED_CONTACT_DAYS = 30


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
    chosen = policy if policy is not None else journal.preferences.retention()
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


def _shred(
    conn: Connection, policy: RetentionPolicy, clock: Clock
) -> tuple[tuple[int, int, int, int], date | None, str | None]:
    """Shred what ``policy`` says is due in the journal behind ``conn``, in one transaction."""
    notes_before, contacts_before = _cutoffs(policy, clock)
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
    return counts, notes_before, contacts_before


def apply_retention(journal: Journal, clock: Clock) -> RetentionResult:
    """Shred what the journal's retention settings say is due, in one transaction.

    Safe to run at every unlock and as often as wanted: with nothing due it changes nothing.
    Call :func:`vacuum` afterwards when the result says something ``changed``, and
    :func:`shred_copies` for the copies PeerDesk keeps beside the journal.
    """
    policy = journal.preferences.retention()
    if not policy.active:
        return RetentionResult()
    counts, notes_before, contacts_before = _shred(journal.conn, policy, clock)
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


# --- the copies PeerDesk keeps beside the journal ------------------------------------------------


@dataclass(frozen=True)
class CopyFolders:
    """Where PeerDesk keeps copies of the journal inside its data folder."""

    backups: Path  # rotated backups, and the temporary files of backups that were killed
    set_aside: Path  # "<time>-<reason>/" folders: journals a restore, re-key or start-over moved
    rescued: Path  # journals rebuilt from a damaged one


@dataclass(frozen=True)
class CopiesResult:
    """What :func:`shred_copies` reached."""

    shredded: tuple[Path, ...] = ()  # copies today's key opens, with due text shredded
    expired: tuple[Path, ...] = ()  # set-aside folders today's key cannot open, now deleted
    stale: tuple[Path, ...] = ()  # temporary files of killed backups, removed
    unopened: tuple[Path, ...] = ()  # copies today's key cannot open, kept for now


def _journal_files(folder: Path) -> list[Path]:
    """The journal files in ``folder`` (not their -wal/-shm companions, key files or temp files)."""
    if not folder.is_dir():
        return []
    return sorted(
        p
        for p in folder.iterdir()
        if p.suffix == ".db" and not p.name.startswith(".") and p.is_file()
    )


def _shred_copy(path: Path, key: bytes, policy: RetentionPolicy, clock: Clock) -> bool | None:
    """Shred what ``policy`` says is due in the copy at ``path`` and rewrite the file.

    Returns whether anything was due, or None when today's key does not open it as a journal
    (a copy from before a re-key, another journal's backup, a damaged or empty file).
    """
    try:
        conn = connect(path, key)
    except PeerDeskError:
        return None
    try:
        with translated_errors():
            if check_version(conn) == 0:  # no schema: not a journal, and nothing is written
                return None
            counts, _notes, _contacts = _shred(conn, policy, clock)
    except (PeerDeskError, DatabaseError) as exc:
        log.warning("a copy of the journal could not be shredded (%s)", type(exc).__name__)
        return None
    finally:
        conn.close()
    changed = RetentionResult(*counts).changed
    if changed:
        vacuum(path, key)
    return changed


def _set_aside_on(folder: Path) -> date | None:
    """The day a set-aside folder was made, from its name (``20261126-093000-before-restore``)."""
    try:
        return datetime.strptime(folder.name[:15], "%Y%m%d-%H%M%S").date()
    except ValueError:
        return None


def shred_copies(
    folders: CopyFolders,
    key: bytes,
    policy: RetentionPolicy,
    clock: Clock,
    cancel: threading.Event | None = None,
) -> CopiesResult:
    """Apply ``policy`` to every copy PeerDesk keeps in its data folder (on any thread).

    Backups, rescued journals and set-aside journals that today's key opens are shredded like the
    journal and rewritten (:func:`vacuum`). A set-aside journal today's key cannot open (from
    before a re-key, damaged) cannot be shredded: its folder is deleted once it is older than the
    notes period and the contacts period, when everything in it is due anyway (never while notes
    are kept for good). Temporary files of killed
    backups are removed. Copies outside the data folder (another backup folder, copies the
    supporter made) are out of reach. Setting ``cancel`` (the journal locks) stops it between
    two copies.
    """
    stale = tuple(remove_stale_temp_files(folders.backups))
    if not policy.active:
        return CopiesResult(stale=stale)
    shredded: list[Path] = []
    unopened: list[Path] = []
    expired: list[Path] = []

    def reach(path: Path) -> bool:
        if cancel is not None and cancel.is_set():
            return True  # not tried: neither shredded nor out of reach
        outcome = _shred_copy(path, key, policy, clock)
        if outcome:
            shredded.append(path)
        return outcome is not None

    for path in _journal_files(folders.backups) + _journal_files(folders.rescued):
        if not reach(path):
            unopened.append(path)
    # A copy that cannot be shredded goes only once everything in it is due: its notes (all
    # written before it was set aside) and its closed contacts. Without a notes period it stays.
    cutoff: date | None = None
    if policy.notes_days is not None:
        days = max(policy.notes_days, policy.contact_days or 0)
        cutoff = today(clock) - timedelta(days=days)
    aside = (
        sorted(p for p in folders.set_aside.iterdir() if p.is_dir())
        if folders.set_aside.is_dir()
        else []
    )
    for folder in aside:
        missed = [path for path in _journal_files(folder) if not reach(path)]
        made = _set_aside_on(folder)
        if missed and made is not None and cutoff is not None and made <= cutoff:
            try:
                shutil.rmtree(folder)
            except OSError as exc:
                log.warning("an old set-aside folder could not be deleted: %s", exc.strerror)
            else:
                expired.append(folder)
                continue
        unopened += missed
    if shredded or expired or stale:
        log.info(
            "retention reached %d copies: %d shredded, %d expired, %d unfinished backups removed",
            len(shredded) + len(expired) + len(stale),
            len(shredded),
            len(expired),
            len(stale),
        )
    return CopiesResult(tuple(shredded), tuple(expired), stale, tuple(unopened))
