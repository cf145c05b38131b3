"""Backups made on a worker thread with their own connection: verified, rotated, cancellable."""

from __future__ import annotations

import os
import threading
import time
from datetime import timedelta
from pathlib import Path

import pytest

from peerdesk import backup_job, backups
from peerdesk.backup_job import BackupJob, Cancelled
from peerdesk.database import SQLITE_HEADER
from peerdesk.errors import JournalDamaged, StorageError
from peerdesk.journal import Journal
from peerdesk.keystore import KeyStore, MemoryKeyring
from peerdesk.vault import Vault
from tests.conftest import FAST, Clock
from tests.support.factories import add_sessions, killed_backup


def _path(backup: backups.Backup | None) -> Path | None:
    return None if backup is None else backup.path


def _sessions(journal: Journal, n: int, note: str = "walks help") -> list[int]:
    return add_sessions(journal, n, note=note)


def test_a_worker_backup_is_verified_private_and_found_by_the_vault(
    vault: Vault, journal: Journal
) -> None:
    _sessions(journal, 5)
    job = vault.backup_job()
    seen: list[tuple[str, int]] = []
    result = backup_job.run(job, lambda stage, percent: seen.append((stage, percent)))
    made = result.backup
    assert made.path.parent == vault.backup_dir
    assert backups.keys_path(made.path).is_file()
    assert not made.path.read_bytes().startswith(SQLITE_HEADER)
    if os.name == "posix":
        assert made.path.stat().st_mode & 0o777 == 0o600
    assert _path(vault.last_backup()) == made.path
    assert vault.preview_backup(made.path).summary.sessions == 5
    assert result.copies == () and result.problems == ()
    percents = [p for _s, p in seen]
    assert percents == sorted(percents) and seen[-1] == (backup_job.DONE, 100)
    assert {backup_job.COPYING, backup_job.CHECKING} <= {s for s, _p in seen}
    assert list(vault.backup_dir.glob("*.tmp")) == []


def test_the_backup_runs_on_another_thread_while_the_app_keeps_writing(
    vault: Vault, journal: Journal
) -> None:
    _sessions(journal, 200)
    before = journal.summary().sessions
    job = vault.backup_job()
    outcome: dict[str, object] = {}

    def work() -> None:
        try:
            outcome["result"] = backup_job.run(job)
        except BaseException as exc:  # handed to the test thread below
            outcome["error"] = exc

    worker = threading.Thread(target=work)
    worker.start()
    written = 0
    while worker.is_alive() and written < 50:
        _sessions(journal, 1, note="written during the backup")
        written += 1
    worker.join(timeout=60)
    assert "error" not in outcome, outcome.get("error")
    result = outcome["result"]
    assert isinstance(result, backup_job.BackupResult)
    held = vault.preview_backup(result.backup.path).summary.sessions
    # A snapshot: everything committed before the job, and no half transaction.
    assert before <= held <= before + written
    assert journal.check() == []


def test_a_second_folder_gets_a_checked_copy(
    vault: Vault, journal: Journal, tmp_path: Path
) -> None:
    _sessions(journal, 3)
    drive = tmp_path / "usb-drive"
    drive.mkdir()
    result = backup_job.run(vault.backup_job(also=(drive,)))
    (copy,) = result.copies
    assert copy.path.parent == drive
    assert copy.path.read_bytes() == result.backup.path.read_bytes()
    assert backups.keys_path(copy.path).is_file()
    assert vault.preview_backup(copy.path).summary.sessions == 3
    assert [b.path for b in backups.existing(drive, vault.read_slots().journal_id)] == [copy.path]


def test_a_missing_second_folder_is_reported_and_the_main_backup_is_kept(
    vault: Vault, journal: Journal, tmp_path: Path
) -> None:
    unplugged = tmp_path / "media" / "usb-drive"
    result = backup_job.run(vault.backup_job(also=(unplugged,)))
    ((folder, problem),) = result.problems
    assert folder == unplugged and isinstance(problem, StorageError)
    assert not unplugged.exists()  # never created on the mount point of a missing drive
    assert _path(vault.last_backup()) == result.backup.path


def test_rotation_keeps_the_newest(vault: Vault, journal: Journal, clock: Clock) -> None:
    made = []
    for n in range(4):
        clock.now += timedelta(hours=n + 1)
        made.append(backup_job.run(vault.backup_job(keep=2)).backup)
    kept = backups.existing(vault.backup_dir, vault.read_slots().journal_id)
    assert [b.path for b in kept] == [b.path for b in made[-2:]]


def test_a_cancelled_backup_leaves_nothing_behind(vault: Vault, journal: Journal) -> None:
    _sessions(journal, 300)
    stop = threading.Event()
    copying: list[int] = []

    def progress(stage: str, percent: int) -> None:
        if stage == backup_job.COPYING:
            copying.append(percent)
            if len(copying) == 2:  # the second report comes from inside VACUUM INTO
                stop.set()

    with pytest.raises(Cancelled):
        backup_job.run(vault.backup_job(), progress, stop)
    assert len(copying) == 2
    assert list(vault.backup_dir.iterdir()) == []
    assert vault.last_backup() is None
    assert journal.check() == []
    stop.clear()
    assert backup_job.run(vault.backup_job(), cancel=stop).backup.path == _path(vault.last_backup())


def test_only_old_half_written_backups_are_cleared(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    old = folder / ".peerdesk-backup-20261101-090000.db.1a2b3c4d.tmp"
    fresh = folder / ".peerdesk-backup-20261126-090000.db.5e6f7a8b.tmp"
    other = folder / ".something-else.tmp"
    for path in (old, fresh, other):
        path.write_bytes(b"encrypted bits")
    long_ago = time.time() - 2 * backups.STALE_SECONDS
    os.utime(old, (long_ago, long_ago))
    os.utime(other, (long_ago, long_ago))
    assert backups.remove_stale_temp_files(folder) == [old]
    assert sorted(p.name for p in folder.iterdir()) == sorted([fresh.name, other.name])


@pytest.mark.parametrize("how", ["in the app", "on the command line"])
def test_every_backup_removes_what_killed_backups_left(
    vault: Vault, journal: Journal, tmp_path: Path, how: str
) -> None:
    left = [killed_backup(vault.backup_dir)]
    if how == "in the app":
        second = tmp_path / "usb"
        left.append(killed_backup(second))
        backup_job.run(vault.backup_job(also=(second,)))
    else:
        vault.backup()
    assert [p for p in left if p.exists()] == []


def test_a_job_never_shows_its_key(vault: Vault, journal: Journal) -> None:
    job = vault.backup_job()
    assert isinstance(job, BackupJob)
    assert job.key.hex() not in repr(job) and job.key.hex() not in str(job)


def test_a_locked_vault_gives_no_job(vault: Vault, journal: Journal) -> None:
    vault.lock()
    with pytest.raises(RuntimeError):
        vault.backup_job()


def test_a_journal_replaced_meanwhile_is_not_backed_up_as_this_one(
    vault: Vault, journal: Journal, tmp_path: Path, clock: Clock
) -> None:
    job = vault.backup_job()
    vault.lock()
    other = Vault(tmp_path / "other", KeyStore(MemoryKeyring()), clock=clock, kdf_cost=FAST)
    other.create()
    other.lock()
    # Another journal's file does not decrypt with this key: refused, never copied as a backup.
    swapped = BackupJob(other.journal_path, job.key, job.slots, job.when, tmp_path / "out")
    with pytest.raises(JournalDamaged):
        backup_job.run(swapped)
    assert not list((tmp_path / "out").glob("peerdesk-backup-*"))
