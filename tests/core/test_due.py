"""Due dates: the four groups, time zones and daylight-saving changes, with an injected clock."""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from peerdesk import due
from peerdesk.journal import Journal
from peerdesk.sessions import FINISHED, Session
from tests.conftest import Clock, day

NEW_YORK = ZoneInfo("America/New_York")
AUCKLAND = ZoneInfo("Pacific/Auckland")
KIRITIMATI = ZoneInfo("Pacific/Kiritimati")  # UTC+14, the first place where a day begins
PAGO_PAGO = ZoneInfo("Pacific/Pago_Pago")  # UTC-11, nearly the last
LORD_HOWE = ZoneInfo("Australia/Lord_Howe")  # a daylight-saving change of half an hour


@dataclass(frozen=True)
class Due:
    due_on: date


def test_buckets_around_today() -> None:
    today = day(26)  # a Thursday
    assert due.bucket(day(25), today) == due.OVERDUE
    assert due.bucket(date(2025, 1, 1), today) == due.OVERDUE
    assert due.bucket(day(26), today) == due.DUE_TODAY
    assert due.bucket(day(27), today) == due.THIS_WEEK
    assert due.bucket(day(29), today) == due.THIS_WEEK  # Sunday ends a week starting Monday
    assert due.bucket(day(30), today) == due.LATER  # Monday: next week
    assert due.bucket(date(2026, 12, 3), today) == due.LATER  # seven days ahead: next week
    # Where the week starts on Sunday (the US), Saturday ends it.
    assert due.bucket(day(28), today, due.SUNDAY) == due.THIS_WEEK
    assert due.bucket(day(29), today, due.SUNDAY) == due.LATER


def test_the_end_of_the_week_follows_its_first_day() -> None:
    thursday = day(26)
    assert due.end_of_week(thursday) == day(29)  # Monday first (ISO): Sunday
    assert due.end_of_week(thursday, due.SUNDAY) == day(28)  # Sunday first: Saturday
    assert due.end_of_week(thursday, 6) == day(27)  # Saturday first: Friday
    assert due.end_of_week(day(29)) == day(29)  # on Sunday, this week is today
    assert due.end_of_week(day(29), due.SUNDAY) == date(2026, 12, 5)  # a new week began
    with pytest.raises(ValueError):
        due.end_of_week(thursday, 0)


def test_a_follow_up_put_off_to_next_week_is_not_due_this_week() -> None:
    """Found by hostile-a (s21): on Thursday 3 December "Next week (Thu 10 Dec)" was listed under
    "This week" and counted as due, because this week was the next seven days."""
    thursday = date(2026, 12, 3)
    put_off = Due(due.next_week(thursday))
    for first_day in range(due.MONDAY, due.SUNDAY + 1):
        assert due.bucket(put_off.due_on, thursday, first_day) == due.LATER
        assert due.counts([put_off], thursday, first_day) == due.Due()
        assert due.last_due_day(thursday, first_day) < put_off.due_on


@given(today=st.dates(date(2020, 1, 1), date(2030, 12, 31)), first_day=st.integers(1, 7))
def test_this_week_is_the_rest_of_the_calendar_week_and_next_week_is_never_in_it(
    today: date, first_day: int
) -> None:
    end = due.end_of_week(today, first_day)
    assert today <= end <= today + timedelta(days=6)
    assert (end + timedelta(days=1)).isoweekday() == first_day  # the next week starts after it
    assert due.bucket(end, today, first_day) in (due.THIS_WEEK, due.DUE_TODAY)
    assert due.bucket(end + timedelta(days=1), today, first_day) == due.LATER
    assert due.bucket(due.next_week(today), today, first_day) == due.LATER
    assert due.last_due_day(today, first_day) == end


def test_group_keeps_every_group_and_sorts_soonest_first() -> None:
    items = [Due(day(28)), Due(day(20)), Due(day(26)), Due(date(2027, 1, 5)), Due(day(24))]
    groups = due.group(items, day(26))
    assert list(groups) == list(due.BUCKETS)
    assert [i.due_on for i in groups[due.OVERDUE]] == [day(20), day(24)]
    assert [i.due_on for i in groups[due.DUE_TODAY]] == [day(26)]
    assert [i.due_on for i in groups[due.THIS_WEEK]] == [day(28)]
    assert [i.due_on for i in groups[due.LATER]] == [date(2027, 1, 5)]
    assert due.group([], day(26)) == {name: [] for name in due.BUCKETS}
    assert due.counts(items, day(26)) == due.Due(overdue=2, today=1, this_week=1)


def test_snooze_dates_and_days_overdue() -> None:
    assert due.tomorrow(date(2026, 12, 31)) == date(2027, 1, 1)
    assert due.next_week(date(2026, 12, 28)) == date(2027, 1, 4)
    assert due.next_week(date(2028, 2, 25)) == date(2028, 3, 3)  # across a leap day
    assert due.days_overdue(day(20), day(26)) == 6
    assert due.days_overdue(day(26), day(26)) == 0
    assert due.days_overdue(day(28), day(26)) == 0


def test_months_before_keeps_the_day_or_takes_the_months_last() -> None:
    assert due.months_before(date(2026, 11, 26), 12) == date(2025, 11, 26)
    assert due.months_before(date(2026, 3, 31), 1) == date(2026, 2, 28)
    assert due.months_before(date(2028, 2, 29), 12) == date(2027, 2, 28)
    assert due.months_before(date(2026, 1, 15), 13) == date(2024, 12, 15)


def test_a_resource_needs_verifying_after_twelve_months_or_when_never_verified() -> None:
    today = date(2026, 11, 26)
    assert due.needs_verifying(None, today)
    assert not due.needs_verifying(date(2025, 11, 26), today)  # exactly twelve months
    assert due.needs_verifying(date(2025, 11, 25), today)
    assert not due.needs_verifying(today, today)
    assert not due.needs_verifying(date(2027, 2, 28), date(2028, 2, 29))
    assert due.needs_verifying(date(2027, 2, 27), date(2028, 2, 29))


# --- time zones ---------------------------------------------------------------------------------


def test_today_is_the_local_date_not_the_utc_date() -> None:
    instant = datetime(2026, 11, 26, 4, 30, tzinfo=UTC)  # evening of the 25th in New York
    assert due.local_today(instant, NEW_YORK) == day(25)
    assert due.local_today(instant, AUCKLAND) == day(26)
    assert due.local_today(instant, UTC) == day(26)
    late = datetime(2026, 11, 26, 11, 30, tzinfo=UTC)
    assert due.local_today(late, KIRITIMATI) == day(27)
    assert due.local_today(late, PAGO_PAGO) == day(26)
    assert due.local_today(datetime(2026, 11, 26, 10, 0), NEW_YORK) == day(26)  # naive: local


def test_the_same_instant_puts_a_follow_up_in_different_groups_by_zone() -> None:
    instant = datetime(2026, 11, 26, 4, 30, tzinfo=UTC)
    followup = Due(day(26))
    assert due.bucket(followup.due_on, due.local_today(instant, NEW_YORK)) == due.THIS_WEEK
    assert due.bucket(followup.due_on, due.local_today(instant, AUCKLAND)) == due.DUE_TODAY
    yesterday = Due(day(25))
    assert due.bucket(yesterday.due_on, due.local_today(instant, NEW_YORK)) == due.DUE_TODAY
    assert due.bucket(yesterday.due_on, due.local_today(instant, AUCKLAND)) == due.OVERDUE


def test_spring_forward_night_in_new_york() -> None:
    # 8 March 2026: clocks jump from 02:00 to 03:00; the day is 23 hours long.
    clock = Clock(datetime(2026, 3, 8, 23, 30, tzinfo=NEW_YORK))
    assert clock().utcoffset() == timedelta(hours=-4)
    today = due.local_today(clock(), NEW_YORK)
    assert today == date(2026, 3, 8)
    assert due.local_today(clock().astimezone(UTC), NEW_YORK) == today  # any zone in, same day
    # tomorrow, not today (a Sunday: in New York the week starts on it)
    assert due.bucket(date(2026, 3, 9), today, due.SUNDAY) == due.THIS_WEEK
    clock.now = clock.now + timedelta(minutes=40)  # 00:10 on the 9th
    assert due.bucket(date(2026, 3, 9), due.local_today(clock(), NEW_YORK)) == due.DUE_TODAY
    # One hour after 01:30 on the day itself is 03:30: still the same day, still due today.
    before = datetime(2026, 3, 8, 1, 30, tzinfo=NEW_YORK).astimezone(UTC)
    after = before + timedelta(hours=1)
    assert after.astimezone(NEW_YORK).hour == 3
    assert due.local_today(after, NEW_YORK) == date(2026, 3, 8)


def test_fall_back_night_in_new_york() -> None:
    # 1 November 2026: 01:00 to 02:00 happens twice; the day is 25 hours long.
    first = datetime(2026, 11, 1, 1, 30, tzinfo=NEW_YORK)
    second = datetime(2026, 11, 1, 1, 30, fold=1, tzinfo=NEW_YORK)
    assert second.astimezone(UTC) - first.astimezone(UTC) == timedelta(hours=1)
    for instant in (first, second):
        today = due.local_today(instant.astimezone(UTC), NEW_YORK)
        assert today == date(2026, 11, 1)
        assert due.bucket(date(2026, 10, 31), today) == due.OVERDUE
        assert due.days_overdue(date(2026, 10, 31), today) == 1
    # 23:59 on the long day is still the 1st, though 24 hours have passed since midnight.
    end = datetime(2026, 11, 1, 23, 59, tzinfo=NEW_YORK).astimezone(UTC)
    assert due.local_today(end, NEW_YORK) == date(2026, 11, 1)


def test_this_week_spans_a_daylight_saving_change_by_calendar_days() -> None:
    # The week of Monday 2 March 2026 (EST) ends on Sunday the 8th (EDT from 02:00): 167 hours
    # to the next Monday, still a week; the 9th is next week.
    today = due.local_today(datetime(2026, 3, 2, 9, 0, tzinfo=NEW_YORK), NEW_YORK)
    assert due.bucket(date(2026, 3, 8), today) == due.THIS_WEEK
    assert due.bucket(date(2026, 3, 9), today) == due.LATER
    assert due.next_week(today) == date(2026, 3, 9)
    assert due.days_overdue(date(2026, 3, 1), date(2026, 3, 15)) == 14


def test_half_hour_daylight_saving_change_on_lord_howe() -> None:
    # 5 April 2026, 02:00 local: clocks go back to 01:30.
    just_before = datetime(2026, 4, 4, 14, 59, tzinfo=UTC)  # 01:59 (+11:00)
    just_after = datetime(2026, 4, 4, 15, 1, tzinfo=UTC)  # 01:31 (+10:30)
    assert just_before.astimezone(LORD_HOWE).utcoffset() == timedelta(hours=11)
    assert just_after.astimezone(LORD_HOWE).utcoffset() == timedelta(hours=10, minutes=30)
    assert due.local_today(just_before, LORD_HOWE) == date(2026, 4, 5)
    assert due.local_today(just_after, LORD_HOWE) == date(2026, 4, 5)


_ORDER = {due.LATER: 0, due.THIS_WEEK: 1, due.DUE_TODAY: 2, due.OVERDUE: 3}
_ZONES = st.sampled_from([UTC, NEW_YORK, AUCKLAND, KIRITIMATI, PAGO_PAGO, LORD_HOWE])
_INSTANTS = st.datetimes(
    min_value=datetime(2025, 1, 1), max_value=datetime(2028, 12, 31), timezones=st.just(UTC)
)


@given(
    zone=_ZONES,
    start=_INSTANTS,
    steps=st.lists(st.integers(min_value=0, max_value=60 * 60 * 30), max_size=12),
    offset=st.integers(min_value=-20, max_value=20),
    first_day=st.integers(min_value=1, max_value=7),
)
def test_as_time_passes_a_follow_up_only_ever_gets_more_urgent(
    zone: ZoneInfo, start: datetime, steps: list[int], offset: int, first_day: int
) -> None:
    due_on = due.local_today(start, zone) + timedelta(days=offset)
    seen = _ORDER[due.bucket(due_on, due.local_today(start, zone), first_day)]
    now = start
    for seconds in steps:
        now += timedelta(seconds=seconds)
        today = due.local_today(now, zone)
        urgency = _ORDER[due.bucket(due_on, today, first_day)]
        assert urgency >= seen
        seen = urgency
        assert due.days_overdue(due_on, today) == max(0, (today - due_on).days)
        assert due.tomorrow(today) > today and due.next_week(today) > today


# --- the computer's own time zone ---------------------------------------------------------------


@pytest.fixture
def local_zone(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    if not hasattr(time, "tzset"):
        pytest.skip("the time zone can only be switched on POSIX")
    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.mark.usefixtures("local_zone")
def test_without_a_zone_the_computers_zone_decides(journal: Journal, clock: Clock) -> None:
    clock.now = datetime(2026, 11, 27, 3, 0, tzinfo=UTC)  # 22:00 on the 26th in New York
    assert due.local_today(clock()) == day(26)
    peer = journal.peers.add("Finch")
    journal.sessions.save(
        Session(
            held_on=day(20), status=FINISHED, peer_id=peer.id, contact_kind="peer_asked",
            followup_on=day(27),
        )
    )  # fmt: skip
    today = due.local_today(clock())
    assert due.counts(journal.followups.open(due_by=today), today) == due.Due()
    clock.now += timedelta(hours=2)  # midnight has passed in New York
    today = due.local_today(clock())
    assert due.counts(journal.followups.open(due_by=today), today) == due.Due(today=1)
