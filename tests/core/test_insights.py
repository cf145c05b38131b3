"""Insights: every figure matches a count made independently, in Python, from the journal's records.

The journal is the demo generator's output plus hand-made sessions for what it never makes
(no outreach outcome, no mode, a custom tag, drafts, old sessions, follow-ups completed by a
follow-up session, a cancelled follow-up). The test reads records back through the ordinary
repositories and counts them with plain Python; the module under test counts in SQL.
"""

from __future__ import annotations

import statistics
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from peerdesk import flow
from peerdesk.demo import fill
from peerdesk.errors import InvalidInput
from peerdesk.flow import HANDOUT, MENTIONED, REFERRED
from peerdesk.followups import CANCELLED, DONE, OPEN, FollowUp
from peerdesk.insights import (
    MAX_MONTHS,
    METRICS,
    NOT_RECORDED,
    Insights,
    Month,
    Period,
    compute,
    first_month,
)
from peerdesk.journal import Journal
from peerdesk.resources import REFERRAL_KIND
from peerdesk.sessions import DRAFT, FINISHED, Session
from peerdesk.tags import DRIVER, EVENT

TODAY = date(2026, 11, 26)  # the fixture clock's day
DEFAULT_EVENTS = flow.choice_ids(flow.DEFAULT_EVENT_TAGS)
DEFAULT_DRIVERS = flow.choice_ids(flow.DEFAULT_DRIVER_TAGS)


# --- a journal with everything in it ------------------------------------------------------------


def _followup_of(journal: Journal, session_id: int) -> FollowUp:
    (found,) = [f for f in journal.followups.open() if f.origin_session_id == session_id]
    return found


def populate(journal: Journal, sessions: int = 400, seed: int = 11) -> None:
    """The demo journal plus the cases the demo never makes."""
    fill(journal, sessions, seed=seed)
    peer = journal.peers.add("Otterly Extra").id
    night = journal.tags.add(EVENT, "Night shift incident").id
    parking = journal.tags.add(DRIVER, "Parking trouble").id

    def save(held_on: date, **kw: object) -> Session:
        base = {"status": FINISHED, "peer_id": peer, "contact_kind": "peer_asked"}
        return journal.sessions.save(Session(held_on=held_on, **{**base, **kw}))  # type: ignore[arg-type]

    for n in range(7):  # the peer came to the supporter: no outcome, no mode, a custom tag
        save(
            date(2026, 3, n + 1),
            events=[night, "conflict"] if n % 2 else [night],
            drivers=[parking],
            duration_minutes=30 + n,
            self_care=1 + n % 5,
            referral_marks={"eap": REFERRED, "chaplain": REFERRED} if n < 3 else {},
        )
    # Step 6 as one list: mentions and handouts are not referrals; a resource marked referred
    # counts under the kind of its category (a crisis line, the legal support).
    directory = {r.category: r.id for r in journal.resources.all()}
    mentioned = {"eap": MENTIONED, "physician_health": MENTIONED}
    save(date(2026, 2, 20), referral_marks=mentioned)  # the 0% case: still 0 referrals
    save(date(2026, 2, 21), resource_marks={directory["counselling"]: HANDOUT})
    save(
        date(2026, 2, 22),
        referral_marks={"crisis_line": REFERRED, "other": MENTIONED},
        resource_marks={directory["crisis_line"]: REFERRED, directory["legal_support"]: REFERRED},
    )
    save(
        date(2026, 2, 23),
        outreach_outcome="declined",  # not a conversation: counted by type, not in the rate
        resource_marks={directory["physician_health"]: REFERRED},
    )
    save(date(2026, 3, 9), status=DRAFT, contact_kind="group", notes={"listen": "draft only"})
    save(date(2025, 6, 1), mode="video", duration_minutes=50)  # before every period tested
    # Follow-ups completed by a follow-up session, 5, 9 and 12 days after the session that
    # agreed them: the median is 9.
    for start, gap in ((date(2026, 4, 1), 5), (date(2026, 4, 3), 9), (date(2026, 4, 6), 12)):
        origin = save(
            start, followup_on=start + timedelta(days=3), followup_plan="ring back on Thursday"
        )
        assert origin.id is not None
        due = _followup_of(journal, origin.id)
        save(start + timedelta(days=gap), contact_kind="follow_up", follows_up_id=due.id)
    cancelled = save(
        date(2026, 5, 2), followup_on=date(2026, 5, 5), followup_plan="send a short note first"
    )
    assert cancelled.id is not None
    journal.followups.cancel(_followup_of(journal, cancelled.id).id, "moved away")


@pytest.fixture
def full(journal: Journal) -> Journal:
    populate(journal)
    return journal


# --- the independent count ----------------------------------------------------------------------


@dataclass
class Expected:
    contacts: Counter[str] = field(default_factory=Counter)
    conversations: Counter[str] = field(default_factory=Counter)
    minutes: Counter[str] = field(default_factory=Counter)
    self_care: dict[str, list[int]] = field(default_factory=dict)
    kinds: Counter[str] = field(default_factory=Counter)
    modes: Counter[str] = field(default_factory=Counter)
    outcomes: Counter[str] = field(default_factory=Counter)
    events: Counter[str] = field(default_factory=Counter)
    drivers: Counter[str] = field(default_factory=Counter)
    referrals: Counter[str] = field(default_factory=Counter)
    conversations_with_referral: int = 0
    conversations_with_mention: int = 0
    conversations_with_handout: int = 0
    custom_event: int = 0
    custom_driver: int = 0
    due: Counter[str] = field(default_factory=Counter)
    completed: Counter[str] = field(default_factory=Counter)
    cancelled: int = 0
    overdue: int = 0
    median_days: float | None = None


def all_sessions(journal: Journal) -> list[Session]:
    """Every finished session, through the public repository (drafts are not listed)."""
    return [journal.sessions.get(s.id) for s in journal.sessions.page(0, 1_000_000)]


def all_followups(journal: Journal) -> list[FollowUp]:
    ids = [r[0] for r in journal.conn.execute("SELECT id FROM followups")]
    return [journal.followups.get(i) for i in ids]


def count_independently(journal: Journal, period: Period, today: date) -> Expected:
    start, end = period.start, period.end
    e = Expected()
    category = {r.id: r.category for r in journal.resources.all(include_archived=True)}
    for s in all_sessions(journal):
        assert s.status == FINISHED
        if not start <= s.held_on < end:
            continue
        month = s.held_on.strftime("%Y-%m")
        e.contacts[month] += 1
        talked = s.outreach_outcome in (None, "accepted")
        e.conversations[month] += talked
        e.minutes[month] += s.duration_minutes or 0
        if s.self_care is not None:
            e.self_care.setdefault(month, []).append(s.self_care)
        e.kinds[s.contact_kind or NOT_RECORDED] += 1
        e.modes[s.mode or NOT_RECORDED] += 1
        e.outcomes[s.outreach_outcome or NOT_RECORDED] += 1
        e.events.update(s.events)
        e.drivers.update(s.drivers)
        marks = [*s.referral_marks.items()] + [
            (REFERRAL_KIND[category[r]], mark) for r, mark in s.resource_marks.items()
        ]
        referred = {kind for kind, mark in marks if mark == REFERRED}
        e.referrals.update(referred)
        e.conversations_with_referral += talked and bool(referred)
        e.conversations_with_mention += talked and any(m == MENTIONED for _k, m in marks)
        e.conversations_with_handout += talked and any(m == HANDOUT for _k, m in marks)
        e.custom_event += any(t not in DEFAULT_EVENTS for t in s.events)
        e.custom_driver += any(t not in DEFAULT_DRIVERS for t in s.drivers)
    gaps = []
    for f in all_followups(journal):
        if not start <= f.due_on < end:
            continue
        month = f.due_on.strftime("%Y-%m")
        e.due[month] += 1
        e.completed[month] += f.status == DONE
        e.cancelled += f.status == CANCELLED
        e.overdue += f.status == OPEN and f.due_on < today
        if f.status == DONE and f.done_session_id and f.origin_session_id:
            done = journal.sessions.get(f.done_session_id).held_on
            origin = journal.sessions.get(f.origin_session_id).held_on
            gaps.append((done - origin).days)
    e.median_days = statistics.median(gaps) if gaps else None
    return e


def _by_id(counts: tuple[object, ...]) -> dict[str, int]:
    return {c.id: c.count for c in counts if c.count}  # type: ignore[attr-defined]


def check_against(found: Insights, e: Expected) -> None:
    for m in found.months:
        key = str(m.month)
        assert m.contacts == e.contacts[key], key
        assert m.conversations == e.conversations[key], key
        assert m.minutes == e.minutes[key], key
        assert m.followups_due == e.due[key], key
        assert m.followups_completed == e.completed[key], key
        ratings = e.self_care.get(key, [])
        assert m.self_care_ratings == len(ratings)
        if ratings:
            assert m.self_care_average == pytest.approx(statistics.mean(ratings))
        else:
            assert m.self_care_average is None
    assert sum(e.contacts.values()) == found.contacts
    assert _by_id(found.contact_kinds) == +e.kinds
    assert _by_id(found.modes) == +e.modes
    assert _by_id(found.outcomes) == +e.outcomes
    assert _by_id(found.events) == +e.events
    assert _by_id(found.drivers) == +e.drivers
    assert _by_id(found.referrals) == +e.referrals
    assert found.conversations_with_referral == e.conversations_with_referral
    assert found.conversations_with_mention == e.conversations_with_mention
    assert found.conversations_with_handout == e.conversations_with_handout
    assert found.contacts_with_custom_event == e.custom_event
    assert found.contacts_with_custom_driver == e.custom_driver
    assert found.followups_cancelled == e.cancelled
    assert found.followups_overdue == e.overdue
    assert found.median_days_to_followup == e.median_days
    conversations = sum(e.conversations.values())
    if conversations:
        assert found.referral_rate == pytest.approx(
            100 * e.conversations_with_referral / conversations
        )


# --- tests --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("first", "last"),
    [
        ("2026-01", "2026-11"),
        ("2026-09", "2026-10"),
        ("2025-01", "2026-12"),
        ("2026-03", "2026-03"),
    ],
)
def test_every_figure_matches_an_independent_count(full: Journal, first: str, last: str) -> None:
    period = Period.parse(first, last)
    found = compute(full.conn, period, TODAY)
    expected = count_independently(full, period, TODAY)
    check_against(found, expected)
    assert [str(m.month) for m in found.months] == [str(m) for m in period.months()]


def test_the_hand_made_cases_are_really_counted(full: Journal) -> None:
    """Guards the independent count itself: the cases it must see are there."""
    found = compute(full.conn, Period.parse("2026-01", "2026-11"), TODAY)
    by_kind = {c.id: c.count for c in found.contact_kinds}
    assert by_kind["group"] > 0 and found.contacts > 400
    assert {c.id: c.count for c in found.modes}[NOT_RECORDED] == 7 + 4 + 3 * 2 + 1
    assert {c.id: c.count for c in found.outcomes}[NOT_RECORDED] == 7 + 3 + 3 * 2 + 1
    assert found.contacts_with_custom_event == 7
    assert found.median_days_to_followup == 9
    assert found.followups_cancelled == 1
    march = next(m for m in found.months if str(m.month) == "2026-03")
    assert march.contacts == 7  # the draft of 9 March does not count
    assert march.minutes == sum(30 + n for n in range(7))
    assert found.referral_rate is not None and 0 < found.referral_rate < 100


def test_only_referred_counts_as_a_referral(journal: Journal) -> None:
    """Mentioning the physician health program and the EAP is no referral (it was counted as
    nothing at all before); a resource marked referred counts under its category's kind."""
    peer = journal.peers.add("Kestrel").id
    crisis = next(r.id for r in journal.resources.all() if r.category == "crisis_line")

    def save(**kw: object) -> None:
        journal.sessions.save(
            Session(held_on=date(2026, 3, 2), status=FINISHED, peer_id=peer,
                    contact_kind="peer_asked", **kw)  # type: ignore[arg-type]
        )  # fmt: skip

    save(referral_marks={"eap": MENTIONED, "physician_health": MENTIONED})
    save(referral_marks={"eap": HANDOUT}, resource_marks={crisis: MENTIONED})
    save(referral_marks={"eap": REFERRED, "mental_health": REFERRED})
    save(resource_marks={crisis: REFERRED})
    found = compute(journal.conn, Period.parse("2026-03", "2026-03"), TODAY)
    assert found.conversations == 4
    assert found.conversations_with_referral == 2 and found.referral_rate == 50
    assert found.conversations_with_mention == 2
    assert found.conversations_with_handout == 1
    assert _by_id(found.referrals) == {"eap": 1, "mental_health": 1, "crisis_line": 1}


def test_breakdowns_add_up_to_the_contacts(full: Journal) -> None:
    found = compute(full.conn, Period.parse("2026-01", "2026-11"), TODAY)
    for breakdown in (found.contact_kinds, found.modes, found.outcomes):
        assert sum(c.count for c in breakdown) == found.contacts
    vocabulary = [c.id for c in found.contact_kinds]
    assert vocabulary == [c.id for c in flow.CONTACT_KINDS] + [NOT_RECORDED]


def test_an_empty_journal_has_zeros_and_no_rates(journal: Journal) -> None:
    found = compute(journal.conn, Period.months_up_to(TODAY), TODAY)
    assert len(found.months) == 12 and found.contacts == 0 and found.hours == 0
    assert found.referral_rate is None and found.median_days_to_followup is None
    assert all(c.count == 0 for c in found.events)
    assert first_month(journal.conn) is None


def test_first_month_is_the_earliest_finished_session(full: Journal) -> None:
    assert first_month(full.conn) == Month(2025, 6)


def test_archived_tags_show_only_when_used(journal: Journal) -> None:
    unused = journal.tags.add(EVENT, "Unused tag").id
    journal.tags.set_archived(EVENT, unused, True)
    found = compute(journal.conn, Period.months_up_to(TODAY), TODAY)
    assert unused not in {c.id for c in found.events}
    assert "conflict" in {c.id for c in found.events}  # shown at zero: still offered


def test_months_up_to_ends_with_the_month_of_the_day() -> None:
    period = Period.months_up_to(date(2026, 2, 14))
    assert (str(period.first), str(period.last)) == ("2025-03", "2026-02")
    assert period.start == date(2025, 3, 1) and period.end == date(2026, 3, 1)
    assert str(period) == "2025-03 to 2026-02"


@pytest.mark.parametrize(
    ("first", "last", "field"),
    [
        ("2026-13", "2026-12", "from"),
        ("2026-1", "2026-12", "from"),
        ("", "2026-12", "from"),
        ("2026-01", "26-12", "to"),
        ("2026-01", "2026-00", "to"),
        ("2026-05", "2026-04", "to"),
        ("2026-01-05", "2026-02", "from"),
        ("1800-01", "2026-02", "from"),
        ("2000-01", "2010-01", "to"),  # 121 months
    ],
)
def test_bad_periods_are_refused_naming_the_field(first: str, last: str, field: str) -> None:
    with pytest.raises(InvalidInput) as raised:
        Period.parse(first, last)
    assert raised.value.field == field


def test_the_longest_period_is_accepted() -> None:
    assert len(Period.parse("2000-01", "2009-12").months()) == MAX_MONTHS


@given(st.integers(1900 * 12, 2200 * 12), st.integers(-500, 500))
def test_month_arithmetic_is_consistent(index: int, step: int) -> None:
    month = Month(index // 12, index % 12 + 1)
    assert Month.parse(str(month)) == month
    moved = month.plus(step)
    assert moved.minus(month) == step
    assert 1 <= moved.month <= 12


def test_every_metric_has_a_written_definition() -> None:
    ids = [m.id for m in METRICS]
    assert len(ids) == len(set(ids))
    for metric in METRICS:
        assert metric.name and len(metric.definition) > 40, metric.id
        assert metric.definition.endswith("."), metric.id


@given(
    st.one_of(st.text(max_size=30), st.from_regex(r"\A-?\d{1,6}-\d{1,3}\Z")), st.text(max_size=30)
)
def test_any_typed_period_is_a_period_or_a_clear_error(first: str, last: str) -> None:
    from peerdesk.errors import InvalidInput

    try:
        period = Period.parse(first, last)
    except InvalidInput as exc:
        assert exc.field in ("from", "to")
        assert "YYYY-MM" in str(exc) or str(exc)
    else:
        assert Month.parse(str(period.first)) == period.first
        assert period.first.year >= 1900 and 1 <= period.last.month <= 12
