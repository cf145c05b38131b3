"""Run by test_app_process.py: type into a real session form until its draft is autosaved.

The session is with a new peer (a pseudonym typed, the peer not added yet) and agrees a
follow-up ten days after the session, with a plan.

Reads the lock passphrase from stdin (never argv), prints "saved <id>" once the autosave has
written the draft, then keeps typing until it is killed.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from peerdesk.keystore import KeyStore, MemoryKeyring
from peerdesk.vault import Vault
from tests.conftest import FAST
from ui.session.session_form import SessionForm

TEXT = "the draft that must survive a crash"
NEW_PEER = "Kestrel"
PLAN = "a short call after the night shift"
FOLLOW_UP_AFTER_DAYS = 10


def main() -> None:
    vault = Vault(Path(sys.argv[1]), KeyStore(MemoryKeyring()), kdf_cost=FAST)
    journal = vault.unlock_with_passphrase(sys.stdin.readline().rstrip("\n"))
    app = QApplication(sys.argv[:1])
    form = SessionForm(journal, journal.clock)
    form.show()
    form.notes["listen"].setPlainText(TEXT)
    form.context.peer.setEditText(NEW_PEER)
    form.closing.followup_agreed.setChecked(True)
    form.closing.followup_on.setDate(form.context.held_on.date().addDays(FOLLOW_UP_AFTER_DAYS))
    form.closing.followup_plan.setText(PLAN)

    def reported(session_id: int) -> None:
        print(f"saved {session_id}", flush=True)
        form.draft_saved.disconnect(reported)

    form.draft_saved.connect(reported)
    more = QTimer()
    more.timeout.connect(lambda: form.notes["cope"].insertPlainText("x"))
    QTimer.singleShot(3000, lambda: more.start(100))
    app.exec()


if __name__ == "__main__":
    main()
