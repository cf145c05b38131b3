"""Backups made before a re-key: found, re-encrypted under the new key, or deleted.

A re-key gives the journal a new data key, but every backup made before keeps the old one, and
its key file keeps the old recovery slot: the old recovery code still opens it. After a re-key the
app lists these backups (in the data folder's ``backups/`` and the second backup folder) and the
supporter chooses to re-encrypt them under the new key or to delete them.

Re-encrypting needs the old key, which the vault keeps in memory only until that choice is made.
A backup is re-encrypted into a temporary file (``sqlcipher_export``), checked under the new key,
and put in place under a new name for the same time (``…-2.db``) beside the journal's current key
file; only then are the old pair's files removed. A crash at any moment leaves the old pair, the
new pair, or both, each whole: never a backup beside a key file that does not open it.

Journals PeerDesk keeps in its data folder with their own key files, set aside by a restore
(``set-aside/…/journal.db``) or rescued from a damaged file (``rescued/``), are copies like
backups: the old secrets open them too, so they are found, re-encrypted (``journal-2.db``) and
deleted the same way (:func:`find_kept_journals`; ``Backup.kind`` says what each one is).
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from peerdesk import backups, keyslots
from peerdesk.backups import BACKUP, RESCUED, SET_ASIDE, Backup
from peerdesk.database import connect, export_under
from peerdesk.errors import BackupInvalid, JournalDamaged, PeerDeskError, WrongKey
from peerdesk.files import fsync_dir, fsync_file, storage_error, temp_path_beside
from peerdesk.keyslots import KeySlots
from peerdesk.schema import check_version
from peerdesk.translation import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

REENCRYPT = "re-encrypt"
DELETE = "delete"

_STAMP = re.compile(r"(\d{8}-\d{6})")  # peerdesk-rescued-…, set-aside/…-before-restore

Progress = Callable[[int, int], None]  # (backups done, backups in all)


class Cancelled(Exception):  # not an error: the caller asked to stop
    """Stopped between two backups; each backup is either done or untouched."""


def _keys_of(path: Path) -> KeySlots | None:
    try:
        return keyslots.read(backups.keys_path(path))
    except PeerDeskError:
        return None


def find(folders: Iterable[Path], journal_id: str, key: bytes) -> list[Backup]:
    """This journal's backups in ``folders`` whose key file is not for ``key`` (the current
    data key): they were made under an older key, oldest first within each folder."""
    found: list[Backup] = []
    seen: set[Path] = set()
    for folder in folders:
        try:
            folder = folder.resolve()
        except OSError:
            continue
        if folder in seen:
            continue
        seen.add(folder)
        for made in backups.existing(folder, journal_id):
            slots = _keys_of(made.path)
            if slots is not None and not slots.matches(key):
                found.append(made)
    return found


def _made_at(path: Path, name: str) -> datetime:
    """When a copy was made: the stamp its name (or its folder's) starts with, else its mtime."""
    found = _STAMP.search(name)
    if found is not None:
        with contextlib.suppress(ValueError):
            return datetime.strptime(found.group(1), "%Y%m%d-%H%M%S")
    return datetime.fromtimestamp(path.stat().st_mtime)


def _journals_in(folder: Path) -> list[Path]:
    """The journal files in ``folder`` (not companions, key files or half-written files)."""
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.glob("*.db") if not p.name.startswith(".") and p.is_file())


def find_kept_journals(set_aside: Path, rescued: Path, journal_id: str, key: bytes) -> list[Backup]:
    """This journal's set-aside and rescued journals (with their own key files) whose key file
    is not for ``key``: the secrets of an older key still open them, like old backups."""
    found: list[Backup] = []
    candidates = [(p, p.name, RESCUED) for p in _journals_in(rescued)]
    if set_aside.is_dir():
        for folder in sorted(p for p in set_aside.iterdir() if p.is_dir()):
            candidates += [(p, folder.name, SET_ASIDE) for p in _journals_in(folder)]
    for path, name, kind in candidates:
        slots = _keys_of(path)
        if slots is None or slots.journal_id != journal_id or slots.matches(key):
            continue
        with contextlib.suppress(OSError):
            found.append(Backup(path, path.stat().st_size, _made_at(path, name), kind))
    return found


def _new_name(made: Backup) -> Path:
    """Where the re-encrypted copy goes: beside the old one, under a name not yet taken (a
    backup's name sorts after every backup of the same second)."""
    if made.kind == BACKUP:
        return backups.free_name(made.path.parent, made.created)
    stem, n = made.path.stem, 2
    while True:
        candidate = made.path.with_name(f"{stem}-{n}{backups.SUFFIX}")
        if not candidate.exists() and not backups.keys_path(candidate).exists():
            return candidate
        n += 1


def opens_with(made: Backup, key: bytes) -> bool:
    """Whether ``key`` is the key this backup's key file is for."""
    slots = _keys_of(made.path)
    return slots is not None and slots.matches(key)


def reencrypt(made: Backup, old_key: bytes, new_key: bytes, slots: KeySlots) -> Backup:
    """Re-encrypt one backup from ``old_key`` to ``new_key`` (``slots``: the journal's key file).

    Returns the new backup (same time, next free name); the old pair is removed only after the
    new one was checked and is in place.
    """
    old_slots = _keys_of(made.path)
    if old_slots is None or not old_slots.matches(old_key):
        raise WrongKey(QT_TRANSLATE_NOOP("errors", "the old key does not open this backup"))
    if old_slots.journal_id != slots.journal_id or not slots.matches(new_key):
        raise WrongKey(QT_TRANSLATE_NOOP("errors", "the backup belongs to another journal"))
    final = _new_name(made)
    tmp = temp_path_beside(final)
    try:
        try:
            conn = connect(made.path, old_key)
        except JournalDamaged as exc:
            raise BackupInvalid(
                QT_TRANSLATE_NOOP("errors", "the backup cannot be read with its key")
            ) from exc
        try:
            check_version(conn)
            export_under(conn, tmp, new_key)
        finally:
            conn.close()
        fsync_file(tmp)
        backups.verify(tmp, new_key, slots.journal_id)
        keyslots.write(backups.keys_path(final), slots)
        os.replace(tmp, final)
        fsync_dir(final.parent)
        delete(made)
    except OSError as exc:
        raise storage_error(exc, QT_TRANSLATE_NOOP("errors", "re-encrypting a backup")) from exc
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()
    log.info("a copy of the journal was re-encrypted under the new key")
    return Backup(final, final.stat().st_size, made.created, made.kind)


def delete(made: Backup) -> None:
    """Remove a copy (and its -wal/-shm), then its key file (a key file alone opens nothing);
    a set-aside folder left empty goes too."""
    journal = made.path
    try:
        for path in (
            journal,
            Path(f"{journal}-wal"),
            Path(f"{journal}-shm"),
            backups.keys_path(journal),
        ):
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
        fsync_dir(journal.parent)
        if made.kind == SET_ASIDE:
            with contextlib.suppress(OSError):  # not empty: something else is kept there
                journal.parent.rmdir()
    except OSError as exc:
        raise storage_error(exc, QT_TRANSLATE_NOOP("errors", "deleting a backup")) from exc


@dataclass(frozen=True, repr=False)
class OldBackupsJob:
    """Everything a worker thread needs to deal with old-key backups, without the vault."""

    chosen: tuple[Backup, ...]
    action: str  # REENCRYPT or DELETE
    new_key: bytes
    slots: KeySlots
    old_key: bytes | None = None  # needed to re-encrypt

    def __repr__(self) -> str:  # never show a key
        return f"OldBackupsJob(action={self.action!r}, backups={len(self.chosen)})"


@dataclass(frozen=True)
class OldBackupsResult:
    done: tuple[Path, ...] = ()  # the backups dealt with (their old paths)
    problems: tuple[tuple[Path, PeerDeskError], ...] = field(default=())


def run(
    job: OldBackupsJob, progress: Progress | None = None, cancel: threading.Event | None = None
) -> OldBackupsResult:
    """Re-encrypt or delete each chosen backup; a backup that fails is reported, not fatal."""
    report: Progress = progress or (lambda _done, _total: None)
    total = len(job.chosen)
    done: list[Path] = []
    problems: list[tuple[Path, PeerDeskError]] = []
    report(0, total)
    for n, made in enumerate(job.chosen, 1):
        if cancel is not None and cancel.is_set():
            raise Cancelled
        try:
            if job.action == DELETE:
                delete(made)
            elif job.old_key is None:
                raise WrongKey(
                    QT_TRANSLATE_NOOP(
                        "errors", "the old key is no longer known: only deleting is possible"
                    )
                )
            else:
                reencrypt(made, job.old_key, job.new_key, job.slots)
        except PeerDeskError as exc:
            log.warning("an old backup could not be dealt with: %s", exc.code)
            problems.append((made.path, exc))
        else:
            done.append(made.path)
        report(n, total)
    return OldBackupsResult(tuple(done), tuple(problems))
