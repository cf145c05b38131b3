"""The composition root: builds the vault, clock and controller, and runs the Qt event loop."""

from __future__ import annotations

import logging
import shutil
import signal
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from peerdesk.assets import asset
from peerdesk.cli import AppOptions
from peerdesk.clock import system_clock
from peerdesk.keystore import KeyStore, MemoryKeyring
from peerdesk.paths import config_dir, log_dir
from peerdesk.vault import Vault
from ui.about_dialog import app_icon
from ui.controller import AppController
from ui.crash import install_crash_handler
from ui.window_state import WindowState

log = logging.getLogger(__name__)


def _demo_vault(folder: Path, sessions: int) -> Vault:
    """A throw-away journal whose key lives only in this process's memory."""
    from peerdesk.demo import fill  # only the demo needs the generator

    vault = Vault(folder / "journal", KeyStore(MemoryKeyring()))
    journal, _code = vault.create()
    fill(journal, sessions, seed=7)
    return vault


def run(options: AppOptions) -> int:
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("PeerDesk")
    app.setApplicationDisplayName("PeerDesk")
    app.setWindowIcon(app_icon())
    app.setDesktopFileName("org.peerdesk.PeerDesk")  # matches the desktop entry (Wayland)
    app.setStyleSheet(asset("peerdesk.qss").read_text(encoding="utf-8"))
    install_crash_handler(log_dir())
    # Let Ctrl+C and SIGTERM end the event loop so that clean-up (and demo deletion) runs.
    signal.signal(signal.SIGINT, lambda *_: app.quit())
    signal.signal(signal.SIGTERM, lambda *_: app.quit())
    heartbeat = QTimer()
    heartbeat.start(250)  # wakes the interpreter so Python signal handlers run
    heartbeat.timeout.connect(lambda: None)

    demo_dir: Path | None = None
    try:
        if options.demo:
            demo_dir = Path(tempfile.mkdtemp(prefix="peerdesk-demo-"))
            vault = _demo_vault(demo_dir, options.demo_sessions)
            window_state = WindowState(None)
        else:
            vault = Vault(options.data_dir, KeyStore())
            window_state = WindowState(config_dir())
        controller = AppController(app, vault, system_clock, window_state, demo=options.demo)
        if options.exit_when_ready:
            controller.ready.connect(lambda: QTimer.singleShot(0, controller.quit))
        controller.start()
        code = app.exec()
        controller.quit()
        return int(code)
    finally:
        if demo_dir is not None:
            shutil.rmtree(demo_dir, ignore_errors=True)
