"""Sessions: round trips, validation that changes nothing, follow-ups, notes and listings."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from datetime import timedelta
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from peerdesk import flow
from peerdesk.errors import InvalidInput, NotFound, PeerDeskError
from peerdesk.flow import HANDOUT, MENTIONED, REFERRED
from peerdesk.journal import Journal
from peerdesk.resources import Resource
from peerdesk.sessions import DRAFT, FINISHED, Session, SessionSummary
from peerdesk.text import NOTE_MAX, PLAN_MAX
from tests.conftest import FIXED_NOW, Clock, day

NOTE_STEPS = tuple(s.id for s in flow.FLOW.steps if s.has_notes)
TABLES = ("sessions", "notes", "followups", "session_tags", "session_resources", "meta")


def _counts(journal: Journal) -> dict[str, int]:
    return {t: journal.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}


def _state(journal: Journal) -> tuple[int, dict[str, int]]:
    """What must not move when an operation is refused."""
    return journal.conn.total_changes, _counts(journal)


def _finished(peer_id: int, **changes: Any) -> Session:
    base = Session(held_on=day(3), status=FINISHED, peer_id=peer_id, contact_kind="peer_asked")
    return replace(base, **changes)


def _comparable(session: Session) -> Session:
    return replace(session, created_at="", updated_at="")


def _followup_rows(journal: Journal, session_id: int) -> list[tuple[str, str, str]]:
    return journal.conn.execute(
        "SELECT due_on, plan, status FROM followups WHERE origin_session_id = ?", (session_id,)
    ).fetchall()


@pytest.fixture
def peer_id(journal: Journal) -> int:
    return journal.peers.add("Heron").id


@pytest.fixture
def full(journal: Journal, peer_id: int) -> Session:
    """A session with every field filled in, valid against the seeded vocabularies."""
    first = journal.resources.save(Resource(category="crisis_line", name="Night line"))
    second = journal.resources.save(Resource(category="counselling", name="Staff counselling"))
    assert first.id is not None and second.id is not None
    earlier = journal.sessions.save(_finished(peer_id, held_on=day(1), followup_on=day(4)))
    open_followup = journal.followups.open()[0]
    assert open_followup.origin_session_id == earlier.id
    return Session(
        held_on=day(4),
        status=FINISHED,
        peer_id=peer_id,
        duration_minutes=45,
        mode="video",
        contact_kind="follow_up",
        referred_by="colleague",
        outreach_outcome="accepted",
        role_band="nurse",
        events=sorted(["adverse_event_or_error", "conflict"]),
        drivers=sorted(["work_overload", "loss_of_meaning"]),
        ticked={
            "reach_out": sorted(["checked_timing", "framed_as_routine"]),
            "listen": ["open_questions"],
            "resources": sorted(["escalated_safety_concern", "made_referral", "offered_resources"]),
            "close": ["agreed_follow_up"],
        },
        notes={step: f"Note for {step}: Zoë said ça va, שלום. 😀" for step in NOTE_STEPS},
        referral_marks={"chaplain": REFERRED, "eap": REFERRED, "crisis_line": MENTIONED},
        escalated=True,
        helpful="partly",
        needs_met="yes",
        self_care=2,
        debrief_wanted=True,
        resource_marks={first.id: HANDOUT, second.id: MENTIONED},
        followup_on=day(18),
        followup_plan="Call after the next night shift.",
        follows_up_id=open_followup.id,
    )


# --- Round trips ---------------------------------------------------------------------------------


def test_a_finished_session_round_trips(journal: Journal, full: Session, clock: Clock) -> None:
    saved = journal.sessions.save(full)
    assert saved.id is not None
    got = journal.sessions.get(saved.id)
    assert _comparable(got) == _comparable(replace(full, id=saved.id))
    assert got.created_at == got.updated_at == FIXED_NOW.isoformat(timespec="seconds")
    assert saved.updated_at == got.updated_at
    clock.now = FIXED_NOW + timedelta(hours=2)
    again = journal.sessions.save(got)
    reread = journal.sessions.get(saved.id)
    assert _comparable(reread) == _comparable(got)
    assert reread.created_at == got.created_at
    assert reread.updated_at == again.updated_at > got.updated_at


def test_a_draft_round_trips(journal: Journal, full: Session) -> None:
    # A draft keeps no follow-up of its own (see the xfail below).
    draft = replace(full, status=DRAFT, followup_on=None, followup_plan="")
    saved = journal.sessions.save(draft)
    assert saved.id is not None
    assert _comparable(journal.sessions.get(saved.id)) == _comparable(replace(draft, id=saved.id))
    assert journal.sessions.count(DRAFT) == 1


def test_an_empty_draft_round_trips(journal: Journal) -> None:
    saved = journal.sessions.save(Session(held_on=day(9)))
    assert saved.id is not None
    got = journal.sessions.get(saved.id)
    assert _comparable(got) == _comparable(Session(held_on=day(9), id=saved.id))
    assert got.status == DRAFT


def test_a_draft_keeps_its_follow_up_date_and_plan(journal: Journal, peer_id: int) -> None:
    saved = journal.sessions.save(
        Session(held_on=day(3), peer_id=peer_id, followup_on=day(10), followup_plan="Call")
    )
    assert saved.id is not None
    got = journal.sessions.get(saved.id)
    assert (got.followup_on, got.followup_plan) == (day(10), "Call")


def test_a_draft_keeps_a_new_peers_pseudonym_and_its_follow_up(journal: Journal) -> None:
    """The peer is added only when the session is finished; until then the draft keeps the
    pseudonym typed, the follow-up date and plan (inside the journal, nowhere else)."""
    draft = Session(
        held_on=day(3), new_peer="Kestrel", followup_on=day(10), followup_plan="Call after shift"
    )
    saved = journal.sessions.save(draft)
    assert saved.id is not None
    got = journal.sessions.get(saved.id)
    assert (got.peer_id, got.new_peer) == (None, "Kestrel")
    assert (got.followup_on, got.followup_plan) == (day(10), "Call after shift")
    assert [d.peer for d in journal.sessions.drafts()] == ["Kestrel"]  # Today names it
    assert journal.peers.find("Kestrel") is None  # not added yet
    assert journal.followups.open() == []  # a draft makes no follow-up

    peer = journal.peers.add(got.new_peer)  # finishing adds the peer, then saves
    journal.sessions.save(replace(got, status=FINISHED, peer_id=peer.id, contact_kind="peer_asked"))
    assert journal.sessions.get(saved.id).new_peer == ""
    assert journal.conn.execute("SELECT count(*) FROM meta WHERE value = 'Kestrel'").fetchone() == (
        0,
    )
    [followup] = journal.followups.open()
    assert (followup.peer_id, followup.due_on, followup.plan) == (
        peer.id,
        day(10),
        "Call after shift",
    )


def test_choosing_a_known_peer_or_shredding_drops_the_pending_pseudonym(
    journal: Journal, peer_id: int
) -> None:
    first = journal.sessions.save(Session(held_on=day(3), new_peer="Kestrel"))
    second = journal.sessions.save(Session(held_on=day(3), new_peer="Plover"))
    assert first.id is not None and second.id is not None
    journal.sessions.save(replace(first, peer_id=peer_id))
    assert journal.sessions.get(first.id).new_peer == ""
    journal.sessions.shred(second.id)
    left = journal.conn.execute("SELECT count(*) FROM meta WHERE key LIKE 'new_peer.%'")
    assert left.fetchone() == (0,)


def test_a_nul_in_one_note_is_dropped_and_the_rest_of_the_draft_saves(journal: Journal) -> None:
    saved = journal.sessions.save(
        Session(
            held_on=day(3),
            new_peer="Kes\x00trel",
            notes={"listen": "before\x00after", "cope": "walks help"},
            followup_on=day(9),
            followup_plan="call\x00 back",
        )
    )
    assert saved.id is not None
    got = journal.sessions.get(saved.id)
    assert got.notes == {"listen": "beforeafter", "cope": "walks help"}
    assert (got.new_peer, got.followup_plan) == ("Kestrel", "call back")


def test_saved_text_is_normalised_and_stripped(journal: Journal, peer_id: int) -> None:
    saved = journal.sessions.save(
        _finished(
            peer_id,
            notes={"listen": "  Zoe\u0308 spoke  \n", "cope": " \t\n "},
            followup_on=day(8),
            followup_plan="\n Cafe\u0301 chat ",
        )
    )
    assert saved.id is not None
    got = journal.sessions.get(saved.id)
    assert got.notes == {"listen": "Zoë spoke"}
    assert got.followup_plan == "Café chat"


def test_the_escalation_flag_and_its_checklist_item_agree(journal: Journal, peer_id: int) -> None:
    by_flag = journal.sessions.save(_finished(peer_id, escalated=True))
    by_item = journal.sessions.save(
        _finished(peer_id, ticked={"resources": ["escalated_safety_concern"]})
    )
    for saved in (by_flag, by_item):
        assert saved.id is not None
        got = journal.sessions.get(saved.id)
        assert got.escalated is True
        assert "escalated_safety_concern" in got.ticked["resources"]
    plain = journal.sessions.save(_finished(peer_id))
    assert plain.id is not None
    assert journal.sessions.get(plain.id).escalated is False


# --- Validation ----------------------------------------------------------------------------------

INVALID: list[tuple[str, dict[str, Any], str]] = [
    ("unknown mode", {"mode": "carrier_pigeon"}, "mode"),
    ("unknown contact kind", {"contact_kind": "gossip"}, "contact_kind"),
    ("unknown outcome", {"outreach_outcome": "maybe"}, "outreach_outcome"),
    ("unknown referred by", {"referred_by": "rumour"}, "referred_by"),
    ("unknown role band", {"role_band": "surgeon_on_ward_7"}, "role_band"),
    ("unknown helpful", {"helpful": "very"}, "helpful"),
    ("unknown needs met", {"needs_met": "very"}, "needs_met"),
    ("unknown event tag", {"events": ["conflict", "alien_abduction"]}, "events"),
    ("unknown driver tag", {"drivers": ["not_a_driver"]}, "drivers"),
    ("event id as driver", {"drivers": ["conflict"]}, "drivers"),
    ("unknown referral", {"referral_marks": {"witch_doctor": REFERRED}}, "referral_marks"),
    ("unknown mark", {"referral_marks": {"eap": "promised"}}, "referral_marks"),
    ("marks not a mapping", {"referral_marks": ["eap"]}, "referral_marks"),
    ("resource id not a number", {"resource_marks": {"1": MENTIONED}}, "resource_marks"),
    ("unknown resource mark", {"resource_marks": {1: "maybe"}}, "resource_marks"),
    ("unknown checklist item", {"ticked": {"listen": ["hugged"]}}, "ticked"),
    ("item of another step", {"ticked": {"listen": ["thanked_peer"]}}, "ticked"),
    ("unknown step", {"ticked": {"debrief": ["open_questions"]}}, "ticked"),
    ("note on unknown step", {"notes": {"diagnosis": "text"}}, "notes"),
    ("note too long", {"notes": {"listen": "x" * (NOTE_MAX + 1)}}, "notes"),
    ("lone surrogate", {"notes": {"cope": "half \ud800 a pair"}}, "notes"),
    ("note not text", {"notes": {"cope": 42}}, "notes"),
    ("plan too long", {"followup_plan": "p" * (PLAN_MAX + 1)}, "followup_plan"),
    ("duration below range", {"duration_minutes": -1}, "duration_minutes"),
    ("duration above range", {"duration_minutes": 1441}, "duration_minutes"),
    ("self-care below range", {"self_care": 0}, "self_care"),
    ("self-care above range", {"self_care": 6}, "self_care"),
    ("unknown status", {"status": "deleted"}, "status"),
    ("no date", {"held_on": "2026-11-03"}, "held_on"),
    ("finished without peer", {"peer_id": None}, "peer_id"),
    ("finished without contact kind", {"contact_kind": None}, "contact_kind"),
    ("finished with empty contact kind", {"contact_kind": ""}, "contact_kind"),
    (
        "new peer's pseudonym not text",
        {"status": DRAFT, "peer_id": None, "new_peer": 7},
        "pseudonym",
    ),
]


# Where the form shows each refusal and why, without reading its English: (step, code).
WHERE: dict[str, tuple[str, str]] = {
    "unknown mode": ("context", "unknown"),
    "unknown contact kind": ("context", "unknown"),
    "unknown outcome": ("context", "unknown"),
    "unknown referred by": ("context", "unknown"),
    "unknown role band": ("context", "unknown"),
    "unknown helpful": ("close", "unknown"),
    "unknown needs met": ("close", "unknown"),
    "unknown event tag": ("context", "unknown"),
    "unknown driver tag": ("context", "unknown"),
    "event id as driver": ("context", "unknown"),
    "unknown referral": ("resources", "unknown"),
    "unknown mark": ("resources", "unknown"),
    "marks not a mapping": ("resources", "not_a_mapping"),
    "resource id not a number": ("resources", "unknown"),
    "unknown resource mark": ("resources", "unknown"),
    "unknown checklist item": ("listen", "unknown"),
    "item of another step": ("listen", "unknown"),
    "unknown step": ("", "unknown"),
    "note on unknown step": ("", "unknown"),
    "note too long": ("listen", "too_long"),
    "lone surrogate": ("cope", "unstorable"),
    "note not text": ("cope", "not_text"),
    "plan too long": ("close", "too_long"),
    "duration below range": ("context", "out_of_range"),
    "duration above range": ("context", "out_of_range"),
    "self-care below range": ("close", "out_of_range"),
    "self-care above range": ("close", "out_of_range"),
    "unknown status": ("", "unknown"),
    "no date": ("context", "required"),
    "finished without peer": ("context", "required"),
    "finished without contact kind": ("context", "required"),
    "finished with empty contact kind": ("context", "required"),
    "new peer's pseudonym not text": ("context", "not_text"),
}


@pytest.mark.parametrize(
    ("name", "changes"), [(n, c) for n, c, _ in INVALID], ids=[name for name, _, _ in INVALID]
)
def test_each_refusal_names_its_step_and_its_reason(
    journal: Journal, peer_id: int, name: str, changes: dict[str, Any]
) -> None:
    with pytest.raises(InvalidInput) as raised:
        journal.sessions.save(replace(_finished(peer_id), **changes))
    assert (raised.value.step, raised.value.code) == WHERE[name]
    step = raised.value.step
    assert step == "" or step in flow.FLOW.step_ids()


@pytest.mark.parametrize(
    "changes",
    [{"peer_id": 9999}, {"resource_marks": {9999: MENTIONED}}, {"follows_up_id": 9999}],
    ids=["peer", "resource", "follow-up"],
)
def test_a_reference_gone_names_its_step(
    journal: Journal, peer_id: int, changes: dict[str, Any]
) -> None:
    with pytest.raises(InvalidInput) as raised:
        journal.sessions.save(replace(_finished(peer_id), **changes))
    assert raised.value.code == "gone"
    assert raised.value.step == ("resources" if "resource_marks" in changes else "context")


@pytest.mark.parametrize(
    ("changes", "field"), [(c, f) for _, c, f in INVALID], ids=[name for name, _, _ in INVALID]
)
def test_invalid_new_session_is_refused_and_changes_nothing(
    journal: Journal, peer_id: int, changes: dict[str, Any], field: str
) -> None:
    journal.sessions.save(_finished(peer_id, notes={"listen": "kept"}, followup_on=day(9)))
    before = _state(journal)
    with pytest.raises(InvalidInput) as raised:
        journal.sessions.save(replace(_finished(peer_id, followup_on=day(10)), **changes))
    assert raised.value.field == field
    assert _state(journal) == before


@pytest.mark.parametrize(
    ("changes", "field"), [(c, f) for _, c, f in INVALID], ids=[name for name, _, _ in INVALID]
)
def test_invalid_edit_is_refused_and_changes_nothing(
    journal: Journal, peer_id: int, changes: dict[str, Any], field: str
) -> None:
    saved = journal.sessions.save(
        _finished(peer_id, notes={"listen": "kept"}, followup_on=day(9), events=["conflict"])
    )
    assert saved.id is not None
    stored, before = journal.sessions.get(saved.id), _state(journal)
    with pytest.raises(InvalidInput) as raised:
        journal.sessions.save(replace(stored, **changes))
    assert raised.value.field == field
    assert _state(journal) == before
    assert journal.sessions.get(saved.id) == stored


@pytest.mark.parametrize(
    ("field", "value"),
    [("duration_minutes", 0), ("duration_minutes", 1440), ("self_care", 1), ("self_care", 5)],
)
def test_range_limits_are_accepted(journal: Journal, peer_id: int, field: str, value: int) -> None:
    saved = journal.sessions.save(_finished(peer_id, **{field: value}))
    assert saved.id is not None
    assert getattr(journal.sessions.get(saved.id), field) == value


def test_a_note_at_the_limit_is_kept(journal: Journal, peer_id: int) -> None:
    saved = journal.sessions.save(_finished(peer_id, notes={"listen": "y" * NOTE_MAX}))
    assert saved.id is not None
    assert journal.sessions.get(saved.id).notes == {"listen": "y" * NOTE_MAX}


def test_empty_choices_read_as_unset(journal: Journal, peer_id: int) -> None:
    saved = journal.sessions.save(_finished(peer_id, mode="", role_band="", helpful=""))
    assert saved.id is not None
    got = journal.sessions.get(saved.id)
    assert (got.mode, got.role_band, got.helpful) == (None, None, None)


@pytest.mark.parametrize(
    ("ticked", "referral_marks", "resource_marks", "derived"),
    [
        ([], {}, {}, []),
        (["made_referral", "offered_resources"], {}, {}, []),  # a tick alone says nothing now
        ([], {"eap": MENTIONED}, {}, ["offered_resources"]),
        (["made_referral"], {}, {"first": HANDOUT}, ["offered_resources"]),
        ([], {"eap": HANDOUT}, {"first": REFERRED}, ["made_referral", "offered_resources"]),
        ([], {"other": REFERRED}, {}, ["made_referral", "offered_resources"]),
    ],
)
def test_step_six_items_follow_the_marks(
    journal: Journal,
    peer_id: int,
    ticked: list[str],
    referral_marks: dict[str, str],
    resource_marks: dict[str, str],
    derived: list[str],
) -> None:
    first = journal.resources.save(Resource(category="crisis_line", name="A line"))
    assert first.id is not None
    marks = {first.id: resource_marks["first"]} if resource_marks else {}
    saved = journal.sessions.save(
        _finished(
            peer_id,
            ticked={"resources": [*ticked, "escalated_safety_concern"]},
            referral_marks=referral_marks,
            resource_marks=marks,
        )
    )
    assert saved.id is not None
    got = journal.sessions.get(saved.id)
    assert got.ticked["resources"] == sorted([*derived, "escalated_safety_concern"])
    assert (got.referral_marks, got.resource_marks) == (referral_marks, marks)
    assert got.referrals == sorted(k for k, m in referral_marks.items() if m == REFERRED)
    assert got.resources_offered == sorted(marks)


@pytest.mark.parametrize(
    "changes",
    [{"peer_id": 9999}, {"resource_marks": {9999: MENTIONED}}, {"follows_up_id": 9999}],
    ids=["peer", "resource", "follow-up"],
)
def test_unknown_references_are_refused_as_input(
    journal: Journal, peer_id: int, changes: dict[str, Any]
) -> None:
    before = _state(journal)
    with pytest.raises(PeerDeskError):
        journal.sessions.save(replace(_finished(peer_id), **changes))
    assert _state(journal) == before


def test_errors_about_one_field_name_it_the_same_way(journal: Journal, peer_id: int) -> None:
    with pytest.raises(InvalidInput) as unknown:
        journal.sessions.save(_finished(peer_id, contact_kind="gossip"))
    with pytest.raises(InvalidInput) as missing:
        journal.sessions.save(_finished(peer_id, contact_kind=None))
    assert unknown.value.field == missing.value.field


def test_saving_an_unknown_id_raises_not_found_and_changes_nothing(
    journal: Journal, peer_id: int
) -> None:
    journal.sessions.save(_finished(peer_id, notes={"listen": "kept"}, followup_on=day(9)))
    before = _state(journal)
    with pytest.raises(NotFound):
        journal.sessions.save(
            _finished(
                peer_id,
                id=9999,
                notes={"listen": "ghost"},
                followup_on=day(12),
                events=["conflict"],
            )
        )
    assert _state(journal) == before
    assert journal.search.run("ghost") == []


def test_shredding_an_unknown_id_raises_not_found(journal: Journal, peer_id: int) -> None:
    journal.sessions.save(_finished(peer_id))
    before = _state(journal)
    with pytest.raises(NotFound):
        journal.sessions.shred(9999)
    assert _state(journal) == before


def test_shred_removes_the_session_and_what_it_holds(journal: Journal, full: Session) -> None:
    saved = journal.sessions.save(full)
    assert saved.id is not None
    journal.sessions.shred(saved.id)
    with pytest.raises(NotFound):
        journal.sessions.get(saved.id)
    for table in ("notes", "session_tags", "session_resources"):
        left = journal.conn.execute(
            f"SELECT count(*) FROM {table} WHERE session_id = ?", (saved.id,)
        ).fetchone()[0]
        assert left == 0, table
    with pytest.raises(NotFound):
        journal.sessions.shred(saved.id)


def test_shred_removes_the_open_follow_up_it_planned(journal: Journal, peer_id: int) -> None:
    saved = journal.sessions.save(_finished(peer_id, followup_on=day(9), followup_plan="Call"))
    assert saved.id is not None
    journal.sessions.shred(saved.id)
    assert journal.followups.open() == []


# --- Follow-ups made by sessions -----------------------------------------------------------------


def test_editing_keeps_one_follow_up_with_the_latest_date_and_plan(
    journal: Journal, peer_id: int, clock: Clock
) -> None:
    session = journal.sessions.save(_finished(peer_id, followup_on=day(9), followup_plan="a"))
    assert session.id is not None
    for n, plan in ((10, "b"), (12, "c"), (11, "d")):
        clock.now += timedelta(minutes=5)
        session = journal.sessions.save(replace(session, followup_on=day(n), followup_plan=plan))
    assert _followup_rows(journal, session.id) == [("2026-11-11", "d", "open")]
    (only,) = journal.followups.open()
    assert (only.due_on, only.plan, only.peer_id) == (day(11), "d", peer_id)
    got = journal.sessions.get(session.id)
    assert (got.followup_on, got.followup_plan) == (day(11), "d")


def test_removing_the_follow_up_date_removes_the_open_follow_up(
    journal: Journal, peer_id: int
) -> None:
    session = journal.sessions.save(_finished(peer_id, followup_on=day(9), followup_plan="a"))
    assert session.id is not None
    journal.sessions.save(replace(session, followup_on=None, followup_plan=""))
    assert _followup_rows(journal, session.id) == []
    assert journal.followups.open() == []
    assert journal.sessions.get(session.id).followup_on is None


def test_a_draft_makes_no_follow_up(journal: Journal, peer_id: int) -> None:
    draft = journal.sessions.save(
        Session(held_on=day(3), peer_id=peer_id, followup_on=day(9), followup_plan="call")
    )
    assert draft.id is not None
    assert journal.followups.open() == []
    assert _counts(journal)["followups"] == 0
    finished = journal.sessions.save(replace(draft, status=FINISHED, contact_kind="peer_asked"))
    assert [f.origin_session_id for f in journal.followups.open()] == [finished.id]
    # Back to draft: its open follow-up goes again.
    journal.sessions.save(replace(finished, status=DRAFT))
    assert journal.followups.open() == []


def test_a_session_following_up_marks_the_follow_up_done(journal: Journal, peer_id: int) -> None:
    first = journal.sessions.save(_finished(peer_id, followup_on=day(9)))
    (followup,) = journal.followups.open()
    assert followup.origin_session_id == first.id
    # A draft does not close it yet.
    draft = journal.sessions.save(
        Session(held_on=day(9), peer_id=peer_id, follows_up_id=followup.id)
    )
    assert journal.followups.get(followup.id).status == "open"
    done = journal.sessions.save(replace(draft, status=FINISHED, contact_kind="follow_up"))
    closed = journal.followups.get(followup.id)
    assert (closed.status, closed.done_session_id) == ("done", done.id)
    assert journal.followups.open() == []
    assert journal.sessions.get(first.id or 0).followup_on == day(9)


# --- Notes ---------------------------------------------------------------------------------------


class NoteWrites:
    """Every write to the notes table, seen through temporary triggers on this connection."""

    def __init__(self, journal: Journal) -> None:
        self._conn = journal.conn
        self._conn.executescript(
            """
            CREATE TEMP TABLE note_writes (op TEXT, step TEXT);
            CREATE TEMP TRIGGER note_ins AFTER INSERT ON main.notes
                BEGIN INSERT INTO note_writes VALUES ('insert', new.step); END;
            CREATE TEMP TRIGGER note_upd AFTER UPDATE ON main.notes
                BEGIN INSERT INTO note_writes VALUES ('update', new.step); END;
            CREATE TEMP TRIGGER note_del AFTER DELETE ON main.notes
                BEGIN INSERT INTO note_writes VALUES ('delete', old.step); END;
            """
        )

    def take(self) -> list[tuple[str, str]]:
        """The writes since the last call, sorted."""
        found = self._conn.execute("SELECT op, step FROM note_writes").fetchall()
        self._conn.execute("DELETE FROM note_writes")
        return sorted(found)


@pytest.fixture
def note_writes(journal: Journal) -> NoteWrites:
    return NoteWrites(journal)


def _note_ids(journal: Journal, session_id: int) -> dict[str, int]:
    return dict(
        journal.conn.execute(
            "SELECT step, id FROM notes WHERE session_id = ?", (session_id,)
        ).fetchall()
    )


def test_empty_notes_are_not_stored(journal: Journal, peer_id: int) -> None:
    saved = journal.sessions.save(
        _finished(peer_id, notes={"listen": "", "cope": "   ", "close": "\n\t", "learn": "x"})
    )
    assert saved.id is not None
    assert _note_ids(journal, saved.id).keys() == {"learn"}
    assert journal.sessions.get(saved.id).notes == {"learn": "x"}


def test_unchanged_notes_are_not_rewritten(
    journal: Journal, peer_id: int, note_writes: NoteWrites
) -> None:
    saved = journal.sessions.save(
        _finished(peer_id, notes={"listen": "a", "cope": "b", "close": "c"})
    )
    assert saved.id is not None
    assert note_writes.take() == [("insert", "close"), ("insert", "cope"), ("insert", "listen")]
    ids = _note_ids(journal, saved.id)
    journal.sessions.save(saved)
    assert note_writes.take() == []
    # Surrounding white space is not a change either.
    journal.sessions.save(replace(saved, notes={"listen": " a ", "cope": "b\n", "close": "c"}))
    assert note_writes.take() == []
    assert _note_ids(journal, saved.id) == ids
    journal.sessions.save(replace(saved, notes={"listen": "a", "cope": "B", "learn": "new"}))
    assert note_writes.take() == [("delete", "close"), ("insert", "learn"), ("update", "cope")]
    after = _note_ids(journal, saved.id)
    assert after["listen"] == ids["listen"]
    assert after["cope"] == ids["cope"]
    assert "close" not in after
    assert journal.sessions.get(saved.id).notes == {"listen": "a", "cope": "B", "learn": "new"}


def test_blanking_a_note_deletes_it(journal: Journal, peer_id: int) -> None:
    saved = journal.sessions.save(_finished(peer_id, notes={"listen": "a", "cope": "b"}))
    assert saved.id is not None
    journal.sessions.save(replace(saved, notes={"listen": "a", "cope": "  "}))
    assert _note_ids(journal, saved.id).keys() == {"listen"}
    assert journal.search.run("b") == []


# --- Listings ------------------------------------------------------------------------------------


def test_drafts_newest_first(journal: Journal, peer_id: int, clock: Clock) -> None:
    made = []
    for n in (5, 2, 8):
        clock.now += timedelta(minutes=1)
        made.append(journal.sessions.save(Session(held_on=day(n), peer_id=peer_id)))
    journal.sessions.save(_finished(peer_id))
    assert [d.id for d in journal.sessions.drafts()] == [m.id for m in reversed(made)]
    clock.now += timedelta(minutes=1)
    journal.sessions.save(made[0])  # touching a draft moves it to the top
    drafts = journal.sessions.drafts()
    assert [d.id for d in drafts] == [made[0].id, made[2].id, made[1].id]
    assert drafts[0] == SessionSummary(made[0].id or 0, DRAFT, day(5), "Heron", None, None, None)


def test_for_peer_lists_their_finished_sessions_newest_first(
    journal: Journal, peer_id: int
) -> None:
    other = journal.peers.add("Wren").id
    a = journal.sessions.save(_finished(peer_id, held_on=day(3)))
    b = journal.sessions.save(
        _finished(peer_id, held_on=day(7), followup_on=day(20), outreach_outcome="no_answer")
    )
    c = journal.sessions.save(_finished(peer_id, held_on=day(3)))
    journal.sessions.save(Session(held_on=day(9), peer_id=peer_id))  # a draft
    journal.sessions.save(_finished(other, held_on=day(8)))
    listed = journal.sessions.for_peer(peer_id)
    assert [s.id for s in listed] == [b.id, c.id, a.id]
    assert listed[0] == SessionSummary(
        b.id or 0, FINISHED, day(7), "Heron", "peer_asked", "no_answer", day(20), "open"
    )
    assert journal.sessions.for_peer(9999) == []


def test_pages_of_finished_sessions(journal: Journal, peer_id: int) -> None:
    ids = [journal.sessions.save(_finished(peer_id, held_on=day(n))).id for n in range(1, 8)]
    journal.sessions.save(Session(held_on=day(30)))  # drafts are not listed
    newest_first = list(reversed(ids))
    assert [s.id for s in journal.sessions.page(0, 3)] == newest_first[:3]
    assert [s.id for s in journal.sessions.page(3, 3)] == newest_first[3:6]
    assert [s.id for s in journal.sessions.page(6, 3)] == newest_first[6:]
    assert journal.sessions.page(7, 3) == []
    assert all(s.status == FINISHED for s in journal.sessions.page(0, 100))


def test_count_by_status(journal: Journal, peer_id: int) -> None:
    assert journal.sessions.count() == 0
    for _ in range(3):
        journal.sessions.save(_finished(peer_id))
    draft = journal.sessions.save(Session(held_on=day(2)))
    assert (journal.sessions.count(), journal.sessions.count(DRAFT)) == (3, 1)
    journal.sessions.shred(draft.id or 0)
    assert (journal.sessions.count(FINISHED), journal.sessions.count(DRAFT)) == (3, 0)
    assert journal.summary().sessions == 3


# --- Any text ------------------------------------------------------------------------------------


# Plain text, and text that may hold lone surrogates (which st.text() leaves out by default).
any_text = st.one_of(
    st.text(), st.text(st.characters(exclude_categories=()), max_size=8), st.just("")
)


def _expected(text: str, max_len: int) -> str | None:
    """What a session should keep of a note or plan, or None when it must refuse it."""
    text = text.replace("\x00", "")  # dropped, so one NUL never blocks a draft's autosave
    invisible = re.compile("[\x01-\x08\x0b\x0c\x0e-\x1f\x7f]")  # dropped by clean()
    cleaned = invisible.sub("", unicodedata.normalize("NFC", text)).strip()
    if len(cleaned) > max_len:
        return None
    try:
        cleaned.encode("utf-8")
    except UnicodeEncodeError:
        return None
    return cleaned


@settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    notes=st.fixed_dictionaries({step: any_text for step in NOTE_STEPS}),
    plan=any_text,
)
def test_any_text_is_stored_cleaned_or_refused(
    journal: Journal, peer_id: int, notes: dict[str, str], plan: str
) -> None:
    expected_notes = {step: _expected(text, NOTE_MAX) for step, text in notes.items()}
    expected_plan = _expected(plan, PLAN_MAX)
    valid = expected_plan is not None and None not in expected_notes.values()
    before = _state(journal)
    session = _finished(peer_id, notes=notes, followup_on=day(20), followup_plan=plan)
    event("refused" if not valid else "stored")
    if not valid:
        with pytest.raises(InvalidInput):
            journal.sessions.save(session, second_followup=True)
        assert _state(journal) == before
        return
    saved = journal.sessions.save(session, second_followup=True)
    assert saved.id is not None
    got = journal.sessions.get(saved.id)
    assert got.notes == {step: text for step, text in expected_notes.items() if text}
    assert got.followup_plan == expected_plan


def test_a_new_session_clears_pseudonyms_left_by_drafts_that_are_gone(journal: Journal) -> None:
    """A journal rescued before orphaned ``new_peer.`` rows were cleared may still hold one."""
    draft = journal.sessions.save(Session(held_on=day(2), new_peer="Plover"))
    journal.conn.execute("INSERT INTO meta (key, value) VALUES ('new_peer.77', 'Sandpiper')")
    journal.sessions.save(Session(held_on=day(3)))
    found = journal.conn.execute("SELECT key FROM meta WHERE key LIKE 'new%'").fetchall()
    assert found == [(f"new_peer.{draft.id}",)]
