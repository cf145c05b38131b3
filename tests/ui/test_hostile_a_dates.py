"""Hostile test (round s21, tester hostile-a): Today's heading writes the date as the country does.

Found by hand under Xvfb with ``LANG=de_DE.UTF-8 uv run peerdesk --demo``: the first thing a German
supporter reads is "Heute, Donnerstag 3 Dezember 2026" (screenshot
/work/notes/s21/shots-a/de-01.png). German writes "Donnerstag, 3. Dezember 2026" (the point after
the day is the ordinal), Spanish "jueves, 3 de diciembre de 2026", American English "Thursday,
December 3, 2026". Only the names come from QLocale; the pattern "dddd d MMMM yyyy" is fixed
(ui/widgets/dates.py), so the order and punctuation stay British in every language, while the
handout printed in the same session says "Prepared on Thursday, December 3, 2026" (QLocale's own
long format): two different ways to write today's date on one screen and one page.
Issue 16 item 4: dates from QLocale everywhere.
"""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from peerdesk.journal import Journal
from peerdesk.vault import Vault
from tests.conftest import Clock
from tests.support.language import SPOKEN_IN, speaking
from tests.support.windows import shown_main_window

THURSDAY = datetime(2026, 12, 3, 9, 30).astimezone()


@pytest.mark.parametrize("language", ["de", "es", "en"])
def test_todays_heading_writes_the_date_the_way_the_locale_does(
    qtbot: QtBot, qapp: QApplication, journal: Journal, vault: Vault, clock: Clock, language: str
) -> None:
    clock.now = THURSDAY
    with speaking(qapp, language, SPOKEN_IN[language]) as locale:
        window = shown_main_window(qtbot, journal, vault, clock)
        page = window.stack.currentWidget()
        assert page is not None
        shown = page.findChild(QLabel, "pageHeading")
        assert isinstance(shown, QLabel)
        heading = shown.text()
        written = locale.toString(QDate(2026, 12, 3), QLocale.FormatType.LongFormat)
        window.close()
    assert written in heading, f"{language}: {heading!r} does not write the day as {written!r}"
