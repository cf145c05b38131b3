"""Run in a fresh process: how fast the Sessions page is ready, and how much memory it takes.

Usage: ``python -m tests.perf.page_child DATA_DIR REPS`` with the data key (hex) on stdin.
Prints one JSON line: ``first_ms`` (the first page built in this process), ``ready_ms`` (one per
repetition, built again each time), and ``memory_mb``: resident memory after the journal was
unlocked and the first page shown, minus before the journal was opened (the Qt application
exists already, so that is the same for every journal size).
"""

from __future__ import annotations

import gc
import json
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from peerdesk.clock import system_clock
from peerdesk.journal import Journal
from peerdesk.keystore import KeyStore, MemoryKeyring
from peerdesk.vault import Vault
from ui.pages.sessions_page import SessionsPage


def resident_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS in /proc/self/status")


def ready_page(app: QApplication, journal: Journal) -> tuple[SessionsPage, float]:
    """Build the page (its model reads the count and the first rows), show it, let it paint."""
    start = time.perf_counter()
    page = SessionsPage(journal, system_clock)
    page.resize(1100, 700)
    page.show()
    app.processEvents()
    return page, (time.perf_counter() - start) * 1e3


def drop(app: QApplication, page: SessionsPage) -> None:
    page.close()
    page.deleteLater()
    app.processEvents()
    gc.collect()


def main(argv: list[str]) -> int:
    data_dir, reps = Path(argv[0]), int(argv[1])
    key = bytes.fromhex(sys.stdin.readline().strip())
    app = QApplication(sys.argv[:1])
    gc.collect()
    before = resident_mb()
    keystore = KeyStore(MemoryKeyring())
    vault = Vault(data_dir, keystore)
    keystore.store(vault.read_slots().journal_id, key)
    journal = vault.unlock_with_keyring()
    page, first = ready_page(app, journal)
    memory = resident_mb() - before
    rows = page.model.rowCount()
    drop(app, page)
    ready: list[float] = []
    for _ in range(reps):
        page, took = ready_page(app, journal)
        ready.append(took)
        drop(app, page)
    vault.lock()
    print(json.dumps({"first_ms": first, "ready_ms": ready, "memory_mb": memory, "rows": rows}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
