"""Start-up: the keyring opens the journal without an unlock screen, and the full check of every
page runs beside the open window, holding back retention and backups until it has passed."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from peerdesk.database import IntegrityCheck, rows
from peerdesk.errors import StorageError
from peerdesk.keystore import MemoryKeyring
from peerdesk.sessions import DRAFT, FINISHED, Session
from peerdesk.vault import Vault
from tests.conftest import Clock
from tests.support.factories import add_sessions
from ui.gates.damage_dialog import DamageDialog
from ui.gates.unlock_dialog import Mode, UnlockDialog
from ui.lifecycle import AppController
from ui.main_window import FOLLOW_UPS, RESOURCES

PAGE = 4096
WAIT_MS = 20_000


def _journal_with_sessions(vault: Vault, count: int = 60) -> int:
    """Fill a new journal; return the root page of its sessions table."""
    journal, _code = vault.create()
    add_sessions(journal, count, note="note", filler="q" * 400)
    ((root,),) = rows(journal.conn, "SELECT rootpage FROM sqlite_master WHERE name = 'sessions'")
    vault.lock()
    return int(root)


def _spoil(path: Path, page: int) -> None:
    data = bytearray(path.read_bytes())
    start = (page - 1) * PAGE + 300
    data[start : start + 32] = bytes(32)
    path.write_bytes(bytes(data))


def test_the_keyring_opens_the_window_and_the_check_then_starts_the_background_work(
    qtbot: QtBot, controller: AppController, vault: Vault
) -> None:
    _journal_with_sessions(vault)
    with qtbot.waitSignal(controller.checked, timeout=WAIT_MS):
        controller.start()
        assert controller.gate is None  # no unlock screen was built
        assert controller.window is not None and controller.window.isVisible()
        assert controller.integrity is not None  # the check runs beside the window
        assert controller.retention is None  # nothing writes before it has passed
        assert not controller.backups.running
    assert controller.integrity is None
    assert controller.retention is not None
    assert controller.backups.running
    assert controller.window is not None and controller.window.isVisible()


def test_a_damaged_page_found_after_opening_closes_the_window_and_shows_the_damage_flow(
    qtbot: QtBot, controller: AppController, vault: Vault
) -> None:
    root = _journal_with_sessions(vault)
    _spoil(vault.journal_path, root)  # the key still opens the file; one page is bad
    controller.start()
    assert controller.window is not None  # opened first
    qtbot.waitUntil(lambda: isinstance(controller.gate, DamageDialog), timeout=WAIT_MS)
    assert controller.window is None
    assert not vault.is_unlocked
    assert controller.retention is None  # retention never ran on the damaged file
    assert not controller.backups.running


def test_a_keyring_without_the_key_shows_the_unlock_screen_with_the_way_on(
    qtbot: QtBot, controller: AppController, vault: Vault, keyring_backend: MemoryKeyring
) -> None:
    _journal_with_sessions(vault, count=1)
    keyring_backend.entries.clear()
    controller.start()
    gate = controller.gate
    assert isinstance(gate, UnlockDialog)
    qtbot.addWidget(gate)
    assert controller.window is None
    assert gate.mode is Mode.RECOVERY  # the recovery code puts the key back
    assert gate.last_error is not None and gate.last_error.code == "keyring_entry_missing"
    QApplication.processEvents()  # every queued call runs: none tries the keyring a second time
    assert gate.last_error.code == "keyring_entry_missing" and not vault.is_unlocked


def test_locking_while_the_check_runs_stops_it_and_nothing_starts_after(
    qtbot: QtBot, controller: AppController, vault: Vault
) -> None:
    _journal_with_sessions(vault)
    controller.start()
    runner = controller.integrity
    assert runner is not None
    controller.lock()
    assert not runner.running  # cancelled and waited for
    assert controller.integrity is None
    QApplication.processEvents()  # an answer the stopped check had queued is delivered, and ignored
    assert controller.retention is None
    assert not controller.backups.running
    assert isinstance(controller.gate, UnlockDialog)


def _root_page(vault: Vault, table: str) -> int:
    journal = vault.unlock_with_keyring()
    ((root,),) = rows(journal.conn, "SELECT rootpage FROM sqlite_master WHERE name = ?", (table,))
    vault.lock()
    return int(root)


@pytest.mark.parametrize("table", ["followups_due", "settings"])  # an index, a table
def test_a_damaged_page_the_window_reads_first_opens_the_damage_flow(
    qtbot: QtBot, controller: AppController, vault: Vault, table: str
) -> None:
    """Today reads the follow-ups (through their due-date index) and the controller the settings
    before the window shows: a bad page there leads to the damage flow, not to the crash
    dialog."""
    _journal_with_sessions(vault, count=3)
    _spoil(vault.journal_path, _root_page(vault, table))
    controller.start()
    assert isinstance(controller.gate, DamageDialog)
    assert controller.window is None
    assert not vault.is_unlocked


def test_a_damaged_page_met_while_building_a_page_opens_the_damage_flow(
    qtbot: QtBot, controller: AppController, vault: Vault
) -> None:
    _journal_with_sessions(vault, count=3)
    _spoil(vault.journal_path, _root_page(vault, "resources"))
    controller.start()
    window = controller.window
    assert window is not None  # Today does not read the resources
    window.nav.setCurrentRow(RESOURCES)  # built now, before the check has answered
    assert isinstance(controller.gate, DamageDialog)
    assert controller.window is None and not vault.is_unlocked


def test_damage_found_while_closing_for_it_writes_no_draft_and_opens_one_screen(
    qtbot: QtBot, controller: AppController, vault: Vault
) -> None:
    """A draft typed before the check answers is not saved into the damaged file, and a dialog
    open at that moment (restore) does not open an unlock screen of its own."""
    root = _journal_with_sessions(vault)
    _spoil(vault.journal_path, root)
    controller.start()
    window = controller.window
    assert window is not None
    form = window.new_session()
    saved: list[bool] = []
    form.save_draft_now = lambda: saved.append(True)  # type: ignore[method-assign]
    window.restore_requested.emit()  # the restore dialog, parentless, is open
    qtbot.waitUntil(lambda: isinstance(controller.gate, DamageDialog), timeout=WAIT_MS)
    assert saved == []
    screens = [
        w for w in QApplication.topLevelWidgets() if w.isVisible() and isinstance(w, UnlockDialog)
    ]
    assert screens == []


def test_a_check_that_cannot_run_keeps_retention_off_but_backups_on(
    qtbot: QtBot, controller: AppController, vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    def cannot_read(_self: IntegrityCheck) -> list[str] | None:
        raise StorageError("the journal file could not be read or written (SQLITE_IOERR)")

    monkeypatch.setattr(IntegrityCheck, "run", cannot_read)
    _journal_with_sessions(vault, count=1)
    controller.start()
    window = controller.window
    assert window is not None
    qtbot.waitUntil(lambda: controller.backups.running, timeout=WAIT_MS)
    assert controller.retention is None
    assert controller.integrity is None
    assert "could not be checked" in window.statusBar().currentMessage()


def test_the_first_screen_counts_what_is_due_once_and_says_it_everywhere(
    qtbot: QtBot, controller: AppController, vault: Vault, clock: Clock
) -> None:
    """Today reads the follow-ups and drafts once; the badge and the status line use its counts."""
    journal, _code = vault.create()
    peer = journal.peers.add("Heron")
    now = clock().astimezone().date()
    for due_on in (now - timedelta(days=3), now - timedelta(days=1), now, now + timedelta(days=2)):
        journal.sessions.save(
            Session(held_on=now - timedelta(days=10), status=FINISHED, peer_id=peer.id,
                    contact_kind="peer_asked", followup_on=due_on, followup_plan="call"),
            second_followup=True,
        )  # fmt: skip
    journal.sessions.save(Session(held_on=now, status=DRAFT, notes={"listen": "half"}))
    vault.lock()
    controller.start()
    window = controller.window
    assert window is not None
    assert len(window.today_page.due_items()) == 4  # the week ahead, overdue ones included
    badge = window.nav.item(FOLLOW_UPS)
    assert badge.text() == "Follow-ups (4)"  # two overdue, one due today and one this week
    assert badge.toolTip() == "2 overdue, 1 due today, 1 later this week"
    assert window.statusBar().currentMessage() == (
        "2 follow-ups overdue · 1 unfinished draft on Today"
    )
