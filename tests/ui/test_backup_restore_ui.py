"""Backups on a schedule off the GUI thread, and the restore / new-computer dialog."""

from __future__ import annotations

import dataclasses
import io
import shutil
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtWidgets import QAbstractButton, QApplication, QLineEdit, QListWidget, QMessageBox
from pytestqt.qtbot import QtBot

from peerdesk import backup_job, backups, cli, keyslots
from peerdesk.backups import Backup
from peerdesk.errors import InvalidInput, StorageError
from peerdesk.journal import Journal
from peerdesk.keyslots import RECOVERY, LockMode
from peerdesk.keystore import KeyStore, MemoryKeyring
from peerdesk.preferences import BACKUP_EVERY_HOURS, BackupPlan
from peerdesk.recovery import RecoveryCode
from peerdesk.vault import ASIDE_DIR, Vault
from tests.conftest import FAST, Clock
from tests.support.factories import add_sessions, killed_backup
from ui.background.backup_scheduler import (
    BackupIndicator,
    BackupScheduler,
    backup_age,
    describe_failure,
    describe_result,
)
from ui.gates.restore_dialog import RestoreDialog
from ui.gates.unlock_dialog import UnlockDialog
from ui.lifecycle import AppController

WAIT_MS = 20_000


def _sessions(journal: Journal, n: int, first_day: int = 2) -> None:
    add_sessions(journal, n, filler="z" * 200, first_day=first_day, spread=20)


@pytest.fixture
def scheduler(vault: Vault, journal: Journal, clock: Clock) -> Iterator[BackupScheduler]:
    made = BackupScheduler(vault, clock)
    yield made
    made.stop()
    made.deleteLater()


# --- the schedule ---------------------------------------------------------------------------------


def test_a_due_backup_is_written_off_the_gui_thread_with_progress(
    qtbot: QtBot, scheduler: BackupScheduler, vault: Vault, journal: Journal
) -> None:
    _sessions(journal, 30)
    indicator = BackupIndicator(scheduler)
    qtbot.addWidget(indicator)
    assert not indicator.isVisible()
    progress: list[tuple[str, int]] = []
    scheduler.progress.connect(lambda stage, percent: progress.append((stage, percent)))
    assert scheduler.due()  # no backup yet
    with qtbot.waitSignal(scheduler.finished, timeout=WAIT_MS) as done:
        assert scheduler.check()
        assert scheduler.busy and not scheduler.manual
        assert not indicator.isHidden()
    result = done.args[0]
    assert isinstance(result, backup_job.BackupResult)
    assert result.backup.path.parent == vault.backup_dir
    assert vault.preview_backup(result.backup.path).summary.sessions == 30
    assert not scheduler.busy and indicator.isHidden()
    assert indicator.bar is not None and indicator.bar.value() == 100
    percents = [p for _s, p in progress]
    assert percents == sorted(percents) and progress[-1] == (backup_job.DONE, 100)
    assert "Backup written and checked" in describe_result(result, scheduler)


def test_daily_while_in_use(
    qtbot: QtBot, scheduler: BackupScheduler, clock: Clock, journal: Journal
) -> None:
    assert journal.preferences.backup_plan().every_hours == BACKUP_EVERY_HOURS.default == 24
    with qtbot.waitSignal(scheduler.finished, timeout=WAIT_MS):
        assert scheduler.check()
    assert not scheduler.check()  # just made
    clock.now += timedelta(hours=23, minutes=59)
    assert not scheduler.due()
    clock.now += timedelta(minutes=1)
    assert scheduler.due()
    with qtbot.waitSignal(scheduler.finished, timeout=WAIT_MS):
        assert scheduler.check()
    scheduler.start()
    assert scheduler.running
    scheduler.stop()
    assert not scheduler.running


def test_automatic_backups_can_be_turned_off_but_back_up_now_still_works(
    qtbot: QtBot, scheduler: BackupScheduler, journal: Journal
) -> None:
    journal.preferences.set_backup_plan(BackupPlan(every_hours=0))
    assert not scheduler.due() and not scheduler.check()
    with qtbot.waitSignal(scheduler.finished, timeout=WAIT_MS):
        assert scheduler.back_up_now()
        assert not scheduler.back_up_now()  # one at a time
        assert scheduler.manual


def test_a_second_folder_and_the_number_kept_come_from_the_plan(
    qtbot: QtBot,
    scheduler: BackupScheduler,
    vault: Vault,
    journal: Journal,
    clock: Clock,
    tmp_path: Path,
) -> None:
    drive = tmp_path / "usb"
    drive.mkdir()
    journal.preferences.set_backup_plan(BackupPlan(every_hours=24, keep=2, second_folder=drive))
    for _ in range(3):
        clock.now += timedelta(days=1)
        with qtbot.waitSignal(scheduler.finished, timeout=WAIT_MS) as done:
            assert scheduler.check()
    result = done.args[0]
    assert len(result.copies) == 1 and result.problems == ()
    journal_id = vault.read_slots().journal_id
    assert len(backups.existing(vault.backup_dir, journal_id)) == 2
    assert len(backups.existing(drive, journal_id)) == 2
    assert str(drive) in describe_result(result, scheduler)


def test_an_unplugged_second_folder_is_reported_and_the_main_backup_is_kept(
    qtbot: QtBot, scheduler: BackupScheduler, journal: Journal, tmp_path: Path
) -> None:
    gone = tmp_path / "media" / "usb"
    journal.preferences.set_backup_plan(BackupPlan(second_folder=gone))
    with qtbot.waitSignal(scheduler.finished, timeout=WAIT_MS) as done:
        scheduler.back_up_now()
    result = done.args[0]
    assert result.backup.path.is_file()
    assert [folder for folder, _problem in result.problems] == [gone]
    assert "was not made" in describe_result(result, scheduler)


def test_a_failed_backup_is_reported_and_changes_nothing(
    qtbot: QtBot, vault: Vault, journal: Journal, clock: Clock, tmp_path: Path
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")

    def into_a_file(v: Vault, dest: Path | None, keep: int, also: tuple[Path, ...]) -> object:
        return dataclasses.replace(v.backup_job(keep=keep), dest=blocker / "backups")

    scheduler = BackupScheduler(vault, clock, make_job=into_a_file)  # type: ignore[arg-type]
    try:
        with qtbot.waitSignal(scheduler.failed, timeout=WAIT_MS) as failed:
            scheduler.back_up_now()
        assert isinstance(failed.args[0], StorageError)
        title, text = describe_failure(failed.args[0], scheduler)
        assert title.startswith("The backup was not made") and text
        assert vault.last_backup() is None
        assert journal.check() == []
    finally:
        scheduler.stop()


def test_stopping_cancels_a_backup_in_progress_and_leaves_nothing(
    qtbot: QtBot, vault: Vault, journal: Journal, clock: Clock
) -> None:
    _sessions(journal, 400)
    scheduler = BackupScheduler(vault, clock)
    cancelled: list[bool] = []
    scheduler.cancelled.connect(lambda: cancelled.append(True))
    assert scheduler.back_up_now()
    assert scheduler.stop()  # as on lock or quit: cancels, waits, returns
    assert not scheduler.busy
    assert vault.last_backup() is None
    assert not list(vault.backup_dir.glob("*")) if vault.backup_dir.exists() else True
    qtbot.waitUntil(lambda: cancelled == [True], timeout=WAIT_MS)
    assert journal.check() == []


def test_news_from_a_stopped_backup_does_not_end_the_next_one(
    qtbot: QtBot, vault: Vault, journal: Journal, clock: Clock
) -> None:
    _sessions(journal, 300)
    scheduler = BackupScheduler(vault, clock)
    busy_when_told: list[bool] = []
    scheduler.cancelled.connect(lambda: busy_when_told.append(scheduler.busy))
    try:
        assert scheduler.back_up_now()
        assert scheduler.stop()  # cancelled; the news of it is still on its way
        with qtbot.waitSignal(scheduler.finished, timeout=WAIT_MS):
            assert scheduler.back_up_now()
        assert busy_when_told == [True]  # the old news did not end the new backup
        assert not scheduler.busy
    finally:
        scheduler.stop()


@pytest.mark.parametrize("how", ["Back up now in the app", "peerdesk backup"])
def test_both_ways_of_backing_up_write_through_one_sequence_and_clear_killed_backups(
    qtbot: QtBot, vault: Vault, journal: Journal, clock: Clock, keystore: KeyStore, how: str
) -> None:
    _sessions(journal, 3)
    left = killed_backup(vault.backup_dir)
    if how == "peerdesk backup":
        vault.lock()
        out, err = io.StringIO(), io.StringIO()
        args = ["backup", "--data-dir", str(vault.data_dir)]
        assert cli.main(args, keystore=keystore, stdin=io.StringIO(), stdout=out, stderr=err) == 0
        assert "Backup written and verified" in out.getvalue()
        vault.unlock_with_keyring()
    else:
        scheduler = BackupScheduler(vault, clock)
        try:
            with qtbot.waitSignal(scheduler.finished, timeout=WAIT_MS):
                assert scheduler.back_up_now()
        finally:
            scheduler.stop()
    assert not left.exists()
    (made,) = backups.existing(vault.backup_dir, vault.read_slots().journal_id)
    assert vault.preview_backup(made.path).summary.sessions == 3
    assert sorted(p.name for p in vault.backup_dir.iterdir()) == sorted(
        [made.path.name, backups.keys_path(made.path).name]
    )


def test_a_locked_vault_is_never_backed_up(scheduler: BackupScheduler, vault: Vault) -> None:
    vault.lock()
    assert not scheduler.due()
    assert not scheduler.back_up_now()
    assert not scheduler.busy


def test_the_plan_is_checked_and_odd_stored_values_fall_back(journal: Journal) -> None:
    with pytest.raises(InvalidInput):
        journal.preferences.set_backup_plan(BackupPlan(keep=0))
    with pytest.raises(InvalidInput):
        journal.preferences.set_backup_plan(BackupPlan(every_hours=-1))
    with pytest.raises(InvalidInput):
        journal.preferences.set_backup_plan(BackupPlan(second_folder=Path("relative/folder")))
    journal.settings.set("backup.keep", "many")
    journal.settings.set("backup.every_hours", 10**9)
    journal.settings.set("backup.second_folder", "not/absolute")
    assert journal.preferences.backup_plan() == BackupPlan()


def test_backup_age_reads_names_as_local_time() -> None:
    now = datetime(2026, 11, 26, 9, 30, tzinfo=UTC)
    named = Backup(Path("b.db"), 1, datetime(2026, 11, 25, 9, 30))  # from a file name
    assert backup_age(named, now) == timedelta(days=1)
    assert backup_age(None, now) is None


# --- restoring ---------------------------------------------------------------------------------


def _dialog(qtbot: QtBot, vault: Vault, **kwargs: object) -> RestoreDialog:
    dialog = RestoreDialog(vault, **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _wait_idle(qtbot: QtBot, dialog: RestoreDialog) -> None:
    qtbot.waitUntil(lambda: not dialog.busy.isVisible(), timeout=WAIT_MS)


def test_checking_shows_counts_and_dates_before_anything_changes(
    qtbot: QtBot, vault: Vault, journal: Journal, clock: Clock
) -> None:
    _sessions(journal, 3)
    older = vault.backup()
    clock.now += timedelta(hours=2)
    _sessions(journal, 2, first_day=10)
    newer = vault.backup()
    before = journal.summary()
    dialog = _dialog(qtbot, vault)
    assert dialog.use_keyring.isChecked()  # the same computer: its keyring
    assert dialog.found.count() == 2
    assert dialog.path_edit.text() == str(newer.path)  # newest first, chosen
    assert not dialog.restore_button.isEnabled()
    dialog.found.setCurrentRow(1)
    assert dialog.path_edit.text() == str(older.path)
    with qtbot.waitSignal(dialog.checked, timeout=WAIT_MS):
        assert dialog.check()
    _wait_idle(qtbot, dialog)
    text = dialog.holds.text()
    assert "3 finished sessions, 0 drafts and 1 peer" in text
    assert "from 02 Nov 2026 to 04 Nov 2026" in text
    assert "walks help" not in text and "Heron" not in text  # counts and dates, nothing else
    assert dialog.aside_note.isVisible() and ASIDE_DIR in dialog.aside_note.text()
    assert dialog.restore_button.isEnabled()
    assert vault.journal is journal and journal.summary() == before  # nothing changed yet
    dialog.code_edit.setText("x")  # any edit asks for a new check
    dialog.use_code.setChecked(True)
    assert not dialog.restore_button.isEnabled()


def test_restore_sets_the_journal_aside_and_opens_the_backup(
    qtbot: QtBot, vault: Vault, journal: Journal, clock: Clock
) -> None:
    _sessions(journal, 3)
    made = vault.backup()
    _sessions(journal, 4)
    asked: list[bool] = []
    dialog = _dialog(qtbot, vault, before_restore=lambda: asked.append(True) or True)
    dialog.set_file(made.path)
    with qtbot.waitSignal(dialog.checked, timeout=WAIT_MS):
        dialog.check()
    _wait_idle(qtbot, dialog)
    with qtbot.waitSignal(dialog.restored, timeout=WAIT_MS):
        assert dialog.restore()
    assert asked == [True]
    assert dialog.result() == RestoreDialog.DialogCode.Accepted
    assert dialog.journal is vault.journal and dialog.journal is not None
    assert dialog.journal.summary().sessions == 3
    aside = list((vault.data_dir / ASIDE_DIR).glob("*-before-restore/journal.db"))
    assert len(aside) == 1  # the journal before the restore, kept


def test_a_restore_can_be_stopped_by_the_app_before_it_starts(
    qtbot: QtBot, vault: Vault, journal: Journal
) -> None:
    made = vault.backup()
    dialog = _dialog(qtbot, vault, before_restore=lambda: False)
    dialog.set_file(made.path)
    with qtbot.waitSignal(dialog.checked, timeout=WAIT_MS):
        dialog.check()
    _wait_idle(qtbot, dialog)
    assert not dialog.restore()
    assert vault.journal is journal and not (vault.data_dir / ASIDE_DIR).exists()


@pytest.fixture
def brought_along(vault: Vault, journal: Journal, tmp_path: Path) -> tuple[Path, RecoveryCode]:
    """A backup copied to a USB stick (with its .keys), and the recovery code: all that comes
    along from the old laptop."""
    code = vault.regenerate_recovery_code()  # a re-key: the journal reopens under the new key
    assert vault.journal is not None
    _sessions(vault.journal, 5)
    made = vault.backup()
    stick = tmp_path / "usb-stick"
    stick.mkdir()
    shutil.copy2(made.path, stick / made.path.name)
    shutil.copy2(backups.keys_path(made.path), stick / backups.keys_path(made.path).name)
    vault.lock()
    return stick / made.path.name, code


def test_moving_to_a_new_laptop_with_only_the_backup_and_the_recovery_code(
    qtbot: QtBot, brought_along: tuple[Path, RecoveryCode], tmp_path: Path, clock: Clock
) -> None:
    backup, code = brought_along
    fresh_keyring = MemoryKeyring()
    new_laptop = Vault(tmp_path / "new-laptop", KeyStore(fresh_keyring), clock=clock, kdf_cost=FAST)
    try:
        chosen: list[Path] = []

        def choose(_parent: object, start: Path) -> Path:
            chosen.append(start)
            return backup

        dialog = _dialog(qtbot, new_laptop, choose_file=choose)
        assert dialog.use_code.isChecked()  # nothing here knows the key
        assert dialog.found.isHidden()
        dialog.browse()
        assert dialog.path_edit.text() == str(backup)

        dialog.code_edit.setText("AAAA-BBBB")  # a typo first
        dialog.check()
        _wait_idle(qtbot, dialog)
        assert dialog.code_error.isVisible() and not dialog.restore_button.isEnabled()

        dialog.code_edit.setText(code.text.lower().replace("-", " "))
        with qtbot.waitSignal(dialog.checked, timeout=WAIT_MS):
            dialog.check()
        _wait_idle(qtbot, dialog)
        assert "5 finished sessions" in dialog.holds.text()
        assert not dialog.aside_note.isVisible()  # nothing to set aside on a new laptop
        with qtbot.waitSignal(dialog.restored, timeout=WAIT_MS):
            dialog.restore()
        assert new_laptop.journal is not None and new_laptop.journal.summary().sessions == 5
        assert dialog.code_edit.text() == ""
        new_laptop.lock()
        assert fresh_keyring.entries  # the key went back into this laptop's keyring
        assert new_laptop.unlock_with_keyring().summary().sessions == 5
    finally:
        new_laptop.lock()


def test_the_keyring_of_a_new_laptop_leads_to_the_recovery_code(
    qtbot: QtBot, brought_along: tuple[Path, RecoveryCode], tmp_path: Path, clock: Clock
) -> None:
    backup, _code = brought_along
    new_laptop = Vault(tmp_path / "new", KeyStore(MemoryKeyring()), clock=clock, kdf_cost=FAST)
    dialog = _dialog(qtbot, new_laptop)
    dialog.use_keyring.setChecked(True)
    dialog.set_file(backup)
    dialog.check()
    _wait_idle(qtbot, dialog)
    assert dialog.use_code.isChecked() and dialog.code_error.isVisible()
    assert "recovery code" in dialog.code_error.text()


def test_a_backup_without_its_key_file_says_what_to_copy(
    qtbot: QtBot, brought_along: tuple[Path, RecoveryCode], tmp_path: Path, clock: Clock
) -> None:
    backup, code = brought_along
    backups.keys_path(backup).unlink()
    new_laptop = Vault(tmp_path / "new", KeyStore(MemoryKeyring()), clock=clock, kdf_cost=FAST)
    dialog = _dialog(qtbot, new_laptop)
    dialog.set_file(backup)
    dialog.code_edit.setText(code.text)
    dialog.check()
    _wait_idle(qtbot, dialog)
    assert dialog.file_error.isVisible() and ".keys" in dialog.file_error.text()
    assert not new_laptop.exists()


def test_a_file_that_is_not_a_backup_is_refused_inline(
    qtbot: QtBot, vault: Vault, journal: Journal, tmp_path: Path
) -> None:
    fake = tmp_path / "peerdesk-backup-20260101-000000.db"
    fake.write_bytes(b"\x00" * 8192)
    shutil.copy2(vault.slots_path, backups.keys_path(fake))
    dialog = _dialog(qtbot, vault)
    dialog.set_file(fake)
    dialog.check()
    _wait_idle(qtbot, dialog)
    assert dialog.file_error.isVisible() and not dialog.restore_button.isEnabled()
    dialog.set_file(tmp_path / "nothing-here.db")
    assert not dialog.check() and dialog.file_error.isVisible()
    dialog.set_file(Path(""))
    dialog.path_edit.clear()
    assert not dialog.check()


def test_every_control_is_named_for_screen_readers(
    qtbot: QtBot, vault: Vault, journal: Journal
) -> None:
    vault.backup()
    dialog = _dialog(qtbot, vault)
    for widget in [*dialog.findChildren(QAbstractButton), *dialog.findChildren(QLineEdit)]:
        assert widget.accessibleName(), widget
    assert dialog.findChildren(QListWidget)[0].accessibleName()


def test_any_recovery_code_typed_is_answered_calmly(
    qtbot: QtBot, brought_along: tuple[Path, RecoveryCode], tmp_path: Path, clock: Clock
) -> None:
    backup, _code = brought_along
    new_laptop = Vault(tmp_path / "new", KeyStore(MemoryKeyring()), clock=clock, kdf_cost=FAST)
    dialog = _dialog(qtbot, new_laptop)
    dialog.set_file(backup)

    @settings(
        max_examples=40,
        deadline=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture],
    )
    @given(st.text(max_size=150))
    def typed(text: str) -> None:
        dialog.code_edit.setText(text)
        dialog.check()
        _wait_idle(qtbot, dialog)
        assert not dialog.restore_button.isEnabled()
        assert not new_laptop.exists()

    typed()


def test_locked_in_passphrase_mode_the_recovery_code_is_offered_first(
    qtbot: QtBot, vault: Vault, journal: Journal
) -> None:
    """The key is in no keyring: the damage flow's restore must not start on the keyring choice,
    which cannot work; once the journal is open its own key opens the backup."""
    vault.backup()
    vault.set_lock_mode(LockMode.PASSPHRASE, "blue heron at dawn")
    vault.lock()
    locked = _dialog(qtbot, vault)
    assert locked.use_code.isChecked() and locked.code_edit.isVisible()
    vault.unlock_with_passphrase("blue heron at dawn")
    opened = _dialog(qtbot, vault)
    assert opened.use_keyring.isChecked()
    opened.check()
    _wait_idle(qtbot, opened)
    assert opened.restore_button.isEnabled(), opened.message.text()


def test_a_backup_from_before_a_new_key_restored_from_the_lock_screen_asks_for_todays_passphrase(
    qtbot: QtBot, vault: Vault, controller: AppController
) -> None:
    """Passphrase mode, then a new recovery code (a re-key), then, from the lock screen, a backup
    from computer-login days restored with its old code. Today's key is in no keyring and not in
    memory: before, the backup came back under its retired key and key file (the old code opened
    everything written afterwards, and the journal opened with the computer login). Now the
    window asks for today's passphrase, and the backup comes back under today's key and mode."""
    journal, old_code = vault.create()
    _sessions(journal, 2)
    made = vault.backup()
    vault.set_lock_mode(LockMode.PASSPHRASE, "quiet harbour lights")
    vault.regenerate_recovery_code("quiet harbour lights")
    vault.lock()
    controller.start()
    gate = controller.gate
    assert isinstance(gate, UnlockDialog)
    gate.restore_requested.emit()
    (dialog,) = [w for w in gate.findChildren(RestoreDialog) if w.isVisible()]
    dialog.set_file(made.path)
    dialog.use_code.setChecked(True)
    dialog.code_edit.setText(old_code.text)
    assert not dialog.todays_passphrase_edit.isVisible()
    with qtbot.waitSignal(dialog.checked, timeout=WAIT_MS):
        dialog.check()
    _wait_idle(qtbot, dialog)
    assert dialog.todays_passphrase_edit.isVisible() and dialog.todays_label.isVisible()
    assert not dialog.restore()  # nothing typed: said beside the field
    assert dialog.todays_error.isVisible()
    dialog.todays_passphrase_edit.setText("not the passphrase of today")
    assert dialog.restore()
    _wait_idle(qtbot, dialog)
    assert dialog.todays_error.isVisible() and dialog.isVisible()
    assert not vault.is_unlocked and controller.window is None  # nothing changed
    dialog.todays_passphrase_edit.setText("quiet harbour lights")
    with qtbot.waitSignal(dialog.restored, timeout=WAIT_MS):
        assert dialog.restore()
    qtbot.waitUntil(lambda: controller.window is not None, timeout=WAIT_MS)
    assert vault.lock_mode is LockMode.PASSPHRASE
    assert not [b for b in controller.window.findChildren(QMessageBox) if b.isVisible()]
    assert vault.keystore.load(vault.read_slots().journal_id) is None
    assert not vault.read_slots().matches(
        keyslots.read(backups.keys_path(made.path)).unwrap(RECOVERY, old_code.secret)
    )


def test_a_backup_from_before_a_re_key_restored_from_the_window_keeps_passphrase_mode(
    qtbot: QtBot, vault: Vault, controller: AppController
) -> None:
    journal, old_code = vault.create()
    _sessions(journal, 2)
    made = vault.backup()
    vault.set_lock_mode(LockMode.PASSPHRASE, "quiet harbour lights")
    vault.regenerate_recovery_code("quiet harbour lights")
    controller.start()
    window = controller.window
    assert window is not None
    window.restore_requested.emit()
    (dialog,) = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, RestoreDialog) and w.isVisible()
    ]
    qtbot.addWidget(dialog)
    dialog.set_file(made.path)
    dialog.use_code.setChecked(True)
    dialog.code_edit.setText(old_code.text)
    with qtbot.waitSignal(dialog.checked, timeout=WAIT_MS):
        dialog.check()
    _wait_idle(qtbot, dialog)
    with qtbot.waitSignal(dialog.restored, timeout=WAIT_MS):
        assert dialog.restore()
    qtbot.waitUntil(lambda: controller.window is not None, timeout=WAIT_MS)
    assert vault.lock_mode is LockMode.PASSPHRASE
    assert not [b for b in controller.window.findChildren(QMessageBox) if b.isVisible()]
    assert vault.keystore.load(vault.read_slots().journal_id) is None
