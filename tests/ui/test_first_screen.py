"""What building the first screen costs: Today is styled once, in its place in the window."""

from __future__ import annotations

from collections import Counter

import shiboken6
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from peerdesk.journal import Journal
from peerdesk.vault import Vault
from tests.conftest import Clock
from tests.support.look import look_kept
from ui.main_window import MainWindow
from ui.system.theme import Theme


class _StyleChanges(QObject):
    """Counts the StyleChange events each object receives (by its C++ object)."""

    def __init__(self) -> None:
        super().__init__()
        self.seen: Counter[int] = Counter()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.StyleChange:
            self.seen[shiboken6.getCppPointer(watched)[0]] += 1
        return False


def test_today_is_built_in_the_window_and_styled_once(
    qtbot: QtBot, qapp: QApplication, journal: Journal, vault: Vault, clock: Clock
) -> None:
    """Under the app's style sheet every widget is styled when it gets its place. Today was built
    on its own and then moved into the window, and the move styled each of its widgets again
    (about 15 ms of every start, at 20,000 sessions as at 10)."""
    with look_kept(qapp):
        Theme(qapp)  # Fusion, the palette and the app's style sheet, as at start
        changes = _StyleChanges()
        qapp.installEventFilter(changes)
        try:
            window = MainWindow(journal, vault, clock)
            qtbot.addWidget(window)
        finally:
            qapp.removeEventFilter(changes)
        today = [window.today_page, *window.today_page.findChildren(QWidget)]
        counts = [changes.seen[shiboken6.getCppPointer(w)[0]] for w in today]
        # A widget is styled when it is made and again when a layout gives it its parent; the
        # move into the window added up to three more rounds (200 for 43 widgets, now 72).
        assert len(today) > 20
        assert max(counts) <= 2 and sum(counts) < 2 * len(today), counts
