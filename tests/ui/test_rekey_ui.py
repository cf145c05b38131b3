"""Settings ▸ a new recovery code or a changed passphrase, as the supporter goes through it: the
code shown and checked first (nothing changes before), the window closed and rebuilt on the new
key, then the backups made before listed, re-encrypted or deleted off the GUI thread."""

from __future__ import annotations

import threading
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QProgressDialog
from pytestqt.qtbot import QtBot

from peerdesk import backups, keyslots
from peerdesk.clock import Clock
from peerdesk.errors import WrongKey
from peerdesk.keyslots import RECOVERY
from peerdesk.recovery import RecoveryCode
from peerdesk.vault import Vault
from tests.read_only import unrenameable
from ui.dialogs.old_backups_dialog import OldBackupsDialog
from ui.dialogs.recovery_code_view import NewCodeDialog
from ui.gates.unlock_dialog import UnlockDialog
from ui.lifecycle import AppController
from ui.pages.settings_page import SettingsPage

WAIT_MS = 20_000


class Supporter:
    """Goes through the real new-code dialog: reads the groups, types the asked one back."""

    def __init__(self, qtbot: QtBot, *, cancel: bool = False) -> None:
        self.qtbot = qtbot
        self.cancel = cancel
        self.seen: list[str] = []

    def write_down(self, code: RecoveryCode) -> bool:
        dialog = NewCodeDialog(code, today=lambda: date(2026, 11, 26), choose_group=lambda _n: 2)
        self.qtbot.addWidget(dialog)
        dialog.show()
        shown = "-".join(label.text() for label in dialog.view.group_labels)
        self.seen.append(shown)
        assert dialog.view.whole_code.text() == shown  # the same code, as one line of text
        if self.cancel:
            dialog.cancel_button.click()
            assert dialog.view.whole_code.text() == ""  # forgotten on cancelling too
            return dialog.result() == NewCodeDialog.DialogCode.Accepted
        dialog.next_button.click()  # "I have written it down"
        assert (
            dialog.step == NewCodeDialog.CHECK and "group 3" in dialog.check.confirm_prompt.text()
        )
        self.qtbot.keyClicks(dialog.check.group_edit, "ZZZZ")
        dialog.next_button.click()
        assert dialog.check.group_error.isVisible() and dialog.isVisible()  # a wrong group
        dialog.check.group_edit.clear()
        self.qtbot.keyClicks(dialog.check.group_edit, shown.split("-")[2].lower())
        dialog.next_button.click()
        accepted = dialog.result() == NewCodeDialog.DialogCode.Accepted
        assert all(label.text() == "" for label in dialog.view.group_labels)  # forgotten
        assert dialog.view.whole_code.text() == ""
        return accepted


def _page(qtbot: QtBot, vault: Vault, clock: Clock, supporter: Supporter, answers: list):
    assert vault.journal is not None
    page = SettingsPage(
        vault.journal,
        clock,
        vault,
        write_down=supporter.write_down,
        confirm=lambda _q: True,
        ask=lambda _prompt, _hidden: answers.pop(0),
    )
    qtbot.addWidget(page)
    asked: list = []
    page.rekey_requested.connect(asked.append)
    return page, asked


@pytest.fixture
def started(qtbot: QtBot, controller: AppController, vault: Vault, clock: Clock, tmp_path: Path):
    """The app open on a journal with a backup in backups/ and one in a second folder."""
    journal, code = vault.create()
    journal.peers.add("Heron")
    second = tmp_path / "usb"
    second.mkdir()
    journal.preferences.set_backup_plan(
        replace(journal.preferences.backup_plan(), second_folder=second)
    )
    before = [vault.backup(), vault.backup(second)]
    vault.lock()
    controller.start()
    assert controller.window is not None
    return code, second, before


def test_a_new_code_changes_nothing_until_the_copy_is_checked_then_re_keys(
    qtbot: QtBot, controller: AppController, vault: Vault, clock: Clock, started
) -> None:
    old_code, second, before = started
    old_window = controller.window
    assert old_window is not None
    words = " ".join(label.text() for label in old_window.settings_page.findChildren(QLabel))
    assert "new key" in words and "Backups made before keep the old key" in words
    # Cancelled at the code: nothing changed, the old code still opens.
    page, asked = _page(qtbot, vault, clock, Supporter(qtbot, cancel=True), [])
    page.new_code_button.click()
    assert asked == [] and "Nothing was changed" in page.code_state.text()
    vault.check_recovery_code(old_code)

    supporter = Supporter(qtbot)
    page, asked = _page(qtbot, vault, clock, supporter, [])
    page.new_code_button.click()
    (rekey,) = asked
    vault.check_recovery_code(old_code)  # checked copy, but the switch is the window's job
    assert old_window is not None
    with qtbot.waitSignal(controller.rekey_done, timeout=WAIT_MS):
        old_window.rekey_requested.emit(rekey)

    window = controller.window
    assert window is not None and window is not old_window and window.isVisible()
    assert vault.journal is not None and vault.journal.peers.find("Heron")
    (new_code,) = supporter.seen
    with pytest.raises(WrongKey):
        vault.check_recovery_code(old_code)
    vault.check_recovery_code(new_code)

    # The backups made before are listed, and the dialog says the old code opens them.
    dialog = window.findChild(OldBackupsDialog)
    assert isinstance(dialog, OldBackupsDialog) and dialog.isVisible()
    assert "old recovery code still opens them" in dialog.intro.text()
    assert dialog.backups.count() == 2
    assert dialog.reencrypt_button.isVisible() and dialog.reencrypt_button.isEnabled()
    dialog.reencrypt_button.click()
    assert not dialog.reencrypt_button.isEnabled()  # working, off the GUI thread
    qtbot.waitUntil(lambda: dialog.result_of_last is not None, timeout=WAIT_MS)
    result = dialog.result_of_last
    assert result is not None and result.problems == () and len(result.done) == 2
    assert dialog.backups.count() == 0 and "No backup made with an old key" in dialog.intro.text()
    for folder in (vault.backup_dir, second):
        for made in backups.existing(folder, vault.read_slots().journal_id):
            slots = keyslots.read(backups.keys_path(made.path))
            with pytest.raises(WrongKey):
                slots.unwrap(RECOVERY, old_code.secret)
            slots.unwrap(RECOVERY, RecoveryCode.parse(new_code).secret)
    assert all(not b.path.exists() for b in before)
    dialog.close_button.click()
    assert not vault.has_retired_key  # forgotten once the choice is made


def test_later_only_deleting_is_offered_and_asked_first(
    qtbot: QtBot, controller: AppController, vault: Vault, clock: Clock, started
) -> None:
    _old_code, second, before = started
    page, asked = _page(qtbot, vault, clock, Supporter(qtbot), [])
    page.new_code_button.click()
    window = controller.window
    assert window is not None
    with qtbot.waitSignal(controller.rekey_done, timeout=WAIT_MS):
        window.rekey_requested.emit(asked[0])
    assert controller.window is not None
    first = controller.window.findChild(OldBackupsDialog)
    assert first is not None
    first.close_button.click()  # keep them for now: the old key is forgotten
    assert not vault.has_retired_key

    answers = [False, True]
    dialog = OldBackupsDialog(vault, (second,), confirm=lambda _q: answers.pop(0))
    qtbot.addWidget(dialog)
    assert dialog.backups.count() == 2
    assert not dialog.reencrypt_button.isVisible() or dialog.reencrypt_button.isHidden()
    assert "no longer holds that key" in dialog.intro.text()
    dialog.delete_button.click()  # answered no
    assert dialog.result_of_last is None and all(b.path.exists() for b in before)
    dialog.delete_button.click()  # answered yes
    qtbot.waitUntil(lambda: dialog.result_of_last is not None, timeout=WAIT_MS)
    assert all(not b.path.exists() for b in before)
    assert vault.last_backup() is not None  # the backup under the new key stays


def test_changing_the_passphrase_keeps_a_typed_code_or_makes_a_new_one(
    qtbot: QtBot, vault: Vault, clock: Clock
) -> None:
    _journal, old_code = vault.create(passphrase="the first passphrase")
    supporter = Supporter(qtbot)
    answers: list = ["NOT-A-CODE", old_code.text, ""]
    page, asked = _page(qtbot, vault, clock, supporter, answers)
    page.passphrase.setText("the second passphrase")
    page.passphrase_again.setText("the second passphrase")
    page.set_passphrase_button.click()  # a mistyped code: said so, nothing asked of the window
    assert asked == [] and page.passphrase_state.text()
    page.set_passphrase_button.click()  # the code typed back: kept
    (keep_code,) = asked
    keep_code()
    assert supporter.seen == []  # no new code to write down
    vault.lock()
    with pytest.raises(WrongKey):
        vault.unlock_with_passphrase("the first passphrase")
    vault.unlock_with_passphrase("the second passphrase")
    vault.check_recovery_code(old_code)

    page, asked = _page(qtbot, vault, clock, supporter, answers)
    page.passphrase.setText("the third passphrase")
    page.passphrase_again.setText("the third passphrase")
    page.set_passphrase_button.click()  # left empty: a new code, written down and checked
    (new_code_rekey,) = asked
    new_code_rekey()
    (new_code,) = supporter.seen
    with pytest.raises(WrongKey):
        vault.check_recovery_code(old_code)
    vault.check_recovery_code(new_code)
    vault.lock()
    vault.unlock_with_passphrase("the third passphrase")


def test_a_new_code_with_a_passphrase_asks_for_it_and_keeps_it(
    qtbot: QtBot, vault: Vault, clock: Clock
) -> None:
    _journal, _old_code = vault.create(passphrase="the first passphrase")
    supporter = Supporter(qtbot)
    page, asked = _page(qtbot, vault, clock, supporter, ["not it at all", "the first passphrase"])
    page.new_code_button.click()
    assert asked == [] and supporter.seen == [] and page.code_state.text()  # wrong: no code
    page.new_code_button.click()
    asked[0]()
    vault.lock()
    vault.unlock_with_passphrase("the first passphrase")
    vault.lock()
    vault.unlock_with_recovery_code(supporter.seen[0])


def test_a_re_key_decided_but_not_put_in_place_says_the_new_code_opens_the_journal(
    qtbot: QtBot, controller: AppController, vault: Vault, clock: Clock, started
) -> None:
    """The disk refuses the renames after the swap was decided: the next start completes it, so
    the supporter must read that the NEW code opens the journal, never "nothing was changed"."""
    old_code, _second, _before = started
    old_window = controller.window
    assert old_window is not None
    supporter = Supporter(qtbot)
    page, asked = _page(qtbot, vault, clock, supporter, [])
    page.new_code_button.click()
    (rekey,) = asked
    with (
        unrenameable(vault.slots_path),
        qtbot.waitSignal(controller.rekey_done, timeout=WAIT_MS),
    ):
        old_window.rekey_requested.emit(rekey)
    assert controller.window is None and vault.journal is None
    gate = controller.gate
    assert isinstance(gate, UnlockDialog) and gate.isVisible()
    words = " ".join(label.text() for label in gate.findChildren(QLabel) if label.isVisible())
    assert "NEW recovery code" in words and "Nothing was changed" not in words
    assert gate.recovery_edit.isVisible()  # the way forward: the new code
    (new_code,) = supporter.seen
    vault.lock()
    with pytest.raises(WrongKey):
        vault.unlock_with_recovery_code(old_code)
    vault.lock()
    assert vault.unlock_with_recovery_code(new_code).peers.find("Heron")


# --- off the GUI thread -------------------------------------------------------------------------

HOLD_S = 5.0  # how long a held re-key waits for the GUI thread before giving up


def test_the_window_s_thread_keeps_running_while_the_re_key_works(
    qtbot: QtBot, controller: AppController, vault: Vault, clock: Clock, started
) -> None:
    """The re-key waits until the GUI thread's heartbeat has ticked: on the GUI thread itself
    (as before) it would wait in vain, since no timer fires while it blocks."""
    _old_code, _second, _before = started
    old_window = controller.window
    assert old_window is not None
    supporter = Supporter(qtbot)
    page, asked = _page(qtbot, vault, clock, supporter, [])
    page.new_code_button.click()
    (rekey,) = asked
    beating = threading.Event()
    heartbeat = QTimer()
    heartbeat.setInterval(5)
    ticks: list[int] = []
    heartbeat.timeout.connect(lambda: ticks.append(1) if len(ticks) < 3 else beating.set())
    busy_shown: list[bool] = []
    beat_while_rekeying: list[bool] = []

    def rekey_beside_the_heartbeat() -> object:
        busy_shown.append(True)
        beat_while_rekeying.append(beating.wait(HOLD_S))
        return rekey()

    heartbeat.start()
    try:
        with qtbot.waitSignal(controller.rekey_done, timeout=WAIT_MS):
            old_window.rekey_requested.emit(rekey_beside_the_heartbeat)
            notices = [w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog)]
            assert [n.isVisible() for n in notices] == [True]  # the busy notice, while it works
    finally:
        heartbeat.stop()
    assert beat_while_rekeying == [True]
    window = controller.window
    assert window is not None and window is not old_window
    (new_code,) = supporter.seen
    vault.check_recovery_code(new_code)
    assert not any(
        w.isVisible() for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog)
    )


def test_a_lock_during_a_re_key_waits_for_it_then_locks_under_the_new_key(
    qtbot: QtBot, controller: AppController, vault: Vault, clock: Clock, started
) -> None:
    old_code, _second, _before = started
    old_window = controller.window
    assert old_window is not None
    supporter = Supporter(qtbot)
    page, asked = _page(qtbot, vault, clock, supporter, [])
    page.new_code_button.click()
    (rekey,) = asked
    entered, go_on = threading.Event(), threading.Event()

    def held_rekey() -> object:
        entered.set()
        go_on.wait(HOLD_S)
        return rekey()

    locked: list[bool] = []
    controller.locked.connect(lambda: locked.append(True))
    with qtbot.waitSignal(controller.rekey_done, timeout=WAIT_MS):
        old_window.rekey_requested.emit(held_rekey)
        assert entered.wait(HOLD_S)
        controller.lock()  # the idle timer, the screen lock or Ctrl+L, while the re-key runs
        assert locked == [] and vault.journal is not None  # not under the running re-key
        go_on.set()
    assert locked == [True]
    assert controller.window is None and vault.journal is None and not vault.has_retired_key
    gate = controller.gate
    assert isinstance(gate, UnlockDialog) and gate.isVisible()
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, OldBackupsDialog)]
    (new_code,) = supporter.seen
    with pytest.raises(WrongKey):
        vault.unlock_with_recovery_code(old_code)
    vault.lock()
    assert vault.unlock_with_recovery_code(new_code).peers.find("Heron")


def test_quitting_during_a_re_key_waits_for_it_and_opens_nothing_after(
    qtbot: QtBot, controller: AppController, vault: Vault, clock: Clock, started
) -> None:
    old_code, _second, _before = started
    old_window = controller.window
    assert old_window is not None
    supporter = Supporter(qtbot)
    page, asked = _page(qtbot, vault, clock, supporter, [])
    page.new_code_button.click()
    (rekey,) = asked
    finished: list[bool] = []

    def watched_rekey() -> object:
        done = rekey()
        finished.append(True)
        return done

    old_window.rekey_requested.emit(watched_rekey)
    controller.quit()  # the window's close, a session logout: while the re-key runs
    assert finished == [True] and vault.journal is None
    QApplication.processEvents()  # the re-key's news arrives now
    assert controller.window is None and controller.gate is None
    (new_code,) = supporter.seen
    with pytest.raises(WrongKey):
        vault.unlock_with_recovery_code(old_code)
    vault.lock()
    assert vault.unlock_with_recovery_code(new_code).peers.find("Heron")


def test_a_journal_set_aside_by_a_restore_is_listed_and_said_what_it_is(
    qtbot: QtBot, vault: Vault
) -> None:
    """After a new code, the journal a restore set aside in the data folder opens with the old
    code like the old backups: the dialog lists it beside them, in words that say what it is."""
    journal, _code = vault.create()
    made = vault.backup()
    journal.peers.add("Heron")
    vault.restore(made.path)  # the journal with Heron is set aside
    vault.regenerate_recovery_code()
    dialog = OldBackupsDialog(vault)
    qtbot.addWidget(dialog)
    rows = [dialog.backups.item(n).text() for n in range(dialog.backups.count())]
    assert len(rows) == 2
    said = sorted(row.split("  —  ")[1] for row in rows)  # when — what it is — where
    assert said == ["backup", "journal set aside by a restore"]
    assert "set aside by a restore, or rescued" in dialog.intro.text()
    assert dialog.reencrypt_button.isEnabled()
    dialog.reencrypt_button.click()
    qtbot.waitUntil(lambda: dialog.result_of_last is not None, timeout=WAIT_MS)
    assert dialog.result_of_last is not None and len(dialog.result_of_last.done) == 2
    assert dialog.backups.count() == 0
    dialog.close_button.click()
