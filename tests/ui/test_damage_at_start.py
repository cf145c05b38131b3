"""Start-up over an empty, short or missing journal shows the damage flow (restore first), never
the first-run setup, and writes nothing; a read-only data folder is a known error on screen."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMainWindow
from pytestqt.qtbot import QtBot

from peerdesk.keyslots import LockMode
from peerdesk.sessions import FINISHED, Session
from peerdesk.vault import Vault
from tests.conftest import day
from tests.core.test_damage import snapshot
from tests.read_only import read_only_view
from ui.gates.damage_dialog import DamageDialog
from ui.gates.setup_wizard import SetupWizard
from ui.gates.unlock_dialog import Mode, UnlockDialog
from ui.lifecycle import AppController
from ui.system.window_state import WindowState


def _made(vault: Vault) -> None:
    journal, _code = vault.create()
    peer = journal.peers.add("Heron")
    journal.sessions.save(
        Session(held_on=day(3), status=FINISHED, peer_id=peer.id, contact_kind="peer_asked")
    )
    vault.backup()
    vault.lock()


def _empty(path: Path) -> None:
    path.write_bytes(b"")


def _short(path: Path) -> None:
    with path.open("r+b") as f:
        f.truncate(1000)


DAMAGE: dict[str, Callable[[Path], None]] = {
    "empty": _empty,
    "short": _short,
    "missing": Path.unlink,
}


@pytest.mark.parametrize("damage", DAMAGE)
def test_a_lost_journal_opens_the_damage_flow_not_the_setup(
    qtbot: QtBot, controller: AppController, vault: Vault, damage: str
) -> None:
    _made(vault)
    DAMAGE[damage](vault.journal_path)
    before = snapshot(vault.data_dir)
    controller.start()
    gate = controller.gate
    assert isinstance(gate, DamageDialog), type(gate)
    assert not isinstance(gate, SetupWizard)
    assert gate.isVisible()
    assert gate.restore_button.isDefault()  # restore first
    assert "most recent backup" in gate.restore_text.text()
    assert not gate.rescue_button.isEnabled()  # nothing in the file to rescue
    assert controller.window is None and not vault.is_unlocked
    assert snapshot(vault.data_dir) == before


@pytest.mark.parametrize("damage", DAMAGE)
def test_in_passphrase_mode_a_lost_journal_is_shown_before_the_passphrase_is_asked(
    qtbot: QtBot, controller: AppController, vault: Vault, damage: str
) -> None:
    """Nothing a passphrase could open is there: the damage flow comes first, not a prompt
    whose answer would only lead to it."""
    _made(vault)
    vault.unlock_with_keyring()
    vault.set_lock_mode(LockMode.PASSPHRASE, "quiet harbour lights")
    vault.lock()
    DAMAGE[damage](vault.journal_path)
    before = snapshot(vault.data_dir)
    controller.start()
    gate = controller.gate
    assert isinstance(gate, DamageDialog), type(gate)
    assert gate.restore_button.isDefault()
    assert controller.window is None and not vault.is_unlocked
    assert snapshot(vault.data_dir) == before


def test_a_read_only_data_folder_is_a_known_error_on_the_unlock_screen(
    qtbot: QtBot, qapp: QApplication, vault: Vault, tmp_path: Path
) -> None:
    _made(vault)
    with read_only_view(vault.data_dir, tmp_path / "mnt") as mounted:
        on_ro = Vault(mounted, vault.keystore, clock=vault.clock)
        made = AppController(qapp, on_ro, vault.clock, WindowState(mounted / "config"))
        made.start()
        gate = made.gate
        assert isinstance(gate, UnlockDialog)
        assert gate.mode is Mode.RETRY  # "Try again" once the folder is writable
        assert str(mounted) in gate.status_text.text()
        assert "read-only" in gate.status_text.text()
        assert made.window is None and not on_ro.is_unlocked
        gate.deleteLater()
        made.idle.stop()
        qapp.removeEventFilter(made.idle)
        qapp.setQuitOnLastWindowClosed(True)


def test_window_geometry_in_a_read_only_folder_is_skipped_quietly(
    qtbot: QtBot, tmp_path: Path
) -> None:
    config = tmp_path / "config"
    config.mkdir()
    window = QMainWindow()
    qtbot.addWidget(window)
    with read_only_view(config, tmp_path / "mnt") as mounted:
        state = WindowState(mounted)
        state.restore(window)
        state.save(window)
        assert not (mounted / "window.ini").exists()
