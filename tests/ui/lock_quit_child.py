"""Run by test_lock_screen_quit.py: the real app (``ui.app.run``, the demo) is locked, Esc is
pressed on the lock screen, then Quit.

Arguments: the data folder (unused by the demo) and optionally how many demo sessions (60).
Prints "locked" once the lock screen shows, "esc kept the lock screen" or "esc closed the lock
screen" after Esc, "quit" when Quit is clicked, and "returned" once ``run`` has returned; the
process then ends. The driver is a timer that looks at the app's windows: no sleeps.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from peerdesk.cli import AppOptions
from ui.app import run
from ui.gates.unlock_dialog import UnlockDialog
from ui.main_window import MainWindow


def _shown(kind: type) -> object | None:
    return next(
        (w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()),
        None,
    )


class Driver:
    def __init__(self) -> None:
        self.step = "lock"
        self.timer = QTimer()
        self.timer.timeout.connect(self.tick)
        self.timer.start(50)

    def tick(self) -> None:
        if self.step == "lock":
            window = _shown(MainWindow)
            if isinstance(window, MainWindow):
                window.lock_action.trigger()
                self.step = "esc"
        elif self.step == "esc":
            gate = _shown(UnlockDialog)
            if isinstance(gate, UnlockDialog):
                print("locked", flush=True)
                QTest.keyClick(gate, Qt.Key.Key_Escape)
                self.step = "quit"
        elif self.step == "quit":
            gate = _shown(UnlockDialog)
            kept = isinstance(gate, UnlockDialog)
            print(f"esc {'kept' if kept else 'closed'} the lock screen", flush=True)
            self.step = "done"
            self.timer.stop()
            if isinstance(gate, UnlockDialog):
                print("quit", flush=True)
                gate.quit_button.click()


def main() -> int:
    app = QApplication(sys.argv[:1])
    driver = Driver()
    sessions = int(sys.argv[2]) if len(sys.argv) > 2 else 60
    code = run(AppOptions(data_dir=Path(sys.argv[1]), demo=True, demo_sessions=sessions))
    print("returned", flush=True)
    del driver, app
    return code


if __name__ == "__main__":
    sys.exit(main())
