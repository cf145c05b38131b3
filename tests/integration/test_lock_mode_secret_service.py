"""The two lock modes against the real Secret Service: after switching to "Ask for my passphrase
every time" no PeerDesk item for the journal is left in any collection (listed through the
Secret Service, not through PeerDesk), the app then asks for the passphrase at start-up, and
switching back stores the key and reads it back."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
import secretstorage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from peerdesk.errors import PassphraseNeeded
from peerdesk.keyslots import LockMode
from peerdesk.keystore import SERVICE, KeyStore
from peerdesk.vault import Vault
from tests.conftest import FAST, Clock
from tests.integration.conftest import SECRET_SERVICE
from ui.gates.unlock_dialog import Mode, UnlockDialog
from ui.lifecycle import AppController
from ui.system.window_state import WindowState

pytestmark = pytest.mark.integration
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PASS = "quiet harbour lights"


def _items_by_secret_tool() -> list[str]:
    """The username of every item with service=PeerDesk, as ``secret-tool`` lists them."""
    tool = shutil.which("secret-tool")
    if tool is None:
        pytest.skip("secret-tool (libsecret-tools) is not installed")
    listed = subprocess.run(
        [tool, "search", "--all", "service", SERVICE],
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    text = listed.stdout + listed.stderr  # secret-tool prints attributes on stderr
    return sorted(
        line.split("=", 1)[1].strip()
        for line in text.splitlines()
        if line.startswith("attribute.username")
    )


def _items_by_secretstorage() -> list[str]:
    """The same list read over D-Bus with secretstorage, from every collection."""
    connection = secretstorage.dbus_init()
    try:
        found = []
        for collection in secretstorage.get_all_collections(connection):
            for item in collection.search_items({"service": SERVICE}):
                found.append(item.get_attributes().get("username", ""))
        return sorted(found)
    finally:
        connection.close()


def _peerdesk_items() -> list[str]:
    by_tool, by_dbus = _items_by_secret_tool(), _items_by_secretstorage()
    assert by_tool == by_dbus
    return by_dbus


@pytest.fixture
def controllers(qapp: QApplication, tmp_path: Path) -> Iterator[list[AppController]]:
    made: list[AppController] = []
    yield made
    for controller in made:
        if controller.gate is not None:
            controller.gate.deleteLater()
        controller.idle.stop()
        qapp.removeEventFilter(controller.idle)
        controller.backups.stop()
        controller.vault.lock()
    qapp.setQuitOnLastWindowClosed(True)


def test_passphrase_mode_leaves_no_item_in_the_secret_service_and_start_up_asks(
    real_keystore: KeyStore,
    forget_entries: list[str],
    tmp_path: Path,
    qtbot: QtBot,
    qapp: QApplication,
    controllers: list[AppController],
) -> None:
    data_dir = tmp_path / "data"
    vault = Vault(data_dir, real_keystore, kdf_cost=FAST)
    journal, code = vault.create()
    journal.peers.add("Kestrel")
    journal_id = vault.read_slots().journal_id
    entry = f"journal-{journal_id}"
    forget_entries.append(journal_id)
    assert entry in _peerdesk_items()  # computer login: the key is in the Secret Service

    vault.set_lock_mode(LockMode.PASSPHRASE, PASS)
    assert vault.keyring_problem is None
    assert entry not in _peerdesk_items()
    assert keyring.get_password(SERVICE, entry) is None
    vault.lock()

    # A restart: a new vault and app over the same folder ask for the passphrase.
    again = Vault(data_dir, KeyStore(), kdf_cost=FAST)
    with pytest.raises(PassphraseNeeded):
        again.unlock_with_keyring()
    controller = AppController(qapp, again, Clock(), WindowState(tmp_path / "config"))
    controllers.append(controller)
    controller.start()
    gate = controller.gate
    assert isinstance(gate, UnlockDialog)
    qtbot.waitExposed(gate)
    QApplication.processEvents()
    assert gate.mode is Mode.PASSPHRASE and controller.window is None
    assert not again.is_unlocked
    gate.passphrase_edit.setText(PASS)
    assert gate.unlock_with_passphrase()
    assert again.journal is not None and again.journal.peers.find("Kestrel") is not None
    assert entry not in _peerdesk_items()  # unlocking did not put it back
    controller.lock()
    assert isinstance(controller.gate, UnlockDialog) and controller.gate.mode is Mode.PASSPHRASE

    # A restored backup or an old install puts the key back: the next unlock removes it.
    keyring.set_password(SERVICE, entry, "00" * 32)
    assert entry in _peerdesk_items()
    again.unlock_with_recovery_code(code.text)
    assert again.keyring_problem is None
    assert entry not in _peerdesk_items()

    # Back to computer login: stored, read back, and a restart opens without typing.
    again.set_lock_mode(LockMode.COMPUTER_LOGIN)
    assert _peerdesk_items().count(entry) == 1
    assert again.read_slots().keyring_backend == SECRET_SERVICE
    again.lock()
    third = Vault(data_dir, KeyStore(), kdf_cost=FAST)
    assert third.unlock_with_keyring().peers.find("Kestrel") is not None
    third.lock()


def _dbus_set_alias(collection: str) -> None:
    subprocess.run(
        ["dbus-send", "--session", "--print-reply", "--dest=org.freedesktop.secrets",
         "/org/freedesktop/secrets", "org.freedesktop.Secret.Service.SetAlias",
         "string:default", f"objpath:/org/freedesktop/secrets/collection/{collection}"],
        check=True, capture_output=True, timeout=30,
    )  # fmt: skip


def test_passphrase_mode_removes_the_key_from_a_collection_that_is_no_longer_the_default(
    real_keystore: KeyStore, forget_entries: list[str], tmp_path: Path
) -> None:
    """The key was stored while "login" was the default collection; then the default moved
    (another keyring made the default). keyring only searches the default collection, so the
    switch said "gone" while the key stayed readable in "login" by anyone at this account."""
    vault = Vault(tmp_path / "data", real_keystore, kdf_cost=FAST)
    vault.create(PASS)
    journal_id = vault.read_slots().journal_id
    entry = f"journal-{journal_id}"
    forget_entries.append(journal_id)
    assert entry in _peerdesk_items()
    _dbus_set_alias("session")
    try:
        vault.set_lock_mode(LockMode.PASSPHRASE, PASS)
        assert entry not in _peerdesk_items()  # in no collection at all
    finally:
        _dbus_set_alias("login")
        vault.lock()
        connection = secretstorage.dbus_init()
        try:
            for item in secretstorage.search_items(connection, {"username": entry}):
                item.delete()
        finally:
            connection.close()
