"""Typed conversions between the core's dates and Qt's, and dates in the user's own words.

The core keeps ``datetime.date`` and :class:`~peerdesk.insights.Month` (ISO when stored); Qt
widgets hold ``QDate``. Convert here, never by hand. An invalid ``QDate`` (``QDate()``, 30
February) is a bug in the caller, so :func:`to_date` and :func:`to_month` raise ``ValueError``
rather than guess.

Everything the user reads goes through ``QLocale()`` (the application's default locale), so a
German desktop shows "März 2026", never a month list written in English here. The patterns below
("dd MMM yyyy") fix the order of day, month and year; the names come from the locale.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale, QTime

if TYPE_CHECKING:  # Today, the first page, shows dates only: start-up loads no insights code
    from peerdesk.insights import Month

# The earliest day a date field offers (a QDateEdit's own minimum is 1752).
EARLIEST_DAY = date(1900, 1, 1)


def to_qdate(day: date) -> QDate:
    """``day`` as a ``QDate``."""
    return QDate(day.year, day.month, day.day)


def to_date(value: QDate) -> date:
    """``value`` as a ``date``; ``ValueError`` if it is not a valid date."""
    if not value.isValid():
        raise ValueError(f"not a valid date: {value!r}")
    return date(value.year(), value.month(), value.day())


def month_start(month: Month) -> QDate:
    """The first day of ``month``, for a month chooser."""
    return QDate(month.year, month.month, 1)


def to_month(value: QDate) -> Month:
    """The month ``value`` falls in; ``ValueError`` if it is not a valid date."""
    from peerdesk.insights import Month

    return Month.of(to_date(value))


def long_date(day: date) -> str:
    """``day`` written out in the user's locale ("Tuesday, 3 March 2026")."""
    return QLocale().toString(to_qdate(day), QLocale.FormatType.LongFormat)


def weekday_and_date(day: date) -> str:
    """``day`` as "Thursday 26 November 2026", for a heading or a record's title."""
    return QLocale().toString(to_qdate(day), "dddd d MMMM yyyy")


def day_long_month_year(day: date) -> str:
    """``day`` as "26 November 2026"."""
    return QLocale().toString(to_qdate(day), "d MMMM yyyy")


def day_month_year(day: date) -> str:
    """``day`` as "03 Mar 2026", where space is short."""
    return QLocale().toString(to_qdate(day), "dd MMM yyyy")


def weekday_day_and_month(day: date) -> str:
    """``day`` as "Friday 27 November": a day near today, whose year goes without saying."""
    return QLocale().toString(to_qdate(day), "dddd d MMMM")


def day_and_month(day: date) -> str:
    """``day`` as "Thu 03 Dec": the same, where space is short."""
    return QLocale().toString(to_qdate(day), "ddd dd MMM")


def time_of_day(moment: datetime) -> str:
    """``moment``'s hour and minute as the locale writes them ("14:05", "2:05 PM")."""
    return QLocale().toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)


def date_and_time(moment: datetime) -> str:
    """``moment`` as "03 Mar 2026, 14:05" (the time as the clock on the wall showed it)."""
    return f"{day_month_year(moment.date())}, {time_of_day(moment)}"


def month_name(number: int) -> str:
    """The name of month ``number`` (1-12) on its own ("March", "März")."""
    return QLocale().standaloneMonthName(number, QLocale.FormatType.LongFormat)


def month_and_year(month: Month) -> str:
    """``month`` as "March 2026"."""
    return f"{month_name(month.month)} {month.year}"


def short_month_and_year(month: Month) -> str:
    """``month`` as "Mar 2026", for table rows and chart labels."""
    name = QLocale().standaloneMonthName(month.month, QLocale.FormatType.ShortFormat)
    return f"{name} {month.year}"


def tiny_month_and_year(month: Month) -> str:
    """``month`` as "Mar 26", where a chart axis has little room."""
    name = QLocale().standaloneMonthName(month.month, QLocale.FormatType.ShortFormat)
    return f"{name} {month.year % 100:02d}"
