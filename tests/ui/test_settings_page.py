from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from peerdesk.clock import Clock
from peerdesk.errors import WrongKey
from peerdesk.journal import Journal
from peerdesk.preferences import ALL, IDLE_MINUTES
from peerdesk.recovery import RecoveryCode
from peerdesk.vault import Vault
from ui.pages.settings_page import SettingsPage


def _page(qtbot: QtBot, journal: Journal, vault: Vault, clock: Clock, answers: list[bool],
          codes: list[RecoveryCode]) -> SettingsPage:  # fmt: skip
    def write_down(code: RecoveryCode) -> bool:
        codes.append(code)
        return True

    page = SettingsPage(
        journal,
        clock,
        vault,
        write_down=write_down,
        confirm=lambda _q: answers.pop(0),
        ask=lambda _prompt, _hidden: "",  # no code typed back: a new one is made
    )
    page.rekey_requested.connect(lambda rekey: rekey())  # the window runs it (see test_rekey_ui)
    qtbot.addWidget(page)
    return page


def test_idle_minutes_are_kept_in_the_journal(
    qtbot: QtBot, journal: Journal, vault: Vault, clock: Clock
) -> None:
    page = _page(qtbot, journal, vault, clock, [], [])
    assert page.idle.value() == 5
    with qtbot.waitSignal(page.idle_minutes_changed) as signal:
        page.idle.setValue(12)
    assert signal.args == [12]
    assert journal.settings.get(IDLE_MINUTES.key) == 12  # the stored row, as before
    assert journal.preferences.get(IDLE_MINUTES) == 12
    journal.settings.set(IDLE_MINUTES.key, "nonsense")
    assert journal.preferences.get(IDLE_MINUTES) == 5


def test_passphrase_set_mismatch_and_remove(
    qtbot: QtBot, journal: Journal, vault: Vault, clock: Clock
) -> None:
    answers = [False, True]
    codes: list[RecoveryCode] = []
    page = _page(qtbot, journal, vault, clock, answers, codes)
    assert "No lock passphrase" in page.passphrase_state.text()
    assert not page.remove_passphrase_button.isEnabled()
    page.passphrase.setText("one long passphrase")
    page.passphrase_again.setText("another passphrase")
    page.set_passphrase_button.click()
    assert "not the same" in page.passphrase_state.text()
    assert not vault.has_passphrase
    page.passphrase.setText("short")
    page.passphrase_again.setText("short")
    page.set_passphrase_button.click()
    assert not vault.has_passphrase
    assert page.passphrase_state.text()
    page.passphrase.setText("one long passphrase")
    page.passphrase_again.setText("one long passphrase")
    page.set_passphrase_button.click()
    assert vault.has_passphrase
    assert page.passphrase.text() == ""
    page.remove_passphrase_button.click()  # answered no
    assert vault.has_passphrase
    page.remove_passphrase_button.click()  # answered yes: a re-key with a new code
    assert not vault.has_passphrase
    assert len(codes) == 1  # written down (and checked) before the switch
    vault.lock()
    vault.unlock_with_recovery_code(codes[0])


def test_a_new_recovery_code_is_shown_and_the_old_one_retired(
    qtbot: QtBot, vault: Vault, clock: Clock
) -> None:
    journal, old = vault.create()
    codes: list[RecoveryCode] = []
    page = _page(qtbot, journal, vault, clock, [False, True], codes)
    page.new_code_button.click()
    assert codes == []
    page.new_code_button.click()
    (new,) = codes
    vault.lock()
    with pytest.raises(WrongKey):
        vault.unlock_with_recovery_code(old)
    vault.unlock_with_recovery_code(new)


def test_the_backup_plan_is_kept_in_the_journal(
    qtbot: QtBot, journal: Journal, vault: Vault, clock: Clock, tmp_path
) -> None:
    picked: list[str | None] = [str(tmp_path), None]  # a folder, then a cancelled dialog
    page = SettingsPage(
        journal,
        clock,
        vault,
        write_down=lambda _code: True,
        confirm=lambda _q: False,
        choose_folder=lambda: picked.pop(0),
    )
    qtbot.addWidget(page)
    assert not page.stop_copying_button.isEnabled()  # no second folder: nothing to stop
    assert page.backup_every.value() == journal.preferences.backup_plan().every_hours
    page.backup_every.setValue(6)
    page.backup_keep.setValue(3)
    qtbot.mouseClick(page.choose_folder_button, Qt.MouseButton.LeftButton)
    plan = journal.preferences.backup_plan()
    assert (plan.every_hours, plan.keep, plan.second_folder) == (6, 3, tmp_path)
    assert page.second_folder.text() == str(tmp_path)
    assert page.stop_copying_button.isEnabled()
    qtbot.mouseClick(page.choose_folder_button, Qt.MouseButton.LeftButton)  # cancelled
    assert journal.preferences.backup_plan().second_folder == tmp_path
    qtbot.mouseClick(page.stop_copying_button, Qt.MouseButton.LeftButton)
    assert journal.preferences.backup_plan().second_folder is None
    assert not page.stop_copying_button.isEnabled()
    assert picked == []


def test_corrupt_setting_rows_open_with_the_defaults(
    qtbot: QtBot, journal: Journal, vault: Vault, clock: Clock
) -> None:
    """A hand-edited or damaged settings row never stops the page (or the handout) opening."""
    from ui.dialogs.handout_dialog import HandoutDialog

    for setting in ALL:
        journal.conn.execute(
            "INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)",
            (setting.key, "not json {"),
        )
    page = _page(qtbot, journal, vault, clock, [], [])
    assert (page.idle.value(), page.backup_every.value(), page.backup_keep.value()) == (5, 24, 10)
    assert page.second_folder.text() == "none"
    assert not page.retention.notes_on.isChecked()
    assert not page.retention.contacts_on.isChecked()
    assert page.old_backup_folders() == ()
    dialog = HandoutDialog(journal, clock)
    qtbot.addWidget(dialog)
    assert dialog.organisation.text() == ""
    page.idle.setValue(7)  # and the next choice is kept
    assert journal.preferences.get(IDLE_MINUTES) == 7


def test_a_passphrase_too_easily_guessed_is_refused_when_set_or_changed(
    qtbot: QtBot, journal: Journal, vault: Vault, clock: Clock
) -> None:
    codes: list[RecoveryCode] = []
    page = _page(qtbot, journal, vault, clock, [], codes)
    for weak in ("password", "aaaaaaaa"):
        page.passphrase.setText(weak)
        page.passphrase_again.setText(weak)
        page.set_passphrase_button.click()
        assert not vault.has_passphrase and "short sentence" in page.passphrase_state.text()
    page.passphrase.setText("one long passphrase")
    page.passphrase_again.setText("one long passphrase")
    page.set_passphrase_button.click()
    assert vault.has_passphrase
    page.passphrase.setText("12345678")
    page.passphrase_again.setText("12345678")
    page.set_passphrase_button.click()  # a change re-keys: refused before any new code
    assert "plain run" in page.passphrase_state.text() and codes == []
    vault.check_current_passphrase("one long passphrase")
