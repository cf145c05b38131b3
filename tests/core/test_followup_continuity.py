"""Follow-ups that remember: completing one with a session, no second one unasked, and what the
last session with a peer said (issue 13, item 3). Real SQLCipher journals throughout."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest

from peerdesk.errors import InvalidInput, SecondOpenFollowUp
from peerdesk.followups import CANCELLED, DONE, OPEN, LastSession
from peerdesk.journal import Journal
from peerdesk.session_query import SessionFilter, SessionQuery
from peerdesk.sessions import DRAFT, FINISHED, SESSION_NOTE, Session
from tests.conftest import day

TABLES = ("sessions", "notes", "followups", "session_tags")


def _state(journal: Journal) -> tuple[Any, ...]:
    """Every row that a refused save must leave as it was."""
    return tuple(
        tuple(journal.conn.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall()) for t in TABLES
    )


def _finished(peer_id: int, **changes: Any) -> Session:
    base = Session(held_on=day(3), status=FINISHED, peer_id=peer_id, contact_kind="peer_asked")
    return replace(base, **changes)


@pytest.fixture
def heron(journal: Journal) -> int:
    return journal.peers.add("Heron").id


@pytest.fixture
def planned(journal: Journal, heron: int) -> tuple[int, int]:
    """(session id, follow-up id): Heron's session of the 3rd agreed a call on the 9th."""
    origin = journal.sessions.save(
        _finished(heron, followup_on=day(9), followup_plan="short call after the night shift")
    )
    assert origin.id is not None
    (followup,) = journal.followups.open_for_peer(heron)
    return origin.id, followup.id


# --- the open follow-up of a peer ----------------------------------------------------------------


def test_open_for_peer_lists_only_that_peers_open_ones_soonest_first(
    journal: Journal, heron: int, planned: tuple[int, int]
) -> None:
    wren = journal.peers.add("Wren").id
    journal.sessions.save(_finished(wren, followup_on=day(5)))
    later = journal.sessions.save(_finished(heron, followup_on=day(20)), second_followup=True)
    earlier = journal.sessions.save(_finished(heron, followup_on=day(6)), second_followup=True)
    listed = journal.followups.open_for_peer(heron)
    assert [f.origin_session_id for f in listed] == [earlier.id, planned[0], later.id]
    assert {f.peer for f in listed} == {"Heron"}
    journal.followups.cancel(listed[0].id, "no longer needed")
    assert [f.due_on for f in journal.followups.open_for_peer(heron)] == [day(9), day(20)]
    assert journal.followups.open_for_peer(9999) == []


# --- completing it -------------------------------------------------------------------------------


def test_finishing_a_follow_up_session_completes_it_with_its_date_and_id(
    journal: Journal, heron: int, planned: tuple[int, int]
) -> None:
    _origin, followup_id = planned
    done_by = journal.sessions.save(
        _finished(heron, held_on=day(10), contact_kind="follow_up", follows_up_id=followup_id)
    )
    done = journal.followups.get(followup_id)
    assert (done.status, done.done_session_id, done.done_on) == (DONE, done_by.id, day(10))
    assert journal.followups.open_for_peer(heron) == []


def test_completion_is_part_of_the_sessions_transaction(
    journal: Journal, heron: int, planned: tuple[int, int]
) -> None:
    _origin, followup_id = planned
    before = _state(journal)
    with pytest.raises(RuntimeError), journal.transaction():
        journal.sessions.save(_finished(heron, held_on=day(10), follows_up_id=followup_id))
        assert journal.followups.get(followup_id).status == DONE
        raise RuntimeError("the power went out")
    assert _state(journal) == before
    assert journal.followups.get(followup_id).status == OPEN


def test_a_draft_never_completes_it_so_a_discarded_draft_leaves_it_open(
    journal: Journal, heron: int, planned: tuple[int, int]
) -> None:
    _origin, followup_id = planned
    draft = journal.sessions.save(
        Session(held_on=day(10), peer_id=heron, follows_up_id=followup_id)
    )
    assert draft.status == DRAFT and draft.id is not None
    assert journal.followups.get(followup_id).status == OPEN
    journal.sessions.shred(draft.id)  # "Discard draft"
    assert journal.followups.get(followup_id).status == OPEN
    assert journal.followups.get(followup_id).done_session_id is None


def test_undoing_the_link_opens_the_follow_up_again(
    journal: Journal, heron: int, planned: tuple[int, int]
) -> None:
    """A finished session edited to complete it (saved as the supporter types), then the edit
    discarded: the form saves the session as it was, and the follow-up is open again."""
    _origin, followup_id = planned
    original = journal.sessions.save(_finished(heron, held_on=day(10)))
    journal.sessions.save(replace(original, follows_up_id=followup_id))
    assert journal.followups.get(followup_id).status == DONE
    journal.sessions.save(original)
    reopened = journal.followups.get(followup_id)
    assert (reopened.status, reopened.done_session_id, reopened.done_on) == (OPEN, None, None)


def test_a_follow_up_of_another_peer_is_refused_and_nothing_changes(
    journal: Journal, planned: tuple[int, int]
) -> None:
    _origin, followup_id = planned
    wren = journal.peers.add("Wren").id
    before = _state(journal)
    with pytest.raises(InvalidInput) as raised:
        journal.sessions.save(_finished(wren, held_on=day(10), follows_up_id=followup_id))
    assert raised.value.field == "follows_up_id"
    assert _state(journal) == before


def test_shredding_the_session_that_completed_it_keeps_it_done_without_a_date(
    journal: Journal, heron: int, planned: tuple[int, int]
) -> None:
    _origin, followup_id = planned
    done_by = journal.sessions.save(_finished(heron, held_on=day(10), follows_up_id=followup_id))
    assert done_by.id is not None
    journal.sessions.shred(done_by.id)
    kept = journal.followups.get(followup_id)
    assert (kept.status, kept.done_session_id, kept.done_on) == (DONE, None, None)


# --- no second open follow-up without asking -----------------------------------------------------


def test_a_second_open_follow_up_is_refused_with_a_code_and_nothing_changes(
    journal: Journal, heron: int, planned: tuple[int, int]
) -> None:
    _origin, followup_id = planned
    before = _state(journal)
    second = _finished(heron, held_on=day(5), followup_on=day(19), followup_plan="another")
    with pytest.raises(SecondOpenFollowUp) as raised:
        journal.sessions.save(second)
    error = raised.value
    assert (error.code, error.field) == ("second_open_followup", "followup_on")
    assert (error.followup_id, error.due_on) == (followup_id, "2026-11-09")
    assert error.details["followup_id"] == str(followup_id)
    assert _state(journal) == before
    # Told explicitly, it is planned.
    journal.sessions.save(second, second_followup=True)
    assert [f.due_on for f in journal.followups.open_for_peer(heron)] == [day(9), day(19)]


def test_a_draft_may_hold_a_second_date_until_it_is_finished(
    journal: Journal, heron: int, planned: tuple[int, int]
) -> None:
    draft = journal.sessions.save(Session(held_on=day(5), peer_id=heron, followup_on=day(19)))
    with pytest.raises(SecondOpenFollowUp):
        journal.sessions.save(replace(draft, status=FINISHED, contact_kind="peer_asked"))
    assert journal.sessions.get(draft.id or 0).status == DRAFT


def test_completing_the_open_one_while_planning_the_next_is_not_a_second(
    journal: Journal, heron: int, planned: tuple[int, int]
) -> None:
    _origin, followup_id = planned
    journal.sessions.save(
        _finished(heron, held_on=day(10), follows_up_id=followup_id, followup_on=day(24))
    )
    (only,) = journal.followups.open_for_peer(heron)
    assert only.due_on == day(24) and journal.followups.get(followup_id).status == DONE


def test_editing_the_session_that_planned_it_is_not_a_second(
    journal: Journal, heron: int, planned: tuple[int, int]
) -> None:
    origin_id, followup_id = planned
    origin = journal.sessions.get(origin_id)
    journal.sessions.save(replace(origin, followup_on=day(11), followup_plan="moved"))
    (only,) = journal.followups.open_for_peer(heron)
    assert (only.id, only.due_on, only.plan) == (followup_id, day(11), "moved")


def test_other_peers_and_closed_follow_ups_do_not_count(
    journal: Journal, heron: int, planned: tuple[int, int]
) -> None:
    _origin, followup_id = planned
    wren = journal.peers.add("Wren").id
    journal.sessions.save(_finished(wren, followup_on=day(12)))  # Heron's is no reason to ask
    journal.followups.cancel(followup_id, "they are doing well")
    journal.sessions.save(_finished(heron, followup_on=day(15)))
    assert journal.followups.get(followup_id).status == CANCELLED
    assert [f.due_on for f in journal.followups.open_for_peer(heron)] == [day(15)]


def test_undoing_a_completion_while_planning_anew_asks_too(
    journal: Journal, heron: int, planned: tuple[int, int]
) -> None:
    """Unlinking the follow-up it completed opens that one again: a new date would be a second."""
    _origin, followup_id = planned
    done_by = journal.sessions.save(_finished(heron, held_on=day(10), follows_up_id=followup_id))
    with pytest.raises(SecondOpenFollowUp) as raised:
        journal.sessions.save(replace(done_by, follows_up_id=None, followup_on=day(20)))
    assert raised.value.followup_id == followup_id
    assert journal.followups.get(followup_id).status == DONE


# --- the last session with a peer ----------------------------------------------------------------


def _anything_else(journal: Journal, session_id: int, text: str) -> None:
    # The session-wide note is stored like any step's note, under SESSION_NOTE.
    journal.conn.execute(
        "INSERT INTO notes (session_id, step, text) VALUES (?, ?, ?)",
        (session_id, SESSION_NOTE, text),
    )


def test_last_session_is_the_latest_finished_one_with_that_peer(
    journal: Journal, heron: int
) -> None:
    wren = journal.peers.add("Wren").id
    assert journal.followups.last_session(heron) is None
    older = journal.sessions.save(_finished(heron, held_on=day(2)))
    last = journal.sessions.save(
        _finished(
            heron,
            held_on=day(6),
            outreach_outcome="accepted",
            ticked={
                "listen": ["normalised_reactions", "reflected_feelings"],
                "reach_out": ["framed_as_routine"],
            },
            notes={"listen": "a step note is not the summary's"},
            followup_on=day(13),
            followup_plan="short call after the night shift",
        )
    )
    assert older.id is not None and last.id is not None
    _anything_else(journal, last.id, "prefers texts to calls")
    journal.sessions.save(_finished(wren, held_on=day(8), ticked={"cope": ["asked_past_coping"]}))
    journal.sessions.save(Session(held_on=day(9), peer_id=heron))  # a draft: not a session yet
    found = journal.followups.last_session(heron)
    assert found == LastSession(
        session_id=last.id,
        held_on=day(6),
        outreach_outcome="accepted",
        ticked={
            "reach_out": ("framed_as_routine",),
            "listen": ("reflected_feelings", "normalised_reactions"),  # as the flow lists them
        },
        followup_on=day(13),
        followup_plan="short call after the night shift",
        note="prefers texts to calls",
    )
    assert list(found.ticked) == ["reach_out", "listen"]  # the flow's order of steps


def test_last_session_before_the_one_being_written(journal: Journal, heron: int) -> None:
    first = journal.sessions.save(_finished(heron, held_on=day(2)))
    second = journal.sessions.save(_finished(heron, held_on=day(6)))
    third = journal.sessions.save(_finished(heron, held_on=day(8)))
    draft = journal.sessions.save(Session(held_on=day(9), peer_id=heron))
    assert second.id is not None and third.id is not None and draft.id is not None
    # A new session or a draft: the latest finished one. Editing one: the one before it.
    assert (journal.followups.last_session(heron, before=draft.id) or second).session_id == third.id
    assert (journal.followups.last_session(heron, before=third.id) or first).session_id == second.id
    assert (journal.followups.last_session(heron, before=second.id) or third).session_id == first.id
    assert journal.followups.last_session(heron, before=first.id or 0) is None


# --- done, as lists show it ----------------------------------------------------------------------


def test_lists_carry_the_state_of_the_follow_up_planned_in_a_session(
    journal: Journal, heron: int, planned: tuple[int, int]
) -> None:
    origin_id, followup_id = planned
    query = SessionQuery(journal.conn, journal.clock)
    (row,) = [s for s in query.page(SessionFilter(), 0, 10) if s.id == origin_id]
    assert (row.followup_on, row.followup_status, row.followup_done_on) == (day(9), OPEN, None)
    done_by = journal.sessions.save(_finished(heron, held_on=day(10), follows_up_id=followup_id))
    for listed in (
        query.page(SessionFilter(), 0, 10),
        query.page_after(SessionFilter(), None, 10),
        journal.sessions.for_peer(heron),
    ):
        (row,) = [s for s in listed if s.id == origin_id]
        assert (row.followup_status, row.followup_done_on, row.followup_done_session_id) == (
            DONE,
            day(10),
            done_by.id,
        )


def test_last_session_keeps_what_step_6_marked(journal: Journal, heron: int) -> None:
    """Step 6's ticks come from its marks (flow's ``derived``): a session whose only record is
    a referral must not read "nothing was ticked" in the next session's summary."""
    journal.sessions.save(
        _finished(
            heron,
            outreach_outcome="accepted",
            referral_marks={"eap": "referred", "chaplain": "mentioned"},
        )
    )
    found = journal.followups.last_session(heron)
    assert found is not None
    assert found.ticked == {"resources": ("offered_resources", "made_referral")}
