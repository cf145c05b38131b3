"""The damage dialog: restore first, rescue second, start over last and hardest to reach."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from peerdesk.database import rows
from peerdesk.errors import JournalDamaged
from peerdesk.journal import Journal
from peerdesk.keystore import KeyStore, MemoryKeyring
from peerdesk.recovery import RecoveryCode
from peerdesk.sessions import FINISHED, Session
from peerdesk.vault import ASIDE_DIR, Vault
from tests.conftest import FAST, Clock, day
from tests.support.fakes import Confirm
from ui.gates.damage_dialog import RESCUED, RESTORED, STARTED_OVER, DamageDialog
from ui.gates.restore_dialog import RestoreDialog
from ui.gates.unlock_dialog import Mode, UnlockDialog

WAIT_MS = 20_000
PAGE = 4096
SESSIONS = 120


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _spoil(path: Path, *pages: int) -> None:
    data = bytearray(path.read_bytes())
    for page in pages:
        start = (page - 1) * PAGE + 300
        data[start : start + 32] = bytes(32)
    path.write_bytes(bytes(data))


@pytest.fixture
def damaged(vault: Vault) -> tuple[Vault, RecoveryCode, Path]:
    """A journal with a backup from before the damage, then more sessions, then a bad page."""
    journal, code = vault.create()
    peer = journal.peers.add("Heron")
    for i in range(SESSIONS):
        if i == 20:
            vault.backup()
        journal.sessions.save(
            Session(
                held_on=day(1 + i % 25),
                status=FINISHED,
                peer_id=peer.id,
                contact_kind="peer_asked",
                notes={"cope": f"note {i} " + "q" * 400},
            )
        )
    ((root,),) = rows(journal.conn, "SELECT rootpage FROM sqlite_master WHERE name = 'sessions'")
    vault.lock()
    _spoil(vault.journal_path, int(root))
    return vault, code, vault.journal_path


def _dialog(qtbot: QtBot, vault: Vault, **kwargs: object) -> DamageDialog:
    dialog = DamageDialog(vault, **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _idle(qtbot: QtBot, dialog: DamageDialog) -> None:
    qtbot.waitUntil(lambda: not dialog.busy.isVisible(), timeout=WAIT_MS)


def test_a_damaged_page_is_found_by_the_check_after_unlocking(
    qtbot: QtBot, damaged: tuple[Vault, RecoveryCode, Path]
) -> None:
    """The key still opens the file; the full check after unlocking (50 ms for 5000 sessions)
    is what finds the bad page, and is what sends the supporter here."""
    vault, _code, _path = damaged
    unlock = UnlockDialog(vault)
    qtbot.addWidget(unlock)
    assert unlock.try_keyring()
    assert unlock.journal is not None and unlock.journal.check() != []
    vault.lock()


def test_a_file_the_key_cannot_read_at_all_shows_restore_on_the_unlock_screen(
    qtbot: QtBot, damaged: tuple[Vault, RecoveryCode, Path]
) -> None:
    vault, _code, path = damaged
    _spoil(path, 1)
    unlock = UnlockDialog(vault)
    qtbot.addWidget(unlock)
    assert not unlock.try_keyring()
    assert unlock.mode is Mode.DAMAGED
    assert isinstance(unlock.last_error, JournalDamaged)
    assert not unlock.restore_button.isHidden()


def test_restore_comes_first_and_start_over_is_hidden(
    qtbot: QtBot, damaged: tuple[Vault, RecoveryCode, Path]
) -> None:
    vault, _code, _path = damaged
    dialog = _dialog(qtbot, vault)
    buttons = [b for b in dialog.findChildren(QAbstractButton) if b.isVisible()]
    order = [b.accessibleName() for b in buttons]
    assert order.index("Restore from a backup") < order.index("Rescue what can still be read")
    assert dialog.restore_button.isDefault()
    assert "Start over with an empty journal" not in order
    assert not dialog.start_over_box.isVisible()
    assert "most recent backup" in dialog.restore_text.text()
    assert not dialog.start_over()  # not reachable before "More choices"
    dialog.show_more()
    assert dialog.start_over_box.isVisible()
    assert not dialog.start_over_button.isEnabled()
    assert not dialog.start_over()  # not before the box is ticked
    for widget in [*dialog.findChildren(QAbstractButton), *dialog.findChildren(QLineEdit)]:
        assert widget.accessibleName(), widget


def test_restoring_from_here_opens_the_backup(
    qtbot: QtBot, damaged: tuple[Vault, RecoveryCode, Path]
) -> None:
    vault, _code, _path = damaged
    dialog = _dialog(qtbot, vault)
    restore = dialog.restore_from_backup()
    assert isinstance(restore, RestoreDialog)
    assert restore.found.count() == 1
    with qtbot.waitSignal(restore.checked, timeout=WAIT_MS):
        restore.check()
    qtbot.waitUntil(lambda: not restore.busy.isVisible(), timeout=WAIT_MS)
    with qtbot.waitSignal(restore.restored, timeout=WAIT_MS):
        restore.restore()
    assert dialog.outcome == RESTORED
    assert dialog.journal is vault.journal and dialog.journal is not None
    assert dialog.journal.summary().sessions == 20
    assert dialog.journal.check() == []
    assert len(list((vault.data_dir / ASIDE_DIR).glob("*/journal.db"))) == 1


def test_rescuing_saves_what_is_readable_and_opens_it(
    qtbot: QtBot, damaged: tuple[Vault, RecoveryCode, Path]
) -> None:
    vault, _code, path = damaged
    before = _digest(path)
    dialog = _dialog(qtbot, vault)
    with qtbot.waitSignal(dialog.rescued, timeout=WAIT_MS):
        assert dialog.rescue()
    _idle(qtbot, dialog)
    assert _digest(path) == before  # the damaged file is only read
    text = dialog.rescue_result.text()
    assert f"{SESSIONS} finished sessions" in text
    assert "only their date, peer and status" in text
    assert "note " not in text and "Heron" not in text
    assert dialog.open_rescued_button.isVisible()
    dialog.open_rescued()
    qtbot.waitUntil(lambda: dialog.outcome == RESCUED, timeout=WAIT_MS)
    assert vault.journal is dialog.journal and dialog.journal is not None
    assert dialog.journal.check() == []
    assert dialog.journal.sessions.get(5).notes["cope"].startswith("note 4 ")
    aside = list((vault.data_dir / ASIDE_DIR).glob("*/journal.db"))
    assert [_digest(p) for p in aside] == [before]  # kept, not deleted


def test_rescuing_without_the_keyring_asks_for_the_recovery_code(
    qtbot: QtBot, damaged: tuple[Vault, RecoveryCode, Path], clock: Clock
) -> None:
    vault, code, _path = damaged
    elsewhere = Vault(vault.data_dir, KeyStore(MemoryKeyring()), clock=clock, kdf_cost=FAST)
    dialog = _dialog(qtbot, elsewhere)
    assert not dialog.rescue()
    assert dialog.secret_edit.isVisible() and dialog.secret_error.isVisible()
    dialog.secret_edit.setText("0000-0000-0000-0000-0000-0000-0000-0000")
    assert not dialog.rescue()
    assert dialog.secret_error.isVisible()
    dialog.secret_edit.setText(code.text)
    with qtbot.waitSignal(dialog.rescued, timeout=WAIT_MS):
        assert dialog.rescue()
    _idle(qtbot, dialog)
    assert dialog.secret_edit.text() == ""
    dialog.open_rescued()  # with the code it was rescued with: no keyring needed
    qtbot.waitUntil(lambda: dialog.outcome == RESCUED, timeout=WAIT_MS)
    assert elsewhere.journal is not None
    elsewhere.lock()


def test_starting_over_moves_the_files_aside_after_two_agreements(
    qtbot: QtBot, damaged: tuple[Vault, RecoveryCode, Path]
) -> None:
    vault, _code, path = damaged
    before = _digest(path)
    confirm = Confirm(False, True)
    dialog = _dialog(qtbot, vault, confirm=confirm)
    dialog.show_more()
    dialog.understood.setChecked(True)
    assert dialog.start_over_button.isEnabled()
    assert not dialog.start_over()  # said no to the last question
    assert vault.exists()
    assert dialog.start_over()
    assert dialog.outcome == STARTED_OVER and dialog.journal is None
    assert not vault.exists()
    (kept,) = (vault.data_dir / ASIDE_DIR).glob("*-damaged/journal.db")
    assert _digest(kept) == before
    assert confirm.questions and all("kept" in q for q in confirm.questions)


def test_without_a_key_file_rescue_is_off_and_restore_remains(
    qtbot: QtBot, damaged: tuple[Vault, RecoveryCode, Path]
) -> None:
    vault, _code, _path = damaged
    vault.slots_path.unlink()
    dialog = _dialog(qtbot, vault)
    assert not dialog.rescue_button.isEnabled()
    assert not dialog.rescue()
    assert dialog.restore_button.isEnabled()
    assert "journal.keys" in dialog.rescue_text.text()


def test_nothing_from_the_journal_is_shown(
    qtbot: QtBot, damaged: tuple[Vault, RecoveryCode, Path], qapp: QApplication
) -> None:
    vault, _code, _path = damaged
    dialog = _dialog(qtbot, vault)
    with qtbot.waitSignal(dialog.rescued, timeout=WAIT_MS):
        dialog.rescue()
    _idle(qtbot, dialog)
    shown = " ".join(
        w.text() for w in dialog.findChildren(QAbstractButton) + dialog.findChildren(QLineEdit)
    ) + " ".join(label.text() for label in dialog.findChildren(type(dialog.message)))
    assert "Heron" not in shown and "qqqq" not in shown


def test_a_journal_that_is_whole_says_so(qtbot: QtBot, vault: Vault, journal: Journal) -> None:
    vault.lock()
    dialog = _dialog(qtbot, vault)
    with qtbot.waitSignal(dialog.rescued, timeout=WAIT_MS):
        dialog.rescue()
    _idle(qtbot, dialog)
    assert "Everything could be read" in dialog.rescue_result.text()


def test_an_emptied_file_is_not_described_as_read_with_the_right_key(
    qtbot: QtBot, damaged: tuple[Vault, RecoveryCode, Path]
) -> None:
    """An empty file was never opened with any key: the dialog says what the start screen said."""
    vault, _code, path = damaged
    path.write_bytes(b"")
    dialog = _dialog(qtbot, vault)
    assert "The key is right" not in dialog.intro.text()
    assert "empty" in dialog.intro.text()
    assert not dialog.rescue_button.isEnabled()
