"""Settings: switching how PeerDesk opens, with the words for what each mode protects."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from peerdesk.clock import Clock
from peerdesk.errors import PassphraseNeeded, WrongKey
from peerdesk.journal import Journal
from peerdesk.keyslots import LockMode
from peerdesk.keystore import SERVICE, MemoryKeyring
from peerdesk.vault import Vault
from ui.messages import explain, keyring_name
from ui.pages.settings_page import SettingsPage

PASS = "blue heron at dawn"


def _page(qtbot: QtBot, journal: Journal, vault: Vault, clock: Clock, answers: list[bool]):
    page = SettingsPage(
        journal, clock, vault, write_down=lambda _c: False, confirm=lambda _q: answers.pop(0)
    )
    qtbot.addWidget(page)
    page.show()
    return page


def _key_entries(backend: MemoryKeyring) -> list[tuple[str, str]]:
    return [e for e in backend.entries if e[0] == SERVICE]


def test_switching_to_passphrase_mode_and_back(
    qtbot: QtBot, journal: Journal, vault: Vault, clock: Clock, keyring_backend: MemoryKeyring
) -> None:
    answers = [False, True]
    page = _page(qtbot, journal, vault, clock, answers)
    assert page.mode_computer.isChecked()
    assert "anyone using your logged-in computer account can open it again" in (
        page.mode_text.text()
    )
    assert not page.mode_switch_button.isEnabled()
    assert not page.mode_passphrase_edit.isVisible()

    page.mode_passphrase.click()
    assert "Only this keeps out someone using your computer" in page.mode_text.text()
    assert page.mode_passphrase_edit.isVisible() and page.mode_passphrase_again.isVisible()
    page.mode_passphrase_edit.setText(PASS)
    page.mode_passphrase_again.setText("blue heron at dusk")
    page.mode_switch_button.click()
    assert "not the same" in page.mode_state.text()
    assert vault.lock_mode is LockMode.COMPUTER_LOGIN and len(_key_entries(keyring_backend)) == 1

    page.mode_passphrase_again.setText(PASS)
    page.mode_switch_button.click()
    assert vault.lock_mode is LockMode.PASSPHRASE
    assert _key_entries(keyring_backend) == []  # deleted, and read back as gone
    assert "asks for your passphrase every time" in page.mode_state.text()
    assert page.mode_passphrase_edit.text() == ""
    assert not page.mode_switch_button.isEnabled()
    assert not page.remove_passphrase_button.isEnabled()  # it is the only everyday key now
    assert "asks for it every time" in page.passphrase_state.text()
    vault.lock()
    with pytest.raises(PassphraseNeeded):
        vault.unlock_with_keyring()
    vault.unlock_with_passphrase(PASS)

    page.mode_computer.click()
    assert not page.mode_passphrase_edit.isVisible()
    page.mode_switch_button.click()  # "anyone at this account can open it": answered no
    assert vault.lock_mode is LockMode.PASSPHRASE and _key_entries(keyring_backend) == []
    page.mode_switch_button.click()  # answered yes
    assert vault.lock_mode is LockMode.COMPUTER_LOGIN
    assert len(_key_entries(keyring_backend)) == 1
    assert "keeps nobody out" in page.passphrase_state.text()  # the passphrase is still set
    assert page.remove_passphrase_button.isEnabled()


def test_with_a_passphrase_set_switching_asks_for_it_once(
    qtbot: QtBot, journal: Journal, vault: Vault, clock: Clock, keyring_backend: MemoryKeyring
) -> None:
    vault.set_passphrase(PASS)
    page = _page(qtbot, journal, vault, clock, [])
    page.mode_passphrase.click()
    assert page.mode_passphrase_edit.isVisible() and not page.mode_passphrase_again.isVisible()
    page.mode_passphrase_edit.setText("not my passphrase")
    page.mode_switch_button.click()
    assert explain(WrongKey()).text in page.mode_state.text()
    assert vault.lock_mode is LockMode.COMPUTER_LOGIN and len(_key_entries(keyring_backend)) == 1
    page.mode_passphrase_edit.setText(PASS)
    page.mode_switch_button.click()
    assert vault.lock_mode is LockMode.PASSPHRASE and _key_entries(keyring_backend) == []


def test_key_kept_by_names_no_keyring_in_passphrase_mode(
    qtbot: QtBot, journal: Journal, vault: Vault, clock: Clock, keyring_backend: MemoryKeyring
) -> None:
    """The "Key kept by" line names no keyring once the key is in none, and follows a switch."""
    page = _page(qtbot, journal, vault, clock, [True])
    assert page.key_kept_by.text() == "PeerDesk's temporary in-memory keyring"  # in words
    assert page.key_kept_by.text() == keyring_name(vault.keystore.usable_backend())
    page.mode_passphrase.click()
    page.mode_passphrase_edit.setText(PASS)
    page.mode_passphrase_again.setText(PASS)
    page.mode_switch_button.click()
    assert vault.lock_mode is LockMode.PASSPHRASE and _key_entries(keyring_backend) == []
    assert "passphrase only" in page.key_kept_by.text()
    page.mode_computer.click()
    page.mode_switch_button.click()
    assert vault.lock_mode is LockMode.COMPUTER_LOGIN
    assert page.key_kept_by.text() == keyring_name(vault.keystore.usable_backend())

    again = _page(qtbot, journal, vault, clock, [])  # a page built while in passphrase mode
    vault.set_lock_mode(LockMode.PASSPHRASE, PASS)
    again.refresh()
    assert "passphrase only" in again.key_kept_by.text()
    built = _page(qtbot, journal, vault, clock, [])
    assert "passphrase only" in built.key_kept_by.text()


def test_a_key_file_damaged_while_open_does_not_crash_settings(
    qtbot: QtBot, journal: Journal, vault: Vault, clock: Clock
) -> None:
    """The open journal knows its key slots: Settings must not re-read the file and crash when
    it was spoiled behind PeerDesk's back (it reached the crash dialog)."""
    vault.slots_path.write_text("{garbage")
    page = _page(qtbot, journal, vault, clock, [])
    page.refresh()
    assert page.key_kept_by.text() == keyring_name(vault.keystore.usable_backend())


def test_switching_to_passphrase_mode_refuses_a_passphrase_too_easily_guessed(
    qtbot: QtBot, journal: Journal, vault: Vault, clock: Clock, keyring_backend: MemoryKeyring
) -> None:
    page = _page(qtbot, journal, vault, clock, [])
    page.mode_passphrase.click()
    page.mode_passphrase_edit.setText("password")
    page.mode_passphrase_again.setText("password")
    page.mode_switch_button.click()
    assert "most common" in page.mode_state.text()
    assert vault.lock_mode is LockMode.COMPUTER_LOGIN and len(_key_entries(keyring_backend)) == 1
