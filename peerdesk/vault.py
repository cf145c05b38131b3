"""The vault: creates, unlocks, locks and re-keys the journal in one data directory.

Files in the data directory (0700): ``journal.db`` (SQLCipher), ``journal.keys`` (key slots),
``backups/`` and ``set-aside/`` (journals moved out of the way by a restore, never deleted).

The data key is a random 256-bit key. The OS keyring holds it; the key-slot file holds it wrapped
under the recovery code and, optionally, the lock passphrase. After every successful unlock the
keyring entry is written back and read back before anything else changes. The vault never creates
a key or an empty journal while a journal file exists.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from peerdesk import backups, keyslots, retention, swap
from peerdesk.backup_job import BackupJob
from peerdesk.backups import Backup
from peerdesk.clock import Clock, stamp, system_clock
from peerdesk.database import Connection, IntegrityCheck, connect, translated_errors, use_wal
from peerdesk.errors import (
    EnvironmentProblem,
    InvalidInput,
    JournalExists,
    JournalMissing,
    KeyringBackendChanged,
    KeyringEntryMissing,
    KeySlotsDamaged,
    NoPassphrase,
    PeerDeskError,
    WrongKey,
)
from peerdesk.files import ensure_private_dir, fsync_dir, fsync_file, make_private, storage_error
from peerdesk.instance import InstanceLock
from peerdesk.journal import Journal, JournalSummary
from peerdesk.keyslots import DEFAULT_COST, PASSPHRASE, RECOVERY, KdfCost, KeySlots
from peerdesk.keystore import KeyStore
from peerdesk.recovery import RecoveryCode
from peerdesk.resource_defaults import seed_default_resources
from peerdesk.schema import CURRENT_VERSION, check_version, migrate

log = logging.getLogger(__name__)

JOURNAL_FILE = "journal.db"
SLOTS_FILE = "journal.keys"
BACKUP_DIR = "backups"
ASIDE_DIR = "set-aside"
PASSPHRASE_MIN = 8
PASSPHRASE_MAX = 1024


def check_passphrase(passphrase: str) -> bytes:
    if not isinstance(passphrase, str) or len(passphrase) < PASSPHRASE_MIN:
        raise InvalidInput(
            f"a lock passphrase has at least {PASSPHRASE_MIN} characters", field="passphrase"
        )
    if len(passphrase) > PASSPHRASE_MAX:
        raise InvalidInput("the lock passphrase is too long", field="passphrase")
    try:
        return passphrase.encode("utf-8")
    except UnicodeEncodeError:
        raise InvalidInput(
            "the passphrase has characters that cannot be used", field="passphrase"
        ) from None


@dataclass(frozen=True)
class BackupPreview:
    """What a backup holds, shown before a restore changes anything."""

    path: Path
    summary: JournalSummary
    needs_recovery_code: bool


class Vault:
    def __init__(
        self,
        data_dir: Path,
        keystore: KeyStore,
        *,
        clock: Clock = system_clock,
        kdf_cost: KdfCost = DEFAULT_COST,
    ) -> None:
        self.data_dir = data_dir
        self.keystore = keystore
        self.clock = clock
        self.kdf_cost = kdf_cost
        self.journal: Journal | None = None
        self.keyring_problem: PeerDeskError | None = None
        self._key: bytes | None = None
        self._slots: KeySlots | None = None
        self._instance = InstanceLock(data_dir)

    # --- where things are -----------------------------------------------------------------------

    @property
    def journal_path(self) -> Path:
        return self.data_dir / JOURNAL_FILE

    @property
    def slots_path(self) -> Path:
        return self.data_dir / SLOTS_FILE

    @property
    def backup_dir(self) -> Path:
        return self.data_dir / BACKUP_DIR

    def exists(self) -> bool:
        """A journal is here (or a restore a crash interrupted, finished on the next unlock)."""
        return self.journal_path.exists() or swap.pending(self.journal_path, self.slots_path)

    def read_slots(self) -> KeySlots:
        return keyslots.read(self.slots_path)

    @property
    def is_unlocked(self) -> bool:
        return self.journal is not None

    @property
    def has_passphrase(self) -> bool:
        slots = self._slots
        if slots is None:
            with contextlib.suppress(PeerDeskError):
                slots = self.read_slots()
        return slots is not None and slots.has_passphrase

    def _unlocked(self) -> tuple[Journal, bytes, KeySlots]:
        if self.journal is None or self._key is None or self._slots is None:
            raise RuntimeError("the vault is locked")
        return self.journal, self._key, self._slots

    # --- create ---------------------------------------------------------------------------------

    def create(self, passphrase: str | None = None) -> tuple[Journal, RecoveryCode]:
        """Create a new journal; return it open, with the recovery code to show once.

        Without a usable keyring a lock passphrase is required (the key is never stored in the
        clear). Refuses when a journal file already exists.
        """
        if self.exists():
            raise JournalExists(f"a journal already exists in {self.data_dir}")
        secret = None if passphrase is None else check_passphrase(passphrase)
        try:
            ensure_private_dir(self.data_dir)
        except OSError as exc:
            raise storage_error(exc, "creating the data folder") from exc
        self._instance.acquire()
        try:
            return self._create(secret)
        except BaseException:
            self._instance.release()
            raise

    def _create(self, secret: bytes | None) -> tuple[Journal, RecoveryCode]:
        key, journal_id, code = keyslots.new_key(), uuid.uuid4().hex, RecoveryCode.generate()
        backend: str | None = None
        try:
            backend = self.keystore.store(journal_id, key)
        except EnvironmentProblem as exc:
            if secret is None:
                raise
            self.keyring_problem = exc
        slots = keyslots.create(key, journal_id, backend)
        slots = slots.with_slot(RECOVERY, code.secret, key, self.kdf_cost)
        if secret is not None:
            slots = slots.with_slot(PASSPHRASE, secret, key, self.kdf_cost)
        if self.slots_path.exists():  # left over from an unfinished setup: keep it, aside
            self.set_aside([self.slots_path], reason="orphan-keys")
        building = self.data_dir / f".{JOURNAL_FILE}.new"
        with contextlib.suppress(FileNotFoundError):
            building.unlink()
        conn = connect(building, key, create=True)
        try:
            use_wal(conn)
            migrate(conn)
            with translated_errors():
                conn.execute("BEGIN IMMEDIATE")
                conn.executemany(
                    "INSERT INTO meta (key, value) VALUES (?, ?)",
                    [("journal_id", journal_id), ("created_at", stamp(self.clock))],
                )
                conn.execute("COMMIT")
            fresh = Journal(conn, building, self.clock)
            fresh.tags.seed_defaults()
            seed_default_resources(fresh)
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.close()
        try:
            keyslots.write(self.slots_path, slots)
            fsync_file(building)
            os.replace(building, self.journal_path)
            fsync_dir(self.data_dir)
        except OSError as exc:
            raise storage_error(exc, "creating the journal") from exc
        log.info("created a new journal")
        journal = self._open(key, slots)
        return journal, code

    # --- unlock ---------------------------------------------------------------------------------

    def _existing_slots(self) -> KeySlots:
        if self.journal is None and swap.pending(self.journal_path, self.slots_path):
            self._instance.acquire()  # kept until lock(): nobody may open it half-swapped
            swap.finish_interrupted(self.journal_path, self.slots_path)
        if not self.journal_path.exists():
            raise JournalMissing(f"there is no journal in {self.data_dir}")
        return self.read_slots()

    def unlock_with_keyring(self) -> Journal:
        slots = self._existing_slots()
        key = self.keystore.load(slots.journal_id, slots.keyring_backend)
        if key is None:
            current = self.keystore.usable_backend()
            recorded = slots.keyring_backend
            if recorded is not None and current is not None and recorded != current:
                raise KeyringBackendChanged(recorded, current)
            raise KeyringEntryMissing("the keyring holds no key for this journal")
        if not slots.matches(key):
            raise WrongKey("the key in the keyring does not open this journal")
        # The entry was just read back from the backend the key file names: nothing to restore.
        in_place = self.keystore.usable_backend(slots.keyring_backend) == slots.keyring_backend
        return self._open_locked(key, slots, key_in_keyring=in_place)

    def unlock_with_passphrase(self, passphrase: str) -> Journal:
        slots = self._existing_slots()
        if not slots.has_passphrase:
            raise NoPassphrase("no lock passphrase is set for this journal")
        if not isinstance(passphrase, str) or not passphrase:
            raise WrongKey("the passphrase does not open this journal")
        key = slots.unwrap(PASSPHRASE, passphrase.encode("utf-8", "surrogatepass"))
        return self._open_locked(key, slots)

    def unlock_with_recovery_code(self, typed: str | RecoveryCode) -> Journal:
        slots = self._existing_slots()
        code = typed if isinstance(typed, RecoveryCode) else RecoveryCode.parse(typed)
        key = slots.unwrap(RECOVERY, code.secret)
        return self._open_locked(key, slots)

    def _open_locked(self, key: bytes, slots: KeySlots, *, key_in_keyring: bool = False) -> Journal:
        if self.journal is not None:
            return self.journal
        self._instance.acquire()
        try:
            return self._open(key, slots, key_in_keyring=key_in_keyring)
        except BaseException:
            self._instance.release()
            raise

    def _open(self, key: bytes, slots: KeySlots, *, key_in_keyring: bool = False) -> Journal:
        conn = connect(self.journal_path, key)
        try:
            check_version(conn)  # refuse a newer journal before anything is written
            use_wal(conn)  # copies made by restore and rekey start in rollback-journal mode
            if key_in_keyring:
                self.keyring_problem = None
            else:
                slots = self._remember_key(key, slots)
            migrate(conn, before=lambda _v: self._backup_before_migration(conn, key, slots))
        except BaseException:
            conn.close()
            raise
        self._key, self._slots = key, slots
        self.journal = Journal(
            conn,
            self.journal_path,
            self.clock,
            connect_again=partial(connect, self.journal_path, key),
        )
        log.info("journal unlocked (schema %d)", CURRENT_VERSION)
        return self.journal

    def _remember_key(self, key: bytes, slots: KeySlots) -> KeySlots:
        """Put the key back in the keyring and read it back; note, don't fail, on trouble."""
        self.keyring_problem = None
        try:
            backend = self.keystore.store(slots.journal_id, key, slots.keyring_backend)
        except EnvironmentProblem as exc:
            log.warning("the keyring could not keep the key: %s", exc.code)
            self.keyring_problem = exc
            return slots
        if backend != slots.keyring_backend:
            slots = slots.with_backend(backend)
            keyslots.write(self.slots_path, slots)
        return slots

    def _backup_before_migration(self, conn: Connection, key: bytes, slots: KeySlots) -> None:
        backups.write(conn, key, slots, self.backup_dir, self.clock())

    # --- lock -----------------------------------------------------------------------------------

    def lock(self) -> None:
        """Close the journal and forget the key. Safe to call when already locked."""
        if self.journal is not None:
            self.journal.close()
        self.journal = None
        self._key = None
        self._slots = None
        self._instance.release()

    # --- key slots ------------------------------------------------------------------------------

    def _write_slots(self, slots: KeySlots) -> None:
        keyslots.write(self.slots_path, slots)
        self._slots = slots

    def set_passphrase(self, passphrase: str) -> None:
        """Set or change the lock passphrase."""
        secret = check_passphrase(passphrase)
        _, key, slots = self._unlocked()
        self._write_slots(slots.with_slot(PASSPHRASE, secret, key, self.kdf_cost))

    def remove_passphrase(self) -> None:
        _, _, slots = self._unlocked()
        if slots.keyring_backend is None or self.keyring_problem is not None:
            raise InvalidInput(
                "without a working keyring the passphrase is the only everyday key",
                field="passphrase",
            )
        self._write_slots(slots.without_slot(PASSPHRASE))

    def regenerate_recovery_code(self) -> RecoveryCode:
        """A new recovery code; the old one stops working at once."""
        _, key, slots = self._unlocked()
        code = RecoveryCode.generate()
        self._write_slots(slots.with_slot(RECOVERY, code.secret, key, self.kdf_cost))
        return code

    def rekey(self, passphrase: str | None = None) -> RecoveryCode:
        """Re-encrypt the journal under a new data key; return the new recovery code.

        The old journal and its key slots are kept in ``set-aside/`` (never deleted) and the new
        pair is swapped in so that a crash at any point leaves a journal that opens
        (:mod:`peerdesk.swap`). Backups made before keep the old key.
        """
        secret = None if passphrase is None else check_passphrase(passphrase)
        journal, _, old_slots = self._unlocked()
        new_key = keyslots.new_key()
        code = RecoveryCode.generate()
        slots = keyslots.create(new_key, old_slots.journal_id, old_slots.keyring_backend)
        slots = slots.with_slot(RECOVERY, code.secret, new_key, self.kdf_cost)
        if secret is not None:
            slots = slots.with_slot(PASSPHRASE, secret, new_key, self.kdf_cost)
        building = swap.incoming_path(self.journal_path)
        with contextlib.suppress(FileNotFoundError):
            building.unlink()
        with translated_errors():
            journal.conn.execute(
                "ATTACH DATABASE ? AS rekeyed KEY ?", (str(building), f"x'{new_key.hex()}'")
            )
            try:
                journal.conn.execute("SELECT sqlcipher_export('rekeyed')")
                version = journal.conn.execute("PRAGMA main.user_version").fetchone()[0]
                journal.conn.execute(f"PRAGMA rekeyed.user_version = {int(version)}")
            finally:
                journal.conn.execute("DETACH DATABASE rekeyed")
        make_private(building)
        fsync_file(building)
        backups.verify(building, new_key, old_slots.journal_id)
        self.lock()
        self._instance.acquire()
        try:
            swap.swap_in(self.journal_path, self.slots_path, slots, self._aside_folder("rekey"))
        except OSError as exc:
            self._instance.release()
            raise storage_error(exc, "re-keying the journal") from exc
        self._open_locked(new_key, slots)
        self.backup()  # older backups keep the old key: make one under the new key at once
        return code

    def integrity_check(self) -> IntegrityCheck:
        """The full check of the open journal, to run on a worker thread (see IntegrityCheck)."""
        _, key, _ = self._unlocked()
        return IntegrityCheck(self.journal_path, key)

    def backup_job(
        self,
        dest: Path | None = None,
        *,
        keep: int = backups.DEFAULT_KEEP,
        also: tuple[Path, ...] = (),
    ) -> BackupJob:
        """A backup of the open journal into ``dest`` (default: the data folder's backups) and
        the ``also`` folders, to run on a worker thread (see :mod:`peerdesk.backup_job`)."""
        journal, key, slots = self._unlocked()
        return BackupJob(
            journal_path=journal.path,
            key=key,
            slots=slots,
            when=self.clock(),
            dest=self.backup_dir if dest is None else dest,
            keep=keep,
            private=dest is None,
            also=also,
        )

    def vacuum_job(self) -> Callable[[], retention.VacuumResult]:
        """Rewrite the journal file on a connection of its own (run it on a worker thread)."""
        _, key, _ = self._unlocked()
        path = self.journal_path
        return lambda: retention.vacuum(path, key)

    # --- backups and restore --------------------------------------------------------------------

    def backup(self, dest: Path | None = None, *, keep: int = backups.DEFAULT_KEEP) -> Backup:
        journal, key, slots = self._unlocked()
        target = self.backup_dir if dest is None else dest
        return backups.write(
            journal.conn, key, slots, target, self.clock(), keep=keep, private=dest is None
        )

    def last_backup(self) -> Backup | None:
        journal_id = self._slots.journal_id if self._slots else self.read_slots().journal_id
        found = backups.existing(self.backup_dir, journal_id)
        return found[-1] if found else None

    def _backup_key(self, path: Path, code: str | RecoveryCode | None) -> tuple[bytes, KeySlots]:
        try:
            slots = keyslots.read(backups.keys_path(path))
        except KeySlotsDamaged:
            slots = self.read_slots()  # a backup of this journal without its key file
        if code is not None:
            parsed = code if isinstance(code, RecoveryCode) else RecoveryCode.parse(code)
            return slots.unwrap(RECOVERY, parsed.secret), slots
        if self._key is not None and self._slots and self._slots.journal_id == slots.journal_id:
            key: bytes | None = self._key
        else:
            key = self.keystore.load(slots.journal_id)
        if key is None:
            raise KeyringEntryMissing("the keyring has no key for this backup")
        if not slots.matches(key):
            raise WrongKey("this journal's key does not open the backup")
        return key, slots

    def preview_backup(self, path: Path, code: str | RecoveryCode | None = None) -> BackupPreview:
        """Check a backup and say what it holds; changes nothing."""
        if not path.is_file():
            raise JournalMissing(f"there is no file at {path}")
        key, slots = self._backup_key(path, code)
        summary = backups.verify(path, key, slots.journal_id)
        return BackupPreview(path, summary, needs_recovery_code=code is not None)

    def restore(self, path: Path, code: str | RecoveryCode | None = None) -> Journal:
        """Replace the journal with a verified backup; the current one is set aside, not lost."""
        key, slots = self._backup_key(path, code)
        backups.verify(path, key, slots.journal_id)
        self.lock()
        try:
            ensure_private_dir(self.data_dir)
        except OSError as exc:
            raise storage_error(exc, "creating the data folder") from exc
        self._instance.acquire()
        swap.finish_interrupted(self.journal_path, self.slots_path)
        incoming = swap.incoming_path(self.journal_path)
        try:
            shutil.copyfile(path, incoming)
            make_private(incoming)
            fsync_file(incoming)
            swap.swap_in(self.journal_path, self.slots_path, slots, self._aside_folder("restore"))
        except OSError as exc:
            swap.finish_interrupted(self.journal_path, self.slots_path)  # clear what is left
            self._instance.release()
            raise storage_error(exc, "restoring the backup") from exc
        return self._open_locked(key, slots)

    def _aside_folder(self, reason: str) -> Path:
        """A new, unused ``set-aside/<time>-before-<reason>`` folder name."""
        when = self.clock()
        base = f"{when:%Y%m%d-%H%M%S}-before-{reason}"
        folder, n = self.data_dir / ASIDE_DIR / base, 2
        while folder.exists():
            folder, n = self.data_dir / ASIDE_DIR / f"{base}-{n}", n + 1
        return folder

    def set_aside(self, paths: list[Path], *, reason: str) -> Path | None:
        """Move files (and a journal's -wal/-shm companions) to ``set-aside/<time>-<reason>/``.

        Nothing is deleted; returns the folder, or None when none of the files exist.
        """
        present = [p for p in paths if p.exists()]
        for p in list(present):
            present += [c for c in (Path(f"{p}-wal"), Path(f"{p}-shm")) if c.exists()]
        if not present:
            return None
        when = self.clock()
        ensure_private_dir(self.data_dir / ASIDE_DIR)
        folder = self.data_dir / ASIDE_DIR / f"{when:%Y%m%d-%H%M%S}-{reason}"
        n = 2
        while folder.exists():
            folder = folder.with_name(f"{when:%Y%m%d-%H%M%S}-{reason}-{n}")
            n += 1
        ensure_private_dir(folder)
        for p in present:
            os.replace(p, folder / p.name)
        fsync_dir(self.data_dir)
        log.info("moved %d file(s) aside before %s", len(present), reason)
        return folder
