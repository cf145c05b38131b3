"""The start-up floor: a bare PySide6 ``QMainWindow`` shown, then closed once the loop runs.

It quits the way ``peerdesk --exit-when-ready`` does: from the event loop, right after showing.
With ``JOURNAL_FILE JOURNAL_ID BACKEND`` it first does what any app that unlocks from the keyring
must: read the journal's key from the backend the key file names (``KeyStore.load``, as PeerDesk
does) and open the SQLCipher file with it. That is the context floor: nothing of PeerDesk's own
window, pages or checks.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


def _open_with_key(journal_file: str, journal_id: str, backend: str) -> bool:
    import sqlcipher3

    from peerdesk.keystore import KeyStore

    key = KeyStore().load(journal_id, backend)
    if key is None:
        return False
    conn = sqlcipher3.connect(journal_file)
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    conn.close()
    return True


def main(argv: list[str]) -> int:
    app = QApplication(sys.argv[:1])
    if argv and not _open_with_key(*argv):
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
