"""The words the supporter reads for every error the core raises on purpose (and for the other
codes the core keeps: keyring backends and resource categories).

The core raises :class:`peerdesk.errors.PeerDeskError` subclasses with stable codes and a short
English fallback; this module turns each one into a title, a plain explanation and a way forward.
Every window uses :func:`explain`, so the same trouble always reads the same way.

Lookup walks the error's class hierarchy, so a new subclass gets its parent's wording until it is
given its own (``tests/ui/test_setup_wizard.py`` checks that every class in ``peerdesk.errors``
has its own).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, QLocale

from peerdesk import errors
from peerdesk.errors import PeerDeskError
from peerdesk.translation import ERRORS, FLOW, INSIGHTS, QT_TRANSLATE_NOOP, REPORT, Phrase, fill


class Explanation(NamedTuple):
    title: str
    text: str
    way_forward: str

    def as_text(self) -> str:
        """Text and way forward as one paragraph pair, for message boxes and labels."""
        return f"{self.text}\n\n{self.way_forward}" if self.way_forward else self.text


def _tr(text: str) -> str:
    return QCoreApplication.translate("messages", text)


def core_message(error: PeerDeskError) -> str:
    """The core's short message of ``error`` in the supporter's language, where the core marked
    it (``QT_TRANSLATE_NOOP("errors", …)``): the template is translated, then filled with the
    error's values (see :func:`phrase_text`)."""
    return phrase_text(Phrase(error.template, error.values))


def phrase_text(phrase: Phrase) -> str:
    """A marked template in the supporter's language, filled with its values: a nested
    :class:`Phrase` or error is translated the same way, a number is written the locale's way
    (a fraction with one decimal), and anything else (a file name, a word the user typed) is put
    in as it is."""
    values = {name: _value_text(value) for name, value in phrase.values.items()}
    try:
        return fill(QCoreApplication.translate(ERRORS, phrase.template), values)
    except (KeyError, IndexError, ValueError):  # a translation with a {name} it was not given
        return fill(phrase.template, values)


def _value_text(value: object) -> object:
    if isinstance(value, PeerDeskError):
        return core_message(value)
    if isinstance(value, Phrase):
        return phrase_text(value)
    locale = QLocale()
    if isinstance(value, bool) or locale.language() == QLocale.Language.C:
        return value  # the "C" (POSIX) locale: the core's English, as the command line writes it
    if isinstance(value, int):
        return locale.toString(int(value))
    if isinstance(value, float):  # a size in MB
        return locale.toString(value, "f", 1)
    return value


def flow_text(text: str) -> str:
    """A text of the conversation flow or its vocabularies (``peerdesk.flow``, marked there with
    ``QT_TRANSLATE_NOOP("Flow", …)``) in the supporter's language; a label the supporter typed
    (a tag of their own) comes back as it is."""
    return QCoreApplication.translate(FLOW, text)


def report_text(text: str) -> str:
    """A report section title (``peerdesk.report.SECTION_TITLES``) in the supporter's language."""
    return QCoreApplication.translate(REPORT, text)


def metric_text(text: str) -> str:
    """A figure's name or definition (``peerdesk.insights.METRICS``) in the supporter's language."""
    return QCoreApplication.translate(INSIGHTS, text)


# Keyring backends by the module keyring gives them; shown when the key's home has changed.
_KEYRING_NAMES: tuple[tuple[str, str], ...] = (
    (
        "keyring.backends.SecretService",
        QT_TRANSLATE_NOOP("messages", "GNOME Keyring / KWallet (Secret Service)"),
    ),
    (
        "keyring.backends.libsecret",
        QT_TRANSLATE_NOOP("messages", "GNOME Keyring / KWallet (Secret Service, libsecret)"),
    ),
    ("keyring.backends.kwallet", QT_TRANSLATE_NOOP("messages", "KWallet")),
    ("keyring.backends.macOS", QT_TRANSLATE_NOOP("messages", "macOS Keychain")),
    ("keyring.backends.Windows", QT_TRANSLATE_NOOP("messages", "Windows Credential Manager")),
    (
        "peerdesk.keystore.MemoryKeyring",
        QT_TRANSLATE_NOOP("messages", "PeerDesk's temporary in-memory keyring"),
    ),
)


def keyring_name(backend_id: str | None) -> str:
    """A friendly name for a keyring backend id as recorded in the key slots."""
    if not backend_id:
        return QCoreApplication.translate("messages", "no keyring")
    for prefix, name in _KEYRING_NAMES:
        if backend_id == prefix or backend_id.startswith(prefix + "."):
            return _tr(name)
    return backend_id


def category_label(category: str) -> str:
    """The heading a resource category gets on screen and on paper."""
    labels = {
        "crisis_line": QCoreApplication.translate("messages", "Crisis lines"),
        "physician_health": QCoreApplication.translate("messages", "Physician health"),
        "counselling": QCoreApplication.translate("messages", "Counselling and EAP"),
        "peer_support": QCoreApplication.translate("messages", "Peer support"),
        "legal_support": QCoreApplication.translate("messages", "Legal and litigation support"),
        "self_care": QCoreApplication.translate("messages", "Self-care and well-being"),
        "other": QCoreApplication.translate("messages", "Other support"),
    }
    return labels.get(category, category)


def _sentence(detail: str) -> str:
    detail = detail.strip()
    if not detail:
        return ""
    detail = detail[0].upper() + detail[1:]
    return detail if detail.endswith((".", "!", "?")) else detail + "."


# --- one function per error class ---------------------------------------------------------------


def _generic(error: PeerDeskError) -> Explanation:
    return Explanation(
        QCoreApplication.translate("messages", "Something went wrong"),
        QCoreApplication.translate("messages", "PeerDesk could not finish what you asked."),
        QCoreApplication.translate(
            "messages", "Please try again. If it keeps happening, restart PeerDesk."
        ),
    )


def _environment(error: PeerDeskError) -> Explanation:
    return Explanation(
        QCoreApplication.translate("messages", "Something on this computer got in the way"),
        QCoreApplication.translate(
            "messages",
            "PeerDesk was stopped by something outside it (a file, a folder or the keyring).",
        ),
        QCoreApplication.translate(
            "messages", "Nothing in your journal was changed. Please try again in a moment."
        ),
    )


def _invalid_input(error: PeerDeskError) -> Explanation:
    detail = _sentence(core_message(error)) or QCoreApplication.translate(
        "messages", "This value cannot be used."
    )
    return Explanation(
        QCoreApplication.translate("messages", "Please check what you typed"),
        detail,
        QCoreApplication.translate("messages", "Correct it and try again; nothing was saved yet."),
    )


def _invalid_recovery_code(error: PeerDeskError) -> Explanation:
    detail = _sentence(core_message(error))
    return Explanation(
        QCoreApplication.translate("messages", "That recovery code does not look right"),
        detail or QCoreApplication.translate("messages", "The recovery code has a typo."),
        QCoreApplication.translate(
            "messages",
            "Compare it group by group with your recovery sheet. Capitals, spaces and dashes "
            "do not matter.",
        ),
    )


def _no_keyring_backend(error: PeerDeskError) -> Explanation:
    return Explanation(
        QCoreApplication.translate("messages", "No system keyring is available"),
        QCoreApplication.translate(
            "messages",
            "This computer has no keyring PeerDesk can safely keep the journal's key in, so it "
            "cannot open the journal on its own.",
        ),
        QCoreApplication.translate(
            "messages", "Type your lock passphrase, or your recovery code, to open the journal."
        ),
    )


def _keyring_locked(error: PeerDeskError) -> Explanation:
    return Explanation(
        QCoreApplication.translate("messages", "Your keyring is locked"),
        QCoreApplication.translate(
            "messages", "Your system keyring is locked, so PeerDesk cannot read the journal's key."
        ),
        QCoreApplication.translate(
            "messages", "Unlock it (usually by logging in again) and choose Try again."
        ),
    )


def _keyring_backend_changed(error: PeerDeskError) -> Explanation:
    recorded = getattr(error, "recorded", "") or error.details.get("recorded", "")
    current = getattr(error, "current", "") or error.details.get("current", "")
    return Explanation(
        QCoreApplication.translate("messages", "The key was kept in another keyring"),
        QCoreApplication.translate(
            "messages",
            "The journal's key was kept in {recorded}, but PeerDesk is now using {current}, "
            "which does not have it.",
        ).format(recorded=keyring_name(recorded), current=keyring_name(current)),
        QCoreApplication.translate(
            "messages",
            "Type your recovery code to open the journal; PeerDesk then keeps the key in the "
            "keyring in use now.",
        ),
    )


def _keyring_entry_missing(error: PeerDeskError) -> Explanation:
    return Explanation(
        QCoreApplication.translate("messages", "The keyring no longer has the key"),
        QCoreApplication.translate(
            "messages",
            "Your system keyring has no key for this journal. This happens on a new computer, "
            "after a reinstall, or when the keyring was reset.",
        ),
        QCoreApplication.translate(
            "messages",
            "Type your recovery code to open the journal; PeerDesk then puts the key back in "
            "the keyring.",
        ),
    )


def _keyring_write_failed(error: PeerDeskError) -> Explanation:
    return Explanation(
        QCoreApplication.translate("messages", "The keyring did not keep the key"),
        QCoreApplication.translate(
            "messages",
            "PeerDesk gave the journal's key to your system keyring, but could not read it back.",
        ),
        QCoreApplication.translate(
            "messages",
            'Try again. If it keeps failing, choose "Ask for my passphrase every time" in '
            "Settings: the journal then opens with the passphrase and needs no keyring.",
        ),
    )


def _keyring_delete_failed(error: PeerDeskError) -> Explanation:
    return Explanation(
        QCoreApplication.translate("messages", "The keyring still holds the journal's key"),
        QCoreApplication.translate(
            "messages",
            "PeerDesk no longer opens the journal from the keyring, but the keyring did not "
            "delete the key, so someone using this computer account could still read it there.",
        ),
        QCoreApplication.translate(
            "messages",
            'Unlock your keyring and try again, or delete the "PeerDesk" entry in your '
            "keyring app. PeerDesk tries again every time the journal is unlocked.",
        ),
    )


def _passphrase_needed(error: PeerDeskError) -> Explanation:
    return Explanation(
        QCoreApplication.translate("messages", "Type your lock passphrase to open the journal"),
        QCoreApplication.translate(
            "messages",
            "This journal asks for your passphrase every time. Its key is in no keyring, so "
            "nobody can open it without the passphrase or the recovery code.",
        ),
        QCoreApplication.translate(
            "messages", "If you have forgotten the passphrase, use your recovery code."
        ),
    )


def _wrong_key(error: PeerDeskError) -> Explanation:
    return Explanation(
        QCoreApplication.translate("messages", "That does not open this journal"),
        QCoreApplication.translate(
            "messages",
            "What was given does not open this journal. It may be mistyped, or it may belong "
            "to another journal or to a recovery code that was replaced.",
        ),
        QCoreApplication.translate("messages", "Check Caps Lock and type it again carefully."),
    )


def _no_passphrase(error: PeerDeskError) -> Explanation:
    return Explanation(
        QCoreApplication.translate("messages", "No lock passphrase is set"),
        QCoreApplication.translate(
            "messages", "This journal has no lock passphrase, so one cannot be used to open it."
        ),
        QCoreApplication.translate(
            "messages",
            "Use your recovery code instead. You can set a passphrase later in Settings.",
        ),
    )


def _journal_missing(error: PeerDeskError) -> Explanation:
    return Explanation(
        QCoreApplication.translate("messages", "The journal file is not there"),
        QCoreApplication.translate(
            "messages", "PeerDesk cannot find the journal file in its data folder."
        ),
        QCoreApplication.translate(
            "messages",
            "If the folder is on a drive that is not connected, connect it and try again. "
            "Otherwise, restore the journal from a backup.",
        ),
    )


def _journal_exists(error: PeerDeskError) -> Explanation:
    return Explanation(
        QCoreApplication.translate("messages", "A journal already exists here"),
        QCoreApplication.translate(
            "messages",
            "There is already a journal in this folder. PeerDesk never replaces a journal.",
        ),
        QCoreApplication.translate(
            "messages", "Open the existing journal instead, or choose another data folder."
        ),
    )


def _journal_damaged(error: PeerDeskError) -> Explanation:
    reason = error.details.get("reason", "")
    if reason == "missing":
        text = QCoreApplication.translate(
            "messages",
            "The journal file is missing from PeerDesk's data folder, but its key file "
            "(journal.keys) is still there: the journal was moved, deleted or lost. PeerDesk "
            "will not start a new, empty journal in its place.",
        )
    elif reason in ("empty", "short", "no_journal_id", "other_journal"):
        text = QCoreApplication.translate(
            "messages",
            "The journal file is empty, cut short, or does not hold this journal, for example "
            "after a disk problem or a copy that did not finish. PeerDesk has not changed the "
            "file and will not start a new, empty journal in its place.",
        )
    else:
        text = QCoreApplication.translate(
            "messages",
            "The key is right, but the journal file fails its checks: part of it was changed "
            "or lost, for example by a disk problem or a copy that did not finish. PeerDesk "
            "has not changed the file.",
        )
    if reason == "missing":
        way = QCoreApplication.translate(
            "messages",
            "Restore from a backup. If you moved the journal yourself, put journal.db back "
            "beside journal.keys and start PeerDesk again.",
        )
    elif reason in ("empty", "short"):
        way = QCoreApplication.translate(
            "messages",
            "Restore from a backup. The file is moved aside when you restore, not deleted.",
        )
    else:
        way = QCoreApplication.translate(
            "messages",
            "Restore from a backup first. The damaged file is kept aside in case someone can "
            "recover more from it later (with shredding of notes on, until it is older than "
            "both periods).",
        )
    return Explanation(
        QCoreApplication.translate("messages", "The journal file is damaged"), text, way
    )


def _key_slots_damaged(error: PeerDeskError) -> Explanation:
    size = error.values.get("size")
    return Explanation(
        QCoreApplication.translate("messages", "The journal's key file is missing or damaged"),
        QCoreApplication.translate(
            "messages",
            "The small key file kept beside the journal (journal.keys) is missing or damaged, "
            "so the journal cannot be unlocked. The journal itself has not been changed.",
        )
        + (
            " "
            + QCoreApplication.translate(
                "messages", "It is {size}, far larger than a key file."
            ).format(size=_value_text(size))
            if size
            else ""
        ),
        QCoreApplication.translate(
            "messages",
            "Restore from a backup: each backup carries its own key file. If you moved files "
            "by hand, put journal.keys back beside journal.db.",
        ),
    )


def _journal_too_new(error: PeerDeskError) -> Explanation:
    found = getattr(error, "found", error.details.get("found", "?"))
    supported = getattr(error, "supported", error.details.get("supported", "?"))
    return Explanation(
        QCoreApplication.translate("messages", "This journal needs a newer PeerDesk"),
        QCoreApplication.translate(
            "messages",
            "The journal was last opened by a newer version of PeerDesk (journal format "
            "{found}; this version understands up to {supported}). To keep it safe, this "
            "version will not open or change it.",
        ).format(found=found, supported=supported),
        QCoreApplication.translate(
            "messages", "Update PeerDesk to the latest version, then open the journal again."
        ),
    )


def _not_sqlcipher(error: PeerDeskError) -> Explanation:
    return Explanation(
        QCoreApplication.translate("messages", "PeerDesk is installed without encryption"),
        QCoreApplication.translate(
            "messages",
            "The database library PeerDesk found cannot encrypt, so it will not open or create "
            "a journal with it.",
        ),
        QCoreApplication.translate(
            "messages", "Reinstall PeerDesk from its official package, or ask whoever installed it."
        ),
    )


def _journal_busy(error: PeerDeskError) -> Explanation:
    return Explanation(
        QCoreApplication.translate("messages", "The journal is already open"),
        QCoreApplication.translate(
            "messages",
            "Another PeerDesk window has this journal open, and only one may use it at a time.",
        ),
        QCoreApplication.translate(
            "messages",
            "Switch to the other PeerDesk window (or close it), then choose Try again here. "
            "If none is open, wait a moment and try again.",
        ),
    )


def _storage_full(error: PeerDeskError) -> Explanation:
    return Explanation(
        QCoreApplication.translate("messages", "The disk is full"),
        QCoreApplication.translate(
            "messages",
            "There is no room left on the disk. Nothing was lost: the last save is kept.",
        ),
        QCoreApplication.translate(
            "messages", "Free some space (empty the trash, remove large files) and try again."
        ),
    )


def _storage_error(error: PeerDeskError) -> Explanation:
    return Explanation(
        QCoreApplication.translate("messages", "A file could not be read or written"),
        QCoreApplication.translate(
            "messages",
            "The computer refused to read or write one of PeerDesk's files. The folder may be "
            "read-only, on a drive that went away, or its permissions may have changed.",
        ),
        QCoreApplication.translate(
            "messages", "Check the drive and folder, then try again. Your journal was not changed."
        ),
    )


def _rekey_unfinished(error: PeerDeskError) -> Explanation:
    return Explanation(
        QCoreApplication.translate("messages", "The new key is chosen but not yet in place"),
        QCoreApplication.translate(
            "messages",
            "PeerDesk had finished the journal under its new key, but could not put it in place "
            "(the disk may have turned read-only). The next start finishes it: from then on the "
            "NEW recovery code and the new passphrase open the journal, and the old ones do not.",
        ),
        QCoreApplication.translate(
            "messages",
            "Keep the new recovery code. Make the folder writable again, then unlock with the "
            "new recovery code (or the new passphrase).",
        ),
    )


def _folder_not_writable(error: PeerDeskError) -> Explanation:
    folder = getattr(error, "folder", "") or error.details.get("folder", "")
    return Explanation(
        QCoreApplication.translate("messages", "PeerDesk cannot write in its folder"),
        QCoreApplication.translate(
            "messages",
            "PeerDesk cannot write in the folder {folder}: it is read-only, or it does not "
            "belong to you. Your journal was not changed.",
        ).format(folder=folder),
        QCoreApplication.translate(
            "messages",
            "Make the folder writable (check that its drive is not mounted read-only and that "
            "the folder belongs to you), then try again.",
        ),
    )


def _backup_invalid(error: PeerDeskError) -> Explanation:
    return Explanation(
        QCoreApplication.translate("messages", "This is not a usable backup"),
        QCoreApplication.translate(
            "messages", "The chosen file is not a PeerDesk backup, or it is damaged."
        ),
        QCoreApplication.translate(
            "messages",
            "Choose another backup file; backups are kept in the backups folder by default.",
        ),
    )


def _not_found(error: PeerDeskError) -> Explanation:
    return Explanation(
        QCoreApplication.translate("messages", "It is no longer there"),
        QCoreApplication.translate(
            "messages", "What you chose no longer exists; it may have been removed a moment ago."
        ),
        QCoreApplication.translate("messages", "Refresh the list and choose again."),
    )


def _second_open_followup(error: PeerDeskError) -> Explanation:
    return Explanation(
        QCoreApplication.translate("messages", "This peer already has a follow-up planned"),
        QCoreApplication.translate(
            "messages", "A second open follow-up for the same peer is planned only when you say so."
        ),
        QCoreApplication.translate(
            "messages",
            "Complete or cancel the open one on the Follow-ups page, or save again and choose"
            " to plan a second one.",
        ),
    )


_BY_CLASS: dict[type, Callable[[PeerDeskError], Explanation]] = {
    errors.PeerDeskError: _generic,
    errors.EnvironmentProblem: _environment,
    errors.InvalidInput: _invalid_input,
    errors.InvalidRecoveryCode: _invalid_recovery_code,
    errors.NoKeyringBackend: _no_keyring_backend,
    errors.KeyringLocked: _keyring_locked,
    errors.KeyringBackendChanged: _keyring_backend_changed,
    errors.KeyringEntryMissing: _keyring_entry_missing,
    errors.KeyringWriteFailed: _keyring_write_failed,
    errors.KeyringDeleteFailed: _keyring_delete_failed,
    errors.PassphraseNeeded: _passphrase_needed,
    errors.WrongKey: _wrong_key,
    errors.NoPassphrase: _no_passphrase,
    errors.JournalMissing: _journal_missing,
    errors.JournalExists: _journal_exists,
    errors.JournalDamaged: _journal_damaged,
    errors.KeySlotsDamaged: _key_slots_damaged,
    errors.JournalTooNew: _journal_too_new,
    errors.NotSqlcipher: _not_sqlcipher,
    errors.JournalBusy: _journal_busy,
    errors.StorageFull: _storage_full,
    errors.StorageError: _storage_error,
    errors.FolderNotWritable: _folder_not_writable,
    errors.RekeyUnfinished: _rekey_unfinished,
    errors.BackupInvalid: _backup_invalid,
    errors.NotFound: _not_found,
    errors.SecondOpenFollowUp: _second_open_followup,
}


def has_own_wording(cls: type[PeerDeskError]) -> bool:
    """Whether ``cls`` has wording of its own (not only inherited from a parent class)."""
    return cls in _BY_CLASS


def explain(error: PeerDeskError) -> Explanation:
    """Title, plain explanation and way forward for ``error``."""
    for cls in type(error).__mro__:
        wording = _BY_CLASS.get(cls)
        if wording is not None:
            return wording(error)
    return _generic(error)
