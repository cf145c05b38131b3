"""The app under a real X server (Xvfb) with Qt's AT-SPI bridge on, driven line by line from
stdin by ``test_atspi.py``, which reads what the bridge exports as a screen reader does.

``python tests/integration/atspi_child.py DATA_DIR``. Commands: ``page N`` (the main window's
page N), ``form`` (a new session form), ``next`` (Next in the form), ``tab`` (the Tab key where
the focus is), ``setup`` (a first run over a new journal, up to step 3, the recovery code),
``quit``. After each the child answers one line: ``ok`` and the focused widget's class, once
its events are handled, so the reader sees the state the command left.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from PySide6.QtCore import QEventLoop, QSocketNotifier, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from peerdesk.clock import system_clock
from peerdesk.demo import fill
from peerdesk.keystore import KeyStore, MemoryKeyring
from peerdesk.recovery import RecoveryCode
from peerdesk.vault import Vault
from tests.conftest import FAST
from ui.gates.setup_wizard import SetupWizard
from ui.main_window import MainWindow


def _settle(app: QApplication) -> None:
    for _ in range(20):
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)


def _focused(app: QApplication) -> str:
    widget = app.focusWidget()
    return "none" if widget is None else type(widget).__name__


def main() -> None:
    data_dir = Path(sys.argv[1])
    app = QApplication([sys.argv[0]])
    vault = Vault(data_dir / "journal", KeyStore(MemoryKeyring()), kdf_cost=FAST)
    journal, _code = vault.create()
    fill(journal, 40, seed=4)
    window = MainWindow(journal, vault, system_clock, demo=True)
    window.resize(1200, 760)
    window.show()
    forms: list[QWidget] = []
    wizards: list[SetupWizard] = []

    def run(line: str) -> None:
        command, _, argument = line.strip().partition(" ")
        if command == "page":
            window.nav.setCurrentRow(int(argument))
            window.activateWindow()
        elif command == "form":
            form = window.new_session()
            form.activateWindow()
            forms.append(form)
        elif command == "next":
            QTest.keyClick(forms[-1], Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
        elif command == "tab":
            focused = app.focusWidget()
            assert focused is not None
            QTest.keyClick(focused, Qt.Key.Key_Tab)
        elif command == "setup":
            new_vault = Vault(data_dir / "first-run", KeyStore(MemoryKeyring()), kdf_cost=FAST)

            def no_print(_parent: object, _code: RecoveryCode, _made: date) -> None:
                return None

            wizard = SetupWizard(new_vault, print_sheet=no_print)
            wizard.show()
            wizard.activateWindow()
            for _ in range(2):  # welcome, how it opens -> the recovery code
                wizard.next_button.click()
            wizards.append(wizard)
        elif command == "quit":
            app.exit(0)  # not quit(): that asks every window to close, and setup would ask back
            return
        _settle(app)
        print("ok", _focused(app), flush=True)

    # The event loop runs all the time (the bridge answers the reader from it); a command is
    # read when one arrives on stdin.
    commands = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
    commands.activated.connect(lambda: run(sys.stdin.readline() or "quit"))
    _settle(app)
    print("ready", flush=True)
    app.exec()
    window.prepare_for_lock(save=False)
    vault.lock()


if __name__ == "__main__":
    main()
