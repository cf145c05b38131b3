"""The Insights page: figures for a chosen period, painted charts with their numbers as tables."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from peerdesk import insights as ins
from peerdesk.journal import Journal
from peerdesk.sessions import FINISHED, Session
from tests.conftest import FIXED_NOW, Clock
from tests.core.test_insights import count_independently, populate
from tests.support import locale
from tests.support.look import look_kept
from ui.dialogs.program_totals_dialog import ProgramTotalsDialog
from ui.dialogs.report_dialog import ReportDialog
from ui.models.figures_model import FiguresModel
from ui.pages.insights_page import (
    BLUE,
    CUSTOM,
    LAST_3,
    LAST_YEAR,
    THIS_YEAR,
    BarChart,
    InsightsPage,
    LineChart,
)
from ui.system.theme import DARK, LIGHT, Theme
from ui.widgets.colours import style_colour
from ui.widgets.dates import short_month_and_year

TODAY = FIXED_NOW.date()


def make_page(qtbot: QtBot, journal: Journal, clock: Clock) -> InsightsPage:
    page = InsightsPage(journal, clock)
    qtbot.addWidget(page)
    page.resize(1180, 700)
    return page


def has_colour(image: QImage, colour: QColor) -> bool:
    """Whether any pixel of the image has the colour (to tell a painted bar from none)."""
    wanted = colour.rgb()
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            if image.pixel(x, y) == wanted:
                return True
    return False


@pytest.fixture
def full(journal: Journal) -> Journal:
    populate(journal)
    return journal


def test_every_table_model_passes_the_model_tester(
    qtbot: QtBot, qtmodeltester: object, full: Journal, clock: Clock
) -> None:
    page = make_page(qtbot, full, clock)
    for card in page.cards:
        assert card.model.rowCount() > 0, card.title()
        qtmodeltester.check(card.model)  # type: ignore[attr-defined]
    empty = FiguresModel(["A", "B"])
    qtmodeltester.check(empty)  # type: ignore[attr-defined]


def test_the_page_shows_the_last_12_months_as_counted_independently(
    qtbot: QtBot, full: Journal, clock: Clock
) -> None:
    page = make_page(qtbot, full, clock)
    period = page.period()
    assert (str(period.first), str(period.last)) == ("2025-12", "2026-11")
    e = count_independently(full, period, TODAY)
    rows = page.contacts_card.model.rows()
    assert [r[0] for r in rows] == [short_month_and_year(m) for m in period.months()]
    for month, row in zip(period.months(), rows, strict=True):
        key = str(month)
        assert row[1:] == (
            str(e.contacts[key]),
            str(e.conversations[key]),
            f"{e.minutes[key] / 60:.1f}",
        )
    due = {r[0]: (int(r[1]), int(r[2])) for r in page.followups_card.model.rows()}
    assert sum(d for d, _ in due.values()) == sum(e.due.values())
    assert sum(c for _, c in due.values()) == sum(e.completed.values())
    outcomes = dict(page.outcome_card.model.rows())
    assert int(outcomes["Accepted"]) == e.outcomes["accepted"]
    assert page.tiles["contacts"].value.text() == str(sum(e.contacts.values()))
    assert page.tiles["conversations"].value.text() == str(sum(e.conversations.values()))
    assert e.median_days is not None
    assert page.tiles["median"].value.text() == f"{e.median_days:g}"
    assert "Contacts: " in page.tiles["contacts"].accessibleName()


def test_every_chart_has_a_name_a_description_and_its_numbers_as_a_table(
    qtbot: QtBot, full: Journal, clock: Clock
) -> None:
    page = make_page(qtbot, full, clock)
    for card in page.cards:
        assert card.chart.accessibleName().endswith("chart")
        assert card.chart.accessibleDescription(), card.title()
        assert card.table.accessibleName().endswith("the numbers")
        assert card.tabs.tabText(1) == "Numbers"
        card.show_numbers(True)
        assert card.tabs.currentWidget() is card.table
        definition = next(m.definition for m in ins.METRICS if card.caption.text() == m.definition)
        assert definition
    assert "busiest month" in page.contacts_card.chart.accessibleDescription()


@pytest.mark.parametrize("scheme", [LIGHT, DARK])
def test_the_charts_are_painted_with_bars_only_where_there_is_data(
    qtbot: QtBot, qapp: QApplication, full: Journal, clock: Clock, scheme: str
) -> None:
    with look_kept(qapp):
        Theme(qapp, scheme)
        _charts_painted_only_where_there_is_data(qtbot, full, clock, style_colour(BLUE))


def _charts_painted_only_where_there_is_data(
    qtbot: QtBot, full: Journal, clock: Clock, bar: QColor
) -> None:
    page = make_page(qtbot, full, clock)
    page.show()
    qtbot.waitExposed(page)
    chart = page.outcome_card.chart
    assert isinstance(chart, BarChart) and chart.horizontal
    assert has_colour(chart.grab().toImage(), bar)
    assert has_colour(page.contacts_card.chart.grab().toImage(), bar)
    line = page.self_care_card.chart
    assert isinstance(line, LineChart)
    assert any(v is not None for v in line.values)
    page.set_period(ins.Period.parse("2010-01", "2010-06"))  # nothing recorded then
    assert not has_colour(page.outcome_card.chart.grab().toImage(), bar)
    legend_only = page.contacts_card.chart.grab().toImage().copy(0, 24, 2000, 400)
    assert not has_colour(legend_only, bar)
    assert page.tiles["contacts"].value.text() == "0"
    assert page.tiles["referral_rate"].value.text() == "—"
    assert "none in this period" in page.outcome_card.chart.accessibleDescription()


@pytest.mark.parametrize(
    ("preset", "first", "last"),
    [
        (THIS_YEAR, "2026-01", "2026-11"),
        (LAST_YEAR, "2025-01", "2025-12"),
        (LAST_3, "2026-09", "2026-11"),
    ],
)
def test_period_presets(
    qtbot: QtBot, full: Journal, clock: Clock, preset: int, first: str, last: str
) -> None:
    page = make_page(qtbot, full, clock)
    page.preset.setCurrentIndex(preset)
    assert (str(page.period().first), str(page.period().last)) == (first, last)
    assert page.insights is not None and page.insights.period == page.period()
    assert len(page.contacts_card.model.rows()) == len(page.period().months())


def test_everything_starts_at_the_first_session(qtbot: QtBot, full: Journal, clock: Clock) -> None:
    page = make_page(qtbot, full, clock)
    page.preset.setCurrentIndex(4)
    assert str(page.period().first) == "2025-06"
    assert page.insights is not None
    assert page.insights.contacts == full.sessions.count()


def test_choosing_months_switches_to_chosen_months(
    qtbot: QtBot, full: Journal, clock: Clock
) -> None:
    page = make_page(qtbot, full, clock)
    page.first.setDate(QDate(2026, 3, 1))
    assert page.preset.currentIndex() == CUSTOM
    assert str(page.period()) == "2026-03 to 2026-11"
    march = page.contacts_card.model.rows()[0]
    assert march[:2] == ("Mar 2026", "7")


def test_a_period_that_ends_before_it_starts_is_explained(
    qtbot: QtBot, full: Journal, clock: Clock
) -> None:
    page = make_page(qtbot, full, clock)
    page.show()
    before = page.insights
    page.last.setDate(QDate(2024, 1, 1))
    assert page.problem.isVisible() and "ends after it starts" in page.problem.text()
    assert page.insights is before  # the last good figures stay
    page.last.setDate(QDate(2026, 11, 1))
    assert not page.problem.isVisible()


def test_the_period_can_be_changed_with_the_keyboard(
    qtbot: QtBot, full: Journal, clock: Clock
) -> None:
    page = make_page(qtbot, full, clock)
    page.show()
    qtbot.waitExposed(page)
    page.preset.setFocus()
    qtbot.keyClick(page.preset, Qt.Key.Key_Down)
    assert page.preset.currentIndex() == THIS_YEAR
    page.first.setFocus()
    page.first.setSelectedSection(page.first.sectionAt(0))
    qtbot.keyClick(page.first, Qt.Key.Key_Up)
    assert page.first.date() == QDate(2026, 2, 1)
    assert page.preset.currentIndex() == CUSTOM
    assert page.focusNextPrevChild(True)


def test_refresh_picks_up_a_new_session(qtbot: QtBot, full: Journal, clock: Clock) -> None:
    page = make_page(qtbot, full, clock)
    before = int(page.tiles["contacts"].value.text())
    peer = full.peers.all()[0].id
    full.sessions.save(
        Session(held_on=TODAY, status=FINISHED, peer_id=peer, contact_kind="group", self_care=2)
    )
    page.refresh()
    assert int(page.tiles["contacts"].value.text()) == before + 1


def test_low_self_care_gets_a_kind_word(qtbot: QtBot, journal: Journal, clock: Clock) -> None:
    page = make_page(qtbot, journal, clock)
    assert "Rate how you are doing" in page.self_care_note.text()
    peer = journal.peers.add("Wren").id
    for n in range(4):
        journal.sessions.save(
            Session(
                held_on=TODAY - timedelta(days=10 * n),
                status=FINISHED,
                peer_id=peer,
                contact_kind="peer_asked",
                self_care=2,
            )
        )
    page.refresh()
    assert "low lately" in page.self_care_note.text()
    rows = page.self_care_card.model.rows()
    assert rows[-1][1:] == ("2.0", "3")


def test_report_and_totals_open_as_dialogs_of_the_page(
    qtbot: QtBot, full: Journal, clock: Clock
) -> None:
    page = make_page(qtbot, full, clock)
    page.set_period(ins.Period.parse("2026-02", "2026-05"))
    dialog = page.open_report()
    assert isinstance(dialog, ReportDialog) and dialog.isVisible()
    assert str(dialog.period()) == "2026-02 to 2026-05"
    totals = page.open_totals()
    assert isinstance(totals, ProgramTotalsDialog) and totals.isVisible()
    assert len(page.dialogs) == 2
    dialog.close()
    totals.close()
    qtbot.waitUntil(lambda: not page.dialogs)


def test_months_are_named_in_the_users_language(qtbot: QtBot, full: Journal, clock: Clock) -> None:
    with locale.german():
        page = make_page(qtbot, full, clock)
        shown = [row[0] for row in page.contacts_card.model.rows()]
        assert shown[0] == "Dez 2025"
        assert "Mär 2026" in shown
        chart = page.contacts_card.chart
        assert isinstance(chart, BarChart)
        assert chart.labels[0] == "Dez 25"
