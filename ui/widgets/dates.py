"""Typed conversions between the core's dates and Qt's, and dates in the user's own words.

The core keeps ``datetime.date`` and :class:`~peerdesk.insights.Month` (ISO when stored); Qt
widgets hold ``QDate``. Convert here, never by hand. An invalid ``QDate`` (``QDate()``, 30
February) is a bug in the caller, so :func:`to_date` and :func:`to_month` raise ``ValueError``
rather than guess.

Everything the user reads goes through ``QLocale()`` (the application's default locale), so a
German desktop shows "März 2026", never a month list written in English here. The patterns below
fix the order of weekday, day, month and year and always name the month (never "03.12.26", whose
order a reader must guess); the names come from the locale, and so do the words and signs that
join them, read from the locale's own long date: "3. März 2026" and "Di., 03. März" in German,
"3 de marzo de 2026" in Spanish, "3 mars 2026" in French. English keeps day, month, year.
"""

from __future__ import annotations

import re
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


_LONG = re.compile(r"dddd(?P<weekday>[^d]*)d(?P<day>[^M]*)MMMM(?P<month>[^y]*)yyyy")
_LITERAL = re.compile(r"'([^']*)'")


def _joins(long: bool) -> tuple[str, str, str]:
    """What follows the weekday, the day and the month in the locale's own long date (as pattern
    text): German ``(", ", ". ", " ")``, Spanish ``(", ", " 'de' ", " 'de' ")``, French all
    spaces. Short forms (an abbreviated month) drop the words: Spanish "3 mar 2026"."""
    locale = QLocale()
    found = _LONG.fullmatch(locale.dateFormat(QLocale.FormatType.LongFormat))
    if found is None or locale.language() in (QLocale.Language.English, QLocale.Language.C):
        return " ", " ", " "  # English: day, month, year (also where the locale puts month first)
    weekday, day, month = found["weekday"], found["day"], found["month"]
    if long:
        return weekday, day, month
    return _plain(weekday, ""), _plain(day, ""), _plain(month, "")


def _plain(join: str, words: str = "\\1") -> str:
    """``join`` with its quoted words kept (as text) or dropped (``words=""``)."""
    return re.sub(r"\s+", " ", _LITERAL.sub(words, join)) or " "


def _pattern(weekday: str, day: str, month: str, year: bool) -> str:
    after_weekday, after_day, after_month = _joins(long=len(month) == 4)
    text = (f"{weekday}{after_weekday}" if weekday else "") + f"{day}{after_day}{month}"
    return text + f"{after_month}yyyy" if year else text


def date_field_format() -> str:
    """A date field's display format: "3 Mar 2026", "3. März 2026", "3 mar 2026"."""
    return _pattern("", "d", "MMM", year=True)


def long_date(day: date) -> str:
    """``day`` written out in the user's locale ("Tuesday, 3 March 2026")."""
    return QLocale().toString(to_qdate(day), QLocale.FormatType.LongFormat)


def weekday_and_date(day: date) -> str:
    """``day`` with its weekday, for a heading or a record's title, written wholly the locale's
    way: "Thursday 26 November 2026", "Thursday, November 26, 2026" (US), "Donnerstag,
    26. November 2026", "jueves, 26 de noviembre de 2026" (the handout's date too)."""
    locale = QLocale()
    if locale.language() != QLocale.Language.C and "dddd" in locale.dateFormat(
        QLocale.FormatType.LongFormat
    ):
        return long_date(day)
    return locale.toString(to_qdate(day), _pattern("dddd", "d", "MMMM", year=True))


def day_long_month_year(day: date) -> str:
    """``day`` as "26 November 2026"."""
    return QLocale().toString(to_qdate(day), _pattern("", "d", "MMMM", year=True))


def day_month_year(day: date) -> str:
    """``day`` as "03 Mar 2026", where space is short."""
    return QLocale().toString(to_qdate(day), _pattern("", "dd", "MMM", year=True))


def weekday_day_and_month(day: date) -> str:
    """``day`` as "Friday 27 November": a day near today, whose year goes without saying."""
    return QLocale().toString(to_qdate(day), _pattern("dddd", "d", "MMMM", year=False))


def day_and_month(day: date) -> str:
    """``day`` as "Thu 03 Dec": the same, where space is short."""
    return QLocale().toString(to_qdate(day), _pattern("ddd", "dd", "MMM", year=False))


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
    """``month`` as "March 2026" ("marzo de 2026")."""
    return f"{month_name(month.month)}{_plain(_joins(long=True)[2])}{month.year}"


def short_month_and_year(month: Month) -> str:
    """``month`` as "Mar 2026", for table rows and chart labels."""
    name = QLocale().standaloneMonthName(month.month, QLocale.FormatType.ShortFormat)
    return f"{name} {month.year}"


def tiny_month_and_year(month: Month) -> str:
    """``month`` as "Mar 26", where a chart axis has little room."""
    name = QLocale().standaloneMonthName(month.month, QLocale.FormatType.ShortFormat)
    return f"{name} {month.year % 100:02d}"
