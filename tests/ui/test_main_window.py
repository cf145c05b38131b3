from __future__ import annotations

from pytestqt.qtbot import QtBot

from peerdesk.demo import fill
from peerdesk.journal import Journal
from ui.main_window import MainWindow


def test_the_window_shows_the_journal_summary_and_latest_sessions(
    qtbot: QtBot, journal: Journal
) -> None:
    fill(journal, 80, seed=2)
    window = MainWindow(journal, demo=True)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert "demo" in window.windowTitle()
    assert window.summary_label.text() == "Finished sessions: 80 · Peers: 16"
    assert window.recent.count() == 50
    newest = journal.sessions.page(0, 1)[0]
    assert window.recent.item(0).text().startswith(f"{newest.held_on:%Y-%m-%d}")


def test_an_empty_journal_shows_no_sessions(qtbot: QtBot, journal: Journal) -> None:
    window = MainWindow(journal)
    qtbot.addWidget(window)
    assert window.windowTitle() == "PeerDesk"
    assert window.recent.count() == 0
    assert window.summary_label.text() == "Finished sessions: 0 · Peers: 0"
