"""The start-up floor: a bare PySide6 ``QMainWindow`` shown, then closed once the loop runs.

It quits the way ``peerdesk --exit-when-ready`` does: from the event loop, right after showing.
With a journal id as argument it first reads that journal's key from the OS keyring the way
PeerDesk does (``KeyStore().load``): the floor of any app that unlocks from the keyring.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


def main(argv: list[str]) -> int:
    app = QApplication(sys.argv[:1])
    if argv:
        from peerdesk.keystore import KeyStore

        if KeyStore().load(argv[0]) is None:
            print("the keyring holds no key for this journal", file=sys.stderr)
            return 1
    window = QMainWindow()
    window.setWindowTitle("Floor")
    window.resize(1100, 700)
    window.show()
    QTimer.singleShot(0, app.quit)
    code = app.exec()
    window.close()
    return int(code)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
