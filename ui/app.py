"""The composition root: builds the vault and journal and hands them to the windows."""

from __future__ import annotations

import logging
import shutil
import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from peerdesk.cli import AppOptions
from peerdesk.demo import fill
from peerdesk.errors import PeerDeskError
from peerdesk.journal import Journal
from peerdesk.keystore import KeyStore, MemoryKeyring
from peerdesk.vault import Vault
from ui.main_window import MainWindow

log = logging.getLogger(__name__)


def _open(vault: Vault) -> Journal | None:
    try:
        if not vault.exists():
            journal, code = vault.create()
            QMessageBox.information(
                None,
                "PeerDesk",
                "Your journal is ready. Write down this recovery code and keep it somewhere "
                f"safe; it is shown only once:\n\n{code.text}",
            )
            return journal
        return vault.unlock_with_keyring()
    except PeerDeskError as exc:
        QMessageBox.critical(None, "PeerDesk", f"The journal could not be opened: {exc}")
        return None


def run(options: AppOptions) -> int:
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("PeerDesk")
    demo_dir: Path | None = None
    try:
        if options.demo:
            demo_dir = Path(tempfile.mkdtemp(prefix="peerdesk-demo-"))
            vault = Vault(demo_dir / "journal", KeyStore(MemoryKeyring()))
            journal, _ = vault.create()
            fill(journal, options.demo_sessions, seed=7)
        else:
            vault = Vault(options.data_dir, KeyStore())
            opened = _open(vault)
            if opened is None:
                return 1
            journal = opened
        window = MainWindow(journal, demo=options.demo)
        window.show()
        code = app.exec()
        vault.lock()
        return int(code)
    finally:
        if demo_dir is not None:
            shutil.rmtree(demo_dir, ignore_errors=True)
