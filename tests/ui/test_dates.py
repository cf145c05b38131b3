"""The typed date helpers: exact round trips, a clear error for an invalid QDate, locale words."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QApplication

from peerdesk.insights import Month
from tests.support import locale
from ui.widgets.dates import (
    EARLIEST_DAY,
    date_and_time,
    day_and_month,
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
    assert day_month_year(date(2026, 3, 3)) == "03 März 2026"
    assert day_and_month(date(2026, 3, 3)) == "Di. 03 März"
    assert date_and_time(datetime(2026, 3, 3, 14, 5)) == "03 März 2026, 14:05"


@pytest.mark.usefixtures("english")
def test_english_months_stay_english() -> None:
    assert month_and_year(Month(2026, 12)) == "December 2026"
    assert tiny_month_and_year(Month(2026, 12)) == "Dec 26"
    assert "December" in long_date(date(2026, 12, 3))
    assert day_month_year(date(2026, 12, 3)) == "03 Dec 2026"
    assert day_and_month(date(2026, 12, 3)) == "Thu 03 Dec"
    assert date_and_time(datetime(2026, 12, 3, 9, 5)) == "03 Dec 2026, 09:05"
