"""The app's main window as tests open it (Qt: only for tests under tests/ui)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from peerdesk.clock import Clock
from peerdesk.journal import Journal
from peerdesk.vault import Vault
from ui.main_window import MainWindow


def shown_main_window(
    qtbot: QtBot, journal: Journal, vault: Vault, clock: Clock, *, demo: bool = False
) -> MainWindow:
    """A main window over ``journal``, shown and exposed, closed with the test."""
    window = MainWindow(journal, vault, clock, demo=demo)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window
