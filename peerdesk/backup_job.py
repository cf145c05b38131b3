"""The one backup sequence: every backup PeerDesk writes (the app's scheduled and manual ones,
``peerdesk backup``, the one before a schema migration and the one right after a re-key) is
written by :func:`run`, on its own connection to the journal, so it may run off the GUI thread.

The app's connection keeps serving the supporter while a worker thread opens the journal file a
second time with the same key. Write-ahead logging lets that reader see one consistent snapshot
while the app writes, so ``VACUUM INTO`` copies a whole, committed journal. The copy is written
under a temporary name, fsynced, opened and checked, and only then renamed into place beside a copy
of the key slots; old backups are rotated (:func:`peerdesk.backups.rotate`). A second folder
(an external drive, say) gets a byte copy of the verified backup, checked again where it landed.

A job can be cancelled (the app is quitting): the copy stops at once, its temporary file is
removed, and nothing that existed before is touched. A job holds the data key in memory until it is
dropped; nothing here writes the key or journal text anywhere in the clear.
"""

from __future__ import annotations

import contextlib
import logging
import os
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import sqlcipher3

from peerdesk import backups, keyslots
from peerdesk.backups import Backup, remove_stale_temp_files
from peerdesk.database import connect, rows, translated_errors
from peerdesk.errors import BackupInvalid, PeerDeskError, StorageError
from peerdesk.files import (
    create_private_file,
    ensure_private_dir,
    fsync_dir,
    fsync_file,
    make_private,
    make_private_dirs,
    storage_error,
    temp_path_beside,
)
from peerdesk.journal import read_journal_id
from peerdesk.keyslots import KeySlots
from peerdesk.schema import check_version
from peerdesk.translation import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

# Stages reported to the progress callback, with the share of the whole work each ends at.
COPYING = "copying"
CHECKING = "checking"
COPYING_ELSEWHERE = "copying elsewhere"
DONE = "done"
_COPY_END, _CHECK_END = 80, 95

Progress = Callable[[str, int], None]  # (stage, percent of the whole job, 0 to 100)

_CHUNK = 1024 * 1024


class Cancelled(Exception):  # not an error: the caller asked to stop
    """The job was cancelled; nothing new was kept and nothing old was changed."""


@dataclass(frozen=True, repr=False)
class BackupJob:
    """Everything a worker thread needs to back the journal up, without the vault or the GUI."""

    journal_path: Path
    key: bytes
    slots: KeySlots
    when: datetime
    dest: Path
    keep: int | None = (
        backups.DEFAULT_KEEP
    )  # None: rotate none away (backups PeerDesk makes itself)
    private: bool = True  # the data folder's backups/: owner-only folder
    also: tuple[Path, ...] = ()  # further folders that get a verified copy (must exist)

    def __repr__(self) -> str:  # never show the key
        return f"BackupJob(dest={self.dest!s}, keep={self.keep}, also={len(self.also)})"


@dataclass(frozen=True)
class BackupResult:
    backup: Backup
    copies: tuple[Backup, ...] = ()
    problems: tuple[tuple[Path, PeerDeskError], ...] = field(default=())  # folders that failed


def _prepare(dest: Path, private: bool) -> None:
    try:
        if private:
            ensure_private_dir(dest)
        else:
            make_private_dirs(dest)
    except OSError as exc:
        raise storage_error(exc, QT_TRANSLATE_NOOP("errors", "creating the backup folder")) from exc


def _place(tmp: Path, final: Path, slots: KeySlots) -> None:
    """Put a verified temporary copy in place beside its key slots."""
    keyslots.write(backups.keys_path(final), slots)
    os.replace(tmp, final)
    fsync_dir(final.parent)


class _Copier:
    """Runs ``VACUUM INTO`` with a progress handler that reports and can cancel."""

    def __init__(self, tmp: Path, expected: int, progress: Progress, stop: threading.Event):
        self._tmp = tmp
        self._expected = max(expected, 1)
        self._progress = progress
        self._stop = stop
        self._next_report = 0.0

    def __call__(self) -> int:
        if self._stop.is_set():
            return 1  # SQLite stops the statement with SQLITE_INTERRUPT
        now = time.monotonic()
        if now >= self._next_report:
            self._next_report = now + 0.1
            try:
                size = self._tmp.stat().st_size
            except OSError:
                size = 0
            self._progress(COPYING, min(_COPY_END - 1, size * _COPY_END // self._expected))
        return 0


def _vacuum_into(job: BackupJob, tmp: Path, progress: Progress, stop: threading.Event) -> None:
    conn = connect(job.journal_path, job.key)
    try:
        check_version(conn)
        if read_journal_id(conn) != job.slots.journal_id:
            raise BackupInvalid(
                QT_TRANSLATE_NOOP(
                    "errors", "the journal file changed to another journal during the backup"
                )
            )
        ((pages,),) = rows(conn, "PRAGMA page_count")
        ((page_size,),) = rows(conn, "PRAGMA page_size")
        conn.set_progress_handler(_Copier(tmp, int(pages) * int(page_size), progress, stop), 1000)
        try:
            create_private_file(tmp)  # VACUUM INTO fills an empty file and keeps its mode
            with translated_errors():
                conn.execute("VACUUM INTO ?", (str(tmp),))
        except sqlcipher3.Error:
            if stop.is_set():
                raise Cancelled from None
            raise
    finally:
        conn.close()


def _copy_file(source: Path, target: Path, stop: threading.Event, progress: Progress) -> None:
    create_private_file(target)
    with source.open("rb") as src, target.open("r+b") as dst:
        total = max(source.stat().st_size, 1)
        done = 0
        while chunk := src.read(_CHUNK):
            if stop.is_set():
                raise Cancelled
            dst.write(chunk)
            done += len(chunk)
            progress(COPYING_ELSEWHERE, _CHECK_END + done * (100 - _CHECK_END) // total - 1)
        dst.flush()
        os.fsync(dst.fileno())


def _copy_elsewhere(
    job: BackupJob, made: Backup, folder: Path, stop: threading.Event, progress: Progress
) -> Backup:
    if not folder.is_dir():
        raise StorageError(
            QT_TRANSLATE_NOOP(
                "errors", "the backup folder {folder} is not there (is the drive connected?)"
            ),
            values={"folder": str(folder)},
        )
    final = backups.free_name(folder, job.when)
    tmp = temp_path_beside(final)
    try:
        _copy_file(made.path, tmp, stop, progress)
        backups.verify(tmp, job.key, job.slots.journal_id)
        _place(tmp, final, job.slots)
    except OSError as exc:
        raise storage_error(
            exc, QT_TRANSLATE_NOOP("errors", "copying the backup to the other folder")
        ) from exc
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()
    if job.keep is not None:
        backups.rotate(folder, job.slots.journal_id, job.keep)
    return Backup(final, final.stat().st_size, job.when)


def run(
    job: BackupJob,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> BackupResult:
    """Write a verified backup of the journal file into ``job.dest`` (and its other folders).

    Opens the journal with its own connection, so it may run on any thread. Raises
    :class:`Cancelled` when ``cancel`` is set during the work, or the known error when the main
    backup fails (e.g. :class:`~peerdesk.errors.StorageFull`); trouble with an extra folder is
    returned in ``problems`` instead, since the main backup is then safe.
    """
    report: Progress = progress or (lambda _stage, _percent: None)
    stop = cancel or threading.Event()
    _prepare(job.dest, job.private)
    for folder in (job.dest, *job.also):
        remove_stale_temp_files(folder)
    final = backups.free_name(job.dest, job.when)
    tmp = temp_path_beside(final)
    report(COPYING, 0)
    try:
        _vacuum_into(job, tmp, report, stop)
        if stop.is_set():
            raise Cancelled
        report(CHECKING, _COPY_END)
        make_private(tmp)
        fsync_file(tmp)
        backups.verify(tmp, job.key, job.slots.journal_id, just_written=True)
        if stop.is_set():
            raise Cancelled
        _place(tmp, final, job.slots)
    except OSError as exc:
        raise storage_error(exc, QT_TRANSLATE_NOOP("errors", "writing the backup")) from exc
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()
    made = Backup(final, final.stat().st_size, job.when)
    log.info("backup written and verified (%d bytes)", made.size)
    if job.keep is not None:
        backups.rotate(job.dest, job.slots.journal_id, job.keep)
    report(CHECKING, _CHECK_END)
    copies: list[Backup] = []
    problems: list[tuple[Path, PeerDeskError]] = []
    for folder in job.also:
        if stop.is_set():
            raise Cancelled
        try:
            copies.append(_copy_elsewhere(job, made, folder, stop, report))
        except PeerDeskError as exc:
            log.warning("a backup copy to another folder failed: %s", exc.code)
            problems.append((folder, exc))
    report(DONE, 100)
    return BackupResult(made, tuple(copies), tuple(problems))
