"""What the app shows when: setup, unlock, the main window, and locking again.

The controller owns the vault. Locking asks the main window to save its drafts, closes any
question or popup still open as if cancelled, deletes the window (and with it every widget and
model that held journal data), closes the journal, and shows the unlock screen, which shows
nothing from the journal.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from peerdesk.clock import Clock
from peerdesk.errors import (
    JournalDamaged,
    KeyringDeleteFailed,
    KeyringLocked,
    KeySlotsDamaged,
    PeerDeskError,
)
from peerdesk.journal import Journal
from peerdesk.keyslots import LockMode
from peerdesk.preferences import IDLE_MINUTES, LANGUAGE, THEME
from peerdesk.vault import Vault
from ui.background.background_job import BackgroundJob, JobSlot
from ui.background.backup_scheduler import BackupScheduler
from ui.background.integrity_runner import IntegrityRunner
from ui.main_window import MainWindow
from ui.messages import explain
from ui.system.clipboard_guard import ClipboardGuard
from ui.system.idle import IdleWatcher, LockReason, ScreenLockWatcher
from ui.system.language import AppLanguage
from ui.system.theme import keep_focus_frame_after_alt_letters
from ui.system.window_state import WindowState

if TYPE_CHECKING:  # the gates, repair dialogs, retention and message boxes: when needed
    from PySide6.QtWidgets import QProgressDialog

    from ui.background.retention_settings import RetentionRunner
    from ui.gates import Gate
    from ui.gates.damage_dialog import DamageDialog
    from ui.gates.unlock_dialog import UnlockDialog
    from ui.system.theme import Theme

log = logging.getLogger(__name__)


def close_questions() -> None:
    """Close every popup and modal dialog as if cancelled ("keep as draft" for a session form,
    whose draft is saved first).

    A lock can come while a question waits in its own event loop (``exec()``, the static
    QMessageBox and QFileDialog functions). Closing it here ends that loop as soon as the lock
    has returned, before the window's deferred deletion runs, so no question outlives the widget
    it belongs to and every caller reads a plain "cancel".
    """
    for _ in range(100):  # bounded: a widget that will not close must not hang the lock
        widget = QApplication.activePopupWidget() or QApplication.activeModalWidget()
        if widget is None:
            return
        if isinstance(widget, QDialog):
            widget.done(QDialog.DialogCode.Rejected.value)  # not reject(): it may refuse
        else:
            widget.close()
    log.warning("a dialog would not close before the lock")


class AppController(QObject):
    unlocked = Signal()
    locked = Signal()
    ready = Signal()
    checked = Signal()  # the open journal passed its full check; retention and backups run
    rekey_done = Signal()  # a re-key ended: the window is back, or the unlock screen shows

    def __init__(
        self,
        app: QApplication,
        vault: Vault,
        clock: Clock,
        window_state: WindowState,
        *,
        demo: bool = False,
        idle: IdleWatcher | None = None,
        screen_lock: ScreenLockWatcher | None = None,
        theme: Theme | None = None,
        language: AppLanguage | None = None,
    ) -> None:
        super().__init__()
        self._app = app
        self.vault = vault
        self._clock = clock
        self._window_state = window_state
        self._demo = demo
        self._language = language  # None: the language stays as installed (tests)
        self.theme = theme  # None: the app's look is left as it is (tests)
        self.window: MainWindow | None = None
        self.retention: RetentionRunner | None = None
        self.integrity: IntegrityRunner | None = None
        self._closing = False
        self._rekey = JobSlot()  # the re-key running
        self._lock_after_rekey = False  # a lock was asked for while it ran
        self.gate: QWidget | None = None  # the setup wizard or unlock dialog on screen
        app.setQuitOnLastWindowClosed(False)  # locking hides the window; quitting is explicit
        self.idle = IdleWatcher(self) if idle is None else idle  # tests hand in their clock
        self.idle.setParent(self)
        self.idle.idle.connect(lambda: self.lock(LockReason.IDLE))
        self._watching_input = False  # see _watch_input
        self._page_when_locked: int | None = None
        # Screen locked or laptop suspending: watched from the first window on screen on.
        self.screen_lock = ScreenLockWatcher(start=False) if screen_lock is None else screen_lock
        self.screen_lock.setParent(self)
        self.screen_lock.lock_now.connect(lambda: self.lock(LockReason.SCREEN))
        self.backups = BackupScheduler(vault, clock, self)  # daily, off the GUI thread
        self.backups.failed.connect(self._backup_failed)
        self.clipboard = ClipboardGuard(app.clipboard(), parent=self)

    # --- start ----------------------------------------------------------------------------------

    def start(self) -> None:
        if self.theme is not None:  # the last choice until the journal's own applies
            self.theme.choose(self._window_state.theme() or self.theme.choice)
        if self.vault.is_unlocked and self.vault.journal is not None:
            self._show_main(self.vault.journal)
        elif self.vault.exists():
            self._open_with_keyring()
        else:
            from ui.gates.setup_wizard import SetupWizard  # only ever needed on the first run

            wizard = SetupWizard(self.vault)
            wizard.accepted.connect(lambda: self._gate_passed(wizard))
            wizard.rejected.connect(self._gate_refused)
            self._show_gate(wizard)

    def _open_with_keyring(self) -> None:
        """At start the key comes straight from the keyring; the unlock screen shows on failure.

        In passphrase mode the keyring is not read at all: the unlock screen asks at once.
        """
        if self.vault.lock_mode is LockMode.PASSPHRASE:
            try:  # an empty, short or missing file needs no key to be seen: say so first
                self.vault.check_journal_file()
            except JournalDamaged:
                self._show_damage()
                return
            self._show_unlock(after_lock=False)
            return
        try:
            journal = self.vault.unlock_with_keyring()
        except JournalDamaged:  # empty, short, missing beside its key file, or failing checks
            self._show_damage()
            return
        except PeerDeskError as exc:
            self._show_unlock(after_lock=False, failure=exc)
            return
        log.info("journal opened")
        self._show_main(journal)

    def _show_gate(self, gate: QWidget) -> None:
        self.gate = gate
        keep_focus_frame_after_alt_letters(self._app)  # the main window starts it on screen
        gate.show()

    def _show_unlock(
        self,
        *,
        after_lock: bool,
        failure: PeerDeskError | None = None,
        reason: LockReason | None = None,
    ) -> None:
        from ui.gates.unlock_dialog import UnlockDialog

        dialog = UnlockDialog(
            self.vault,
            after_lock=after_lock,
            reason=reason,
            idle_minutes=self.idle.timeout_ms // 60_000,
        )
        if failure is not None:
            dialog.keyring_failed(failure)
        dialog.accepted.connect(lambda: self._gate_passed(dialog))
        dialog.rejected.connect(self._gate_refused)
        dialog.restore_requested.connect(lambda: self._repair_from_gate(dialog))
        self._show_gate(dialog)

    def _gate_passed(self, gate: Gate) -> None:
        journal = gate.journal
        self.gate = None
        gate.deleteLater()
        if journal is None:
            self._app.quit()
            return
        self._show_main(journal)

    def _gate_refused(self) -> None:
        if self.gate is not None:
            self.gate.deleteLater()
            self.gate = None
        self.quit()

    def _show_main(self, journal: Journal) -> None:
        window: MainWindow | None = None
        try:  # everything the window reads before it shows
            if self._language is not None:  # the journal's Language setting, before any text
                self._language.apply(journal.preferences.get(LANGUAGE))
            window = MainWindow(
                journal, self.vault, self._clock, demo=self._demo, backups=self.backups
            )
            minutes = journal.preferences.get(IDLE_MINUTES)
            theme = journal.preferences.get(THEME)
            self._point_out_due(window)
            self._point_out_key_left_in_keyring(window)
        except JournalDamaged:
            log.warning("the journal could not be read to open the window")
            if window is not None:
                window.deleteLater()
            self.vault.lock()
            self._show_damage()
            return
        self._point_out_lock_mode_left(window)
        window.restore_requested.connect(self._restore_from_window)
        window.rekey_requested.connect(self._rekey_from_window)
        window.lock_requested.connect(lambda: self.lock(LockReason.ASKED))
        window.closed.connect(lambda: self._window_closed(window))
        window.idle_minutes_changed.connect(self.idle.set_timeout_minutes)
        if self.theme is not None:
            self.theme.choose(theme)
            window.theme_changed.connect(self.theme.choose)
            self._window_state.remember_theme(theme)  # for the unlock screen at the next start
            window.theme_changed.connect(self._window_state.remember_theme)
        window.retention_shredded.connect(lambda _result: self._vacuum_later())
        window.journal_damaged.connect(self._damaged_while_open)
        window.on_screen.connect(self._watch_input)
        window.destroyed.connect(lambda: log.debug("main window destroyed"))
        self._window_state.restore(window)
        if self._page_when_locked is not None:  # unlocked after a lock: the page that was open
            window.nav.setCurrentRow(self._page_when_locked)
            self._page_when_locked = None
        self.window = window
        self.idle.set_timeout_minutes(minutes)
        window.show()
        self._start_check()
        self.unlocked.emit()
        self.ready.emit()

    def _watch_input(self) -> None:
        """Input restarts the idle count, and the desktop's screen lock locks, from the first
        window on screen on (only an open window can be locked); MainWindow._watch_keys says why
        not sooner, and the screen lock's D-Bus connection is then not part of start-up."""
        if not self._watching_input:
            self._watching_input = True
            self._app.installEventFilter(self.idle)
        self.screen_lock.start()

    def _start_check(self) -> None:
        """Check every page beside the open window; retention (which shreds and rewrites) and
        scheduled backups start only once it has passed."""
        runner = IntegrityRunner(self.vault.integrity_check(), parent=self)
        runner.checked.connect(lambda problems: self._checked(runner, problems))
        runner.failed.connect(lambda exc: self._check_failed(runner, exc))
        self.integrity = runner
        runner.start()

    def _current_check(self, runner: IntegrityRunner) -> bool:
        """Whether ``runner`` is the check of the open window (else its answer is stale)."""
        if runner is not self.integrity or self.window is None:
            return False
        self.integrity = None
        runner.deleteLater()
        return True

    def _checked(self, runner: IntegrityRunner, problems: list[str]) -> None:
        if not self._current_check(runner):
            return
        if problems:
            log.warning("the journal failed its check (%d problem(s))", len(problems))
            self._damaged_while_open()
            return
        from ui.background.retention_settings import RetentionRunner

        journal = self.vault.journal
        assert journal is not None  # the window is open, so the journal is
        self.retention = RetentionRunner(
            journal,
            self._clock,
            self.vault.vacuum_job(),
            parent=self,
            copies=self.vault.copies_job(),
        )
        self.retention.start()  # applies the retention settings now, then daily while open
        self.backups.start()
        self.checked.emit()

    def _check_failed(self, runner: IntegrityRunner, exc: object) -> None:
        """The check could not run (busy or unreadable disk): backups, which verify their own
        copies, still run; retention waits for a session whose check has passed."""
        if not self._current_check(runner) or self.window is None:
            return
        message = self.tr("The journal could not be checked, so retention waits.")
        if isinstance(exc, PeerDeskError):
            message += " " + explain(exc).text
        self.window.statusBar().showMessage(message)
        self.backups.start()

    def _damaged_while_open(self) -> None:
        """The open journal turned out damaged: close it without writing to it again."""
        if self.window is None:
            return
        self._close_window(save=False)
        self.vault.lock()
        self._show_damage()

    def _vacuum_later(self) -> None:
        if self.retention is not None:
            self.retention.vacuum_later()

    def _point_out_due(self, window: MainWindow) -> None:
        overdue, drafts = window.today_page.overdue, window.today_page.draft_count  # just read
        parts = []
        if overdue:
            parts.append(self.tr("%Ln follow-up(s) overdue", "", overdue))
        if drafts:
            parts.append(self.tr("%Ln unfinished draft(s) on Today", "", drafts))
        if parts:
            window.statusBar().showMessage(" · ".join(parts))

    def _point_out_key_left_in_keyring(self, window: MainWindow) -> None:
        """Passphrase mode, but the keyring would not give up the key: say so, not just log it."""
        problem = self.vault.keyring_problem
        if isinstance(problem, KeyringDeleteFailed | KeyringLocked) and (
            self.vault.lock_mode is LockMode.PASSPHRASE
        ):
            words = explain(problem)
            window.statusBar().showMessage(f"{words.title}. {words.way_forward}")

    def _point_out_lock_mode_left(self, window: MainWindow) -> None:
        """A restore could not keep passphrase mode (the backup has no passphrase slot): say at
        once that the journal now opens with the computer login, and where to switch back."""
        if not self.vault.restore_left_passphrase_mode:
            return
        self.vault.restore_left_passphrase_mode = False  # said once
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("The journal now opens with your computer login"),
            self.tr(
                "The restored backup was made before you chose a lock passphrase, and it has "
                "none. So PeerDesk no longer asks for a passphrase: the journal now opens when you "
                "are logged in to this computer, with its key in your keyring."
            )
            + "\n\n"
            + self.tr(
                "To ask for a passphrase every time again, open Settings, How PeerDesk opens, and "
                "choose 'Ask for my passphrase every time'."
            ),
            QMessageBox.StandardButton.Ok,
            window,
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    # --- lock and quit --------------------------------------------------------------------------

    def _window_closed(self, window: MainWindow) -> None:
        if self.window is window:  # closed by the user, not by locking
            self.quit()

    def _close_window(self, *, save: bool = True) -> bool:
        """Save drafts (unless ``save`` is False: the file is damaged), stop background work,
        and delete the window and all it showed."""
        if self.window is None:
            return True
        window, self.window = self.window, None
        self._closing = True  # dialogs closed below must not open screens of their own
        try:
            self._stop_check()
            self.idle.stop()
            self.backups.stop()
            self.clipboard.clear_if_ours()
            window.prepare_for_lock(save=save)  # drafts saved, session forms closed first
            close_questions()
            self._window_state.save(window)
            for top in QApplication.topLevelWidgets():
                if top is not window and top.isWindow() and top.isVisible() and not top.parent():
                    top.close()
            window.hide()
            window.deleteLater()
            self._stop_retention()
        finally:
            self._closing = False
        return True

    def lock(self, reason: LockReason = LockReason.ASKED) -> None:
        if self._rekey.busy:  # locks once the re-key is done
            self._lock_after_rekey = True
            return
        if self.window is None:
            return
        self._page_when_locked = self.window.nav.currentRow()  # unlock returns to it
        self._close_window()
        self.vault.lock()
        self.locked.emit()
        self._show_unlock(after_lock=True, reason=reason)

    def quit(self) -> None:
        rekey = self._rekey.job
        if rekey is not None:  # never close the journal under a running re-key
            rekey.wait()
            rekey.succeeded.disconnect()  # its news then reopens nothing
            rekey.failed.disconnect()
        self._close_window()
        self.idle.stop()
        self.backups.stop()
        self.clipboard.clear_if_ours()
        self.vault.lock()
        self._app.quit()

    def _stop_check(self) -> None:
        if self.integrity is not None:
            self.integrity.stop()
            self.integrity.deleteLater()
            self.integrity = None

    def _stop_retention(self) -> None:
        if self.retention is not None:
            self.retention.stop()
            self.retention.wait()
            self.retention = None

    # --- damage and restore ---------------------------------------------------------------------

    def _repair_from_gate(self, gate: UnlockDialog) -> None:
        from ui.gates.damage_dialog import DamageDialog
        from ui.gates.restore_dialog import RestoreDialog

        damaged = isinstance(gate.last_error, JournalDamaged | KeySlotsDamaged)
        dialog: QDialog = (
            DamageDialog(self.vault, parent=gate)
            if damaged
            else RestoreDialog(self.vault, parent=gate)
        )
        dialog.accepted.connect(lambda: self._repaired(gate))
        dialog.open()

    def _repaired(self, gate: UnlockDialog) -> None:
        if self.vault.journal is not None:
            gate.try_keyring()  # takes the journal the restore or rescue opened
            return
        if self.gate is gate:  # started over: damaged files set aside, first-run setup follows
            self.gate = None
        gate.deleteLater()
        self.start()

    def _show_damage(self) -> None:
        from ui.gates.damage_dialog import DamageDialog

        dialog = DamageDialog(self.vault)
        dialog.accepted.connect(lambda: self._damage_handled(dialog))
        dialog.rejected.connect(self._gate_refused)
        self._show_gate(dialog)

    def _damage_handled(self, dialog: DamageDialog) -> None:
        self.gate = None
        dialog.deleteLater()
        if dialog.journal is not None:
            self._show_main(dialog.journal)
        else:
            self.start()

    def _restored(self, dialog: Gate) -> None:
        if dialog.journal is not None:
            self._show_main(dialog.journal)

    def _restore_from_window(self) -> None:
        # No parent: the window is deleted (drafts saved) just before the restore runs.
        from ui.gates.restore_dialog import RestoreDialog

        dialog = RestoreDialog(self.vault, before_restore=self._close_window)
        dialog.accepted.connect(lambda: self._restored(dialog))
        dialog.rejected.connect(lambda: self._restore_cancelled())
        dialog.open()

    def _rekey_from_window(self, rekey: Callable[[], object]) -> None:
        """Run a re-key (new recovery code, changed passphrase) with the window closed: drafts
        are saved and background work stops first, and the journal reopens under the new key,
        so every page is built again on it. Then the backups made before are offered.

        The re-key runs off the GUI thread (a few seconds: the key derivations and a copy of the
        journal) behind a busy notice. A lock asked for meanwhile (idle, screen lock, Ctrl+L)
        waits for it, since a re-key stopped half-way helps nobody (the swap is crash-safe, but
        the new key would be lost): the journal is then locked at once instead of reopening."""
        if self.window is None or self._rekey.busy:
            return
        self._close_window()
        from PySide6.QtWidgets import QProgressDialog

        notice = QProgressDialog(self.tr("Giving your journal a new key…"), "", 0, 0)
        notice.setCancelButton(None)
        notice.setWindowTitle(self.tr("PeerDesk"))
        notice.setMinimumDuration(0)
        notice.show()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        job = BackgroundJob(lambda _control: rekey(), name="peerdesk-rekey", owner=self)
        job.ended.connect(lambda: self._rekey_ended(notice))
        job.succeeded.connect(lambda _result: self._rekeyed(None))
        job.failed.connect(self._rekeyed)
        self._rekey.start(job)

    def _rekey_ended(self, notice: QProgressDialog) -> None:
        QGuiApplication.restoreOverrideCursor()
        notice.close()
        notice.deleteLater()

    def _rekeyed(self, failure: object) -> None:
        assert failure is None or isinstance(failure, PeerDeskError)
        if failure is not None:
            log.warning("the re-key did not finish: %s", failure.code)
        if self._lock_after_rekey:
            self._lock_after_rekey = False
            self.vault.lock()  # the new key (and the retired one) leave memory
            self.locked.emit()
            self._show_unlock(after_lock=True, failure=failure)
            self.rekey_done.emit()
            return
        journal = self.vault.journal
        if journal is None:  # could not reopen: the unlock screen says why
            self.locked.emit()
            self._show_unlock(after_lock=True, failure=failure)
            self.rekey_done.emit()
            return
        self._show_main(journal)
        if self.window is not None:
            self.window.after_rekey(failure)
        self.rekey_done.emit()

    def _restore_cancelled(self) -> None:
        # After the window closed for the restore, cancelling leads back to the unlock screen;
        # not when the dialog was closed by the controller itself (a lock, damage found).
        if self.window is None and self.gate is None and not self._closing:
            self._show_unlock(after_lock=True)

    def _backup_failed(self, exc: object) -> None:
        if isinstance(exc, JournalDamaged):
            self._damaged_while_open()
