"""The combined start-up floor: the key-read floor, PeerDesk's own imports and a plain first screen.

``python tests/perf/first_screen.py DATA_DIR`` does what no start of PeerDesk can skip, and
nothing else: it imports the modules ``peerdesk`` loads on its way to the main window (the
composition root pulls in the controller, the window and the Today page), reads the key from the
keyring and opens the journal with it (``Vault.unlock_with_keyring``, as the app does), and shows
the Today page of that journal in a bare ``QMainWindow`` under the app's style sheet. Then it
quits from the event loop, the way ``peerdesk --exit-when-ready`` does.

Everything PeerDesk does beyond this (menus, the lock, idle and screen watchers, the backup
scheduler, the crash handler, the integrity check, window geometry, closing) is what the
benchmark's ``app ÷ combined floor`` ratio measures; the combined floor ÷ the key-read floor is
the least start-up ratio any PeerDesk can reach on this machine.
"""

from __future__ import annotations

import gc
import importlib
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

from ui.system.qt_import_hook import stop_source_caching


def main(argv: list[str]) -> int:
    stop_source_caching()  # as ui/launcher.py does before it imports the app
    importlib.import_module("ui.app")  # PeerDesk's own imports on its way to the window
    from peerdesk.assets import asset
    from peerdesk.clock import system_clock
    from peerdesk.keystore import KeyStore
    from peerdesk.vault import Vault
    from ui.pages.today_page import TodayPage

    app = QApplication(sys.argv[:1])
    app.setStyleSheet(asset("peerdesk.qss").read_text(encoding="utf-8"))
    vault = Vault(Path(argv[0]), KeyStore())
    journal = vault.unlock_with_keyring()
    try:
        window = QMainWindow()
        window.setWindowTitle("Combined floor")
        window.resize(1100, 700)
        window.setCentralWidget(TodayPage(journal, system_clock))
        window.show()
        QTimer.singleShot(0, app.quit)
        code = app.exec()
        window.close()
    finally:
        vault.lock()
    gc.freeze()  # as ui/launcher.py does: nothing is scanned for cycles again at exit
    return int(code)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
