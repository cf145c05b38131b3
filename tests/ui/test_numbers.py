"""Counts are written the locale's way on every page and paper (issue 16 item 4): 20,000 in
English, 20.000 in German and Spanish, 20 000 in French (a narrow no-break space), never 20000.

A journal of 20,000 sessions is read on the Sessions page, Insights (tiles, tables, the words a
screen reader hears) and the report PDF (read back with pdftotext); the report file itself keeps
plain integers (tests/ui/test_report_dialog.py and the core's report tests hold it to that).
"""

from __future__ import annotations

import subprocess
import unicodedata
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from peerdesk import report as rep
from peerdesk.clock import today
from peerdesk.demo import fill
from peerdesk.insights import Month, Period, compute, first_month
from peerdesk.journal import Journal
from tests.conftest import Clock
from tests.support.language import speaking
from ui.pages.insights_page import InsightsPage
from ui.pages.sessions_page import SessionsPage
from ui.printing.report_pdf import save_report_pdf
from ui.widgets.numbers import counts_in, decimal, whole

Country = QLocale.Country
SESSIONS = 20_000
# The language, a country that speaks it, and 20,000 as that locale writes it.
WRITTEN = [
    ("en", Country.UnitedStates, "20,000"),
    ("de", Country.Germany, "20.000"),
    ("fr", Country.France, "20\u202f000"),
    ("es", Country.Spain, "20.000"),
]


def _ids(case: tuple[str, QLocale.Country, str]) -> str:
    return case[0]


@pytest.mark.parametrize("case", WRITTEN, ids=_ids)
def test_counts_and_decimals_are_grouped_the_locales_way(
    qapp: QApplication, case: tuple[str, QLocale.Country, str]
) -> None:
    language, country, written = case
    with speaking(qapp, language, country) as locale:
        point = locale.decimalPoint()
        assert whole(SESSIONS) == written
        assert whole(7) == "7" and whole(0) == "0"
        assert counts_in("≥20000") == f"≥{written}" and counts_in("<5") == "<5"
        assert counts_in("17–20000") == f"17–{written}" and counts_in("x") == "x"
        assert decimal(20_000.25, 1) == f"{written}{point}2"  # Python's rounding, half to even
        assert decimal(1.5, 0) == "2" and decimal(2.5, 0) == "2"


def test_spanish_leaves_a_four_digit_count_ungrouped(qapp: QApplication) -> None:
    """CLDR: Spanish groups from five digits on ("2000", "20.000"); Qt knows it."""
    with speaking(qapp, "es", Country.Spain):
        assert whole(2000) == "2000" and whole(20_000) == "20.000"


def test_a_count_in_a_plural_sentence_is_grouped(qapp: QApplication) -> None:
    """``%Ln`` in the catalogue: the restore dialog's "20,000 finished sessions"."""
    for language, country, written in WRITTEN:
        with speaking(qapp, language, country):
            text = QCoreApplication.translate(
                "SummaryWords", "%Ln finished session(s)", "", SESSIONS
            )
        assert text.startswith(written), (language, text)


@pytest.fixture
def crowded(journal: Journal, clock: Clock) -> Journal:
    fill(journal, SESSIONS, seed=3)
    return journal


def _whole_journal(journal: Journal, clock: Clock) -> Period:
    first = first_month(journal.conn)
    assert first is not None
    return Period(first, Month.of(today(clock)))


def _pdf_text(path: Path) -> str:
    done = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True)
    return done.stdout


@pytest.mark.slow
def test_a_journal_of_20000_sessions_reads_the_locales_way(
    qtbot: QtBot, qapp: QApplication, crowded: Journal, clock: Clock, tmp_path: Path
) -> None:
    period = _whole_journal(crowded, clock)
    found = compute(crowded.conn, period, today(clock))
    assert found.contacts == SESSIONS
    for language, country, written in WRITTEN:
        with speaking(qapp, language, country):
            sessions = SessionsPage(crowded, clock, confirm=lambda _q: False)
            qtbot.addWidget(sessions)
            assert written in sessions.count_label.text(), sessions.count_label.text()

            insights = InsightsPage(crowded, clock)
            qtbot.addWidget(insights)
            insights.set_period(period)
            contacts = insights.tiles["contacts"]
            assert contacts.value.text() == written
            assert written in contacts.accessibleName()
            card = insights.contacts_card
            assert written in card.table.accessibleDescription()  # "…, 20,000 in all; …"
            column = [card.model.index(row, 1).data() for row in range(card.model.rowCount())]
            assert column == [whole(m.contacts) for m in found.months]

            paper = tmp_path / f"report-{language}.pdf"
            save_report_pdf(paper, rep.build(found))
            text = _pdf_text(paper)  # NFKC: pdftotext gives French's narrow space as a space
            assert unicodedata.normalize("NFKC", written) in unicodedata.normalize("NFKC", text)
            assert str(SESSIONS) not in text
