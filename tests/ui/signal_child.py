"""Run by test_signals.py: open something modal, say so on stdout, wait to be signalled.

``crash-at-start``: a bug before the event loop runs brings up the real crash dialog (through the
real crash handler), as a read-only folder did before it became a known error.
``modal``: the event loop runs and a modal message box is open in it.
Both use the app's own signal handling (:class:`ui.app.EndOnSignal`).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from ui.app import EndOnSignal
from ui.system.crash import install_crash_handler


def _say(word: str) -> None:
    print(word, flush=True)


def main() -> int:
    mode, log_dir = sys.argv[1], Path(sys.argv[2])
    app = QApplication(sys.argv[:1])
    ending = EndOnSignal(app)
    install_crash_handler(log_dir)
    if mode == "crash-at-start":
        QTimer.singleShot(0, lambda: _say("shown"))  # runs inside the crash dialog's loop
        raise RuntimeError("a bug before the event loop")
    box = QMessageBox(QMessageBox.Icon.Question, "Question", "Keep it?")

    def ask() -> None:
        QTimer.singleShot(0, lambda: _say("shown"))  # runs inside the modal loop
        box.exec()
        _say("answered")

    QTimer.singleShot(0, ask)
    ending.running = True
    code = app.exec()
    _say("ended")
    return int(code)


if __name__ == "__main__":
    sys.exit(main())
