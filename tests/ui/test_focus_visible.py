"""A Tab stop shows that it has the focus, in light and in dark.

Found by hand under Xvfb: the Insights tiles and charts are Tab stops (so that a screen reader
reaches their figures and summaries) but drew nothing when focused: nine presses of Tab on
Insights and no sign of where the focus was. WCAG 2.4.7 asks the focus to be visible; the change
between focused and not is measured as non-text contrast (3:1, WCAG 1.4.11).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from peerdesk.journal import Journal
from peerdesk.vault import Vault
from tests.conftest import Clock
from tests.support.look import contrast, look_kept
from tests.support.windows import shown_main_window
from ui.system.theme import DARK, LIGHT, Theme

CONTROL = 3.0  # WCAG 1.4.11
INSIGHTS = 5


@pytest.fixture(params=[LIGHT, DARK])
def scheme(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    with look_kept(qapp):
        Theme(qapp, request.param)
        yield request.param


def _focus_change(before: QImage, after: QImage) -> float:
    """The strongest contrast between a pixel unfocused and the same pixel focused."""
    best = 1.0
    for y in range(0, before.height()):
        for x in range(0, before.width()):
            a, b = before.pixelColor(x, y), after.pixelColor(x, y)
            if a != b:
                best = max(best, contrast(a, b))
    return best


def test_every_insights_tab_stop_shows_its_focus(
    qtbot: QtBot, scheme: str, journal: Journal, vault: Vault, clock: Clock
) -> None:
    window = shown_main_window(qtbot, journal, vault, clock)
    window.nav.setCurrentRow(INSIGHTS)
    with qtbot.waitActive(window):
        window.activateWindow()
    page = window.stack.currentWidget()
    assert page is not None
    stops = [
        w
        for w in page.findChildren(QWidget)
        if w.isVisibleTo(window)
        and w.isEnabled()
        and w.focusPolicy() & Qt.FocusPolicy.TabFocus
        and type(w).__name__ in ("Tile", "BarChart", "LineChart")
    ]
    assert len(stops) >= 6, "the tiles and charts were not found"
    unseen: list[str] = []
    for stop in stops:
        window.nav.setFocus()
        before = stop.grab().toImage()
        stop.setFocus(Qt.FocusReason.TabFocusReason)
        assert stop.hasFocus()
        after = stop.grab().toImage()
        change = _focus_change(before, after)
        if change < CONTROL:
            unseen.append(f"{stop.accessibleName()!r} {change:.2f}:1")
    assert not unseen, f"{scheme}: focus not shown on " + ", ".join(unseen)
