"""What the app shows when: setup, unlock, the main window, and locking again.

The controller owns the vault. Locking asks the main window to save its drafts, deletes the
window (and with it every widget and model that held journal data), closes the journal, and shows
the unlock screen, which shows nothing from the journal.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from peerdesk.clock import Clock
from peerdesk.journal import Journal
from peerdesk.vault import Vault
from ui.idle import IdleWatcher, ScreenLockWatcher
from ui.main_window import MainWindow
from ui.pages.settings_page import idle_minutes
from ui.retention_settings import RetentionRunner
from ui.setup_wizard import SetupWizard
from ui.unlock_dialog import UnlockDialog
from ui.window_state import WindowState

log = logging.getLogger(__name__)


class AppController(QObject):
    unlocked = Signal()
    locked = Signal()
    ready = Signal()

    def __init__(
        self,
        app: QApplication,
        vault: Vault,
        clock: Clock,
        window_state: WindowState,
        *,
        demo: bool = False,
        on_restore: Callable[[QWidget | None], None] | None = None,
    ) -> None:
        super().__init__()
        self._app = app
        self.vault = vault
        self._clock = clock
        self._window_state = window_state
        self._demo = demo
        self._on_restore = on_restore
        self.window: MainWindow | None = None
        self.retention: RetentionRunner | None = None
        self.gate: QWidget | None = None  # the setup wizard or unlock dialog on screen
        app.setQuitOnLastWindowClosed(False)  # locking hides the window; quitting is explicit
        self.idle = IdleWatcher(self)
        self.idle.idle.connect(self.lock)
        app.installEventFilter(self.idle)
        self.screen_lock = ScreenLockWatcher(self)  # screen locked or laptop suspending
        self.screen_lock.lock_now.connect(self.lock)

    # --- start ----------------------------------------------------------------------------------

    def start(self) -> None:
        if self.vault.is_unlocked and self.vault.journal is not None:
            self._show_main(self.vault.journal)
        elif self.vault.exists():
            self._show_unlock(after_lock=False)
        else:
            wizard = SetupWizard(self.vault)
            wizard.accepted.connect(lambda: self._gate_passed(wizard))
            wizard.rejected.connect(self._gate_refused)
            self._show_gate(wizard)

    def _show_gate(self, gate: QWidget) -> None:
        self.gate = gate
        gate.show()

    def _show_unlock(self, *, after_lock: bool) -> None:
        dialog = UnlockDialog(self.vault, after_lock=after_lock)
        dialog.accepted.connect(lambda: self._gate_passed(dialog))
        dialog.rejected.connect(self._gate_refused)
        if self._on_restore is not None:
            dialog.restore_requested.connect(lambda: self._on_restore(dialog))  # type: ignore[misc]
        self._show_gate(dialog)

    def _gate_passed(self, gate: QWidget) -> None:
        journal: Journal | None = getattr(gate, "journal", None)
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
        window = MainWindow(journal, self.vault, self._clock, demo=self._demo)
        window.lock_requested.connect(self.lock)
        window.closed.connect(lambda: self._window_closed(window))
        window.idle_minutes_changed.connect(self.idle.set_timeout_minutes)
        window.destroyed.connect(lambda: log.debug("main window destroyed"))
        self._window_state.restore(window)
        self.window = window
        self.idle.set_timeout_minutes(idle_minutes(journal))
        window.show()
        runner = RetentionRunner(journal, self._clock, self.vault.vacuum_job(), parent=self)
        window.retention_shredded.connect(lambda _result: runner.vacuum_later())
        runner.start()  # applies the retention settings now, then daily while open
        self.retention = runner
        self._point_out_due(window, journal)
        self.unlocked.emit()
        self.ready.emit()

    def _point_out_due(self, window: MainWindow, journal: Journal) -> None:
        from peerdesk.clock import today

        overdue = [
            f
            for f in journal.followups.open(due_by=today(self._clock))
            if f.due_on < today(self._clock)
        ]
        drafts = journal.sessions.drafts()
        parts = []
        if overdue:
            parts.append(window.tr("{n} follow-up(s) overdue").format(n=len(overdue)))
        if drafts:
            parts.append(window.tr("{n} unfinished draft(s) on Today").format(n=len(drafts)))
        if parts:
            window.statusBar().showMessage(" · ".join(parts))

    # --- lock and quit --------------------------------------------------------------------------

    def _window_closed(self, window: MainWindow) -> None:
        if self.window is window:  # closed by the user, not by locking
            self.quit()

    def lock(self) -> None:
        if self.window is None:
            return
        window, self.window = self.window, None
        self.idle.stop()
        window.prepare_for_lock()
        self._window_state.save(window)
        for top in QApplication.topLevelWidgets():
            if top is not window and top.isWindow() and top.isVisible() and top.parent() is None:
                top.close()
        window.hide()
        window.deleteLater()
        self._stop_retention()
        self.vault.lock()
        self.locked.emit()
        self._show_unlock(after_lock=True)

    def quit(self) -> None:
        if self.window is not None:
            window, self.window = self.window, None
            window.prepare_for_lock()
            self._window_state.save(window)
            window.close()
            window.deleteLater()
        self.idle.stop()
        self._stop_retention()
        self.vault.lock()
        self._app.quit()

    def _stop_retention(self) -> None:
        if self.retention is not None:
            self.retention.stop()
            self.retention.wait()
            self.retention = None

    def confirm(self, parent: QWidget | None, question: str) -> bool:
        return QMessageBox.question(parent, "PeerDesk", question) == QMessageBox.StandardButton.Yes
