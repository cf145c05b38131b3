"""Small words a tester found in the translations (hostile-a, round s21): key names written in the
supporter's language, a German pronoun, and a German report column that broke inside its word."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QLabel

from peerdesk import report as rep
from peerdesk.errors import WrongKey
from peerdesk.insights import Period, compute
from peerdesk.journal import Journal
from tests.conftest import FIXED_NOW
from tests.core.test_insights import populate
from tests.support.language import SPOKEN_IN, speaking
from tests.ui.test_session_form import asks, make_form
from ui.messages import explain
from ui.printing.report_pdf import MONTHLY_HEADERS, save_report_pdf
from ui.session.session_form import SessionForm, key_name

__all__ = ["asks", "make_form"]  # fixtures used by name

# Each language's name for Page Down, from Qt's own catalogue (qtbase_<language>.qm).
PAGE_DOWN = {"en": "PgDown", "fr": "Page suiv", "de": "Bild abwärts", "es": "Av Pág"}


@pytest.mark.parametrize("language", sorted(PAGE_DOWN))
def test_the_session_forms_keys_are_named_in_its_language(
    qapp: QApplication, make_form: Callable[..., SessionForm], language: str
) -> None:
    """French showed "Ctrl+PgDn" (an English key name) in the form's key line and tooltips."""
    with speaking(qapp, language, SPOKEN_IN[language]):
        form = make_form()
        page_down = key_name("Ctrl+PgDown")
        hint = next(label for label in form.findChildren(QLabel) if " · " in label.text())
        tips = form.next_button.toolTip(), form.back_button.toolTip()
    assert PAGE_DOWN[language] in page_down
    assert hint.text().startswith(page_down + " / "), hint.text()
    assert page_down in tips[0], tips
    if language != "en":
        assert "PgDn" not in hint.text() and "PgDown" not in tips[0] and "PgUp" not in tips[1]


def test_german_asks_to_type_the_passphrase_again_with_the_right_pronoun(
    qapp: QApplication,
) -> None:
    """The input ("die Eingabe") is typed again: "geben Sie sie", not "geben Sie es"."""
    with speaking(qapp, "de", SPOKEN_IN["de"]):
        words = explain(WrongKey())
    assert "Eingabe" in words.text
    assert "geben Sie sie" in words.way_forward, words.way_forward


def _lines(path: Path) -> list[list[str]]:
    done = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    )
    return [line.split() for line in done.stdout.splitlines()]


@pytest.mark.parametrize("language", sorted(SPOKEN_IN))
def test_the_report_pdfs_monthly_headings_break_only_between_words(
    qapp: QApplication, journal: Journal, tmp_path: Path, language: str
) -> None:
    """German "Unterstützungsstunden" printed as "Unterstützung" over "sstunden": each word of
    the monthly table's headings is whole on the page, in every language."""
    populate(journal, 30)
    target = tmp_path / "report.pdf"
    with speaking(qapp, language, SPOKEN_IN[language]):
        headings = [QCoreApplication.translate("report", h) for h in MONTHLY_HEADERS]
        save_report_pdf(
            target,
            rep.build(compute(journal.conn, Period.parse("2025-12", "2026-11"), FIXED_NOW.date())),
        )
    words = {word for heading in headings for word in heading.split()}
    lines = _lines(target)
    first = next(i for i, line in enumerate(lines) if line[:1] == headings[0].split()[:1])
    assert set(lines[first]) <= words, lines[first]
    below = lines[first + 1]  # the headings' second line, or the first month's row
    if not any(character.isdigit() for character in "".join(below)):
        assert set(below) <= words, f"{language}: a heading broke inside a word: {below}"
    assert {w for line in lines[first : first + 2] for w in line} >= words
