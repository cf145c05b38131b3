"""The two lock modes in the app: a restart in passphrase mode asks for the passphrase (it used
to open silently from the keyring), a lock asks again, and computer-login mode says who can open
it. Each "restart" is a new vault and a new controller over the same data folder and keyring."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from peerdesk.errors import KeyringDeleteFailed
from peerdesk.keyslots import LockMode
from peerdesk.keystore import SERVICE, KeyStore
from peerdesk.recovery import RecoveryCode
from peerdesk.vault import Vault
from tests.core.test_keystore import UndeletableKeyring
from tests.core.test_lock_mode import CountingKeyring
from ui.gates.unlock_dialog import Mode, UnlockDialog
from ui.lifecycle import AppController
from ui.messages import explain

PASS = "quiet harbour lights"


@pytest.fixture
def counting() -> CountingKeyring:
    return CountingKeyring()


@pytest.fixture
def first_run(data_dir: Path, make_vault, counting: CountingKeyring) -> RecoveryCode:
    """A journal made in computer-login mode with one peer, then switched to passphrase mode
    in the running app, which then quit."""
    vault: Vault = make_vault(data_dir, KeyStore(counting))
    journal, code = vault.create()
    journal.peers.add("Heron")
    vault.set_lock_mode(LockMode.PASSPHRASE, PASS)
    vault.lock()
    return code


def _restart(
    data_dir: Path, make_vault, make_controller: Callable[[Vault], AppController], keyring
) -> tuple[Vault, AppController]:
    vault: Vault = make_vault(data_dir, KeyStore(keyring))
    controller = make_controller(vault)
    controller.start()
    return vault, controller


def _gate(qtbot: QtBot, controller: AppController) -> UnlockDialog:
    gate = controller.gate
    assert isinstance(gate, UnlockDialog)
    qtbot.waitExposed(gate)
    QApplication.processEvents()  # anything the screen scheduled on showing has run
    return gate


def test_a_restart_in_passphrase_mode_asks_for_the_passphrase(
    qtbot: QtBot,
    data_dir: Path,
    make_vault,
    make_controller,
    counting: CountingKeyring,
    first_run: RecoveryCode,
) -> None:
    counting.reads = 0
    vault, controller = _restart(data_dir, make_vault, make_controller, counting)
    gate = _gate(qtbot, controller)
    assert controller.window is None and not vault.is_unlocked
    assert gate.mode is Mode.PASSPHRASE
    assert gate.passphrase_edit.isVisible()
    assert not gate.unlock_button.isVisibleTo(gate)  # no "Unlock" that reads the keyring
    assert "its key is in no keyring" in gate.status_text.text()
    assert counting.reads == 0  # the keyring was not read to open it

    qtbot.keyClicks(gate.passphrase_edit, "not the passphrase")
    qtbot.keyClick(gate.passphrase_edit, Qt.Key.Key_Return)
    assert gate.passphrase_error.isVisible() and controller.window is None
    assert counting.reads == 0

    gate.passphrase_edit.clear()
    qtbot.keyClicks(gate.passphrase_edit, PASS)
    with qtbot.waitSignal(controller.unlocked):
        qtbot.keyClick(gate.passphrase_edit, Qt.Key.Key_Return)
    assert controller.window is not None and controller.window.isVisible()
    assert vault.journal is not None and vault.journal.peers.find("Heron") is not None
    assert not [e for e in counting.entries if e[0] == SERVICE]  # still in no keyring

    controller.lock()  # and after a lock it asks again
    gate = _gate(qtbot, controller)
    assert gate.mode is Mode.PASSPHRASE and not vault.is_unlocked
    assert not gate.unlock_button.isVisibleTo(gate)


def test_the_recovery_code_opens_after_a_restart_in_passphrase_mode(
    qtbot: QtBot,
    data_dir: Path,
    make_vault,
    make_controller,
    counting: CountingKeyring,
    first_run: RecoveryCode,
) -> None:
    vault, controller = _restart(data_dir, make_vault, make_controller, counting)
    gate = _gate(qtbot, controller)
    qtbot.mouseClick(gate.use_recovery_button, Qt.MouseButton.LeftButton)
    assert gate.mode is Mode.RECOVERY
    qtbot.keyClicks(gate.recovery_edit, first_run.text)
    with qtbot.waitSignal(controller.unlocked):
        qtbot.keyClick(gate.recovery_edit, Qt.Key.Key_Return)
    assert vault.lock_mode is LockMode.PASSPHRASE
    assert not [e for e in counting.entries if e[0] == SERVICE]


def test_computer_login_mode_says_anyone_at_the_account_can_unlock(
    qtbot: QtBot, data_dir: Path, make_vault, make_controller, counting: CountingKeyring
) -> None:
    vault: Vault = make_vault(data_dir, KeyStore(counting))
    vault.create(PASS)  # a passphrase slot too: still no pretend protection after a lock
    vault.lock()
    vault, controller = _restart(data_dir, make_vault, make_controller, counting)
    assert controller.window is not None  # opened from the keyring, no screen
    controller.lock()
    gate = _gate(qtbot, controller)
    assert gate.mode is Mode.SESSION_ONLY
    assert "anyone using this computer account can open it again" in gate.status_text.text()
    assert "Ask for my passphrase every time" in gate.status_way.text()
    with qtbot.waitSignal(controller.unlocked):
        qtbot.mouseClick(gate.unlock_button, Qt.MouseButton.LeftButton)


ROOT = Path(__file__).resolve().parents[2]

# Words that promised protection against someone at the logged-in computer in every mode.
BROKEN_PROMISES = (
    "while you were away",
    "while you are away",
    "once PeerDesk has locked",
    "someone at your screen after it has locked",
    "keeps out someone at your logged-in computer. Without one",
    "A lock passphrase is set: unlocking after a lock asks for it",
)


def _texts_users_read() -> dict[str, str]:
    files = [ROOT / "README.md", ROOT / "assets" / "threat-model.md"]
    files += sorted((ROOT / "ui").rglob("*.py")) + sorted((ROOT / "packaging").rglob("*.md"))
    return {
        str(f.relative_to(ROOT)): " ".join(f.read_text(encoding="utf-8").split()) for f in files
    }


def test_no_text_promises_the_lock_keeps_out_someone_at_the_logged_in_computer() -> None:
    for name, text in _texts_users_read().items():
        for promise in BROKEN_PROMISES:
            assert promise not in text, f"{name} still says {promise!r}"


def test_the_threat_model_and_readme_say_what_each_lock_mode_protects() -> None:
    texts = _texts_users_read()
    model, readme = texts["assets/threat-model.md"], texts["README.md"]
    for text in (model, readme):
        assert "Open with my computer login" in text and "Ask for my passphrase every time" in text
    assert "anyone who can use your logged-in computer account can open it again" in model
    assert "Only this choice keeps out someone using your logged-in computer" in model
    protection = readme.split("## How the journal is protected", 1)[1].split("## Layout", 1)[0]
    assert "anyone using the supporter's logged-in account can open it again" in protection
    assert "Only this mode protects against someone at the unlocked, logged-in computer" in (
        protection
    )


def test_a_key_the_keyring_keeps_after_unlocking_is_pointed_out(
    qtbot: QtBot, data_dir: Path, make_vault, make_controller
) -> None:
    stubborn = UndeletableKeyring()
    vault: Vault = make_vault(data_dir, KeyStore(stubborn))
    vault.create(PASS, lock_mode=LockMode.PASSPHRASE)
    vault.lock()
    stubborn.set_password(SERVICE, f"journal-{vault.read_slots().journal_id}", "00" * 32)
    vault, controller = _restart(data_dir, make_vault, make_controller, stubborn)
    gate = _gate(qtbot, controller)
    qtbot.keyClicks(gate.passphrase_edit, PASS)
    with qtbot.waitSignal(controller.unlocked):
        qtbot.keyClick(gate.passphrase_edit, Qt.Key.Key_Return)
    assert controller.window is not None
    message = controller.window.statusBar().currentMessage()
    assert message.startswith(explain(KeyringDeleteFailed()).title)
