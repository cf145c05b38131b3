"""First run: the wizard over a real vault, the recovery sheet as a real PDF, and the wording of
every core error."""

from __future__ import annotations

import inspect
import subprocess
from datetime import date
from pathlib import Path

import pytest
from keyring.backends import fail
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAccessible, QFontInfo
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from peerdesk import errors
from peerdesk.errors import PeerDeskError, StorageError
from peerdesk.keyslots import LockMode
from peerdesk.keystore import SERVICE, KeyStore
from peerdesk.preferences import BACKUP_EVERY_HOURS, BACKUP_KEEP
from peerdesk.recovery import RecoveryCode
from peerdesk.vault import Vault
from tests.core.test_keystore import LockedKeyring
from ui.gates.setup_wizard import CODE, CONFIRM, DONE, PASSPHRASE, WELCOME, SetupWizard
from ui.messages import Explanation, explain, has_own_wording, keyring_name
from ui.printing.recovery_sheet import (
    print_recovery_sheet,
    render_recovery_sheet,
    save_recovery_sheet_pdf,
)

ASKED = 2  # the wizard is told to ask for group 3 (index 2)


def _wizard(qtbot: QtBot, vault: Vault, printed: list | None = None) -> SetupWizard:
    def print_sheet(parent, code: RecoveryCode, created: date) -> bool:
        assert printed is not None
        printed.append((code.text, created))
        return True

    wizard = SetupWizard(vault, print_sheet=print_sheet, choose_group=lambda n: ASKED)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    return wizard


def _click(qtbot: QtBot, button) -> None:
    assert button.isVisible() and button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _page_text(wizard: SetupWizard, step: int) -> str:
    page = wizard.stack.widget(step)
    return "\n".join(label.text() for label in page.findChildren(QLabel))


def _shown_code(wizard: SetupWizard) -> str:
    return "-".join(label.text() for label in wizard.group_labels)


def _wrong(group: str) -> str:
    first = "A" if group[0] != "A" else "B"
    return first + group[1:]


# --- the wizard ----------------------------------------------------------------------------------


def test_full_first_run_without_a_passphrase(
    qtbot: QtBot, vault: Vault, keyring_backend, clock
) -> None:
    printed: list = []
    wizard = _wizard(qtbot, vault, printed)
    assert wizard.current_step == WELCOME
    welcome = _page_text(wizard, WELCOME)
    for words in ("encrypted", "keyring", "not protected", "print or export", "not anonymous"):
        assert words in welcome
    assert "names" in welcome and "clinical details" in welcome
    assert not wizard.cancel_button.isHidden()

    _click(qtbot, wizard.next_button)
    assert wizard.current_step == PASSPHRASE
    assert not wizard.passphrase_required
    assert not wizard.use_passphrase.isChecked() and wizard.computer_login.isChecked()
    assert not wizard.passphrase_edit.isEnabled()
    mode_page = _page_text(wizard, PASSPHRASE)
    assert "anyone using your logged-in computer account can open it again" in mode_page
    assert "Only this keeps out someone using your computer while you are logged in" in mode_page

    _click(qtbot, wizard.next_button)  # "Create my journal"
    assert wizard.current_step == CODE
    assert vault.exists() and wizard.journal is vault.journal
    code = _shown_code(wizard)
    groups = code.split("-")
    assert len(groups) == 8 and all(len(g) == 4 for g in groups)
    assert wizard.group_labels[0].font().pointSizeF() >= 16
    shown_in = QFontInfo(wizard.group_labels[0].font())
    assert shown_in.fixedPitch() or "Mono" in shown_in.family()

    assert printed == []  # showing the code asks for no printer; only Print does
    _click(qtbot, wizard.print_button)
    assert printed == [(code, clock().astimezone().date())]

    # Once the journal exists there is no going back, no cancelling and no skipping the check.
    assert wizard.back_button.isHidden() and wizard.cancel_button.isHidden()
    wizard.reject()
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    wizard.accept()
    assert wizard.isVisible() and wizard.current_step == CODE

    _click(qtbot, wizard.next_button)  # "I have written it down"
    assert wizard.current_step == CONFIRM
    assert wizard.asked_group == ASKED + 1
    assert "group 3" in wizard.confirm_prompt.text()
    assert wizard.focusWidget() is wizard.group_edit

    qtbot.keyClicks(wizard.group_edit, _wrong(groups[ASKED]))
    _click(qtbot, wizard.next_button)
    assert wizard.current_step == CONFIRM
    assert wizard.group_error.isVisible()
    assert "not group 3" in wizard.group_error.text()
    assert wizard.focusWidget() is wizard.group_edit
    wizard.accept()
    assert wizard.isVisible()

    # "Show the code again" goes back to the code, which is still the same.
    _click(qtbot, wizard.back_button)
    assert wizard.current_step == CODE and _shown_code(wizard) == code
    _click(qtbot, wizard.next_button)
    assert wizard.group_edit.text() == ""

    # Typed by keyboard, in lower case with spaces: still the right group.
    qtbot.keyClicks(wizard.group_edit, " ".join(groups[ASKED].lower()))
    qtbot.keyClick(wizard.group_edit, Qt.Key.Key_Return)
    assert wizard.current_step == DONE
    assert "without typing" in wizard.done_text.text()
    assert "anyone using your logged-in computer account" in wizard.done_text.text()
    # The backup advice is the plan a new journal gets: daily, its last ten, a second folder.
    assert (BACKUP_EVERY_HOURS.default, BACKUP_KEEP.default) == (24, 10)
    assert "encrypted backup every day" in wizard.done_text.text()
    assert "keeps the last 10" in wizard.done_text.text()
    assert "now and then" not in wizard.done_text.text()

    ready: list = []
    wizard.journal_ready.connect(ready.append)
    with qtbot.waitSignal(wizard.accepted):
        _click(qtbot, wizard.next_button)  # "Open my journal"
    assert wizard.journal is vault.journal and ready == [vault.journal]
    # The code is no longer held by the wizard.
    assert wizard.recovery_code is None
    assert all(label.text() == "" for label in wizard.group_labels)
    assert wizard.code_view.whole_code.text() == ""  # the code as text, too

    slots = vault.read_slots()
    assert (SERVICE, f"journal-{slots.journal_id}") in keyring_backend.entries
    assert not vault.has_passphrase and vault.lock_mode is LockMode.COMPUTER_LOGIN
    vault.lock()
    vault.unlock_with_recovery_code(code)  # the code shown is the journal's code


def test_passphrase_mode_needs_the_passphrase_and_keeps_the_key_out_of_the_keyring(
    qtbot: QtBot, vault: Vault, keyring_backend
) -> None:
    wizard = _wizard(qtbot, vault)
    _click(qtbot, wizard.next_button)
    qtbot.keyClick(wizard.use_passphrase, Qt.Key.Key_Space)
    assert wizard.use_passphrase.isChecked() and wizard.passphrase_edit.isEnabled()

    qtbot.keyClicks(wizard.passphrase_edit, "short")
    qtbot.keyClicks(wizard.passphrase_again_edit, "short")
    _click(qtbot, wizard.next_button)
    assert wizard.current_step == PASSPHRASE and not vault.exists()
    assert "at least 8" in wizard.passphrase_error.text()

    wizard.passphrase_edit.clear()
    wizard.passphrase_again_edit.clear()
    qtbot.keyClicks(wizard.passphrase_edit, "blue heron at dawn")
    qtbot.keyClicks(wizard.passphrase_again_edit, "blue heron at dusk")
    _click(qtbot, wizard.next_button)
    assert wizard.current_step == PASSPHRASE and not vault.exists()
    assert "not the same" in wizard.passphrase_error.text()
    assert wizard.passphrase_again_edit.text() == ""

    qtbot.keyClicks(wizard.passphrase_again_edit, "blue heron at dawn")
    _click(qtbot, wizard.next_button)
    assert wizard.current_step == CODE
    code_words = _page_text(wizard, CODE)  # the key is in no keyring: the code is for a lost pass
    assert "forget your passphrase" in code_words and "keyring" not in code_words
    assert wizard.passphrase_edit.text() == "" and wizard.passphrase_again_edit.text() == ""
    assert vault.has_passphrase and vault.lock_mode is LockMode.PASSPHRASE
    assert not [e for e in keyring_backend.entries if e[0] == SERVICE]
    vault.lock()
    with pytest.raises(errors.PassphraseNeeded):
        vault.unlock_with_keyring()
    vault.unlock_with_passphrase("blue heron at dawn")


def test_without_a_keyring_the_passphrase_is_required(
    qtbot: QtBot, data_dir: Path, make_vault
) -> None:
    vault = make_vault(data_dir, KeyStore(fail.Keyring()))
    wizard = _wizard(qtbot, vault)
    assert "no system keyring" in _page_text(wizard, WELCOME)
    _click(qtbot, wizard.next_button)
    assert wizard.passphrase_required
    assert wizard.use_passphrase.isChecked() and not wizard.computer_login.isEnabled()
    assert "needed" in _page_text(wizard, PASSPHRASE)
    assert wizard.focusWidget() is wizard.passphrase_edit

    _click(qtbot, wizard.next_button)  # nothing typed
    assert wizard.current_step == PASSPHRASE and not vault.exists()
    assert wizard.passphrase_error.isVisible()

    qtbot.keyClicks(wizard.passphrase_edit, "correct horse battery")
    qtbot.keyClicks(wizard.passphrase_again_edit, "correct horse battery")
    _click(qtbot, wizard.next_button)
    assert wizard.current_step == CODE
    assert vault.has_passphrase and vault.read_slots().keyring_backend is None
    _click(qtbot, wizard.next_button)
    qtbot.keyClicks(wizard.group_edit, _code(wizard).groups[ASKED])
    _click(qtbot, wizard.next_button)
    assert wizard.current_step == DONE
    assert "no keyring PeerDesk can use" in wizard.done_text.text()
    assert "asks for your lock passphrase each time" in wizard.done_text.text()


def test_an_error_from_create_is_explained_and_nothing_is_replaced(
    qtbot: QtBot, vault: Vault
) -> None:
    vault.create()
    vault.lock()
    before = vault.journal_path.read_bytes()
    wizard = _wizard(qtbot, vault)
    _click(qtbot, wizard.next_button)
    _click(qtbot, wizard.next_button)
    assert wizard.current_step == PASSPHRASE and wizard.journal is None
    assert explain(errors.JournalExists()).title in wizard.passphrase_error.text()
    assert vault.journal_path.read_bytes() == before
    with qtbot.waitSignal(wizard.rejected):
        _click(qtbot, wizard.cancel_button)  # before the journal exists, cancelling is fine


def test_every_control_has_an_accessible_name(qtbot: QtBot, vault: Vault) -> None:
    wizard = _wizard(qtbot, vault)
    controls = wizard.findChildren(QAbstractButton) + wizard.findChildren(QLineEdit)
    assert len(controls) >= 8
    _click(qtbot, wizard.next_button)
    _click(qtbot, wizard.next_button)
    _click(qtbot, wizard.next_button)
    for control in controls:  # as a screen reader gets it: its own name or its buddy label's
        interface = QAccessible.queryAccessibleInterface(control)
        assert interface.text(QAccessible.Text.Name), control


# --- the recovery sheet --------------------------------------------------------------------------


def _pdf_text_and_pages(pdf: Path) -> tuple[str, int]:
    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    pages = next(
        int(line.split(":")[1]) for line in info.stdout.splitlines() if line.startswith("Pages:")
    )
    return text, pages


def test_the_recovery_sheet_pdf_holds_the_code_on_one_private_page(
    qtbot: QtBot, tmp_path: Path
) -> None:
    code = RecoveryCode.generate()
    pdf = tmp_path / "sheet.pdf"
    save_recovery_sheet_pdf(pdf, code, date(2026, 11, 26), lock_mode=LockMode.COMPUTER_LOGIN)
    text, pages = _pdf_text_and_pages(pdf)
    assert pages == 1
    for group in code.groups:
        assert group in text
    assert "2026" in text
    assert "new computer" in text
    assert "Anyone who has this code" in text
    assert pdf.stat().st_mode & 0o777 == 0o600


def test_the_sheet_prints_through_a_qprinter(qtbot: QtBot, tmp_path: Path) -> None:
    code = RecoveryCode.generate()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    render_recovery_sheet(printer, code, date(2026, 1, 2), lock_mode=LockMode.COMPUTER_LOGIN)
    text, pages = _pdf_text_and_pages(tmp_path / "printed.pdf")
    assert pages == 1
    assert all(group in text for group in code.groups)


def test_an_unwritable_sheet_path_is_a_storage_error(qtbot: QtBot, tmp_path: Path) -> None:
    with pytest.raises(StorageError):
        save_recovery_sheet_pdf(
            tmp_path / "no" / "such" / "sheet.pdf",
            RecoveryCode.generate(),
            date(2026, 1, 2),
            lock_mode=LockMode.COMPUTER_LOGIN,
        )


# --- the wording of every error ------------------------------------------------------------------


def _instance(cls: type[PeerDeskError]) -> PeerDeskError:
    if cls is errors.KeyringBackendChanged:
        return cls(
            "keyring.backends.SecretService.Keyring", "keyring.backends.Windows.WinVaultKeyring"
        )
    if cls is errors.JournalTooNew:
        return cls(9, 3)
    if cls is errors.FolderNotWritable:
        return cls("/media/stick/PeerDesk")
    if cls is errors.SecondOpenFollowUp:
        return cls(7, "2026-12-09")
    if issubclass(cls, errors.InvalidInput):
        return cls("the value is odd", field="x")
    return cls("core fallback text")


ERROR_CLASSES = [
    cls
    for _, cls in inspect.getmembers(errors, inspect.isclass)
    if issubclass(cls, PeerDeskError) and cls is not PeerDeskError
]


def test_every_core_error_has_its_own_explanation(qtbot: QtBot) -> None:
    generic = explain(PeerDeskError("x"))
    assert len(ERROR_CLASSES) >= 21
    seen_titles: dict[str, type] = {}
    for cls in ERROR_CLASSES:
        words = explain(_instance(cls))
        assert isinstance(words, Explanation)
        assert has_own_wording(cls), cls
        assert words.title and words.text and words.way_forward, cls
        assert words.title != generic.title and words.text != generic.text, cls
        assert words.title not in seen_titles, (cls, seen_titles.get(words.title))
        seen_titles[words.title] = cls
        assert "core fallback text" not in words.as_text()


def test_the_wording_of_keyring_and_damage_troubles(qtbot: QtBot) -> None:
    locked = explain(errors.KeyringLocked())
    assert "locked" in locked.text and "Try again" in locked.way_forward
    changed = explain(
        errors.KeyringBackendChanged(
            "keyring.backends.SecretService.Keyring", "keyring.backends.macOS.Keyring"
        )
    )
    assert "GNOME Keyring / KWallet (Secret Service)" in changed.text
    assert "macOS Keychain" in changed.text
    assert "recovery code" in changed.way_forward
    assert keyring_name("keyring.backends.Windows.WinVaultKeyring") == "Windows Credential Manager"
    assert keyring_name("some.other.Backend") == "some.other.Backend"
    assert "backup" in explain(errors.JournalDamaged()).way_forward.lower()
    gone = explain(errors.JournalDamaged("the journal file is missing", reason="missing"))
    assert "kept aside" not in gone.way_forward  # there is no file to keep aside
    assert "put journal.db back" in gone.way_forward and "backup" in gone.way_forward
    for reason in ("empty", "short"):
        cut = explain(errors.JournalDamaged("the journal file is empty", reason=reason))
        assert "recover more from it" not in cut.way_forward  # nothing in it to recover
    assert "Another PeerDesk window" in explain(errors.JournalBusy()).text
    too_new = explain(errors.JournalTooNew(9, 3))
    assert "9" in too_new.text and "Update PeerDesk" in too_new.way_forward
    typo = explain(errors.InvalidRecoveryCode("the recovery code has a typo: check each group"))
    assert typo.text.startswith("The recovery code has a typo")


def test_a_locked_keyring_at_setup_is_explained_and_a_passphrase_gets_past_it(
    qtbot: QtBot, data_dir: Path, make_vault
) -> None:
    vault = make_vault(data_dir, KeyStore(LockedKeyring()))
    wizard = _wizard(qtbot, vault)
    _click(qtbot, wizard.next_button)
    assert not wizard.passphrase_required  # a locked keyring is still a keyring
    _click(qtbot, wizard.next_button)
    assert wizard.current_step == PASSPHRASE and not vault.exists()
    assert "Try again" in wizard.passphrase_error.text()
    assert explain(errors.KeyringLocked()).title in wizard.passphrase_error.text()

    qtbot.keyClick(wizard.use_passphrase, Qt.Key.Key_Space)
    qtbot.keyClicks(wizard.passphrase_edit, "a long passphrase")
    qtbot.keyClicks(wizard.passphrase_again_edit, "a long passphrase")
    _click(qtbot, wizard.next_button)
    assert wizard.current_step == CODE and vault.has_passphrase
    _click(qtbot, wizard.next_button)
    qtbot.keyClicks(wizard.group_edit, _code(wizard).groups[ASKED])
    _click(qtbot, wizard.next_button)
    assert vault.lock_mode is LockMode.PASSPHRASE  # the keyring was not needed at all
    assert "every time it starts" in wizard.done_text.text()


def test_the_print_dialog_can_be_cancelled_without_printing(qtbot: QtBot) -> None:
    seen: list[str] = []

    def cancel() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QPrintDialog)
        seen.append(dialog.windowTitle())
        dialog.reject()

    QTimer.singleShot(100, cancel)
    assert (
        print_recovery_sheet(None, RecoveryCode.generate(), lock_mode=LockMode.COMPUTER_LOGIN)
        is None
    )
    assert seen == ["Print recovery sheet"]


def _code(wizard: SetupWizard) -> RecoveryCode:
    code = wizard.recovery_code
    assert code is not None
    return code


@pytest.mark.parametrize(
    ("weak", "why"),
    [("password", "most common"), ("12345678", "plain run"), ("aaaaaaaa", "repeats")],
)
def test_a_passphrase_too_easily_guessed_is_refused_beside_the_field(
    qtbot: QtBot, vault: Vault, weak: str, why: str
) -> None:
    wizard = _wizard(qtbot, vault)
    _click(qtbot, wizard.next_button)
    qtbot.keyClick(wizard.use_passphrase, Qt.Key.Key_Space)
    qtbot.keyClicks(wizard.passphrase_edit, weak)
    qtbot.keyClicks(wizard.passphrase_again_edit, weak)
    _click(qtbot, wizard.next_button)
    assert wizard.current_step == PASSPHRASE and not vault.exists()
    said = wizard.passphrase_error.text()
    assert wizard.passphrase_error.isVisible() and why in said and "short sentence" in said
    assert wizard.focusWidget() is wizard.passphrase_edit
