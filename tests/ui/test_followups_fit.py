"""The Follow-ups page's "When" column shows the whole due text at 1280x720 and 1366x768 in
every language, with every group open (Later too), while the Plan column keeps a fair share of
the width (hostile-a s21: "9 Tage zu spät (Di. 24 ..." cut off beside a half-empty Plan).
tests/ui/test_layout_fits.py checks the page as a whole; this checks the cells."""

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
from ui.models.followups_model import PLAN, WHEN

ROOM = 64  # a panel and a title bar, as tests/ui/test_layout_fits.py
SCREENS = {"1280x720": QSize(1280, 720 - ROOM), "1366x768": QSize(1366, 768 - ROOM)}
TEXT_MARGIN = 6  # the style's margins either side of a cell's text


@pytest.fixture
def demo_vault(tmp_path: Path) -> Iterator[Vault]:
    vault = Vault(tmp_path / "journal", KeyStore(MemoryKeyring()), clock=Clock(), kdf_cost=FAST)
    journal, _code = vault.create()
    fill(journal, 300, seed=7)
    yield vault
    vault.lock()


@pytest.mark.parametrize("screen", sorted(SCREENS))
@pytest.mark.parametrize("language", ["en", "es", "fr", "de"])
def test_every_due_text_shows_whole_and_the_plan_keeps_its_share(
    qtbot: QtBot, qapp: QApplication, demo_vault: Vault, clock: Clock, language: str, screen: str
) -> None:
    journal = demo_vault.journal
    assert journal is not None
    clock.now += timedelta(days=40)  # weeks late: the longest texts ("40 Tage zu spät (...)")
    with speaking(qapp, language, SPOKEN_IN[language]):
        window = MainWindow(journal, demo_vault, clock, demo=True)
        qtbot.addWidget(window)
        window.resize(SCREENS[screen])
        window.show()
        qtbot.waitExposed(window)
        window.nav.setCurrentRow(FOLLOW_UPS)
        tree = window.followups_page.tree
        tree.expandAll()  # Later too, the group the page shows closed
        qapp.processEvents()
        model, metrics = tree.model(), tree.fontMetrics()
        cut: list[str] = []
        texts: list[str] = []
        for group in range(model.rowCount()):
            parent = model.index(group, WHEN)
            for row in range(model.rowCount(parent)):
                index = model.index(row, WHEN, parent)
                text, rect = str(index.data()), tree.visualRect(index)
                texts.append(text)
                if metrics.horizontalAdvance(text) > rect.width() - TEXT_MARGIN:
                    cut.append(text)
        plan = tree.columnWidth(PLAN)
        longest = max(metrics.horizontalAdvance(t) for t in texts)
        scrolls = tree.horizontalScrollBar().isVisible()
        window.prepare_for_lock(save=False)
    assert len(texts) >= 10, "the demo's follow-ups were not listed"
    assert cut == [], f"{language} {screen}: {len(cut)} due texts cut off: {cut[:3]}"
    assert not scrolls, "the list scrolls sideways"
    assert plan >= longest // 2, f"the plan is squeezed to {plan}px"
