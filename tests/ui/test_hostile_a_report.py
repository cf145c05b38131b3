"""Hostile test (round s21, tester hostile-a): the program report PDF has no English headings left.

Found by hand under Xvfb with ``LANG=de_DE.UTF-8 uv run peerdesk --demo``: Journal > Bericht für
das Programm…, Dateityp "Druckbar (PDF)", PDF speichern…; pdftotext of the file reads
"Period: Januar 2026 bis Dezember 2026", "By month" and "Referrals" among German words
(screenshot /work/notes/s21/shots-a/de-14-report-pdf.png, file read back: bericht-de.pdf).
Why: in ui/printing/report_pdf.py these three are ``QCoreApplication.translate('report', …)``
calls inside f-strings, which lupdate does not extract, so the catalogues never had them and the
catalogue test cannot see that they are missing.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from peerdesk import report as rep
from peerdesk.insights import Period, compute
from peerdesk.journal import Journal
from tests.conftest import FIXED_NOW
from tests.core.test_insights import populate
from tests.support.language import SPOKEN_IN, speaking
from ui.printing.report_pdf import save_report_pdf

PERIOD = Period.parse("2025-12", "2026-11")
ENGLISH_HEADINGS = ("Period:", "By month", "Referrals")


def _lines(path: Path) -> list[str]:
    done = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    )
    return [" ".join(line.split()) for line in done.stdout.splitlines()]


@pytest.mark.parametrize("language", ["de", "fr", "es"])
def test_the_report_pdf_has_no_english_heading_in_another_language(
    qapp: QApplication, journal: Journal, tmp_path: Path, language: str
) -> None:
    populate(journal)
    target = tmp_path / "report.pdf"
    with speaking(qapp, language, SPOKEN_IN[language]):
        save_report_pdf(target, rep.build(compute(journal.conn, PERIOD, FIXED_NOW.date())))
    lines = _lines(target)
    assert len(lines) > 20, "the report was not read back"
    english = [
        line
        for line in lines
        if any(line == h or line.startswith(h + " ") for h in ENGLISH_HEADINGS)
    ]
    assert english == [], f"{language}: English left in the report: {english}"
