"""Encrypted backups: the journal copied under the same key, verified, and rotated.

A backup is a pair of files: ``peerdesk-backup-YYYYMMDD-HHMMSS.db`` (the SQLCipher copy, made with
``VACUUM INTO``) and the same name with ``.keys`` (a copy of the key slots, so the recovery code
opens the backup on any machine). The copy is written under a temporary name in the destination,
fsynced, opened and checked, and only then renamed into place: that sequence is written once, in
:mod:`peerdesk.backup_job`; this module names, finds, verifies and rotates backups.
"""

from __future__ import annotations

import contextlib
import logging
import re
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from peerdesk import keyslots
from peerdesk.database import (
    SQLITE_HEADER,
    check_journal_file,
    connect,
    integrity_problems,
    page_problems,
)
from peerdesk.errors import BackupInvalid, JournalDamaged, PeerDeskError
from peerdesk.files import storage_error
from peerdesk.journal import JournalSummary, read_journal_id, read_summary
from peerdesk.preferences import BACKUP_KEEP
from peerdesk.schema import check_version
from peerdesk.translation import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

PREFIX = "peerdesk-backup-"
SUFFIX = ".db"
KEYS_SUFFIX = ".keys"
_NAME = re.compile(r"^peerdesk-backup-(\d{8}-\d{6})(?:-(\d+))?\.db$")
# A backup being written, and the rollback journal SQLite keeps beside it while it writes.
_TEMP = re.compile(r"^\.peerdesk-backup-[\d-]+\.db\.[0-9a-f]+\.tmp(?:-journal|-wal|-shm)?$")
DEFAULT_KEEP = BACKUP_KEEP.default  # the journal's plan may say otherwise
# A temporary file older than this in a backup folder was left by a backup that was killed.
STALE_SECONDS = 15 * 60


# What a copy of the journal in the data folder is (``Backup.kind``): a backup, a journal a restore
# or a re-key moved to ``set-aside/``, or a journal rescued from a damaged file (``rescued/``).
BACKUP = "backup"
SET_ASIDE = "set-aside"
RESCUED = "rescued"


@dataclass(frozen=True)
class Backup:
    path: Path
    size: int
    created: datetime
    kind: str = BACKUP


def keys_path(backup: Path) -> Path:
    return backup.with_name(backup.name[: -len(SUFFIX)] + KEYS_SUFFIX)


def free_name(dest: Path, when: datetime) -> Path:
    """A name that sorts after every backup already made in the same second."""
    stamp = f"{when:%Y%m%d-%H%M%S}"
    taken = [
        int(m.group(2) or 1)
        for p in dest.glob(f"{PREFIX}{stamp}*{SUFFIX}")
        if (m := _NAME.match(p.name)) and m.group(1) == stamp
    ]
    if not taken:
        return dest / f"{PREFIX}{stamp}{SUFFIX}"
    return dest / f"{PREFIX}{stamp}-{max(taken) + 1}{SUFFIX}"


def check_shape(path: Path) -> None:
    """:class:`BackupInvalid` when ``path`` cannot be a backup, told without any key: empty or
    shorter than one page (SQLCipher would key an empty file and make a database of it), or a
    plain SQLite file (an encrypted journal has no readable header). Only reads."""
    try:
        check_journal_file(path)
        with path.open("rb") as file:
            plain = file.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except JournalDamaged as exc:
        raise BackupInvalid(
            QT_TRANSLATE_NOOP(
                "errors", "the file is not a PeerDesk backup: it is empty or cut short"
            )
        ) from exc
    except OSError as exc:
        raise storage_error(exc, QT_TRANSLATE_NOOP("errors", "reading the backup")) from exc
    if plain:
        raise BackupInvalid(
            QT_TRANSLATE_NOOP(
                "errors", "the file is an unencrypted database, not a PeerDesk backup"
            )
        )


def verify(
    path: Path, key: bytes, journal_id: str, *, just_written: bool = False
) -> JournalSummary:
    """Open a backup with ``key`` and check it; :class:`BackupInvalid` if anything fails.

    A copy ``just_written`` by ``VACUUM INTO`` was rebuilt row by row from a readable journal, so
    proving that every page authenticates under the key is enough; any other file (a backup to
    restore) also gets SQLite's structural check. A file that cannot be a backup (empty, cut
    short, a database without PeerDesk's tables) is :class:`BackupInvalid` too, and is only read.
    """
    check_shape(path)
    try:
        conn = connect(path, key)
    except JournalDamaged as exc:
        raise BackupInvalid(
            QT_TRANSLATE_NOOP("errors", "the backup cannot be read with this journal's key")
        ) from exc
    try:
        if check_version(conn) == 0:  # no schema: a database, but not a journal
            raise BackupInvalid(QT_TRANSLATE_NOOP("errors", "the file is not a PeerDesk backup"))
        problems = page_problems(conn) if just_written else integrity_problems(conn)
        if problems:
            raise BackupInvalid(
                QT_TRANSLATE_NOOP(
                    "errors", "the backup failed its integrity check ({count} problems)"
                ),
                values={"count": len(problems)},
            )
        if read_journal_id(conn) != journal_id:
            raise BackupInvalid(
                QT_TRANSLATE_NOOP("errors", "the backup belongs to another journal")
            )
        return read_summary(conn)
    finally:
        conn.close()


def remove_stale_temp_files(dest: Path, *, older_than: float = STALE_SECONDS) -> list[Path]:
    """Remove half-written backups (``.peerdesk-backup-….tmp`` and its ``-journal``) left by a
    killed backup.

    They are encrypted like the journal, but useless; only files with that exact shape and older
    than ``older_than`` seconds are removed, never anything else.
    """
    removed: list[Path] = []
    if not dest.is_dir():
        return removed
    cutoff = time.time() - older_than
    for path in sorted(dest.glob(f".{PREFIX}*{SUFFIX}.*.tmp*")):
        if not _TEMP.match(path.name):
            continue
        with contextlib.suppress(OSError):
            if path.is_file() and path.stat().st_mtime < cutoff:
                path.unlink()
                removed.append(path)
    return removed


def _journal_of(backup: Path) -> str | None:
    try:
        return keyslots.read(keys_path(backup)).journal_id
    except PeerDeskError:
        return None


def existing(dest: Path, journal_id: str) -> list[Backup]:
    """This journal's backups in ``dest``, oldest first."""
    if not dest.is_dir():
        return []
    found: list[tuple[datetime, int, Backup]] = []
    for path in dest.iterdir():
        match = _NAME.match(path.name)
        if match and path.is_file() and _journal_of(path) == journal_id:
            when = datetime.strptime(match.group(1), "%Y%m%d-%H%M%S")
            counter = int(match.group(2) or 1)  # "-2" is the second backup in that second
            found.append((when, counter, Backup(path, path.stat().st_size, when)))
    found.sort(key=lambda entry: (entry[0], entry[1]))
    return [backup for _when, _counter, backup in found]


def rotate(dest: Path, journal_id: str, keep: int) -> list[Path]:
    """Delete this journal's oldest backups beyond ``keep``; other files are never touched."""
    doomed = existing(dest, journal_id)[: -max(1, keep)]
    for backup in doomed:
        for path in (backup.path, keys_path(backup.path)):
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
    return [b.path for b in doomed]
