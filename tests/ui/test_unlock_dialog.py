"""The unlock screen over a real vault, in every state the vault can be in."""

from __future__ import annotations

from pathlib import Path

import keyring.errors
import pytest
from keyring.backends import fail
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QLineEdit
from pytestqt.qtbot import QtBot

from peerdesk.errors import KeyringEntryMissing, WrongKey
from peerdesk.keyslots import LockMode
from peerdesk.keystore import SERVICE, KeyStore, MemoryKeyring
from peerdesk.recovery import RecoveryCode
from peerdesk.vault import Vault
from ui.gates.unlock_dialog import Mode, UnlockDialog
from ui.messages import explain

PASSPHRASE = "quiet harbour lights"


class SwitchableLockedKeyring(MemoryKeyring):
    """A keyring the test can lock and unlock, raising keyring's own KeyringLocked."""

    def __init__(self) -> None:
        super().__init__()
        self.locked = False

    def get_password(self, service: str, username: str) -> str | None:
        if self.locked:
            raise keyring.errors.KeyringLocked("Failed to unlock the collection!")
        return super().get_password(service, username)

    def set_password(self, service: str, username: str, password: str) -> None:
        if self.locked:
            raise keyring.errors.KeyringLocked("Failed to unlock the collection!")
        super().set_password(service, username, password)


@pytest.fixture
def made(vault: Vault) -> RecoveryCode:
    """A journal created with the keyring, then locked."""
    _journal, code = vault.create()
    vault.lock()
    return code


def _dialog(qtbot: QtBot, vault: Vault, *, after_lock: bool = False, show: bool = True):
    dialog = UnlockDialog(vault, after_lock=after_lock)
    qtbot.addWidget(dialog)
    if show:
        dialog.show()
        qtbot.waitExposed(dialog)
    return dialog


def _entry(vault: Vault) -> tuple[str, str]:
    return (SERVICE, f"journal-{vault.read_slots().journal_id}")


def _visible_buttons(dialog: UnlockDialog) -> set[str]:
    return {
        b.text().replace("&", "")
        for b in dialog.findChildren(QAbstractButton)
        if b.isVisibleTo(dialog)
    }


def test_the_keyring_opens_the_journal_by_itself(qtbot: QtBot, vault: Vault, made) -> None:
    dialog = _dialog(qtbot, vault)
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted)
    assert dialog.journal is vault.journal and dialog.journal is not None
    assert not dialog.isVisible()


def test_a_missing_keyring_entry_asks_for_the_recovery_code_and_puts_the_key_back(
    qtbot: QtBot, vault: Vault, made: RecoveryCode, keyring_backend: MemoryKeyring
) -> None:
    entry = _entry(vault)
    del keyring_backend.entries[entry]
    dialog = _dialog(qtbot, vault)
    qtbot.waitUntil(lambda: dialog.mode is Mode.RECOVERY)
    assert dialog.status_title.text() == explain(KeyringEntryMissing()).title
    assert dialog.recovery_edit.isVisible() and not dialog.passphrase_edit.isVisible()
    assert dialog.focusWidget() is dialog.recovery_edit
    assert not vault.is_unlocked

    # A typo: said under the field, which keeps focus and its text.
    mistyped = made.text[:-1] + ("0" if made.text[-1] != "0" else "1")
    qtbot.keyClicks(dialog.recovery_edit, mistyped)
    qtbot.keyClick(dialog.recovery_edit, Qt.Key.Key_Return)
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.recovery_error.isVisible()
    assert "typo" in dialog.recovery_error.text()
    assert dialog.focusWidget() is dialog.recovery_edit
    assert dialog.mode is Mode.RECOVERY

    # A well-formed code of another journal: it does not open this one.
    dialog.recovery_edit.clear()
    qtbot.keyClicks(dialog.recovery_edit, RecoveryCode.generate().text)
    qtbot.mouseClick(dialog.recovery_button, Qt.MouseButton.LeftButton)
    assert "does not open this journal" in dialog.recovery_error.text()
    assert dialog.focusWidget() is dialog.recovery_edit
    assert entry not in keyring_backend.entries

    # The right code, typed loosely.
    dialog.recovery_edit.clear()
    qtbot.keyClicks(dialog.recovery_edit, made.text.lower().replace("-", " "))
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.recovery_edit, Qt.Key.Key_Return)
    assert dialog.journal is vault.journal
    assert dialog.recovery_edit.text() == ""
    assert entry in keyring_backend.entries  # the keyring has the key again
    vault.lock()
    assert vault.unlock_with_keyring() is not None


def test_a_changed_keyring_backend_is_named_and_the_recovery_code_works(
    qtbot: QtBot, vault: Vault, made: RecoveryCode, data_dir: Path, make_vault
) -> None:
    class OtherKeyring(MemoryKeyring):
        pass

    OtherKeyring.__module__ = "keyring.backends.kwallet"
    OtherKeyring.__qualname__ = "DBusKeyring"
    other = make_vault(data_dir, KeyStore(OtherKeyring()))
    dialog = _dialog(qtbot, other)
    qtbot.waitUntil(lambda: dialog.mode is Mode.RECOVERY)
    assert "KWallet" in dialog.status_text.text()
    assert "in-memory keyring" in dialog.status_text.text()  # where the key was kept (tests)
    qtbot.keyClicks(dialog.recovery_edit, made.text)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.recovery_button, Qt.MouseButton.LeftButton)
    assert other.read_slots().keyring_backend == "keyring.backends.kwallet.DBusKeyring"


def test_a_locked_keyring_says_so_and_try_again_works_once_unlocked(
    qtbot: QtBot, data_dir: Path, make_vault
) -> None:
    backend = SwitchableLockedKeyring()
    vault = make_vault(data_dir, KeyStore(backend))
    vault.create()
    vault.lock()
    backend.locked = True
    dialog = _dialog(qtbot, vault, show=False)
    assert dialog.try_keyring() is False
    assert dialog.mode is Mode.RETRY
    assert "locked" in dialog.status_text.text()
    assert "Try again" in dialog.status_way.text()
    assert {"Try again", "Use the recovery code instead", "Quit"} <= _visible_buttons(dialog)
    assert "Restore from a backup…" not in _visible_buttons(dialog)

    qtbot.mouseClick(dialog.try_again_button, Qt.MouseButton.LeftButton)
    assert dialog.mode is Mode.RETRY and not vault.is_unlocked

    backend.locked = False
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.try_again_button, Qt.MouseButton.LeftButton)
    assert dialog.journal is vault.journal


def test_no_keyring_asks_for_the_passphrase(qtbot: QtBot, data_dir: Path, make_vault) -> None:
    vault = make_vault(data_dir, KeyStore(fail.Keyring()))
    vault.create(PASSPHRASE)
    vault.lock()
    dialog = _dialog(qtbot, vault)
    qtbot.waitUntil(lambda: dialog.mode is Mode.PASSPHRASE)
    assert "No system keyring" in dialog.status_title.text()
    assert dialog.focusWidget() is dialog.passphrase_edit
    qtbot.keyClicks(dialog.passphrase_edit, PASSPHRASE)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.passphrase_edit, Qt.Key.Key_Return)
    assert vault.is_unlocked


def test_after_a_lock_the_passphrase_is_asked_and_the_keyring_is_not_read(
    qtbot: QtBot, vault: Vault
) -> None:
    vault.create(PASSPHRASE, lock_mode=LockMode.PASSPHRASE)
    vault.lock()
    dialog = _dialog(qtbot, vault, after_lock=True)
    QApplication.processEvents()  # a queued automatic keyring attempt would run here: none may
    assert dialog.mode is Mode.PASSPHRASE
    assert not vault.is_unlocked
    assert dialog.heading.text() == "PeerDesk is locked"
    assert dialog.focusWidget() is dialog.passphrase_edit

    qtbot.keyClicks(dialog.passphrase_edit, "not the passphrase")
    qtbot.keyClick(dialog.passphrase_edit, Qt.Key.Key_Return)
    assert dialog.passphrase_error.isVisible()
    assert dialog.passphrase_error.text().startswith(explain(WrongKey()).text)
    assert dialog.focusWidget() is dialog.passphrase_edit
    assert dialog.passphrase_edit.selectedText() == "not the passphrase"
    assert not vault.is_unlocked

    qtbot.keyClicks(dialog.passphrase_edit, PASSPHRASE)  # replaces the selected text
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.passphrase_button, Qt.MouseButton.LeftButton)
    assert dialog.journal is vault.journal
    assert dialog.passphrase_edit.text() == ""


def test_after_a_lock_without_a_passphrase_it_is_honest_and_unlock_works(
    qtbot: QtBot, vault: Vault, made
) -> None:
    dialog = _dialog(qtbot, vault, after_lock=True)
    QApplication.processEvents()  # runs what showing the dialog queued (an automatic attempt)
    assert dialog.mode is Mode.SESSION_ONLY and not vault.is_unlocked
    assert "only barrier" in dialog.status_text.text()
    assert "Unlock" in _visible_buttons(dialog)
    assert not dialog.passphrase_edit.isVisible()
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    assert vault.is_unlocked


def test_the_recovery_code_can_stand_in_for_the_passphrase(qtbot: QtBot, vault: Vault) -> None:
    _journal, code = vault.create(PASSPHRASE, lock_mode=LockMode.PASSPHRASE)
    vault.lock()
    dialog = _dialog(qtbot, vault, after_lock=True)
    qtbot.mouseClick(dialog.use_recovery_button, Qt.MouseButton.LeftButton)
    assert dialog.mode is Mode.RECOVERY
    assert "Use the lock passphrase instead" in _visible_buttons(dialog)
    qtbot.keyClicks(dialog.recovery_edit, code.text)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.recovery_edit, Qt.Key.Key_Return)


def test_a_damaged_journal_offers_a_restore_and_changes_nothing(
    qtbot: QtBot, vault: Vault, made
) -> None:
    data = bytearray(vault.journal_path.read_bytes())
    data[100] ^= 0xFF
    vault.journal_path.write_bytes(bytes(data))
    dialog = _dialog(qtbot, vault)
    qtbot.waitUntil(lambda: dialog.mode is Mode.DAMAGED)
    assert "damaged" in dialog.status_title.text()
    assert "backup" in dialog.status_way.text()
    assert _visible_buttons(dialog) == {"Restore from a backup…", "Quit"}
    assert dialog.focusWidget() is dialog.restore_button
    with qtbot.waitSignal(dialog.restore_requested):
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert vault.journal_path.read_bytes() == bytes(data)
    assert not vault.is_unlocked


def test_damaged_key_slots_offer_a_restore(qtbot: QtBot, vault: Vault, made) -> None:
    vault.slots_path.write_text("{ not json")
    dialog = _dialog(qtbot, vault, show=False)
    dialog.try_keyring()
    assert dialog.mode is Mode.DAMAGED
    assert "key file" in dialog.status_title.text()
    assert "Restore from a backup…" in _visible_buttons(dialog)


def test_a_journal_from_a_newer_peerdesk_cannot_be_opened(qtbot: QtBot, vault: Vault, made) -> None:
    journal = vault.unlock_with_keyring()
    journal.conn.execute("PRAGMA user_version = 99")
    vault.lock()
    dialog = _dialog(qtbot, vault)
    qtbot.waitUntil(lambda: dialog.mode is Mode.BLOCKED)
    assert "Update PeerDesk" in dialog.status_way.text()
    assert "99" in dialog.status_text.text()
    assert _visible_buttons(dialog) == {"Quit"}
    assert not dialog.passphrase_edit.isVisible() and not dialog.recovery_edit.isVisible()
    assert not vault.is_unlocked


def test_a_busy_journal_says_another_window_has_it(
    qtbot: QtBot, vault: Vault, made, data_dir: Path, keystore: KeyStore, make_vault
) -> None:
    other = make_vault(data_dir, keystore)
    other.unlock_with_keyring()
    dialog = _dialog(qtbot, vault, show=False)
    dialog.try_keyring()
    assert dialog.mode is Mode.RETRY
    assert "Another PeerDesk window" in dialog.status_text.text()
    other.lock()
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.try_again_button, Qt.MouseButton.LeftButton)


def test_a_journal_opened_meanwhile_by_a_restore_is_taken(qtbot: QtBot, vault: Vault, made) -> None:
    dialog = _dialog(qtbot, vault, after_lock=True, show=False)
    opened = vault.unlock_with_keyring()  # stands for the restore flow opening the journal
    assert dialog.try_keyring() is True
    assert dialog.journal is opened


def test_quit_rejects_and_nothing_is_opened(qtbot: QtBot, vault: Vault) -> None:
    vault.create(PASSPHRASE)
    vault.lock()
    dialog = _dialog(qtbot, vault, after_lock=True)
    with qtbot.waitSignal(dialog.rejected):
        qtbot.mouseClick(dialog.quit_button, Qt.MouseButton.LeftButton)
    assert dialog.journal is None and not vault.is_unlocked


def test_every_control_has_an_accessible_name(qtbot: QtBot, vault: Vault, made) -> None:
    dialog = _dialog(qtbot, vault, show=False)
    controls = dialog.findChildren(QAbstractButton) + dialog.findChildren(QLineEdit)
    assert len(controls) >= 9
    for control in controls:
        assert control.accessibleName(), control


def test_the_automatic_attempt_runs_once_only(
    qtbot: QtBot, vault: Vault, made, keyring_backend: MemoryKeyring
) -> None:
    keyring_backend.entries.clear()
    dialog = _dialog(qtbot, vault, show=False)
    dialog.show()  # schedules the automatic attempt...
    dialog.try_keyring()  # ...but it is tried by hand before that runs
    qtbot.keyClicks(dialog.recovery_edit, "ABCD-EFGH")
    qtbot.mouseClick(dialog.recovery_button, Qt.MouseButton.LeftButton)
    QApplication.processEvents()  # the queued automatic attempt runs now, if it still would
    assert dialog.mode is Mode.RECOVERY
    assert dialog.recovery_error.isVisible()  # not wiped by a second keyring attempt
    assert dialog.recovery_edit.text() == "ABCD-EFGH"
