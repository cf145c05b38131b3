"""When things are due: follow-ups sorted into overdue, today, this week and later.

Everything here works on calendar dates in the supporter's own time zone, never on differences
between timestamps: a day that is 23 or 25 hours long (a daylight-saving change) is still one
day, and "today" is the local date of the injected clock's "now", not the date in UTC.
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
WEEK_DAYS = 7  # "this week" is the next seven days, as on the Today page
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


def bucket(due_on: date, today: date) -> str:
    """Which group a follow-up due on ``due_on`` belongs to, seen on ``today``."""
    if due_on < today:
        return OVERDUE
    if due_on == today:
        return DUE_TODAY
    if due_on <= today + timedelta(days=WEEK_DAYS):
        return THIS_WEEK
    return LATER


def group(items: Iterable[T], today: date) -> dict[str, list[T]]:
    """The items in the four groups (every group present, soonest first within each)."""
    groups: dict[str, list[T]] = {name: [] for name in BUCKETS}
    for item in sorted(items, key=lambda i: i.due_on):
        groups[bucket(item.due_on, today)].append(item)
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


def last_due_day(today: date) -> date:
    """The last day a follow-up counts as due, seen on ``today`` (the end of "this week")."""
    return today + timedelta(days=WEEK_DAYS)


def counts(items: Iterable[HasDueDate], today: date) -> Due:
    """How many of ``items`` are overdue, due today and due this week (later ones are left out)."""
    found = dict.fromkeys(BUCKETS, 0)
    for item in items:
        found[bucket(item.due_on, today)] += 1
    return Due(found[OVERDUE], found[DUE_TODAY], found[THIS_WEEK])


def days_overdue(due_on: date, today: date) -> int:
    """Whole days past the due date (0 when not overdue)."""
    return max(0, (today - due_on).days)


def tomorrow(today: date) -> date:
    return today + timedelta(days=1)


def next_week(today: date) -> date:
    """The same weekday next week."""
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
