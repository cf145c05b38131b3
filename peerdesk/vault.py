"""The vault: creates, unlocks, locks and re-keys the journal in one data directory.

Files in the data directory (0700): ``journal.db`` (SQLCipher), ``journal.keys`` (key slots),
``backups/`` and ``set-aside/`` (journals moved out of the way by a restore; deleted only by
retention, see :func:`peerdesk.retention.shred_copies`).

The data key is a random 256-bit key. The key-slot file holds it wrapped under the recovery code
and, optionally, the lock passphrase, and records the lock mode (DESIGN §4). In "computer login"
mode the OS keyring holds the key, and after every successful unlock the keyring entry is written
back and read back before anything else changes. In "passphrase every time" mode no keyring holds
it: every unlock deletes any entry it finds and reads back that it is gone, and the keyring is never
read. The vault never creates a key or an empty journal while a journal file exists.
"""

from __future__ import annotations

import contextlib
import hmac
import logging
import os
import threading
import unicodedata
import uuid
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from peerdesk import backup_job, backups, countries, keyslots, swap
from peerdesk.backup_job import BackupJob
from peerdesk.backups import Backup
from peerdesk.clock import Clock, stamp, system_clock
from peerdesk.database import (
    Connection,
    IntegrityCheck,
    check_journal_file,
    connect,
    export_under,
    integrity_problems,
    translated_errors,
    use_wal,
)
from peerdesk.errors import (
    EnvironmentProblem,
    FolderNotWritable,
    InvalidInput,
    JournalDamaged,
    JournalExists,
    JournalMissing,
    KeyringBackendChanged,
    KeyringEntryMissing,
    KeySlotsDamaged,
    NoKeyringBackend,
    NoPassphrase,
    PassphraseNeeded,
    PeerDeskError,
    RekeyUnfinished,
    WrongKey,
)
from peerdesk.files import (
    copy_private,
    ensure_private_dir,
    fsync_dir,
    fsync_file,
    storage_error,
)
from peerdesk.instance import InstanceLock
from peerdesk.journal import Journal, JournalSummary, check_identity
from peerdesk.keyslots import (
    DEFAULT_COST,
    PASSPHRASE,
    RECOVERY,
    KdfCost,
    KeySlots,
    LockMode,
    unwrap_passphrase,
)
from peerdesk.keystore import KeyStore
from peerdesk.preferences import BACKUP_KEEP, COUNTRY, Preferences, RetentionPolicy
from peerdesk.recovery import RecoveryCode
from peerdesk.schema import CURRENT_VERSION, check_version, migrate
from peerdesk.settings import Settings
from peerdesk.translation import QT_TRANSLATE_NOOP

if TYPE_CHECKING:  # imported where used: opening the app needs none of them (start-up)
    from peerdesk import old_backups, retention

log = logging.getLogger(__name__)

JOURNAL_FILE = "journal.db"
SLOTS_FILE = "journal.keys"
BACKUP_DIR = "backups"
ASIDE_DIR = swap.ASIDE_DIR  # "set-aside"
PASSPHRASE_MIN = 8
PASSPHRASE_MAX = 1024


# The passphrases anyone guessing tries first (the top of the published lists of the commonest
# ones, and a few in the app's languages), compared without letter case or spaces. The key file
# travels with every backup, so a backup on a lost stick can be guessed at offline.
_COMMON_PASSPHRASES = frozenset(
    {
        "password", "password1", "password12", "password123", "password!", "passw0rd",
        "p@ssw0rd", "p@ssword", "iloveyou", "iloveyou1", "sunshine", "princess", "football",
        "baseball", "superman", "starwars", "whatever", "welcome1", "welcome123", "letmein1",
        "letmeinnow", "trustno1", "changeme", "changeme1", "qwerty123", "qwerty12", "1q2w3e4r",
        "1q2w3e4r5t", "q1w2e3r4", "1qaz2wsx", "zaq12wsx", "abc12345", "abcd1234", "asdf1234",
        "admin123", "12341234", "123123123", "123456789a", "azerty123", "passwort", "passwort1",
        "hallo123", "motdepasse", "bonjour1", "contraseña", "contrasena", "peerdesk",
        "peerdesk1", "monkey123", "dragon123", "master123", "shadow123",
    }
)  # fmt: skip
# Rows a plain run is read along: digits, the alphabet, and the letter rows of common keyboards.
_RUNS = (
    "0123456789", "abcdefghijklmnopqrstuvwxyz", "qwertyuiop", "asdfghjkl", "zxcvbnm",
    "qwertzuiop", "yxcvbnm", "azertyuiop", "qsdfghjklm", "wxcvbn",
)  # fmt: skip
WEAK_COMMON = QT_TRANSLATE_NOOP(
    "errors",
    "this passphrase is one of the most common ones, which anyone guessing tries first; choose "
    "a few words that belong together only for you, such as a short sentence",
)
WEAK_REPEATED = QT_TRANSLATE_NOOP(
    "errors",
    "this passphrase repeats one or two characters, which is guessed at once; choose a few words "
    "that belong together only for you, such as a short sentence",
)
WEAK_RUN = QT_TRANSLATE_NOOP(
    "errors",
    "this passphrase is a plain run of keys, like 12345678 or abcdefgh, which is guessed at "
    "once; choose a few words that belong together only for you, such as a short sentence",
)


def _weakness(passphrase: str) -> str | None:
    """Why a passphrase is too easily guessed (one of the WEAK_ messages), or None. Only the
    obvious is refused: a common passphrase, one or two characters repeated, a plain run."""
    compact = "".join(passphrase.casefold().split())
    if compact in _COMMON_PASSPHRASES:
        return WEAK_COMMON
    if len(set(compact)) <= 2:
        return WEAK_REPEATED
    for run in _RUNS:
        if compact in run * 2 or compact in run[::-1] * 2:
            return WEAK_RUN
    return None


def check_passphrase(passphrase: str) -> bytes:
    """The bytes a new passphrase is wrapped with: its NFC form (DESIGN §4), so the same
    accented letters open it whichever way a keyboard composes them. One too easily guessed
    (:func:`_weakness`) is refused, with why and what to choose."""
    secret = _passphrase_bytes(passphrase)
    weakness = _weakness(passphrase)
    if weakness is not None:
        raise InvalidInput(weakness, field="passphrase")
    return secret


def _passphrase_bytes(passphrase: str) -> bytes:
    """:func:`check_passphrase` without the guessing check: for a passphrase kept through a
    re-key (set before the check existed, it must not stop a new recovery code)."""
    if isinstance(passphrase, str):
        passphrase = unicodedata.normalize("NFC", passphrase)
    if not isinstance(passphrase, str) or len(passphrase) < PASSPHRASE_MIN:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "a lock passphrase has at least {least} characters"),
            values={"least": PASSPHRASE_MIN},
            field="passphrase",
        )
    if len(passphrase) > PASSPHRASE_MAX:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "the lock passphrase is too long"), field="passphrase"
        )
    try:
        return passphrase.encode("utf-8")
    except UnicodeEncodeError:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "the passphrase has characters that cannot be used"),
            field="passphrase",
        ) from None


@dataclass(frozen=True)
class BackupPreview:
    """What a backup holds, shown before a restore changes anything."""

    path: Path
    summary: JournalSummary
    needs_recovery_code: bool
    # Made under a key retired since, and today's key is not at hand (passphrase mode, the
    # journal locked): the restore needs today's lock passphrase to bring it back under it.
    needs_todays_passphrase: bool = False


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
        # The last restore brought in a key file without a passphrase slot while passphrase
        # mode was on: the journal now opens with the computer login (the app says so).
        self.restore_left_passphrase_mode = False
        self._key: bytes | None = None
        self._slots: KeySlots | None = None
        self._retired_key: bytes | None = None  # the key before a re-key, for old backups
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
        """A journal is here, or its key file (without the journal that is damage, never a
        place for a new one), or a restore a crash interrupted (finished on the next unlock)."""
        return (
            self.journal_path.exists()
            or self.slots_path.exists()
            or swap.pending(self.journal_path, self.slots_path)
        )

    def read_slots(self) -> KeySlots:
        return keyslots.read(self.slots_path)

    @property
    def is_unlocked(self) -> bool:
        return self.journal is not None

    def _current_slots(self) -> KeySlots | None:
        slots = self._slots
        if slots is None:
            with contextlib.suppress(PeerDeskError):
                slots = self.read_slots()
        return slots

    @property
    def has_passphrase(self) -> bool:
        slots = self._current_slots()
        return slots is not None and slots.has_passphrase

    @property
    def keyring_backend(self) -> str | None:
        """The keyring the key file names (None: the key is in no keyring); the open journal's
        own slots when unlocked, so a key file spoiled meanwhile is not read."""
        slots = self._current_slots()
        return None if slots is None else slots.keyring_backend

    @property
    def lock_mode(self) -> LockMode:
        """How the journal opens; computer login until a readable key file says otherwise."""
        slots = self._current_slots()
        return LockMode.COMPUTER_LOGIN if slots is None else slots.lock_mode

    def _unlocked(self) -> tuple[Journal, bytes, KeySlots]:
        if self.journal is None or self._key is None or self._slots is None:
            raise RuntimeError("the vault is locked")
        return self.journal, self._key, self._slots

    # --- create ---------------------------------------------------------------------------------

    def create(
        self,
        passphrase: str | None = None,
        *,
        lock_mode: LockMode = LockMode.COMPUTER_LOGIN,
        country: str = countries.DEFAULT,
    ) -> tuple[Journal, RecoveryCode]:
        """Create a new journal; return it open, with the recovery code to show once.

        Without a usable keyring a lock passphrase is required (the key is never stored in the
        clear). In passphrase mode the passphrase is required and the keyring is not used at all.
        ``country`` picks the resource pack the directory starts with and the emergency line on
        handouts. Refuses when a journal file or its key file already exists.
        """
        if self.exists():
            raise JournalExists(
                QT_TRANSLATE_NOOP("errors", "a journal already exists in {folder}"),
                values={"folder": str(self.data_dir)},
            )
        if lock_mode is LockMode.PASSPHRASE and passphrase is None:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("errors", "this lock mode needs a lock passphrase"),
                field="passphrase",
            )
        COUNTRY.check(country)  # an unknown country is refused before anything is made
        secret = None if passphrase is None else check_passphrase(passphrase)
        try:
            ensure_private_dir(self.data_dir)
        except OSError as exc:
            raise storage_error(
                exc, QT_TRANSLATE_NOOP("errors", "creating the data folder")
            ) from exc
        self._instance.acquire()
        try:
            return self._create(secret, lock_mode, country)
        except BaseException:
            self._instance.release()
            raise

    def _create(
        self, secret: bytes | None, mode: LockMode, country: str
    ) -> tuple[Journal, RecoveryCode]:
        key, journal_id, code = keyslots.new_key(), uuid.uuid4().hex, RecoveryCode.generate()
        backend: str | None = None
        try:
            if mode is LockMode.COMPUTER_LOGIN:
                backend = self.keystore.store(journal_id, key)
        except EnvironmentProblem as exc:
            if secret is None:
                raise
            self.keyring_problem = exc
        slots = keyslots.create(key, journal_id, backend, mode)
        slots = slots.with_slot(RECOVERY, code.secret, key, self.kdf_cost)
        if secret is not None:
            slots = slots.with_slot(PASSPHRASE, secret, key, self.kdf_cost)
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
            fresh.preferences.set(COUNTRY, country)
            from peerdesk.resource_defaults import seed_default_resources

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
            raise storage_error(exc, QT_TRANSLATE_NOOP("errors", "creating the journal")) from exc
        log.info("created a new journal")
        journal = self._open(key, slots)
        return journal, code

    # --- unlock ---------------------------------------------------------------------------------

    def check_writable(self) -> None:
        """Raise :class:`FolderNotWritable` when the data folder is there but read-only."""
        if self.data_dir.is_dir() and not os.access(self.data_dir, os.W_OK):
            raise FolderNotWritable(str(self.data_dir))

    def _existing_slots(self) -> KeySlots:
        self.check_writable()  # a read-only drive or folder: say so before anything else
        if self.journal is None and swap.pending(self.journal_path, self.slots_path):
            self._instance.acquire()  # kept until lock(): nobody may open it half-swapped
            swap.finish_interrupted(self.journal_path, self.slots_path)
        self.check_journal_file()
        return self.read_slots()

    def check_journal_file(self) -> None:
        """Raise :class:`JournalDamaged` when the journal file is missing beside its key file,
        empty or shorter than one page (:class:`JournalMissing` when neither file is here).
        Reads only: nothing may be written into such a file."""
        if not self.journal_path.exists() and self.slots_path.exists():
            raise JournalDamaged(
                QT_TRANSLATE_NOOP(
                    "errors", "the journal file is missing from {folder}, but its key file is there"
                ),
                values={"folder": str(self.data_dir)},
                reason="missing",
            )
        if not self.journal_path.exists():
            raise JournalMissing(
                QT_TRANSLATE_NOOP("errors", "there is no journal in {folder}"),
                values={"folder": str(self.data_dir)},
            )
        check_journal_file(self.journal_path)

    def unlock_with_keyring(self) -> Journal:
        """Open with the key in the keyring; in passphrase mode the keyring is not even read."""
        slots = self._existing_slots()
        if slots.lock_mode is LockMode.PASSPHRASE:
            raise PassphraseNeeded(
                QT_TRANSLATE_NOOP("errors", "this journal asks for its lock passphrase every time")
            )
        key, read_from = self._keyring_key(slots)
        # The entry was just read back from the backend the key file names: nothing to restore.
        in_place = read_from == slots.keyring_backend
        return self._open_locked(key, slots, key_in_keyring=in_place)

    def _keyring_key(self, slots: KeySlots) -> tuple[bytes, str]:
        """The data key from the keyring, proven to fit ``slots``, and the id of the backend it
        was read from; reads only."""
        key, read_from = self.keystore.load_from(slots.journal_id, slots.keyring_backend)
        if key is None:
            current = self.keystore.usable_backend()
            recorded = slots.keyring_backend
            if recorded is not None and current is not None and recorded != current:
                raise KeyringBackendChanged(recorded, current)
            raise KeyringEntryMissing(
                QT_TRANSLATE_NOOP("errors", "the keyring holds no key for this journal")
            )
        if not slots.matches(key):
            raise WrongKey(
                QT_TRANSLATE_NOOP("errors", "the key in the keyring does not open this journal")
            )
        return key, read_from

    def check_read_only(self, passphrase: str | None = None) -> tuple[int, list[str]]:
        """``doctor``'s check: the journal's schema version and the problems a full check finds.

        The key comes from the keyring, or from ``passphrase`` when given (passphrase mode reads
        no keyring). Writes nothing anywhere: no instance lock, no keyring entry, no key file, no
        WAL switch, no migration, no finishing of an interrupted swap. Raises like an unlock would.
        """
        slots = self.read_slots()
        self.check_journal_file()
        if passphrase is not None:
            key = unwrap_passphrase(slots, passphrase)
        elif slots.lock_mode is LockMode.PASSPHRASE:
            raise PassphraseNeeded(
                QT_TRANSLATE_NOOP("errors", "this journal asks for its lock passphrase every time")
            )
        else:
            key, _ = self._keyring_key(slots)
        conn = connect(self.journal_path, key, read_only=True)
        try:
            version = check_version(conn)
            check_identity(conn, slots.journal_id)
            return version, integrity_problems(conn)
        finally:
            conn.close()

    def unlock_with_passphrase(self, passphrase: str) -> Journal:
        slots = self._existing_slots()
        if not slots.has_passphrase:
            raise NoPassphrase(
                QT_TRANSLATE_NOOP("errors", "no lock passphrase is set for this journal")
            )
        key = unwrap_passphrase(slots, passphrase)
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
            check_identity(conn, slots.journal_id)  # nor into an empty or another journal
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
        """Put the key back in the keyring and read it back; note, don't fail, on trouble.

        In passphrase mode the key is never stored: any entry found (a restored backup, an old
        install) is deleted and checked to be gone.
        """
        self.keyring_problem = None
        if slots.lock_mode is LockMode.PASSPHRASE:
            try:
                return self._forget_key(slots)
            except EnvironmentProblem as exc:
                log.warning("the keyring still holds the key: %s", exc.code)
                self.keyring_problem = exc
                return slots
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

    def _forget_key(self, slots: KeySlots) -> KeySlots:
        """Delete the key from every keyring PeerDesk can reach and check that it is gone; the
        key file then names no keyring. With no usable keyring there is nothing to reach."""
        try:
            self.keystore.delete(slots.journal_id, slots.keyring_backend)
        except NoKeyringBackend:
            if slots.keyring_backend is not None:
                raise  # the keyring that held the key cannot be reached to check it
        if slots.keyring_backend is not None:
            slots = slots.with_backend(None)
            keyslots.write(self.slots_path, slots)
        return slots

    def set_lock_mode(self, mode: LockMode, passphrase: str | None = None) -> None:
        """Switch how the journal opens (the journal is open).

        To passphrase mode: ``passphrase`` is required; it must open the passphrase slot when one
        is set, otherwise it becomes the lock passphrase. The mode is written first, then the key
        is deleted from the keyring and checked gone (raises when it cannot be: the next unlock
        tries again). To computer login: the key is stored in the keyring and read back first;
        the mode changes only when that worked.
        """
        _, key, slots = self._unlocked()
        if mode is LockMode.PASSPHRASE:
            if passphrase is None:
                raise InvalidInput(
                    QT_TRANSLATE_NOOP("errors", "this lock mode needs a lock passphrase"),
                    field="passphrase",
                )
            if slots.has_passphrase:
                unwrap_passphrase(slots, passphrase)
            else:
                secret = check_passphrase(passphrase)
                slots = slots.with_slot(PASSPHRASE, secret, key, self.kdf_cost)
            slots = slots.with_lock_mode(LockMode.PASSPHRASE)
            self._write_slots(slots)
            self.keyring_problem = None
            self._slots = self._forget_key(slots)
            log.info("lock mode: passphrase every time")
            return
        backend = self.keystore.store(slots.journal_id, key)
        self.keyring_problem = None
        self._write_slots(slots.with_backend(backend).with_lock_mode(LockMode.COMPUTER_LOGIN))
        log.info("lock mode: computer login")

    def _backup_before_migration(self, conn: Connection, key: bytes, slots: KeySlots) -> None:
        keep = Preferences(Settings(conn)).get(BACKUP_KEEP)  # the table is there from version 1
        when, dest = self.clock(), self.backup_dir
        backup_job.run(BackupJob(self.journal_path, key, slots, when, dest, keep=keep))

    # --- lock -----------------------------------------------------------------------------------

    def lock(self) -> None:
        """Close the journal and forget the key. Safe to call when already locked."""
        if self.journal is not None:
            self.journal.close()
        self.journal = None
        self._key = None
        self._slots = None
        self._retired_key = None
        self.restore_left_passphrase_mode = False
        self._instance.release()

    # --- key slots ------------------------------------------------------------------------------

    def _write_slots(self, slots: KeySlots) -> None:
        keyslots.write(self.slots_path, slots)
        self._slots = slots

    def set_passphrase(
        self,
        passphrase: str,
        *,
        recovery_code: str | RecoveryCode | None = None,
        new_code: RecoveryCode | None = None,
    ) -> RecoveryCode | None:
        """Set the lock passphrase, or change it.

        The first passphrase only adds a key slot: no secret is retired. Changing it re-keys
        (:meth:`rekey`), which wraps every slot again, so the recovery code is needed too: the
        current one is kept when the supporter typed it (``recovery_code``); otherwise a new one
        (``new_code``, or one made here) replaces it and is returned, to be shown once.
        """
        secret = check_passphrase(passphrase)
        _, key, slots = self._unlocked()
        if not slots.has_passphrase:
            self._write_slots(slots.with_slot(PASSPHRASE, secret, key, self.kdf_cost))
            return None
        return self._rekey_with_code(passphrase, recovery_code, new_code)

    def check_passphrase_removable(self) -> None:
        """InvalidInput when the lock passphrase may not be removed now."""
        _, _, slots = self._unlocked()
        if slots.lock_mode is LockMode.PASSPHRASE:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "the journal asks for this passphrase every time; switch to opening with the "
                    "computer login first",
                ),
                field="passphrase",
            )
        if slots.keyring_backend is None or self.keyring_problem is not None:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "errors", "without a working keyring the passphrase is the only everyday key"
                ),
                field="passphrase",
            )

    def remove_passphrase(
        self,
        *,
        recovery_code: str | RecoveryCode | None = None,
        new_code: RecoveryCode | None = None,
    ) -> RecoveryCode | None:
        """Remove the lock passphrase by a re-key, so the old passphrase opens nothing written
        afterwards (not even with an old backup's key file). The recovery code is kept when
        typed back; otherwise a new one is returned, as for :meth:`set_passphrase`."""
        self.check_passphrase_removable()
        return self._rekey_with_code(None, recovery_code, new_code)

    def _rekey_with_code(
        self,
        passphrase: str | None,
        recovery_code: str | RecoveryCode | None,
        new_code: RecoveryCode | None,
    ) -> RecoveryCode | None:
        """Re-key keeping the typed ``recovery_code``, or with a new one (returned)."""
        if recovery_code is not None:
            self.rekey(self.check_recovery_code(recovery_code), passphrase)
            return None
        code = new_code or RecoveryCode.generate()
        self.rekey(code, passphrase)
        return code

    def regenerate_recovery_code(
        self, passphrase: str | None = None, *, code: RecoveryCode | None = None
    ) -> RecoveryCode:
        """A new recovery code, by a re-key: the old code opens nothing written from now on.

        With a lock passphrase set, the current one is needed to keep it (the vault never holds
        it); ``code`` is the new code when the caller made it (and showed it) first.
        """
        _, _, slots = self._unlocked()
        if slots.has_passphrase:
            if passphrase is None:
                raise InvalidInput(
                    QT_TRANSLATE_NOOP("errors", "the current lock passphrase is needed to keep it"),
                    field="passphrase",
                )
            self.check_current_passphrase(passphrase)
        new = code or RecoveryCode.generate()
        self.rekey(new, passphrase if slots.has_passphrase else None)
        return new

    def check_recovery_code(self, typed: str | RecoveryCode) -> RecoveryCode:
        """The typed code, when it is this journal's current recovery code; else WrongKey."""
        _, key, slots = self._unlocked()
        code = typed if isinstance(typed, RecoveryCode) else RecoveryCode.parse(typed)
        if not hmac.compare_digest(slots.unwrap(RECOVERY, code.secret), key):
            raise WrongKey(
                QT_TRANSLATE_NOOP("errors", "the recovery code does not open this journal")
            )
        return code

    def check_current_passphrase(self, passphrase: str) -> None:
        """WrongKey unless ``passphrase`` is the lock passphrase set now."""
        _, key, slots = self._unlocked()
        if not slots.has_passphrase:
            raise NoPassphrase(
                QT_TRANSLATE_NOOP("errors", "no lock passphrase is set for this journal")
            )
        if not isinstance(passphrase, str) or not passphrase:
            raise WrongKey(QT_TRANSLATE_NOOP("errors", "the passphrase does not open this journal"))
        found = keyslots.unwrap_passphrase(slots, passphrase)
        if not hmac.compare_digest(found, key):
            raise WrongKey(QT_TRANSLATE_NOOP("errors", "the passphrase does not open this journal"))

    def rekey(self, code: RecoveryCode, passphrase: str | None = None) -> None:
        """Re-encrypt the journal under a new random data key and wrap every slot again.

        ``code`` is the recovery code for the new recovery slot (a new one, or the current one
        typed back) and ``passphrase`` the lock passphrase (None: no passphrase slot). The new
        journal is exported into a fresh file, checked, and swapped in with its key file so that
        a crash at any point leaves the old pair or the new pair (:mod:`peerdesk.swap`); the old
        pair, under the retired key, is removed once the new journal is open. The key reaches the
        keyring the way every unlock puts it there. Backups made before keep the old key
        (:meth:`old_key_backups`); the old key stays in memory until :meth:`forget_retired_key`
        or the lock, for re-encrypting them.
        """
        # a new passphrase was checked by set_passphrase; a kept one is not judged again here
        secret = None if passphrase is None else _passphrase_bytes(passphrase)
        journal, old_key, old_slots = self._unlocked()
        if secret is None and old_slots.lock_mode is LockMode.PASSPHRASE:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("errors", "this lock mode needs a lock passphrase"),
                field="passphrase",
            )
        new_key = keyslots.new_key()
        slots = old_slots.rekeyed(new_key).with_slot(RECOVERY, code.secret, new_key, self.kdf_cost)
        if secret is not None:
            slots = slots.with_slot(PASSPHRASE, secret, new_key, self.kdf_cost)
        building = swap.incoming_path(self.journal_path)
        try:
            with contextlib.suppress(FileNotFoundError):
                building.unlink()
            export_under(journal.conn, building, new_key)  # owner-only from creation
            fsync_file(building)
            backups.verify(building, new_key, old_slots.journal_id)
        except BaseException:
            with contextlib.suppress(OSError):
                building.unlink()
            raise
        self.lock()
        self._instance.acquire()
        try:
            swap.swap_in(
                self.journal_path,
                self.slots_path,
                slots,
                self._aside_folder("rekey"),
                discard=True,
            )
        except (OSError, PeerDeskError) as exc:
            with contextlib.suppress(OSError, PeerDeskError):
                swap.finish_interrupted(self.journal_path, self.slots_path)
            self._instance.release()
            if swap.decided(self.journal_path):  # the next start finishes it: the new key holds
                raise RekeyUnfinished(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "the new key was chosen but could not be put in place; the next start "
                        "finishes it, and the new recovery code opens the journal",
                    )
                ) from exc
            if not self._reopen_after_failed_swap(old_key, new_key):
                if isinstance(exc, OSError):
                    raise storage_error(
                        exc, QT_TRANSLATE_NOOP("errors", "re-keying the journal")
                    ) from exc
                raise
        else:
            self._open_locked(new_key, slots)
        self._retired_key = old_key
        log.info("the journal was re-keyed")
        with contextlib.suppress(OSError):  # else the note stays: the next unlock removes it
            swap.discard_aside(self.journal_path)
        try:  # older backups keep the old key: make one under the new key at once, deleting
            backup_job.run(replace(self.backup_job(), keep=None))  # none of the older ones away
        except EnvironmentProblem as exc:  # the re-key holds; the next backup will be new
            log.warning("no backup right after the re-key: %s", exc.code)

    def _reopen_after_failed_swap(self, old_key: bytes, new_key: bytes) -> bool:
        """Open whichever pair the interrupted swap left (the old one, unless it was already
        decided); True when that is the new one, i.e. the re-key happened after all."""
        with contextlib.suppress(PeerDeskError):
            current = self.read_slots()
            is_new = current.matches(new_key)
            self._open_locked(new_key if is_new else old_key, current)
            return is_new
        return False

    # --- backups under an old key (after a re-key) ----------------------------------------------

    @property
    def has_retired_key(self) -> bool:
        """Whether the key before the last re-key is still in memory (to re-encrypt backups)."""
        return self._retired_key is not None

    def forget_retired_key(self) -> None:
        self._retired_key = None

    def old_key_backups(self, also: tuple[Path, ...] = ()) -> list[Backup]:
        """This journal's backups (here and in the ``also`` folders) made under an older key,
        then the set-aside and rescued journals in the data folder under an older key (their
        ``kind`` says which): the old secrets still open all of them."""
        from peerdesk import old_backups

        _, key, slots = self._unlocked()
        folders = self.copy_folders
        return old_backups.find(
            (self.backup_dir, *also), slots.journal_id, key
        ) + old_backups.find_kept_journals(
            folders.set_aside, folders.rescued, slots.journal_id, key
        )

    def can_reencrypt(self, made: Backup) -> bool:
        """Whether ``made`` is under the key retired by the last re-key, still in memory."""
        from peerdesk import old_backups

        return self._retired_key is not None and old_backups.opens_with(made, self._retired_key)

    def old_backups_job(self, chosen: list[Backup], action: str) -> old_backups.OldBackupsJob:
        """Re-encrypt (with the retired key) or delete ``chosen``, to run on a worker thread."""
        from peerdesk import old_backups

        if action not in (old_backups.REENCRYPT, old_backups.DELETE):
            raise ValueError(action)
        _, key, slots = self._unlocked()
        return old_backups.OldBackupsJob(
            tuple(chosen), action, key, slots, old_key=self._retired_key
        )

    def integrity_check(self) -> IntegrityCheck:
        """The full check of the open journal, to run on a worker thread (see IntegrityCheck)."""
        _, key, _ = self._unlocked()
        return IntegrityCheck(self.journal_path, key)

    def backup_job(
        self,
        dest: Path | None = None,
        *,
        keep: int | None = None,
        also: tuple[Path, ...] = (),
    ) -> BackupJob:
        """A backup of the open journal into ``dest`` (default: the data folder's backups) and
        the ``also`` folders, to run on any thread (see :mod:`peerdesk.backup_job`);
        ``keep`` defaults to the journal's backup plan."""
        journal, key, slots = self._unlocked()
        return BackupJob(
            journal_path=journal.path,
            key=key,
            slots=slots,
            when=self.clock(),
            dest=self.backup_dir if dest is None else dest,
            keep=journal.preferences.get(BACKUP_KEEP) if keep is None else keep,
            private=dest is None,
            also=also,
        )

    def vacuum_job(self) -> Callable[[], retention.VacuumResult]:
        """Rewrite the journal file on a connection of its own (run it on a worker thread)."""
        from peerdesk import retention

        _, key, _ = self._unlocked()
        path = self.journal_path
        return lambda: retention.vacuum(path, key)

    @property
    def copy_folders(self) -> retention.CopyFolders:
        from peerdesk import retention
        from peerdesk.salvage import RESCUE_DIR

        return retention.CopyFolders(
            self.backup_dir, self.data_dir / ASIDE_DIR, self.data_dir / RESCUE_DIR
        )

    def copies_job(
        self,
    ) -> Callable[[RetentionPolicy, threading.Event | None], retention.CopiesResult]:
        """Apply a retention policy to the copies in the data folder (run it on a worker thread;
        see :func:`peerdesk.retention.shred_copies`)."""
        _, key, _ = self._unlocked()
        folders, clock = self.copy_folders, self.clock

        def job(
            policy: RetentionPolicy, cancel: threading.Event | None = None
        ) -> retention.CopiesResult:
            from peerdesk import retention

            return retention.shred_copies(folders, key, policy, clock, cancel)

        return job

    # --- backups and restore --------------------------------------------------------------------

    def backup(self, dest: Path | None = None, *, keep: int | None = None) -> Backup:
        """A verified backup, now, on this thread (``peerdesk backup``); ``keep`` defaults to
        the journal's backup plan."""
        return backup_job.run(self.backup_job(dest, keep=keep)).backup

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
        elif self._asks_passphrase(slots):  # the keyring is never read in passphrase mode
            raise KeyringEntryMissing(
                QT_TRANSLATE_NOOP(
                    "errors", "this journal asks for its passphrase: use the recovery code"
                )
            )
        else:
            key = self.keystore.load(slots.journal_id)
        if key is None:
            raise KeyringEntryMissing(
                QT_TRANSLATE_NOOP("errors", "the keyring has no key for this backup")
            )
        if not slots.matches(key):
            raise WrongKey(
                QT_TRANSLATE_NOOP("errors", "this journal's key does not open the backup")
            )
        return key, slots

    def _asks_passphrase(self, backup_slots: KeySlots) -> bool:
        """Passphrase mode, by the journal's key file (or, without a readable one, the backup's)."""
        current = self._current_slots()
        return (current or backup_slots).lock_mode is LockMode.PASSPHRASE

    def preview_backup(self, path: Path, code: str | RecoveryCode | None = None) -> BackupPreview:
        """Check a backup and say what it holds; changes nothing."""
        if not path.is_file():
            raise JournalMissing(
                QT_TRANSLATE_NOOP("errors", "there is no file at {path}"),
                values={"path": str(path)},
            )
        backups.check_shape(path)  # before any key is asked for: no key makes it a backup
        key, slots = self._backup_key(path, code)
        summary = backups.verify(path, key, slots.journal_id)
        try:
            self._todays_key(slots)
        except PassphraseNeeded:
            needs_passphrase = True
        else:
            needs_passphrase = False
        return BackupPreview(
            path,
            summary,
            needs_recovery_code=code is not None,
            needs_todays_passphrase=needs_passphrase,
        )

    def restore(
        self,
        path: Path,
        code: str | RecoveryCode | None = None,
        *,
        todays_passphrase: str | None = None,
    ) -> Journal:
        """Replace the journal with a verified backup; the current one is set aside, not lost.

        A backup of this journal made before a re-key comes back under today's key and key
        file, so the retired code opens nothing written afterwards. Today's key comes from the
        open journal, the keyring (computer login) or ``todays_passphrase``; when none of them can
        give it and a passphrase slot could, :class:`PassphraseNeeded` is raised (and a wrong
        passphrase is :class:`WrongKey`) before anything changes.
        """
        backups.check_shape(path)
        key, slots = self._backup_key(path, code)
        backups.verify(path, key, slots.journal_id)
        today = self._todays_key(slots, todays_passphrase)
        slots, left_passphrase_mode = self._keep_lock_mode(slots)
        self.lock()
        try:
            ensure_private_dir(self.data_dir)
        except OSError as exc:
            raise storage_error(
                exc, QT_TRANSLATE_NOOP("errors", "creating the data folder")
            ) from exc
        self._instance.acquire()
        swap.finish_interrupted(self.journal_path, self.slots_path)
        incoming = swap.incoming_path(self.journal_path)
        try:
            if today is None:
                copy_private(path, incoming)
                fsync_file(incoming)
            else:  # made before a re-key: it comes back under today's key, never the retired one
                _export_backup(path, key, incoming, today[0])
                key, slots = today
                fsync_file(incoming)
                backups.verify(incoming, key, slots.journal_id)
            swap.swap_in(self.journal_path, self.slots_path, slots, self._aside_folder("restore"))
        except (OSError, PeerDeskError) as exc:
            swap.finish_interrupted(self.journal_path, self.slots_path)  # clear what is left
            self._instance.release()
            if isinstance(exc, OSError):
                raise storage_error(
                    exc, QT_TRANSLATE_NOOP("errors", "restoring the backup")
                ) from exc
            raise
        journal = self._open_locked(key, slots)
        # today's key file (a backup from before a re-key) keeps today's lock mode
        self.restore_left_passphrase_mode = left_passphrase_mode and today is None
        return journal

    def _todays_key(
        self, incoming: KeySlots, passphrase: str | None = None
    ) -> tuple[bytes, KeySlots] | None:
        """This journal's key and key file when ``incoming`` (a backup's) is of the same journal
        under a key retired since: from the open journal, ``passphrase``, or the keyring
        (computer login). :class:`PassphraseNeeded` when only today's passphrase could give it;
        None when it is another journal, the same key, or nothing of today's can open it."""
        current = self._current_slots()
        if current is None or current.journal_id != incoming.journal_id:
            return None
        if current.key_check == incoming.key_check:
            return None
        if self._key is not None and current.matches(self._key):
            return self._key, current
        if passphrase is not None and current.has_passphrase:
            return unwrap_passphrase(current, passphrase), current
        if current.lock_mode is not LockMode.PASSPHRASE:
            with contextlib.suppress(PeerDeskError):
                return self._keyring_key(current)[0], current
        if current.has_passphrase:
            raise PassphraseNeeded(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "the backup was made under a key retired since: today's lock passphrase "
                    "is needed to bring it back under today's key",
                )
            )
        return None

    def _keep_lock_mode(self, incoming: KeySlots) -> tuple[KeySlots, bool]:
        """The key file a restore brings in, in the lock mode in force now, and whether
        passphrase mode had to be left.

        Under the same key, today's key file is kept whole (a backup's can hold a passphrase or a
        recovery code retired since, or lack one added since). Under another key, passphrase mode
        stays when the backup's own passphrase slot can open it; otherwise the backup's mode
        holds, and True says so.
        """
        current = self._current_slots()
        if current is None:
            return incoming, False
        same_key = (current.journal_id, current.key_check) == (
            incoming.journal_id,
            incoming.key_check,
        )
        if same_key:  # today's slots open it: the code and passphrase the supporter has now
            return current, False
        if current.lock_mode is LockMode.COMPUTER_LOGIN:
            return incoming.with_lock_mode(current.lock_mode), False
        if incoming.has_passphrase:
            return incoming.with_lock_mode(LockMode.PASSPHRASE), False
        log.warning("the restored key file has no passphrase slot; it opens as it did then")
        return incoming, incoming.lock_mode is not LockMode.PASSPHRASE

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


def _export_backup(path: Path, key: bytes, target: Path, new_key: bytes) -> None:
    """Copy the backup at ``path`` (under ``key``) into the new file ``target``, under ``new_key``
    (the caller fsyncs and verifies it)."""
    conn = connect(path, key)
    try:
        export_under(conn, target, new_key)
    finally:
        conn.close()
