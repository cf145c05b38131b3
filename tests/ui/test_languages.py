"""PeerDesk in Spanish, French and German (issue 16, items 1, 3 and 4): the language setting,
Qt's own translations, dates and paper from the locale, papers read back with pdftotext, and
reports that merge whatever language wrote them."""

from __future__ import annotations

import re
import runpy
import subprocess
import unicodedata
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtGui import QPageSize
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QListWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from peerdesk import report as rep
from peerdesk.errors import InvalidInput
from peerdesk.insights import Period, compute
from peerdesk.journal import Journal
from peerdesk.keyslots import LockMode
from peerdesk.preferences import LANGUAGE
from peerdesk.recovery import RecoveryCode
from peerdesk.resource_defaults import seed_default_resources
from peerdesk.session_query import SessionQuery
from peerdesk.sessions import FINISHED, Session
from peerdesk.vault import Vault
from tests.conftest import FIXED_NOW, Clock
from tests.core.test_insights import populate
from tests.support.language import speaking, while_translated
from ui.dialogs.program_totals_dialog import ProgramTotalsDialog
from ui.dialogs.report_dialog import ReportDialog
from ui.gates.unlock_dialog import UnlockDialog
from ui.lifecycle import AppController
from ui.messages import explain
from ui.models.peers_model import PeersModel
from ui.pages.sessions_page import SessionsPage
from ui.pages.settings_page import SettingsPage
from ui.printing.handout import Handout, choose, save_handout_pdf
from ui.printing.recovery_sheet import default_page_size, save_recovery_sheet_pdf
from ui.printing.report_pdf import hours_text, save_report_pdf
from ui.session.session_form import SessionForm
from ui.system.language import AppLanguage, language_for
from ui.widgets.numbers import number

Country = QLocale.Country
ROOT = Path(__file__).resolve().parents[2]
PIPELINE = runpy.run_path(str(ROOT / "packaging" / "translations.py"))
PERIOD = Period.parse("2025-12", "2026-11")
MARCH_3 = date(2026, 3, 3)
# The language, a country that speaks it, and that country's paper.
SPOKEN = [
    ("es", Country.Spain, QPageSize.PageSizeId.A4),
    ("fr", Country.France, QPageSize.PageSizeId.A4),
    ("de", Country.Germany, QPageSize.PageSizeId.A4),
]
PAPER = {QPageSize.PageSizeId.A4: "(A4)", QPageSize.PageSizeId.Letter: "(letter)"}  # pdfinfo
# Qt's own catalogue for the standard buttons: shipped with Qt, so no translator is waited for.
QT_CANCEL = {"en": "Cancel", "es": "Cancelar", "fr": "Annuler", "de": "Abbrechen"}


def _qt_cancel() -> str:
    return QCoreApplication.translate("QPlatformTheme", "Cancel")


def pdf_text(path: Path) -> str:
    done = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True)
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", done.stdout))


def page_size(path: Path) -> str:
    done = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    return next(
        line.split(":", 1)[1].strip() for line in done.stdout.splitlines() if "size" in line
    )


# --- which language -------------------------------------------------------------------------


def test_the_computers_language_is_spoken_when_peerdesk_has_it() -> None:
    german = QLocale(QLocale.Language.German, Country.Austria)
    italian = QLocale(QLocale.Language.Italian, Country.Italy)
    assert language_for("system", german) == "de"
    assert language_for("system", italian) == "en"  # no Italian catalogue: English
    assert language_for("fr", german) == "fr"  # chosen in Settings: that one
    assert language_for("system", QLocale(QLocale.Language.C)) == "en"


@pytest.mark.parametrize(("language", "country", "paper"), SPOKEN)
def test_a_language_brings_qts_own_words_its_dates_and_its_paper(
    qapp: QApplication, language: str, country: QLocale.Country, paper: QPageSize.PageSizeId
) -> None:
    with speaking(qapp, language, country) as locale:
        assert _qt_cancel() == QT_CANCEL[language]
        assert locale.language() == QLocale(language).language()
        assert locale.territory() == country
        assert default_page_size().id() == paper
    assert _qt_cancel() == "Cancel"  # and back to English after
    # Spanish on a computer in the United States: Spanish words, US Letter paper.
    with speaking(qapp, "es", Country.UnitedStates) as locale:
        assert locale.name() == "es_US" and _qt_cancel() == "Cancelar"
        assert default_page_size().id() == QPageSize.PageSizeId.Letter


def test_the_language_setting_is_applied_when_the_journal_opens(
    qtbot: QtBot, qapp: QApplication, make_controller: Callable[..., AppController], vault: Vault
) -> None:
    before = QLocale()
    language = AppLanguage(qapp, QLocale(QLocale.Language.English, Country.UnitedKingdom))
    try:
        journal, _code = vault.create()
        journal.preferences.set(LANGUAGE, "de")
        controller = make_controller(vault, language=language)
        controller.start()
        assert controller.window is not None
        assert language.language == "de" and _qt_cancel() == "Abbrechen"
        assert QLocale().language() == QLocale.Language.German
        # Changed in Settings: spoken from the next unlock on.
        choice = controller.window.settings_page.language
        choice.setCurrentIndex(choice.findData("fr"))
        assert _qt_cancel() == "Abbrechen"
        controller.lock()
        gate = controller.gate
        assert isinstance(gate, UnlockDialog)
        with qtbot.waitSignal(controller.unlocked):
            qtbot.mouseClick(gate.unlock_button, Qt.MouseButton.LeftButton)
        assert language.language == "fr" and _qt_cancel() == "Annuler"
    finally:
        language.remove()
        QLocale.setDefault(before)
    assert _qt_cancel() == "Cancel"


@pytest.mark.parametrize("language", ["de", "es", "fr"])
def test_a_plural_not_yet_translated_reads_as_english_never_as_its_source(
    english: AppLanguage, language: str
) -> None:
    """Found by hand: after choosing Deutsch the status line said "9 follow-up(s) overdue": the
    German catalogue lacks the text, and the app, which speaks one language at a time, had
    taken English (where the plural forms live) out. The test session keeps English beneath
    every other language, so this uses the session's own AppLanguage, as the app does."""
    before = QLocale()
    try:
        english.apply(language)
        text = QCoreApplication.translate("AppController", "%Ln follow-up(s) overdue", "", 9)
        one = QCoreApplication.translate("AppController", "%Ln follow-up(s) overdue", "", 1)
    finally:
        english.apply("en")
        QLocale.setDefault(before)
    assert "9" in text and "(s)" not in text
    assert "1" in one and "(s)" not in one and one != text


def test_settings_offers_each_language_by_its_own_name(
    qtbot: QtBot, journal: Journal, clock: Clock, vault: Vault
) -> None:
    page = SettingsPage(journal, clock, vault, write_down=lambda _c: False, confirm=lambda _q: True)
    qtbot.addWidget(page)
    names = [page.language.itemText(i) for i in range(page.language.count())]
    assert names == ["As on this computer", "English", "Español", "Français", "Deutsch"]
    assert page.language.currentData() == "system"
    page.language.setCurrentIndex(names.index("Deutsch"))
    assert journal.preferences.get(LANGUAGE) == "de"


def test_tables_write_dates_with_the_locales_month_names(
    qapp: QApplication, journal: Journal, clock: Clock
) -> None:
    peer = journal.peers.add("Ash")
    held = date(2026, 11, 12)
    journal.sessions.save(
        Session(
            peer_id=peer.id,
            held_on=held,
            status=FINISHED,
            contact_kind="proactive_outreach",
            outreach_outcome="accepted",
        )
    )
    model = PeersModel(journal.peers, SessionQuery(journal.conn, clock))
    with speaking(qapp, "de", Country.Germany) as locale:
        model.refresh()
        shown = model.index(0, PeersModel.LAST_SESSION).data()
        assert shown == f"12. {locale.monthName(11, QLocale.FormatType.ShortFormat)} 2026"
        assert shown == "12. Nov. 2026"  # German: a full stop after the day and the abbreviation


def test_numbers_are_written_the_locales_way(qapp: QApplication) -> None:
    ninety_minutes = rep.Cell(90, 90)
    with speaking(qapp, "de", Country.Germany):
        assert hours_text(ninety_minutes) == "1,5" and number(3.5) == "3,5"
    with speaking(qapp, "en", Country.UnitedStates):
        assert hours_text(ninety_minutes) == "1.5" and number(3.0) == "3"


@pytest.mark.parametrize(
    ("language", "country", "first"),
    [
        ("de", Country.Germany, Qt.DayOfWeek.Monday),
        ("en", Country.UnitedStates, Qt.DayOfWeek.Sunday),
    ],
)
def test_calendars_start_the_week_on_the_locales_first_day(
    qtbot: QtBot,
    qapp: QApplication,
    journal: Journal,
    clock: Clock,
    language: str,
    country: QLocale.Country,
    first: Qt.DayOfWeek,
) -> None:
    with speaking(qapp, language, country):
        page = SessionsPage(journal, clock, confirm=lambda _q: False)
        qtbot.addWidget(page)
        assert page.from_date.calendarWidget().firstDayOfWeek() == first


# --- papers in each language ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "country", "paper"),
    [*SPOKEN, ("es", Country.UnitedStates, QPageSize.PageSizeId.Letter)],
)
def test_handout_report_and_recovery_sheet_in_each_language(
    qapp: QApplication,
    journal: Journal,
    clock: Clock,
    tmp_path: Path,
    language: str,
    country: QLocale.Country,
    paper: QPageSize.PageSizeId,
) -> None:
    """Each paper carries its heading as the language's catalogue has it, dates with the
    locale's month names, and the locale's paper."""
    clock.now = FIXED_NOW
    seed_default_resources(journal)
    populate(journal)
    chosen = choose(journal.resources.all(), categories=["crisis_line"])
    with speaking(qapp, language, country) as locale:
        march = locale.monthName(3)  # "marzo", "mars", "März"
        assert march != "March"

        def heading(context: str, text: str) -> str:
            return QCoreApplication.translate(context, text)

        handout = tmp_path / "handout.pdf"
        save_handout_pdf(handout, Handout(tuple(chosen), MARCH_3))
        sheet = tmp_path / "sheet.pdf"
        save_recovery_sheet_pdf(
            sheet, RecoveryCode.generate(), MARCH_3, lock_mode=LockMode.PASSPHRASE
        )
        report = tmp_path / "report.pdf"
        save_report_pdf(report, rep.build(compute(journal.conn, PERIOD, FIXED_NOW.date())))
        papers = {
            handout: heading("Handout", "Support for you"),
            sheet: heading("RecoverySheet", "PeerDesk recovery sheet"),
            report: heading("report", "PeerDesk report"),
        }
        for path, title in papers.items():
            text = pdf_text(path)
            assert title in text, path.name
            assert PAPER[paper] in page_size(path), path.name
        assert march in pdf_text(handout) and march in pdf_text(sheet)
        assert locale.monthName(12) in pdf_text(report)  # the report's months, "diciembre"…


@pytest.mark.parametrize(
    "language", [pytest.param(lang, marks=while_translated(lang)) for lang, _c, _p in SPOKEN]
)
def test_the_papers_headings_are_translated(qapp: QApplication, language: str) -> None:
    with speaking(qapp, language, Country.AnyCountry):
        for context, text in [
            ("Handout", "Support for you"),
            ("RecoverySheet", "PeerDesk recovery sheet"),
            ("report", "PeerDesk report"),
            ("Flow", "Reach out"),
        ]:
            assert QCoreApplication.translate(context, text) != text


# German for a few of the core's texts, as a translator would write them in peerdesk_de.ts.
SAMPLE_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context><name>Flow</name>
<message><source>Reach out</source><translation>Ansprechen</translation></message>
<message><source>Offer support so that saying yes feels ordinary and saying no feels fine.</source>
<translation>UNTERSTÜTZUNG ANBIETEN</translation></message>
<message><source>Ask if now is a good moment, and offer another time if it is not.</source>
<translation>PASST ES GERADE?</translation></message>
<message><source>Framed the call as routine</source>
<translation>Als Routine angesprochen</translation></message>
<message><source>Phone</source><translation>Telefon</translation></message>
<message><source>Patient aggression</source>
<translation>Aggression von Patienten</translation></message>
</context>
<context><name>errors</name>
<message><source>another peer already has this pseudonym</source>
<translation>dieses Pseudonym hat schon jemand anderes</translation></message>
</context>
</TS>
"""


def _widget_texts(root: QWidget) -> set[str]:
    texts: set[str] = set()
    for widget in root.findChildren(QWidget):
        if isinstance(widget, QLabel | QAbstractButton):
            texts.add(widget.text().replace("&", ""))  # without the mnemonics the form adds
        elif isinstance(widget, QComboBox):
            texts |= {widget.itemText(i) for i in range(widget.count())}
        elif isinstance(widget, QListWidget):
            texts |= {widget.item(i).text() for i in range(widget.count())}
    return texts


def test_the_session_form_shows_the_cores_texts_translated(
    qtbot: QtBot, qapp: QApplication, journal: Journal, clock: Clock, tmp_path: Path
) -> None:
    """The flow's titles, purposes, guidance, checklist and choice labels and the default tags
    reach the form through the catalogue (a sample one: the real ones are being translated)."""
    ts = tmp_path / "peerdesk_de.ts"
    ts.write_text(SAMPLE_TS, encoding="utf-8")
    qm = tmp_path / "peerdesk_de.qm"
    PIPELINE["lrelease"](ts, qm)
    translator = QTranslator()
    assert translator.load(str(qm))
    qapp.installTranslator(translator)
    try:
        form = SessionForm(
            journal,
            clock,
            None,
            confirm_identifiers=lambda _f: True,
            ask_close=lambda _finished: "discard",
            offer_followup=lambda _f: False,
            ask_second_followup=lambda _p, _d: False,
        )
        qtbot.addWidget(form)
        texts = _widget_texts(form)
        form.autosaver.stop()
    finally:
        qapp.removeTranslator(translator)
    assert "1. Ansprechen" in texts  # the step list and the step's heading
    assert "UNTERSTÜTZUNG ANBIETEN" in texts  # the purpose
    assert any("PASST ES GERADE?" in text for text in texts)  # a line of guidance
    assert {"Als Routine angesprochen", "Telefon", "Aggression von Patienten"} <= texts
    assert "Reach out" not in texts and "1. Reach out" not in texts


def test_a_refusal_the_core_marked_is_explained_translated(
    qapp: QApplication, journal: Journal, tmp_path: Path
) -> None:
    journal.peers.add("Ash")
    with pytest.raises(InvalidInput) as refused:
        journal.peers.add("ash")
    ts = tmp_path / "peerdesk_de.ts"
    ts.write_text(SAMPLE_TS, encoding="utf-8")
    qm = tmp_path / "peerdesk_de.qm"
    PIPELINE["lrelease"](ts, qm)
    translator = QTranslator()
    assert translator.load(str(qm))
    qapp.installTranslator(translator)
    try:
        words = explain(refused.value)
    finally:
        qapp.removeTranslator(translator)
    assert words.text == "Dieses Pseudonym hat schon jemand anderes."
    assert str(refused.value) == "another peer already has this pseudonym"  # the core: English


# --- reports merge whatever language wrote them -----------------------------------------------


def test_program_totals_merge_a_spanish_and_a_german_supporters_reports(
    qtbot: QtBot, qapp: QApplication, journal: Journal, clock: Clock, tmp_path: Path
) -> None:
    populate(journal)
    written: list[Path] = []
    for language, country in (("es", Country.Spain), ("de", Country.Germany)):
        target = tmp_path / f"report-{language}.csv"
        with speaking(qapp, language, country):
            dialog = ReportDialog(
                journal, clock, PERIOD, choose_path=lambda _s, _k, t=target: str(t)
            )
            qtbot.addWidget(dialog)
            assert dialog.save() == target
        written.append(target)
    spanish, german = (path.read_text(encoding="utf-8-sig") for path in written)
    assert spanish == german  # nothing in the file depends on the language
    assert re.search(r"^[a-z_]+,[0-9-]*,[^,]*,[^,]*,[1-9]\d*$", spanish, re.M)  # a count shown
    totals = ProgramTotalsDialog(choose_files=lambda: [str(p) for p in written])
    qtbot.addWidget(totals)
    totals.add_chosen()
    assert totals.combined is not None and totals.problems.text() == ""
    report = rep.build(compute(journal.conn, PERIOD, FIXED_NOW.date()))
    shown = [line for line in report.lines if line.cell.exact and line.cell.low > 0]
    assert shown  # a count each report shows (a held-back one stays held back in the totals)
    for line in shown:
        both = totals.combined.cell(line.section, item=line.item, month=line.month)
        assert (both.low, both.high) == (2 * line.cell.low, 2 * line.cell.high), line
