"""Search finds people as well as words: a peer's pseudonym matches as a note would, and that
peer's sessions come first. Real SQLCipher journals throughout."""

from __future__ import annotations

import pytest

from peerdesk.demo import fill
from peerdesk.journal import Journal
from peerdesk.search import BEST, IN_NOTES, IN_PSEUDONYM, NEWEST, ORDERS, Search, SearchHit
from peerdesk.sessions import DRAFT, FINISHED, Session
from tests.conftest import day
from tests.support.factories import save_session


def _save(
    journal: Journal, peer: str, *, held_on: int = 3, note: str = "", status: str = FINISHED
) -> int:
    """A session with ``peer`` and, when given, one note; its id."""
    notes = {"listen": note} if note else {}
    return save_session(journal, notes, peer=peer, held_on=held_on, status=status)


def _ids(hits: list[SearchHit]) -> list[int]:
    return [hit.session_id for hit in hits]


@pytest.mark.parametrize("order", ORDERS)
def test_a_pseudonym_lists_that_peers_sessions_first_then_the_notes(
    journal: Journal, order: str
) -> None:
    older = _save(journal, "Juniper", held_on=2)
    newer = _save(journal, "Juniper", held_on=9, note="Talked about the rota.")
    mentioned = _save(journal, "Wren", held_on=20, note="Juniper berries on the walk home.")
    _save(journal, "Wren", held_on=21, note="Nothing to do with it.")
    hits = journal.search.run("juniper", order=order)
    assert _ids(hits) == [newer, older, mentioned]
    assert [hit.found_in for hit in hits] == [IN_PSEUDONYM, IN_PSEUDONYM, IN_NOTES]
    first = hits[0]
    assert first.peer == "Juniper" and first.step == "" and first.score == 0.0
    assert first.snippet == (("Juniper", True),)
    assert hits[2].step == "listen"
    assert ("Juniper", True) in hits[2].snippet


def test_the_peer_typed_exactly_comes_before_the_others_it_begins(journal: Journal) -> None:
    longer = _save(journal, "Juniper 13", held_on=20)
    exact_old = _save(journal, "Juniper 1", held_on=2)
    exact_new = _save(journal, "Juniper 1", held_on=5)
    other = _save(journal, "Juniper 2", held_on=25)
    assert _ids(journal.search.run("juniper 1")) == [exact_new, exact_old, longer]
    assert _ids(journal.search.run('"juniper 1"')) == [exact_new, exact_old]
    assert _ids(journal.search.run("jun")) == [other, longer, exact_new, exact_old]
    assert _ids(journal.search.run("juniper -13")) == [other, exact_new, exact_old]
    assert _ids(journal.search.run("13")) == [longer]  # any word of the pseudonym
    assert journal.search.run("juniper 3") == []


# Pseudonyms as written, and what a supporter may type to find them.
FOLDED = [
    ("Zoë", "zoe"),
    ("ZOE", "zoë"),
    ("Ångström", "angstrom"),
    ("Straße", "STRASSE"),
    ("ＦＵＬＬＷＩＤＴＨ Owl", "fullwidth"),
    ("ﬁnch", "finch"),
    ("Σίσυφος", "ΣΙΣΥΦΟΣ"),
    ("Noa-Lee", "noa lee"),
]


@pytest.mark.parametrize(("pseudonym", "typed"), FOLDED)
def test_pseudonyms_are_folded_as_notes_are(journal: Journal, pseudonym: str, typed: str) -> None:
    found = _save(journal, pseudonym)
    _save(journal, "Someone else")
    (hit,) = journal.search.run(typed)
    assert hit.session_id == found and hit.found_in == IN_PSEUDONYM
    assert "".join(text for text, _marked in hit.snippet) == pseudonym


def test_a_session_matching_by_pseudonym_and_note_is_listed_once(journal: Journal) -> None:
    both = _save(journal, "Heron", note="Heron seen at the lake.")
    assert [(h.session_id, h.found_in) for h in journal.search.run("heron")] == [
        (both, IN_PSEUDONYM)
    ]


@pytest.mark.parametrize("order", ORDERS)
@pytest.mark.parametrize("limit", [1, 3, 4, 6])
def test_the_limit_counts_pseudonym_and_note_hits_together(
    journal: Journal, order: str, limit: int
) -> None:
    by_peer = [_save(journal, "Kestrel", held_on=10 - i) for i in range(3)]
    by_note = [_save(journal, "Wren", held_on=20 + i, note=f"kestrel {i}") for i in range(3)]
    hits = journal.search.run("kestrel", limit=limit, order=order)
    assert len(hits) == min(limit, 6)
    assert _ids(hits)[:3] == by_peer[:limit]
    assert set(_ids(hits)[3:]) <= set(by_note)


def test_drafts_and_closed_peers_are_found_forgotten_peers_are_not(journal: Journal) -> None:
    draft = _save(journal, "Plover", status=DRAFT)
    closed = _save(journal, "Linden")
    linden = journal.peers.find("Linden")
    assert linden is not None
    journal.peers.close(linden.id)
    gone = journal.peers.add("Rowan")
    journal.sessions.save(
        Session(held_on=day(4), status=FINISHED, peer_id=gone.id, contact_kind="peer_asked")
    )
    assert _ids(journal.search.run("plover")) == [draft]
    assert _ids(journal.search.run("linden")) == [closed]
    assert len(journal.search.run("rowan")) == 1
    journal.peers.forget(gone.id)
    assert journal.search.run("rowan") == []


def test_a_renamed_or_new_peer_is_found_at_once(journal: Journal) -> None:
    session = _save(journal, "Heron")
    heron = journal.peers.find("Heron")
    assert heron is not None
    assert _ids(journal.search.run("heron")) == [session]  # the pseudonyms are read now
    journal.peers.update(heron.id, pseudonym="Osprey", contact="")
    assert journal.search.run("heron") == []
    assert _ids(journal.search.run("osprey")) == [session]
    added = _save(journal, "Heron")
    assert _ids(journal.search.run("heron")) == [added]


def test_a_reader_sees_pseudonyms_changed_on_the_journals_connection(journal: Journal) -> None:
    """One Search kept on a reader's connection (as the Sessions page keeps it) notices what
    the window's connection committed."""
    session = _save(journal, "Heron")
    reader = journal.reader()
    search = reader.read(Search)
    assert _ids(reader.read(lambda _conn: search.run("heron"))) == [session]
    heron = journal.peers.find("Heron")
    assert heron is not None
    journal.peers.update(heron.id, pseudonym="Osprey", contact="")
    assert reader.read(lambda _conn: search.run("heron")) == []
    assert _ids(reader.read(lambda _conn: search.run("osprey"))) == [session]


def test_a_rename_rolled_back_is_not_remembered(journal: Journal) -> None:
    session = _save(journal, "Heron")
    heron = journal.peers.find("Heron")
    assert heron is not None
    journal.conn.execute("BEGIN")
    journal.conn.execute("UPDATE peers SET pseudonym = 'Osprey' WHERE id = ?", (heron.id,))
    assert _ids(journal.search.run("osprey")) == [session]  # seen inside the transaction
    journal.conn.execute("ROLLBACK")
    assert journal.search.run("osprey") == []
    assert _ids(journal.search.run("heron")) == [session]


def test_a_demo_journal_finds_a_peer_by_name_and_number(journal: Journal) -> None:
    fill(journal, 400, seed=5)
    peer = journal.peers.find("Juniper 2")
    assert peer is not None
    theirs = journal.conn.execute(
        "SELECT id FROM sessions WHERE peer_id = ? ORDER BY held_on DESC, id DESC", (peer.id,)
    ).fetchall()
    for order in (NEWEST, BEST):
        hits = journal.search.run("Juniper 2", order=order)
        assert _ids(hits)[: len(theirs)] == [row[0] for row in theirs]
        assert {hit.peer for hit in hits} <= {"Juniper 2"} | {f"Juniper {n}" for n in range(20, 30)}


def test_closing_the_journal_drops_the_pseudonyms_its_search_read(journal: Journal) -> None:
    """A lock closes the journal: the pseudonyms read for search must not outlive it."""
    _save(journal, "Heron")
    journal.search.run("heron")
    assert journal.search.remembers_pseudonyms
    journal.close()
    assert not journal.search.remembers_pseudonyms
