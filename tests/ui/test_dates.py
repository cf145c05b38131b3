"""The typed date helpers: exact round trips, a clear error for an invalid QDate, locale words."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QApplication, QDateEdit
from pytestqt.qtbot import QtBot

from peerdesk.insights import Month
from tests.support import locale
from ui.widgets.dates import (
    EARLIEST_DAY,
    date_and_time,
    date_field_format,
    day_and_month,
    day_long_month_year,
    day_month_year,
    long_date,
    month_and_year,
    month_name,
    month_start,
    short_month_and_year,
    tiny_month_and_year,
    to_date,
    to_month,
    to_qdate,
    weekday_and_date,
    weekday_day_and_month,
)

_DAYS = st.dates(min_value=EARLIEST_DAY, max_value=date(9999, 12, 31))


@pytest.fixture
def german(qapp: QApplication) -> Iterator[None]:
    with locale.german():
        yield


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    with locale.default_locale(QLocale.Language.English, QLocale.Country.UnitedKingdom):
        yield


@given(_DAYS)
def test_a_day_survives_the_round_trip(day: date) -> None:
    qdate = to_qdate(day)
    assert (qdate.year(), qdate.month(), qdate.day()) == (day.year, day.month, day.day)
    assert to_date(qdate) == day


@given(_DAYS)
def test_a_month_survives_the_round_trip(day: date) -> None:
    month = Month.of(day)
    assert to_month(to_qdate(day)) == month
    assert to_date(month_start(month)) == day.replace(day=1)


@pytest.mark.parametrize("invalid", [QDate(), QDate(2026, 2, 30), QDate(2026, 13, 1)])
def test_an_invalid_qdate_is_refused_not_guessed(invalid: QDate) -> None:
    with pytest.raises(ValueError, match="not a valid date"):
        to_date(invalid)
    with pytest.raises(ValueError, match="not a valid date"):
        to_month(invalid)


@pytest.mark.usefixtures("german")
def test_months_and_days_are_in_the_users_language() -> None:
    assert month_name(3) == "März"
    assert month_and_year(Month(2026, 3)) == "März 2026"
    assert short_month_and_year(Month(2026, 3)).startswith("Mär")
    assert tiny_month_and_year(Month(2026, 3)).endswith(" 26")
    assert "März" in long_date(date(2026, 3, 3))
    assert day_month_year(date(2026, 3, 3)) == "03. März 2026"
    assert day_and_month(date(2026, 3, 3)) == "Di., 03. März"
    assert date_and_time(datetime(2026, 3, 3, 14, 5)) == "03. März 2026, 14:05"


# How each language writes a day: the locale's words and signs between day, month and year (its
# long date's), the app's order, and always the month's name. German puts a full stop after the
# day ("3. März", never "3 März"), Spanish joins the long forms with "de".
WRITTEN = {
    (QLocale.Language.German, QLocale.Country.Germany): (
        "Dienstag, 3. März 2026",
        "3. März 2026",
        "03. März 2026",
        "Dienstag, 3. März",
        "Di., 03. März",
        "März 2026",
    ),
    (QLocale.Language.Spanish, QLocale.Country.Spain): (
        "martes, 3 de marzo de 2026",
        "3 de marzo de 2026",
        "03 mar 2026",
        "martes, 3 de marzo",
        "mar, 03 mar",
        "marzo de 2026",
    ),
    (QLocale.Language.French, QLocale.Country.France): (
        "mardi 3 mars 2026",
        "3 mars 2026",
        "03 mars 2026",
        "mardi 3 mars",
        "mar. 03 mars",
        "mars 2026",
    ),
    (QLocale.Language.English, QLocale.Country.UnitedStates): (
        "Tuesday, March 3, 2026",  # a heading as the handout writes it: the locale's long date
        "3 March 2026",
        "03 Mar 2026",
        "Tuesday 3 March",
        "Tue 03 Mar",
        "March 2026",
    ),
}


@pytest.mark.parametrize("where", WRITTEN, ids=lambda where: where[0].name)
def test_each_language_writes_a_day_its_own_way(
    qtbot: QtBot, where: tuple[QLocale.Language, QLocale.Country]
) -> None:
    day = date(2026, 3, 3)
    with locale.default_locale(*where):
        shown = (
            weekday_and_date(day),
            day_long_month_year(day),
            day_month_year(day),
            weekday_day_and_month(day),
            day_and_month(day),
            month_and_year(Month(2026, 3)),
        )
        field = QDateEdit()
        qtbot.addWidget(field)
        field.setDisplayFormat(date_field_format())
        field.setDate(to_qdate(day))
        typed = field.text()
    assert shown == WRITTEN[where]
    assert typed == shown[2].lstrip("0")  # a date field shows the day as the tables do


@pytest.mark.usefixtures("english")
def test_english_months_stay_english() -> None:
    assert month_and_year(Month(2026, 12)) == "December 2026"
    assert tiny_month_and_year(Month(2026, 12)) == "Dec 26"
    assert "December" in long_date(date(2026, 12, 3))
    assert day_month_year(date(2026, 12, 3)) == "03 Dec 2026"
    assert day_and_month(date(2026, 12, 3)) == "Thu 03 Dec"
    assert date_and_time(datetime(2026, 12, 3, 9, 5)) == "03 Dec 2026, 09:05"
