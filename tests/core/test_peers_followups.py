"""Peers, follow-ups and the editable tag vocabularies."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from typing import Any

import pytest

from peerdesk.errors import InvalidInput, NotFound
from peerdesk.flow import DEFAULT_DRIVER_TAGS, DEFAULT_EVENT_TAGS
from peerdesk.followups import CANCELLED, DONE, OPEN
from peerdesk.journal import Journal
from peerdesk.sessions import DRAFT, FINISHED, Session
from peerdesk.tags import DRIVER, EVENT, Tag
from peerdesk.text import PLAN_MAX, PSEUDONYM_MAX
from tests.conftest import FIXED_NOW, Clock, day

TABLES = ("peers", "sessions", "notes", "followups", "session_tags", "tags")
STAMP = FIXED_NOW.isoformat(timespec="seconds")


def _state(journal: Journal) -> tuple[int, dict[str, int]]:
    """What must not move when an operation is refused."""
    counts = {t: journal.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}
    return journal.conn.total_changes, counts


def _session(journal: Journal, peer_id: int | None, **changes: Any) -> Session:
    base = Session(held_on=day(3), status=FINISHED, peer_id=peer_id, contact_kind="peer_asked")
    return journal.sessions.save(replace(base, **changes), second_followup=True)


# --- Peers ---------------------------------------------------------------------------------------


def test_add_get_and_find(journal: Journal) -> None:
    heron = journal.peers.add("  Heron ", contact=" ext. 4411 ")
    assert (heron.pseudonym, heron.contact, heron.created_at) == ("Heron", "ext. 4411", STAMP)
    assert not heron.is_closed and heron.contact_purged_at is None
    assert journal.peers.get(heron.id) == heron
    assert journal.peers.find("heron") == heron
    assert journal.peers.find(" HERON ") == heron
    assert journal.peers.find("Her") is None
    with pytest.raises(NotFound):
        journal.peers.get(9999)


def test_pseudonyms_are_stored_normalised(journal: Journal) -> None:
    zoe = journal.peers.add("Zoe\u0308")
    assert zoe.pseudonym == "Zoë"
    assert journal.peers.find("Zoë") == zoe


@pytest.mark.parametrize("again", ["Heron", "heron", "HERON", " Heron ", "hErOn\n"])
def test_duplicate_pseudonyms_are_refused(journal: Journal, again: str) -> None:
    journal.peers.add("Heron")
    before = _state(journal)
    with pytest.raises(InvalidInput) as raised:
        journal.peers.add(again)
    assert raised.value.field == "pseudonym"
    assert _state(journal) == before


def test_duplicate_pseudonyms_are_refused_beyond_ascii(journal: Journal) -> None:
    emile = journal.peers.add("Émile")
    assert journal.peers.find("émile") == emile
    with pytest.raises(InvalidInput):
        journal.peers.add("émile")


def test_find_normalises_what_it_looks_for(journal: Journal) -> None:
    zoe = journal.peers.add("Zoë")
    assert journal.peers.find("Zoe\u0308") == zoe


@pytest.mark.parametrize(
    ("pseudonym", "contact"),
    [
        ("", ""),
        ("   ", ""),
        ("\n\t", ""),
        ("x" * (PSEUDONYM_MAX + 1), ""),
        ("Nul\x00l", ""),
        ("Half\ud800", ""),
        ("Heron", "c" * 301),
        ("Heron", "call\x00me"),
    ],
    ids=["empty", "spaces", "white space", "too long", "NUL", "surrogate", "long contact", "NUL2"],
)
def test_unusable_pseudonyms_and_contacts_are_refused(
    journal: Journal, pseudonym: str, contact: str
) -> None:
    before = _state(journal)
    with pytest.raises(InvalidInput) as raised:
        journal.peers.add(pseudonym, contact)
    assert raised.value.field in ("pseudonym", "contact")
    assert raised.value.field == ("contact" if pseudonym == "Heron" else "pseudonym")
    assert _state(journal) == before


def test_a_pseudonym_at_the_limit_is_kept(journal: Journal) -> None:
    name = "ü" * PSEUDONYM_MAX
    assert journal.peers.add(name).pseudonym == name


def test_update(journal: Journal) -> None:
    heron = journal.peers.add("Heron", "ext. 1")
    wren = journal.peers.add("Wren")
    renamed = journal.peers.update(heron.id, pseudonym=" Egret ", contact="ext. 2")
    assert (renamed.id, renamed.pseudonym, renamed.contact) == (heron.id, "Egret", "ext. 2")
    assert renamed.created_at == heron.created_at
    assert journal.peers.find("heron") is None
    # A change of case of its own pseudonym is fine; another peer's pseudonym is not.
    assert journal.peers.update(heron.id, pseudonym="EGRET", contact="").pseudonym == "EGRET"
    before = _state(journal)
    with pytest.raises(InvalidInput) as raised:
        journal.peers.update(heron.id, pseudonym="wren", contact="")
    assert raised.value.field == "pseudonym"
    with pytest.raises(InvalidInput):
        journal.peers.update(heron.id, pseudonym=" ", contact="")
    with pytest.raises(NotFound):
        journal.peers.update(9999, pseudonym="Kite", contact="")
    assert _state(journal) == before
    assert journal.peers.get(wren.id) == wren


def test_close_and_reopen(journal: Journal, clock: Clock) -> None:
    heron = journal.peers.add("Heron")
    wren = journal.peers.add("Wren")
    clock.now = FIXED_NOW + timedelta(days=2)
    closed = journal.peers.close(heron.id)
    assert closed.is_closed
    assert closed.closed_at == clock.now.isoformat(timespec="seconds")
    clock.now += timedelta(days=1)
    assert journal.peers.close(heron.id).closed_at == closed.closed_at  # closing again: no change
    assert [p.id for p in journal.peers.all(include_closed=False)] == [wren.id]
    assert [p.id for p in journal.peers.all()] == [heron.id, wren.id]
    reopened = journal.peers.reopen(heron.id)
    assert not reopened.is_closed and reopened.closed_at is None
    assert [p.id for p in journal.peers.all(include_closed=False)] == [heron.id, wren.id]
    for act in (journal.peers.close, journal.peers.reopen, journal.peers.forget):
        with pytest.raises(NotFound):
            act(9999)


def test_all_sorts_case_insensitively(journal: Journal) -> None:
    for name in ("wren", "Heron", "avocet", "Kite"):
        journal.peers.add(name)
    assert [p.pseudonym for p in journal.peers.all()] == ["avocet", "Heron", "Kite", "wren"]


def test_forget_removes_the_peer_and_what_identifies_them(journal: Journal) -> None:
    heron = journal.peers.add("Heron", "ext. 4411")
    wren = journal.peers.add("Wren")
    first = _session(
        journal,
        heron.id,
        notes={"listen": "heron talked about burnout", "close": "planned a call"},
        events=["conflict"],
        drivers=["work_overload"],
        followup_on=day(9),
        followup_plan="call heron",
        contact_kind="proactive_outreach",
    )
    draft = journal.sessions.save(
        Session(held_on=day(5), peer_id=heron.id, notes={"cope": "heron draft note"})
    )
    kept = _session(
        journal, wren.id, notes={"listen": "wren talked about burnout"}, followup_on=day(10)
    )
    assert first.id is not None and draft.id is not None and kept.id is not None

    journal.peers.forget(heron.id)

    with pytest.raises(NotFound):
        journal.peers.get(heron.id)
    assert journal.peers.find("Heron") is None
    assert [f.peer_id for f in journal.followups.open()] == [wren.id]
    remaining = journal.sessions.get(first.id)
    assert remaining.peer_id is None
    assert remaining.notes == {}
    assert (remaining.contact_kind, remaining.held_on) == ("proactive_outreach", day(3))
    assert (remaining.events, remaining.drivers) == (["conflict"], ["work_overload"])
    assert remaining.followup_on is None and remaining.followup_plan == ""
    assert journal.sessions.get(draft.id).notes == {}
    assert journal.sessions.get(draft.id).status == DRAFT
    assert [h.session_id for h in journal.search.run("burnout")] == [kept.id]
    assert journal.search.run("heron") == []
    # Nothing of the peer is left in any table.
    assert journal.conn.execute(
        "SELECT count(*) FROM notes WHERE session_id IN (?, ?)", (first.id, draft.id)
    ).fetchone() == (0,)
    assert journal.conn.execute(
        "SELECT count(*) FROM followups WHERE plan LIKE '%heron%' OR peer_id = ?", (heron.id,)
    ).fetchone() == (0,)
    # The other peer is untouched, and the counts still add up.
    assert journal.sessions.get(kept.id).notes == {"listen": "wren talked about burnout"}
    assert journal.summary().sessions == 2
    assert journal.summary().peers == 1
    assert journal.check() == []


# --- Follow-ups ----------------------------------------------------------------------------------


def _followup_of(journal: Journal, session_id: int | None) -> int:
    found = journal.conn.execute(
        "SELECT id FROM followups WHERE origin_session_id = ?", (session_id,)
    ).fetchone()
    return int(found[0])


@pytest.fixture
def three(journal: Journal) -> list[int]:
    """Ids of three open follow-ups, made in this order: due on the 12th, the 8th, the 8th."""
    heron = journal.peers.add("Heron").id
    wren = journal.peers.add("Wren").id
    return [
        _followup_of(
            journal, _session(journal, peer, followup_on=day(due), followup_plan=f"due {due}").id
        )
        for peer, due in ((heron, 12), (wren, 8), (heron, 8))
    ]


def test_open_is_soonest_first(journal: Journal, three: list[int]) -> None:
    later, first_8th, second_8th = three
    opened = journal.followups.open()
    assert [f.id for f in opened] == [first_8th, second_8th, later]
    assert [f.due_on for f in opened] == [day(8), day(8), day(12)]
    assert [f.peer for f in opened] == ["Wren", "Heron", "Heron"]
    assert all(f.status == OPEN for f in opened)


@pytest.mark.parametrize(("by", "expected"), [(7, 0), (8, 2), (11, 2), (12, 3), (30, 3)])
def test_open_due_by(journal: Journal, three: list[int], by: int, expected: int) -> None:
    due = journal.followups.open(due_by=day(by))
    assert len(due) == expected
    assert all(f.due_on <= day(by) for f in due)


def test_snooze_moves_the_due_date(journal: Journal, three: list[int], clock: Clock) -> None:
    later, first_8th, second_8th = three
    clock.now += timedelta(hours=1)
    moved = journal.followups.snooze(first_8th, day(20))
    assert (moved.due_on, moved.status) == (day(20), OPEN)
    assert [f.id for f in journal.followups.open()] == [second_8th, later, first_8th]
    assert [f.id for f in journal.followups.open(due_by=day(8))] == [second_8th]
    updated = journal.conn.execute(
        "SELECT updated_at FROM followups WHERE id = ?", (first_8th,)
    ).fetchone()[0]
    assert updated == clock.now.isoformat(timespec="seconds")


def test_cancel_with_a_reason(journal: Journal, three: list[int]) -> None:
    later, _, _ = three
    cancelled = journal.followups.cancel(later, "  Peer moved to another hospital ")
    assert (cancelled.status, cancelled.cancel_reason) == (
        CANCELLED,
        "Peer moved to another hospital",
    )
    assert later not in [f.id for f in journal.followups.open()]
    assert journal.followups.get(later) == cancelled


def test_a_bad_reason_is_refused(journal: Journal, three: list[int]) -> None:
    later, _, _ = three
    before = _state(journal)
    for reason in ("x" * (PLAN_MAX + 1), "nul\x00", "\udc00"):
        with pytest.raises(InvalidInput) as raised:
            journal.followups.cancel(later, reason)
        assert raised.value.field == "reason"
    assert _state(journal) == before
    assert journal.followups.get(later).status == OPEN


def test_acting_on_a_closed_follow_up_is_refused(journal: Journal, three: list[int]) -> None:
    later, first_8th, second_8th = three
    journal.followups.cancel(later, "no longer needed")
    peer = journal.followups.get(first_8th).peer_id
    done_by = _session(journal, peer, follows_up_id=first_8th, contact_kind="follow_up")
    assert journal.followups.get(first_8th).status == DONE
    assert journal.followups.get(first_8th).done_session_id == done_by.id
    closed = {fid: journal.followups.get(fid) for fid in (later, first_8th)}
    before = _state(journal)
    for fid in (later, first_8th):
        with pytest.raises(InvalidInput) as raised:
            journal.followups.snooze(fid, day(25))
        assert raised.value.field == "status"
        with pytest.raises(InvalidInput):
            journal.followups.cancel(fid, "again")
    assert _state(journal) == before
    assert {fid: journal.followups.get(fid) for fid in (later, first_8th)} == closed
    assert [f.id for f in journal.followups.open()] == [second_8th]


def test_unknown_follow_ups_are_not_found(journal: Journal) -> None:
    for act in (
        lambda: journal.followups.get(9999),
        lambda: journal.followups.snooze(9999, day(9)),
        lambda: journal.followups.cancel(9999, "x"),
    ):
        with pytest.raises(NotFound):
            act()


# --- Tags ----------------------------------------------------------------------------------------


def test_default_tags_are_seeded(journal: Journal) -> None:
    events, drivers = journal.tags.all(EVENT), journal.tags.all(DRIVER)
    assert len(events) == 11 and len(drivers) == 12
    assert [(t.id, t.label) for t in events] == [(c.id, c.label) for c in DEFAULT_EVENT_TAGS]
    assert [(t.id, t.label) for t in drivers] == [(c.id, c.label) for c in DEFAULT_DRIVER_TAGS]
    assert not any(t.archived for t in events + drivers)
    journal.tags.seed_defaults()  # seeding again adds nothing
    assert len(journal.tags.all(EVENT, include_archived=True)) == 11


def test_add_makes_a_slug_id(journal: Journal) -> None:
    added = journal.tags.add(EVENT, "  Night-shift handover! ")
    assert added == Tag(EVENT, "night_shift_handover", "Night-shift handover!", False)
    assert journal.tags.all(EVENT)[-1] == added
    assert "night_shift_handover" in journal.tags.ids(EVENT)
    assert "night_shift_handover" not in journal.tags.ids(DRIVER)
    # A label with a new spelling but the same slug gets a numbered id.
    assert journal.tags.add(EVENT, "Night shift handover").id == "night_shift_handover_2"
    assert journal.tags.add(DRIVER, "שלום").id == "tag"
    assert journal.tags.add(DRIVER, "مرحبا").id == "tag_2"


@pytest.mark.parametrize("label", ["Conflict", "conflict", " CONFLICT "])
def test_a_duplicate_label_is_refused(journal: Journal, label: str) -> None:
    before = _state(journal)
    with pytest.raises(InvalidInput) as raised:
        journal.tags.add(EVENT, label)
    assert raised.value.field == "tag"
    assert _state(journal) == before


def test_bad_tags_are_refused(journal: Journal) -> None:
    before = _state(journal)
    for kind, label, field in (
        ("mood", "Sad", "kind"),
        (EVENT, "", "tag"),
        (EVENT, "   ", "tag"),
        (EVENT, "x" * 81, "tag"),
    ):
        with pytest.raises(InvalidInput) as raised:
            journal.tags.add(kind, label)
        assert raised.value.field == field
    assert _state(journal) == before
    # The same label may exist in the other vocabulary.
    assert journal.tags.add(DRIVER, "Conflict").id == "conflict"


def test_rename(journal: Journal, tagged_session: int) -> None:
    journal.tags.rename(EVENT, "conflict", "Conflict with a colleague")
    (tag,) = [t for t in journal.tags.all(EVENT) if t.id == "conflict"]
    assert tag.label == "Conflict with a colleague"
    assert journal.sessions.get(tagged_session).events == ["conflict"]  # ids never change
    with pytest.raises(NotFound):
        journal.tags.rename(EVENT, "no_such_tag", "x")
    with pytest.raises(NotFound):
        journal.tags.rename(DRIVER, "conflict", "x")
    with pytest.raises(InvalidInput):
        journal.tags.rename(EVENT, "conflict", " ")


def test_rename_to_a_taken_label_is_refused(journal: Journal) -> None:
    with pytest.raises(InvalidInput):
        journal.tags.rename(EVENT, "conflict", "patient aggression")


@pytest.fixture
def tagged_session(journal: Journal) -> int:
    """The id of a finished session tagged 'conflict' and 'work_overload'."""
    heron = journal.peers.add("Heron")
    saved = _session(journal, heron.id, events=["conflict"], drivers=["work_overload"])
    assert saved.id is not None
    return saved.id


def test_an_archived_tag_is_hidden_but_still_valid(journal: Journal, tagged_session: int) -> None:
    journal.tags.set_archived(EVENT, "conflict", True)
    assert "conflict" not in [t.id for t in journal.tags.all(EVENT)]
    assert len(journal.tags.all(EVENT)) == 10
    (archived,) = [t for t in journal.tags.all(EVENT, include_archived=True) if t.archived]
    assert archived.id == "conflict"
    # A session keeps its archived tag through a re-save.
    session = journal.sessions.get(tagged_session)
    assert session.events == ["conflict"]
    journal.sessions.save(replace(session, notes={"listen": "edited later"}))
    assert journal.sessions.get(tagged_session).events == ["conflict"]
    # Adding the archived label again is still a duplicate.
    with pytest.raises(InvalidInput):
        journal.tags.add(EVENT, "Conflict")
    journal.tags.set_archived(EVENT, "conflict", False)
    assert "conflict" in [t.id for t in journal.tags.all(EVENT)]
    with pytest.raises(NotFound):
        journal.tags.set_archived(EVENT, "no_such_tag", True)
    with pytest.raises(InvalidInput):
        journal.tags.set_archived("mood", "conflict", True)
