"""The errors PeerDesk knows about.

Every error raised on purpose by the core is a :class:`PeerDeskError` with a stable ``code``. The
user interface words them; the core never writes user-facing sentences for errors beyond a short
English fallback used by the command line. Anything that is not a ``PeerDeskError`` is a bug and
goes to the crash dialog.

A message built from values is a marked English template and the values apart
(``InvalidInput(QT_TRANSLATE_NOOP("errors", "line {line}: the column '{name}' is missing"),
values={"line": 3, "name": "phone"}, field="phone")``): ``str(error)`` is the English filled in,
and ``ui.messages.core_message`` translates the template before filling it. A value may itself be
a :class:`~peerdesk.translation.Phrase` or another error (translated the same way); any other value
(a file name, a category the user typed, a number) is put in as it is.
"""

from __future__ import annotations

from collections.abc import Mapping

from peerdesk.translation import QT_TRANSLATE_NOOP, fill


class PeerDeskError(Exception):
    """Base of every error the core raises on purpose."""

    code = "error"

    def __init__(
        self, message: str = "", *, values: Mapping[str, object] | None = None, **details: str
    ) -> None:
        self.template = message or self.__doc__ or self.code
        self.values: Mapping[str, object] = dict(values or {})
        super().__init__(fill(self.template, self.values))
        self.details = details


# --- Input ---------------------------------------------------------------------------------------


class InvalidInput(PeerDeskError):
    """A value typed or imported by the user cannot be used."""

    code = "invalid_input"

    def __init__(
        self,
        message: str,
        *,
        values: Mapping[str, object] | None = None,
        field: str = "",
        step: str = "",
        code: str = "",
    ) -> None:
        """``field`` names the attribute, ``step`` the flow step it belongs to (when it has one)
        and ``code`` the reason (e.g. ``too_long``, ``unknown``, ``required``), so a form can
        point at the field and word the problem without reading the English message."""
        super().__init__(message, values=values, field=field, step=step)
        self.field = field
        self.step = step
        if code:
            self.code = code


class InvalidRecoveryCode(InvalidInput):
    """The recovery code is not well formed (wrong length, unknown letters or a typo)."""

    code = "invalid_recovery_code"


class SecondOpenFollowUp(InvalidInput):
    """The peer already has an open follow-up: a second one is planned only when the supporter
    says so (``Sessions.save(..., second_followup=True)``), so the user interface asks first.
    ``followup_id`` and ``due_on`` (ISO date) name the open one."""

    code = "second_open_followup"

    def __init__(self, followup_id: int, due_on: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("errors", "this peer already has an open follow-up"),
            field="followup_on",
            step="close",
        )
        self.details.update(followup_id=str(followup_id), due_on=due_on)
        self.followup_id = followup_id
        self.due_on = due_on


# --- Environment: keys and keyring --------------------------------------------------------------


class EnvironmentProblem(PeerDeskError):
    """Something outside PeerDesk's code stops the operation; the user has a way forward."""

    code = "environment"


class NoKeyringBackend(EnvironmentProblem):
    """No usable OS keyring: the journal opens with the lock passphrase or the recovery code."""

    code = "no_keyring_backend"


class KeyringLocked(EnvironmentProblem):
    """The OS keyring is locked; unlock it and try again."""

    code = "keyring_locked"


class KeyringBackendChanged(EnvironmentProblem):
    """The key was stored in another keyring than the one in use now."""

    code = "keyring_backend_changed"

    def __init__(self, recorded: str, current: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors", "the key was kept by {recorded}, but the keyring in use is {current}"
            ),
            values={"recorded": recorded, "current": current},
            recorded=recorded,
            current=current,
        )
        self.recorded = recorded
        self.current = current


class KeyringEntryMissing(EnvironmentProblem):
    """The keyring has no key for this journal; use the recovery code."""

    code = "keyring_entry_missing"


class KeyringWriteFailed(EnvironmentProblem):
    """The keyring did not keep the key (it could not be read back after writing)."""

    code = "keyring_write_failed"


class KeyringDeleteFailed(EnvironmentProblem):
    """The keyring did not give up the key (it refused, or still held it when read back)."""

    code = "keyring_delete_failed"


class PassphraseNeeded(EnvironmentProblem):
    """This journal asks for its lock passphrase every time; the keyring is not read."""

    code = "passphrase_needed"


class WrongKey(EnvironmentProblem):
    """The key, passphrase or recovery code does not open this journal."""

    code = "wrong_key"


class NoPassphrase(EnvironmentProblem):
    """No lock passphrase is set for this journal."""

    code = "no_passphrase"


# --- Environment: files --------------------------------------------------------------------------


class JournalMissing(EnvironmentProblem):
    """There is no journal at this place."""

    code = "journal_missing"


class JournalExists(EnvironmentProblem):
    """A journal already exists here; PeerDesk never replaces one."""

    code = "journal_exists"


class JournalDamaged(EnvironmentProblem):
    """The journal file is damaged: the key is right but the file fails its checks."""

    code = "journal_damaged"


class KeySlotsDamaged(EnvironmentProblem):
    """The key-slot file beside the journal is missing or damaged."""

    code = "key_slots_damaged"


class JournalTooNew(EnvironmentProblem):
    """The journal was written by a newer PeerDesk; this version will not change it."""

    code = "journal_too_new"

    def __init__(self, found: int, supported: int) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "journal schema version {found} is newer than this PeerDesk supports ({supported})",
            ),
            values={"found": found, "supported": supported},
            found=str(found),
            supported=str(supported),
        )
        self.found = found
        self.supported = supported


class NotSqlcipher(EnvironmentProblem):
    """The SQLite library in use has no encryption (it is not SQLCipher)."""

    code = "not_sqlcipher"


class JournalBusy(EnvironmentProblem):
    """Another PeerDesk is using this journal."""

    code = "journal_busy"


class StorageFull(EnvironmentProblem):
    """The disk is full; nothing was lost, free some space and try again."""

    code = "storage_full"


class StorageError(EnvironmentProblem):
    """Reading or writing a file failed."""

    code = "storage_error"


class FolderNotWritable(StorageError):
    """PeerDesk cannot write in a folder it needs (a read-only drive, or its permissions)."""

    code = "folder_not_writable"

    def __init__(self, folder: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "PeerDesk cannot write in the folder {folder}: make it writable (check that its "
                "drive is not read-only and that the folder belongs to you), or choose another "
                "folder with --data-dir",
            ),
            values={"folder": folder},
            folder=folder,
        )
        self.folder = folder


class RekeyUnfinished(StorageError):
    """A re-key was decided (the new journal and key file were complete) but could not be put
    in place; the next start finishes it, so the NEW recovery code and passphrase open the
    journal from then on, and the old ones open nothing."""

    code = "rekey_unfinished"


class BackupInvalid(EnvironmentProblem):
    """The file is not a PeerDesk backup, or it is damaged."""

    code = "backup_invalid"


class NotFound(PeerDeskError):
    """The record does not exist (any more)."""

    code = "not_found"
