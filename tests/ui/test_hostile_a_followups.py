"""Hostile tests (round s21, tester hostile-a): the Follow-ups page in German at 1280x720.

Found by hand under Xvfb with ``LANG=de_DE.UTF-8 uv run peerdesk --demo`` (1280x720, window
maximised by openbox): Nachkontakte shows "9 Tage zu spät (Di. 24 ..." and "2 Tage zu spät
(Di. 01 ...": the day a follow-up was due, the one thing a supporter scans the column for, is cut
off, while the Plan column beside it is half empty. A tooltip holds the whole text, but a
keyboard-only supporter never sees a tooltip.
Screenshot /work/notes/s21/shots-a/de-05-followups.png.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from peerdesk.demo import fill
from peerdesk.keystore import KeyStore, MemoryKeyring
from peerdesk.vault import Vault
from tests.conftest import FAST, Clock
from tests.support.language import SPOKEN_IN, speaking
from ui.main_window import FOLLOW_UPS, MainWindow

ROOM_1280x720 = QSize(1280, 720 - 64)  # less a panel and a title bar, as test_layout_fits


@pytest.fixture
def demo_vault(tmp_path: Path) -> Iterator[Vault]:
    vault = Vault(tmp_path / "journal", KeyStore(MemoryKeyring()), clock=Clock(), kdf_cost=FAST)
    journal, _code = vault.create()
    fill(journal, 300, seed=7)
    yield vault
    vault.lock()


@pytest.mark.parametrize("language", ["de", "fr", "en"])
def test_the_due_column_shows_the_whole_due_day_at_1280x720(
    qtbot: QtBot, qapp: QApplication, demo_vault: Vault, clock: Clock, language: str
) -> None:
    journal = demo_vault.journal
    assert journal is not None
    clock.now += timedelta(days=9)  # the demo's follow-ups are then days late, as by hand
    with speaking(qapp, language, SPOKEN_IN[language]):
        window = MainWindow(journal, demo_vault, clock, demo=True)
        qtbot.addWidget(window)
        window.resize(ROOM_1280x720)
        window.show()
        qtbot.waitExposed(window)
        window.nav.setCurrentRow(FOLLOW_UPS)
        tree = window.followups_page.tree
        model = tree.model()
        metrics = tree.fontMetrics()
        cut: list[str] = []
        seen = 0
        for group in range(model.rowCount()):
            parent = model.index(group, 0)
            tree.expand(parent)
            for row in range(model.rowCount(parent)):
                index = model.index(row, 0, parent)
                text = index.data()
                rect = tree.visualRect(index)
                if not isinstance(text, str) or rect.isEmpty():
                    continue
                seen += 1
                if metrics.horizontalAdvance(text) > rect.width() - 6:  # drawn cut short
                    cut.append(text)
        window.prepare_for_lock(save=False)
    assert seen >= 5, "no follow-up rows were found"
    assert cut == [], f"{language}: the due day is cut off in {len(cut)} rows: {cut[:3]}"


def test_a_follow_up_put_off_to_next_week_is_not_listed_under_this_week(
    qtbot: QtBot, demo_vault: Vault, clock: Clock
) -> None:
    """Found by hand: Verschieben > "Nächste Woche (Do. 10 Dez.)" on Thursday 3 December, and the
    follow-up is then listed under "Diese Woche"; Today lists "Robin-ICU — due Thu 10 Dec" under
    "This week" and counts it in "Follow-ups due". Next Thursday is not this week, and one day
    cannot be "next week" in the menu and "this week" in the list beside it.
    Screenshots /work/notes/s21/shots-a/de-06-snooze.png, en2-02-after-replay.png."""
    journal = demo_vault.journal
    assert journal is not None
    window = MainWindow(journal, demo_vault, clock, demo=True)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.nav.setCurrentRow(FOLLOW_UPS)
    page = window.followups_page
    chosen = page.current_followup()
    assert chosen is not None
    menu_words = page.snooze_next_week.text()
    page.snooze_next_week.trigger()
    index = page.tree.currentIndex()
    now = page.current_followup()
    assert now is not None and now.id == chosen.id  # still the one chosen
    group = index.parent().data()
    window.prepare_for_lock(save=False)
    assert not str(group).startswith("This week"), f"{menu_words!r} is listed under {group!r}"
