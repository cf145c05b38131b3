"""The composition root: builds the vault, clock and controller, and runs the Qt event loop."""

from __future__ import annotations

import logging
import shutil
import signal
import sys
from collections.abc import Callable
from pathlib import Path
from types import FrameType

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog

from peerdesk.cli import AppOptions
from peerdesk.clock import system_clock
from peerdesk.demo import make_demo_folder, remove_stale_demo_folders
from peerdesk.errors import PeerDeskError
from peerdesk.files import storage_error
from peerdesk.keystore import KeyStore, MemoryKeyring
from peerdesk.paths import config_dir, log_dir
from peerdesk.translation import QT_TRANSLATE_NOOP
from peerdesk.vault import Vault
from ui.dialogs.about_dialog import app_icon
from ui.lifecycle import AppController
from ui.messages import explain
from ui.system.crash import install_crash_handler
from ui.system.language import AppLanguage
from ui.system.theme import Theme
from ui.system.window_state import WindowState

log = logging.getLogger(__name__)


def demo_vault(folder: Path, sessions: int) -> Vault:
    """A throw-away journal whose key lives only in this process's memory. Its country follows
    the computer's locale as setup's default does (its pack, its emergency number; the US when
    PeerDesk has no pack for it)."""
    from peerdesk.demo import fill  # only the demo needs the generator

    vault = Vault(folder / "journal", KeyStore(MemoryKeyring()))
    from ui.widgets.country_choice import locale_country  # a drop-down's module: the demo's

    journal, _code = vault.create(country=locale_country())
    fill(journal, sessions, seed=7)
    return vault


class EndOnSignal:
    """SIGINT and SIGTERM end the app whatever is on screen.

    In the event loop: ``stop`` (the controller's quit: drafts saved, windows closed), then every
    dialog still open is closed, so that modal loops return, and the loop ends. Before the loop
    runs (a crash dialog at start-up, a known-error message) the open dialogs are closed and the
    app ends after them; during start-up code, :attr:`signalled` tells :func:`run` not to start
    the loop. Nothing is raised here: the handler can run inside Qt's calls into Python.
    """

    def __init__(self, app: QApplication) -> None:
        self._app = app
        self.stop: Callable[[], None] | None = None
        self.running = False  # the main event loop runs
        self.signalled = False
        for signum in (signal.SIGINT, signal.SIGTERM):
            signal.signal(signum, self)
        self._heartbeat = QTimer()
        self._heartbeat.start(250)  # wakes the interpreter so Python signal handlers run
        self._heartbeat.timeout.connect(lambda: None)

    def __call__(self, signum: int, _frame: FrameType | None) -> None:
        log.info("stopping on signal %d", signum)
        self.signalled = True
        if self.running and self.stop is not None:
            self.stop()
        dialogs = [
            w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()
        ]
        for dialog in dialogs:
            dialog.done(QDialog.DialogCode.Rejected)
        self._app.exit(0)  # does nothing outside the main loop, so also once it has started:
        QTimer.singleShot(0, lambda: self._app.exit(0))


def _known_error(exc: PeerDeskError) -> int:
    """A known error before any window (no writable temporary folder for the demo): say it."""
    from PySide6.QtWidgets import QMessageBox  # only here: start-up does not load it

    words = explain(exc)
    QMessageBox.critical(None, words.title, words.as_text())
    return 1


def run(options: AppOptions) -> int:
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("PeerDesk")
    app.setApplicationDisplayName("PeerDesk")
    app.setWindowIcon(app_icon())
    app.setDesktopFileName("org.peerdesk.PeerDesk")  # matches the desktop entry (Wayland)
    # Ctrl+C and SIGTERM end the app so that clean-up (and demo deletion) runs, from here on.
    ending = EndOnSignal(app)
    theme = Theme(app)  # Fusion, PeerDesk's palettes; the journal's choice applies once open
    language = AppLanguage(app)
    language.apply()  # the computer's language until the journal's setting is read at unlock
    install_crash_handler(log_dir())

    demo_dir: Path | None = None
    try:
        remove_stale_demo_folders()  # left by a demo that was killed
        if options.demo:
            try:
                demo_dir = make_demo_folder()
                vault = demo_vault(demo_dir, options.demo_sessions)
            except OSError as exc:
                return _known_error(
                    storage_error(
                        exc, QT_TRANSLATE_NOOP("errors", "making the demo's temporary folder")
                    )
                )
            except PeerDeskError as exc:
                return _known_error(exc)
            window_state = WindowState(None)
        else:
            vault = Vault(options.data_dir, KeyStore())
            window_state = WindowState(config_dir())
        controller = AppController(
            app,
            vault,
            system_clock,
            window_state,
            demo=options.demo,
            theme=theme,
            language=language,
        )
        if options.exit_when_ready:
            controller.ready.connect(lambda: QTimer.singleShot(0, controller.quit))
        ending.stop = controller.quit
        controller.start()
        if ending.signalled:  # asked to stop while starting
            controller.quit()
            return 0
        ending.running = True
        code = app.exec()
        ending.running = False
        controller.quit()
        return int(code)
    finally:
        if demo_dir is not None:
            shutil.rmtree(demo_dir, ignore_errors=True)
