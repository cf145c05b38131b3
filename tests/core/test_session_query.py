"""Filtered session lists: right rows, right order, and index use instead of full scans."""

from __future__ import annotations

import itertools
from collections import Counter
from dataclasses import replace
from datetime import date, timedelta

import pytest

from peerdesk.clock import today
from peerdesk.demo import fill
from peerdesk.errors import InvalidInput
from peerdesk.journal import Journal
from peerdesk.session_query import (
    FOLLOWUP_STATES,
    PeerActivity,
    SessionFilter,
    SessionQuery,
)
from peerdesk.sessions import FINISHED, Session, SessionSummary
from peerdesk.tags import EVENT
from tests.conftest import Clock, day

FOLLOWUP_CHOICES: tuple[str | None, ...] = (None, *FOLLOWUP_STATES)


def _varied_journal(journal: Journal) -> Journal:
    """500 demo sessions plus drafts, done and cancelled follow-ups and a forgotten peer."""
    fill(journal, 500, seed=5)
    open_ids = [f.id for f in journal.followups.open()]
    third = max(1, len(open_ids) // 3)
    assert len(open_ids) >= 3
    for followup_id in open_ids[:third]:
        origin = journal.followups.get(followup_id)
        journal.sessions.save(
            Session(
                held_on=origin.due_on,
                status=FINISHED,
                peer_id=origin.peer_id,
                contact_kind="follow_up",
                outreach_outcome="accepted",
                follows_up_id=followup_id,
            )
        )
    for followup_id in open_ids[third : 2 * third]:
        journal.followups.cancel(followup_id, "moved away")
    peer_id = journal.peers.all()[0].id
    for due in (day(25), day(26), day(27)):  # the clock says 26 November: only the 25th is overdue
        journal.sessions.save(
            Session(
                held_on=day(20),
                status=FINISHED,
                peer_id=peer_id,
                contact_kind="peer_asked",
                followup_on=due,
            ),
            second_followup=True,
        )
    journal.sessions.save(Session(held_on=day(20), peer_id=None))  # a draft, never listed
    states = {r[0] for r in journal.conn.execute("SELECT status FROM followups")}
    assert states == {"open", "done", "cancelled"}, "the comparison needs every state"
    forgotten = journal.peers.all()[3]
    journal.peers.forget(forgotten.id)
    return journal


@pytest.fixture
def varied(journal: Journal) -> Journal:
    return _varied_journal(journal)


class Expected:
    """The ids a filter should list, worked out in Python from whole sessions read one by one."""

    def __init__(self, journal: Journal) -> None:
        self.followups = {
            origin: (status, date.fromisoformat(due))
            for origin, status, due in journal.conn.execute(
                "SELECT origin_session_id, status, due_on FROM followups"
                " WHERE origin_session_id IS NOT NULL"
            )
        }
        self.now = today(journal.clock)
        ids = [r[0] for r in journal.conn.execute("SELECT id FROM sessions")]
        self.sessions = [journal.sessions.get(i) for i in ids]

    def _keeps(self, f: SessionFilter, s: Session) -> bool:
        planned = self.followups.get(s.id)
        state = None
        if planned is not None:
            state = planned[0]
            if state == "open" and planned[1] < self.now:
                state = "overdue"
        return (
            s.status == FINISHED
            and (f.peer_id is None or s.peer_id == f.peer_id)
            and (f.date_from is None or s.held_on >= f.date_from)
            and (f.date_to is None or s.held_on <= f.date_to)
            and (f.contact_kind is None or s.contact_kind == f.contact_kind)
            and (f.event is None or f.event in s.events)
            and (
                f.followup is None
                or (f.followup == "none" and planned is None)
                or (f.followup == "open" and state in ("open", "overdue"))
                or f.followup == state
            )
        )

    def ids(self, f: SessionFilter) -> list[int]:
        picked = [s for s in self.sessions if self._keeps(f, s)]
        picked.sort(key=lambda s: (s.held_on, s.id or 0), reverse=True)
        return [s.id for s in picked if s.id is not None]


def _walk_pages(query: SessionQuery, f: SessionFilter, size: int) -> list[SessionSummary]:
    found: list[SessionSummary] = []
    for _ in range(10_000):
        page = query.page_after(f, found[-1] if found else None, size)
        if not page:
            return found
        assert not {s.id for s in page} & {s.id for s in found}, "a page repeats rows"
        found.extend(page)
    raise AssertionError("paging never ends")


def _filters(journal: Journal) -> list[SessionFilter]:
    """Every combination of the six filters, with values that pick real sessions."""
    peer_counts = Counter(
        r[0] for r in journal.conn.execute("SELECT peer_id FROM sessions WHERE peer_id NOT NULL")
    )
    busiest_peer = peer_counts.most_common(1)[0][0]
    event_counts = Counter(
        r[0] for r in journal.conn.execute("SELECT tag FROM session_tags WHERE kind = 'event'")
    )
    common_event = event_counts.most_common(1)[0][0]
    # Bounds on days that have sessions, so an off-by-one day would show.
    held = sorted({r[0] for r in journal.conn.execute("SELECT held_on FROM sessions")})
    values = {
        "peer_id": (None, busiest_peer),
        "date_from": (None, date.fromisoformat(held[len(held) // 3])),
        "date_to": (None, date.fromisoformat(held[-10])),
        "contact_kind": (None, "peer_asked"),
        "event": (None, common_event),
        "followup": FOLLOWUP_CHOICES,
    }
    names = list(values)
    return [
        SessionFilter(**dict(zip(names, combo, strict=True)))
        for combo in itertools.product(*(values[n] for n in names))
    ]


def test_every_filter_combination_lists_what_a_plain_python_filter_finds(
    varied: Journal,
) -> None:
    filters = _filters(varied)
    assert len(filters) == 2**5 * 5
    by_list = SessionQuery(varied.conn, varied.clock)
    by_walk = SessionQuery(varied.conn, varied.clock, walk_threshold=0)
    non_empty = 0
    oracle = Expected(varied)
    for f in filters:
        expected = oracle.ids(f)
        non_empty += bool(expected)
        for query in (by_list, by_walk):
            assert query.count(f) == len(expected), f
            assert [s.id for s in query.page(f, 0, 1000)] == expected, f
            assert [s.id for s in _walk_pages(query, f, 7)] == expected, f
    # The values chosen make most combinations pick something, so the comparison means something.
    assert non_empty > len(filters) // 3


def test_each_single_filter_picks_some_but_not_all_sessions(varied: Journal) -> None:
    query = SessionQuery(varied.conn, varied.clock)
    total = query.count(SessionFilter())
    singles = [f for f in _filters(varied) if sum(v is not None for v in vars(f).values()) == 1]
    assert len(singles) == 9
    for f in singles:
        assert 0 < query.count(f) < total, f


def test_the_unfiltered_list_matches_the_core_sessions_page(varied: Journal) -> None:
    query = SessionQuery(varied.conn, varied.clock)
    everything = SessionFilter()
    finished = varied.conn.execute("SELECT count(*) FROM sessions WHERE status = 'finished'")
    assert query.count(everything) == varied.sessions.count() == finished.fetchone()[0] > 500
    assert len(query.page(everything, 0, 1000)) == query.count(everything)
    assert query.page(everything, 0, 1000) == varied.sessions.page(0, 1000)
    assert query.page(everything, 130, 25) == varied.sessions.page(130, 25)
    assert _walk_pages(query, everything, 200) == varied.sessions.page(0, 1000)


def test_rows_carry_peer_outcome_and_follow_up_date(varied: Journal) -> None:
    query = SessionQuery(varied.conn, varied.clock)
    rows = query.page(SessionFilter(), 0, 1000)
    forgotten = [s for s in rows if s.peer is None]
    assert forgotten, "the forgotten peer's sessions stay listed without a pseudonym"
    for s in rows[:50]:
        full = varied.sessions.get(s.id)
        assert s.held_on == full.held_on
        assert s.contact_kind == full.contact_kind
        assert s.outreach_outcome == full.outreach_outcome
        assert s.followup_on == full.followup_on
        if full.peer_id is not None:
            assert s.peer == varied.peers.get(full.peer_id).pseudonym


def test_overdue_follows_the_clock(varied: Journal, clock: Clock) -> None:
    query = SessionQuery(varied.conn, varied.clock)
    overdue_now = query.count(SessionFilter(followup="overdue"))
    open_now = query.count(SessionFilter(followup="open"))
    assert 0 < overdue_now < open_now
    clock.now += timedelta(days=30)
    assert query.count(SessionFilter(followup="overdue")) == open_now


def test_an_empty_journal_and_empty_pages(journal: Journal) -> None:
    query = SessionQuery(journal.conn, journal.clock)
    assert query.count(SessionFilter()) == 0
    assert query.page(SessionFilter(), 0, 200) == []
    assert query.page_after(SessionFilter(peer_id=5, event="conflict"), None, 200) == []
    fill(journal, 20, seed=1)
    assert query.page(SessionFilter(), 0, 0) == []
    assert query.page_after(SessionFilter(), None, -1) == []
    assert query.page(SessionFilter(), 500, 10) == []
    assert query.count(SessionFilter(event="no_such_tag")) == 0
    assert query.count(SessionFilter(contact_kind="x' OR 1=1 --")) == 0


def test_an_unknown_follow_up_state_is_refused(journal: Journal) -> None:
    query = SessionQuery(journal.conn, journal.clock)
    with pytest.raises(InvalidInput) as caught:
        query.count(SessionFilter(followup="someday"))
    assert caught.value.field == "followup"


def test_shredded_sessions_leave_the_list(varied: Journal) -> None:
    query = SessionQuery(varied.conn, varied.clock)
    first = query.page(SessionFilter(), 0, 3)
    varied.sessions.shred(first[0].id)
    assert query.page(SessionFilter(), 0, 2) == first[1:]
    assert query.page_after(SessionFilter(), first[0], 2) == first[1:]


def _scans_sessions(plan: list[str]) -> list[str]:
    """Plan lines that read every row (or every index entry) of the sessions table."""
    return [line for line in plan if line.startswith(("SCAN s", "SCAN sessions"))]


@pytest.mark.parametrize("analyzed", [False, True], ids=["fresh", "analyzed"])
def test_a_peer_filter_never_scans_all_sessions(varied: Journal, analyzed: bool) -> None:
    if analyzed:
        varied.conn.execute("ANALYZE")
    query = SessionQuery(varied.conn, varied.clock)
    peer_id = varied.conn.execute("SELECT peer_id FROM sessions WHERE peer_id NOT NULL").fetchone()
    base = SessionFilter(peer_id=peer_id[0])
    combos = [
        base,
        replace(base, date_from=day(1), date_to=day(20)),
        replace(base, contact_kind="peer_asked"),
        replace(base, event="conflict"),
        *(replace(base, followup=state) for state in FOLLOWUP_STATES),
        replace(base, event="conflict", followup="open", contact_kind="group"),
    ]
    for f in combos:
        plans = query.query_plans(f)
        assert set(plans) == {"count", "page", "next_page"}
        for name, plan in plans.items():
            assert not _scans_sessions(plan), (f, name, plan)
            assert any("sessions_peer" in line for line in plan), (f, name, plan)
            assert not any("TEMP B-TREE" in line for line in plan), (f, name, plan)


@pytest.mark.parametrize("analyzed", [False, True], ids=["fresh", "analyzed"])
def test_dates_events_and_follow_ups_use_their_indexes(varied: Journal, analyzed: bool) -> None:
    if analyzed:
        varied.conn.execute("ANALYZE")
    query = SessionQuery(varied.conn, varied.clock)
    dates = query.query_plans(SessionFilter(date_from=day(1), date_to=day(20)))
    for plan in dates.values():
        assert not _scans_sessions(plan)
        assert any("sessions_held_on" in line for line in plan)
    event = query.query_plans(SessionFilter(event="conflict"))
    assert not _scans_sessions(event["count"])
    assert any("session_tags_tag" in line for line in event["count"])
    overdue = query.query_plans(SessionFilter(followup="overdue"))
    assert not _scans_sessions(overdue["count"])
    # Without a filter, the count reads only the status index and a page reads the date index
    # newest first, stopping once the page is full.
    everything = query.query_plans(SessionFilter())
    assert everything["count"] == [
        "SEARCH sessions USING COVERING INDEX sessions_status (status=?)"
    ]
    assert everything["page"][0] == "SCAN s USING INDEX sessions_held_on"
    assert everything["next_page"][0].startswith("SEARCH s USING INDEX sessions_held_on")
    assert not any("TEMP B-TREE" in line for line in everything["page"])


def test_peer_activity_counts_finished_sessions_per_peer(varied: Journal) -> None:
    query = SessionQuery(varied.conn, varied.clock)
    activity = query.peer_activity()
    expected: dict[int, list[date]] = {}
    for s_id, peer_id, held_on in varied.conn.execute(
        "SELECT id, peer_id, held_on FROM sessions WHERE status = 'finished'"
    ):
        assert s_id
        if peer_id is not None:
            expected.setdefault(peer_id, []).append(date.fromisoformat(held_on))
    assert activity == {
        peer_id: PeerActivity(len(days), max(days)) for peer_id, days in expected.items()
    }
    lonely = varied.peers.add("Nobody yet")
    assert lonely.id not in query.peer_activity()


def test_the_filter_knows_when_it_is_empty() -> None:
    assert SessionFilter().is_empty
    assert not SessionFilter(event=EVENT).is_empty


def test_keep_narrows_ids_to_those_the_filter_lists(varied: Journal) -> None:
    query = SessionQuery(varied.conn, varied.clock)
    oracle = Expected(varied)
    draft = varied.sessions.save(Session(held_on=day(21)))
    assert draft.id is not None
    all_ids = [s.id for s in oracle.sessions if s.id is not None] + [draft.id, 999_999]
    assert query.keep(SessionFilter(), all_ids) == set(all_ids)
    assert query.keep(SessionFilter(contact_kind="group"), []) == set()
    for f in _filters(varied)[::7]:
        if f.is_empty:
            continue
        assert query.keep(f, all_ids) == set(oracle.ids(f)), f


def test_position_is_the_row_a_session_has_in_the_filtered_list(varied: Journal) -> None:
    query = SessionQuery(varied.conn, varied.clock)
    oracle = Expected(varied)
    for f in _filters(varied)[::11]:
        ids = oracle.ids(f)
        for row in (0, len(ids) // 2, len(ids) - 1):
            if 0 <= row < len(ids):
                assert query.position(f, ids[row]) == row, f
    outside = oracle.ids(SessionFilter(contact_kind="group"))[0]
    assert query.position(SessionFilter(contact_kind="peer_asked"), outside) is None
    assert query.position(SessionFilter(), 999_999) is None
