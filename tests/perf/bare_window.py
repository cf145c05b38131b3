"""The start-up floor: a bare PySide6 ``QMainWindow`` shown, then closed once the loop runs.

It quits the way ``peerdesk --exit-when-ready`` does: from the event loop, right after showing.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("Floor")
    window.resize(1100, 700)
    window.show()
    QTimer.singleShot(0, app.quit)
    code = app.exec()
    window.close()
    return int(code)


if __name__ == "__main__":
    sys.exit(main())
