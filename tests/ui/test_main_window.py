"""The main window and the controller around it: navigation, shortcuts, lock and unlock."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import shiboken6
from PySide6.QtCore import QAbstractItemModel, QEvent, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QPlainTextEdit
from pytestqt.qtbot import QtBot

from peerdesk import due
from peerdesk.demo import fill
from peerdesk.journal import Journal
from peerdesk.sessions import DRAFT, FINISHED, Session
from peerdesk.vault import Vault
from tests.conftest import Clock, day
from tests.support.fakes import MonotonicClock
from tests.support.journal_text_scan import left_after_lock
from tests.support.manual_timer import ManualTimer
from tests.support.windows import shown_main_window
from ui.gates.setup_wizard import SetupWizard
from ui.gates.unlock_dialog import UnlockDialog
from ui.lifecycle import AppController
from ui.main_window import (
    FOLLOW_UPS,
    INSIGHTS,
    PEERS,
    RESOURCES,
    SESSIONS,
    SETTINGS,
    TODAY,
)
from ui.models.roles import Role
from ui.pages.followups_page import FollowUpsPage
from ui.pages.insights_page import InsightsPage
from ui.pages.peers_page import PeersPage
from ui.pages.resources_page import ResourcesPage
from ui.pages.sessions_page import SessionsPage
from ui.pages.settings_page import SettingsPage
from ui.pages.today_page import DUE_SHOWN
from ui.session.session_form import SessionForm
from ui.system.idle import IdleWatcher
from ui.widgets.dates import date_and_time

MARKER = "QUOKKA-MARKER-7731"


def test_navigation_reaches_every_page_by_keyboard(
    qtbot: QtBot, journal: Journal, vault: Vault, clock: Clock
) -> None:
    window = shown_main_window(qtbot, journal, vault, clock, demo=True)
    assert [window.nav.item(i).text() for i in range(window.nav.count())] == [
        "Today", "Sessions", "Follow-ups", "Peers", "Resources", "Insights", "Settings",
    ]  # fmt: skip
    assert window.current_page() is window.today_page
    # Offscreen Qt has no active window, so shortcuts are checked through their actions.
    go = {a.shortcut().toString(): a for a in window.actions() if a.shortcut().count()}
    assert {f"Ctrl+{n}" for n in range(1, 8)} <= go.keys()
    go["Ctrl+2"].trigger()
    assert window.current_page() is window.sessions_page
    go["Ctrl+7"].trigger()
    assert window.current_page() is window.settings_page
    window.nav.setCurrentRow(FOLLOW_UPS)
    assert isinstance(window.current_page(), FollowUpsPage)
    # Qt shows the title followed by the app's name: "Demo journal — PeerDesk", each said once.
    assert window.windowTitle() == "Demo journal"


def test_find_and_new_session_shortcuts(
    qtbot: QtBot, journal: Journal, vault: Vault, clock: Clock
) -> None:
    window = shown_main_window(qtbot, journal, vault, clock, demo=True)
    window.find_action.trigger()
    assert window.nav.currentRow() == SESSIONS
    assert window.find_action.shortcut().toString() == "Ctrl+F"
    assert window.new_action.shortcut().toString() == "Ctrl+N"
    assert window.lock_action.shortcut().toString() == "Ctrl+L"
    window.new_action.trigger()
    assert len(window.forms) == 1
    assert isinstance(window.forms[0], SessionForm)
    window.prepare_for_lock()
    assert window.forms == []


def test_today_lists_the_longest_waiting_follow_ups_and_points_to_the_rest(
    qtbot: QtBot, journal: Journal, vault: Vault, clock: Clock
) -> None:
    peer = journal.peers.add("Heron")
    for i in range(DUE_SHOWN + 5):
        journal.sessions.save(
            Session(held_on=day(1), status=FINISHED, peer_id=peer.id, contact_kind="peer_asked",
                    followup_on=day(2) + timedelta(days=i % 20), followup_plan=f"call {i}"),
            second_followup=True,
        )  # fmt: skip
    window = shown_main_window(qtbot, journal, vault, clock, demo=True)
    today = window.today_page
    assert len(today.due_items()) == DUE_SHOWN
    waiting = journal.followups.open(due_by=day(2) + timedelta(days=30))
    shown = [int(today.due_items()[row].data(Role.FOLLOWUP_ID)) for row in range(DUE_SHOWN)]
    assert shown == [f.id for f in waiting[:DUE_SHOWN]]  # the longest overdue first
    assert f"Follow-ups due: {DUE_SHOWN + 5}" in today.due_label.text()
    assert "the Follow-ups page has them all" in today.due_label.text()


def test_today_lists_due_follow_ups_and_drafts(
    qtbot: QtBot, journal: Journal, vault: Vault, clock: Clock
) -> None:
    peer = journal.peers.add("Heron")
    journal.sessions.save(
        Session(held_on=day(20), status=FINISHED, peer_id=peer.id, contact_kind="peer_asked",
                followup_on=day(24), followup_plan="short call")
    )  # fmt: skip
    journal.sessions.save(Session(held_on=day(25), status=DRAFT, notes={"listen": "half"}))
    window = shown_main_window(qtbot, journal, vault, clock, demo=True)
    today = window.today_page
    assert len(today.due_items()) == 1
    assert "Heron" in today.due_items()[0].text() and "overdue" in today.due_items()[0].text()
    assert today.drafts.count() == 1
    assert "No backup yet" in today.backup_note.text()
    today.groups[due.OVERDUE].setCurrentRow(0)
    today.follow_up.emit(journal.followups.open()[0].id)
    assert len(window.forms) == 1
    window.prepare_for_lock()


def test_back_up_now_updates_the_reminder(
    qtbot: QtBot, journal: Journal, vault: Vault, clock: Clock
) -> None:
    window = shown_main_window(qtbot, journal, vault, clock, demo=True)
    window.back_up_now()
    assert vault.last_backup() is not None
    assert window.today_page.backup_note.isHidden()
    window.nav.setCurrentRow(SETTINGS)
    assert "Last backup" in window.settings_page.backup_state.text()


def test_the_last_backup_is_dated_as_the_locale_writes_dates(
    qtbot: QtBot, journal: Journal, vault: Vault, clock: Clock
) -> None:
    """Found by hand: Settings said "Last backup: 2026-12-03 07:43" in every language, where
    every other date reads "3 Dec 2026" or "03 Dec 2026"."""
    window = shown_main_window(qtbot, journal, vault, clock, demo=True)
    window.back_up_now()
    last = vault.last_backup()
    assert last is not None
    window.nav.setCurrentRow(SETTINGS)
    shown = window.settings_page.backup_state.text()
    assert date_and_time(last.created) in shown
    assert f"{last.created:%Y-%m-%d}" not in shown


def test_a_backup_shows_at_once_on_the_settings_page_already_built(
    qtbot: QtBot, journal: Journal, vault: Vault, clock: Clock
) -> None:
    window = shown_main_window(qtbot, journal, vault, clock, demo=True)
    window.nav.setCurrentRow(SETTINGS)  # built now, so the backup below must refresh it
    assert "Last backup" not in window.settings_page.backup_state.text()
    window.back_up_now()
    assert "Last backup" in window.settings_page.backup_state.text()


def _open_via_keyring(qtbot: QtBot, controller: AppController) -> None:
    """At start the key comes straight from the keyring: the window, and no unlock screen."""
    assert controller.gate is None
    assert controller.window is not None


def test_first_run_shows_the_setup_wizard(controller: AppController, vault: Vault) -> None:
    controller.start()
    assert isinstance(controller.gate, SetupWizard)
    assert controller.window is None
    assert not vault.exists()


def test_lock_destroys_every_widget_with_journal_text_and_unlock_brings_it_back(
    qtbot: QtBot, controller: AppController, vault: Vault, qapp: QApplication
) -> None:
    journal, _ = vault.create()
    peer = journal.peers.add(MARKER)
    journal.sessions.save(
        Session(held_on=day(20), status=FINISHED, peer_id=peer.id, contact_kind="peer_asked",
                notes={"listen": f"talked about {MARKER}"})
    )  # fmt: skip
    vault.lock()
    controller.start()
    _open_via_keyring(qtbot, controller)
    window = controller.window
    assert window is not None
    window.nav.setCurrentRow(SESSIONS)
    form = window.new_session()
    note = form.findChildren(QPlainTextEdit)[0]
    note.setPlainText(f"draft text {MARKER}")

    seen = left_after_lock(MARKER)  # the scan sees the marker while the window is open
    assert any(line.startswith("model ") for line in seen), seen
    controller.lock()
    assert not vault.is_unlocked
    assert isinstance(controller.gate, UnlockDialog)
    qtbot.waitUntil(lambda: not window.isVisible())
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)  # run deleteLater()s
    assert not shiboken6.isValid(window)  # the window object itself is gone, not just hidden
    assert not shiboken6.isValid(form)
    assert left_after_lock(MARKER) == []  # no widget text, no model cell in any role

    controller.gate.try_keyring()  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: controller.window is not None, timeout=5000)
    journal = vault.journal
    assert journal is not None
    drafts = journal.sessions.drafts()
    assert len(drafts) == 1  # the draft typed before the lock was kept
    assert MARKER in " ".join(journal.sessions.get(drafts[0].id).notes.values())
    assert controller.window.today_page.drafts.count() == 1  # type: ignore[union-attr]


def test_idle_lock_closes_the_journal(
    qtbot: QtBot, make_controller: Callable[..., AppController], vault: Vault
) -> None:
    seconds = MonotonicClock()
    timer = ManualTimer(seconds)
    controller = make_controller(vault, idle=IdleWatcher(monotonic=seconds, timer=timer))
    vault.create()
    vault.lock()
    controller.start()
    _open_via_keyring(qtbot, controller)
    assert controller.idle.timeout_ms == 5 * 60 * 1000  # the journal's setting (the default)
    timer.advance(5 * 60 - 1)
    assert vault.is_unlocked and controller.window is not None
    timer.advance(1)
    assert not vault.is_unlocked
    assert controller.window is None
    assert isinstance(controller.gate, UnlockDialog)


def test_once_on_screen_typing_anywhere_keeps_it_open_and_ctrl_l_locks_from_a_question(
    qtbot: QtBot, make_controller: Callable[..., AppController], vault: Vault
) -> None:
    """The app-wide watchers (input for the idle lock, Ctrl+L over any question) start once the
    window is on screen rather than while it is built (start-up time), and then hear it all."""
    seconds = MonotonicClock()
    timer = ManualTimer(seconds)
    controller = make_controller(vault, idle=IdleWatcher(monotonic=seconds, timer=timer))
    vault.create()
    vault.lock()
    controller.start()
    window = controller.window
    assert window is not None
    # Shown, painted, and one turn of the event loop; waited for as a state, since on_screen
    # may come while start() runs an event loop of its own
    qtbot.waitUntil(lambda: window.is_on_screen, timeout=5000)
    for _ in range(3):  # a key every four minutes: never five minutes idle
        timer.advance(4 * 60)
        QTest.keyClick(window.stack.currentWidget(), Qt.Key.Key_A)
    assert vault.is_unlocked and controller.window is window
    question = QMessageBox(QMessageBox.Icon.Question, "PeerDesk", "Go on?", parent=window)
    question.open()
    QTest.keyClick(question, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert not vault.is_unlocked and isinstance(controller.gate, UnlockDialog)


def test_window_geometry_is_remembered_without_journal_data(
    qtbot: QtBot, controller: AppController, vault: Vault, tmp_path: Path
) -> None:
    journal, _ = vault.create()
    journal.peers.add(MARKER)
    vault.lock()
    controller.start()
    _open_via_keyring(qtbot, controller)
    controller.lock()
    saved = (tmp_path / "config" / "window.ini").read_bytes()
    assert b"geometry" in saved
    assert MARKER.encode() not in saved
    assert (tmp_path / "config" / "window.ini").stat().st_mode & 0o777 == 0o600


def test_today_is_the_first_page_with_a_demo_journal(
    qtbot: QtBot, journal: Journal, vault: Vault, clock: Clock
) -> None:
    fill(journal, 200, seed=4, today=day(26))
    window = shown_main_window(qtbot, journal, vault, clock, demo=True)
    assert window.nav.currentRow() == TODAY
    assert len(window.today_page.due_items()) > 0


def test_only_today_is_built_at_start_and_every_other_page_on_its_first_visit(
    qtbot: QtBot, journal: Journal, vault: Vault, clock: Clock
) -> None:
    """Start-up pays for the page it shows: no other page, and none of PeerDesk's item models
    (the Sessions page's would read the whole journal), exists until it is first visited."""
    fill(journal, 200, seed=4, today=day(26))
    window = shown_main_window(qtbot, journal, vault, clock, demo=True)
    pages = {
        SESSIONS: SessionsPage,
        FOLLOW_UPS: FollowUpsPage,
        PEERS: PeersPage,
        RESOURCES: ResourcesPage,
        INSIGHTS: InsightsPage,
        SETTINGS: SettingsPage,
    }
    for row, kind in pages.items():
        assert window.findChildren(kind) == [], kind
        assert not isinstance(window.stack.widget(row), kind), kind
    ours = [m for m in window.findChildren(QAbstractItemModel) if type(m).__module__[:3] == "ui."]
    assert ours == []
    for row, kind in pages.items():
        window.nav.setCurrentRow(row)
        page = window.current_page()
        assert isinstance(page, kind) and window.stack.widget(row) is page, kind
        assert window.findChildren(kind) == [page], kind
    assert any(type(m).__module__[:3] == "ui." for m in window.findChildren(QAbstractItemModel))
    for row, kind in pages.items():  # a second visit shows the same page again, not a new one
        page = window.stack.widget(row)
        window.nav.setCurrentRow(TODAY)
        window.nav.setCurrentRow(row)
        assert window.current_page() is page and window.findChildren(kind) == [page], kind
