"""When things are due: follow-ups sorted into overdue, today, this week and later.

Everything here works on calendar dates in the supporter's own time zone, never on differences
between timestamps: a day that is 23 or 25 hours long (a daylight-saving change) is still one
day, and "today" is the local date of the injected clock's "now", not the date in UTC.

"This week" means what it says: the days left in the current calendar week, which starts on the
locale's first day of the week (``first_day``, an ISO weekday: 1 Monday ... 7 Sunday; the user
interface passes the one ``QLocale`` knows, Monday when none is given). So "next week", the same
weekday seven days on, is never "this week", and a follow-up put off to it is not due yet.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from typing import Protocol, TypeVar

OVERDUE = "overdue"
DUE_TODAY = "today"
THIS_WEEK = "this_week"
LATER = "later"
BUCKETS = (OVERDUE, DUE_TODAY, THIS_WEEK, LATER)
WEEK_DAYS = 7
MONDAY, SUNDAY = 1, 7  # ISO weekdays
VERIFY_MONTHS = 12  # a resource last verified longer ago than this is checked before printing


class HasDueDate(Protocol):
    @property
    def due_on(self) -> date: ...


T = TypeVar("T", bound=HasDueDate)


def local_today(now: datetime, zone: tzinfo | None = None) -> date:
    """The calendar date of ``now`` in ``zone`` (default: this computer's time zone).

    A naive ``now`` is taken to be local time already.
    """
    if now.tzinfo is None:
        return now.date()
    return now.astimezone(zone).date()


def end_of_week(today: date, first_day: int = MONDAY) -> date:
    """The last day of the calendar week ``today`` is in, for weeks starting on ``first_day``."""
    if not MONDAY <= first_day <= SUNDAY:
        raise ValueError(f"not an ISO weekday: {first_day}")
    last = (first_day - 2) % WEEK_DAYS + 1  # the weekday before the first
    return today + timedelta(days=(last - today.isoweekday()) % WEEK_DAYS)


def bucket(due_on: date, today: date, first_day: int = MONDAY) -> str:
    """Which group a follow-up due on ``due_on`` belongs to, seen on ``today``."""
    if due_on < today:
        return OVERDUE
    if due_on == today:
        return DUE_TODAY
    if due_on <= end_of_week(today, first_day):
        return THIS_WEEK
    return LATER


def group(items: Iterable[T], today: date, first_day: int = MONDAY) -> dict[str, list[T]]:
    """The items in the four groups (every group present, soonest first within each)."""
    groups: dict[str, list[T]] = {name: [] for name in BUCKETS}
    for item in sorted(items, key=lambda i: i.due_on):
        groups[bucket(item.due_on, today, first_day)].append(item)
    return groups


@dataclass(frozen=True)
class Due:
    """How many follow-ups are due, by group.

    "Due" means overdue, due today or due this week: the one count Today, the navigation badge
    and the Follow-ups page all show, so the three always agree. Later ones are not due.
    """

    overdue: int = 0
    today: int = 0
    this_week: int = 0

    @property
    def total(self) -> int:
        return self.overdue + self.today + self.this_week


def last_due_day(today: date, first_day: int = MONDAY) -> date:
    """The last day a follow-up counts as due, seen on ``today`` (the end of "this week")."""
    return end_of_week(today, first_day)


def counts(items: Iterable[HasDueDate], today: date, first_day: int = MONDAY) -> Due:
    """How many of ``items`` are overdue, due today and due this week (later ones are left out)."""
    found = dict.fromkeys(BUCKETS, 0)
    for item in items:
        found[bucket(item.due_on, today, first_day)] += 1
    return Due(found[OVERDUE], found[DUE_TODAY], found[THIS_WEEK])


def days_overdue(due_on: date, today: date) -> int:
    """Whole days past the due date (0 when not overdue)."""
    return max(0, (today - due_on).days)


def tomorrow(today: date) -> date:
    return today + timedelta(days=1)


def next_week(today: date) -> date:
    """The same weekday next week (always after the end of this week, whichever day it starts)."""
    return today + timedelta(days=WEEK_DAYS)


def months_before(day: date, months: int) -> date:
    """The same day ``months`` calendar months earlier (the 31st becomes the month's last day)."""
    index = day.year * 12 + (day.month - 1) - months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def needs_verifying(last_verified_on: date | None, today: date) -> bool:
    """True when a resource was never verified, or last verified more than 12 months ago."""
    if last_verified_on is None:
        return True
    return last_verified_on < months_before(today, VERIFY_MONTHS)
