"""Full-text search: any typed text is safe, words match as users expect, in either order (newest
first or best match), and the index keeps step."""

from __future__ import annotations

import os
import threading
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from peerdesk import flow, schema
from peerdesk.clock import Clock
from peerdesk.database import Connection, connect
from peerdesk.demo import fill
from peerdesk.errors import InvalidInput
from peerdesk.journal import Journal
from peerdesk.reader import ReadStopped
from peerdesk.search import (
    BEST,
    MAX_QUERY_CHARS,
    NEWEST,
    ORDERS,
    Search,
    SearchHit,
    build_query,
)
from peerdesk.sessions import DRAFT, FINISHED, Session
from peerdesk.text import search_fold
from tests.conftest import day
from tests.support import v2_journal
from tests.support.factories import save_session
from tests.support.v2_journal import V2Session

NOTE_STEPS = tuple(s.id for s in flow.FLOW.steps if s.has_notes)

# Pieces of FTS5 query syntax and awkward text, glued together by the strategies below.
FTS_PIECES = (
    '"',
    "*",
    "-",
    "NEAR",
    "NEAR(",
    "AND",
    "OR",
    "NOT",
    "(",
    ")",
    ":",
    "^",
    "+",
    "{",
    "}",
    ",",
    "text:",
    "notes_fts",
    "😀",
    "👩🏽‍⚕️",
    "שלום",
    "مرحبا",
    "\u200f",
    "\u0301",
    "e\u0301",
    "\x00",
    "\ud800",
    "\udfff",
    "—",
    "\u2212",
    " ",
    "\t",
    "\n",
    "burn",
    "door",
    "-burn",
    '"near the',
    "café",
)
fts_soup = st.lists(st.sampled_from(FTS_PIECES), max_size=40).map("".join)
long_text = st.builds(
    lambda piece, n: piece * n, st.sampled_from(FTS_PIECES), st.integers(100, 1200)
)
any_query = st.one_of(st.text(), fts_soup, long_text, st.text(min_size=400, max_size=2000))

SLOW_FIXTURE = settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def _check_index(journal: Journal) -> None:
    """Raise when the full-text index no longer agrees with the notes table."""
    journal.conn.execute("INSERT INTO notes_fts (notes_fts, rank) VALUES ('integrity-check', 1)")


def _ids(hits: list[SearchHit]) -> list[int]:
    return [h.session_id for h in hits]


@pytest.fixture
def filled(journal: Journal) -> dict[str, int]:
    """A journal with a few notes in several scripts; the ids by a short name."""
    return {
        "burnout": save_session(
            journal, {"listen": "She spoke about burnout after the night shifts."}
        ),
        "door": save_session(journal, {"cope": "We met near the door of the staff room."}),
        "rtl": save_session(journal, {"reframe": "שלום חבר, مرحبا يا صديقي"}, peer="Wren"),
        "cafe": save_session(journal, {"close": "Coffee at the café next week."}, held_on=5),
        "draft": save_session(
            journal, {"learn": "A lesson about handover checklists."}, status=DRAFT
        ),
    }


# --- build_query: anything typed -----------------------------------------------------------------


@settings(max_examples=200, deadline=None)
@given(text=any_query)
def test_build_query_returns_none_or_text(text: str) -> None:
    query = build_query(text)
    assert query is None or (isinstance(query, str) and query.strip())


@pytest.mark.parametrize("value", [None, 12, b"burnout", ["burnout"]])
def test_build_query_ignores_what_is_not_text(value: object) -> None:
    assert build_query(value) is None  # type: ignore[arg-type]


@SLOW_FIXTURE
@given(text=any_query, order=st.sampled_from(ORDERS))
def test_any_typed_text_searches_without_error_or_change(
    journal: Journal, filled: dict[str, int], text: str, order: str
) -> None:
    changes, summary = journal.conn.total_changes, journal.summary()
    hits = journal.search.run(text, order=order)
    assert isinstance(hits, list)
    assert len({hit.session_id for hit in hits}) == len(hits)
    for hit in hits:
        assert isinstance(hit, SearchHit)
        assert hit.session_id in filled.values()
        assert hit.status in (DRAFT, FINISHED)
        assert all(isinstance(part, str) and part for part, _ in hit.snippet)
    if build_query(text) is None:
        assert hits == []
    if order == NEWEST:
        assert hits == sorted(hits, key=lambda h: (h.held_on, h.session_id), reverse=True)
    assert journal.conn.total_changes == changes
    assert journal.summary() == summary


@pytest.mark.parametrize(
    "text",
    [
        '"',
        '""',
        '"""',
        "*",
        "burn*",
        "NEAR(burn door, 2)",
        "burn NEAR door",
        "(burn OR door) AND NOT shift",
        "text:burnout",
        "^burnout",
        "+burnout",
        "{text}: door",
        "burn\x00out",
        "\ud800burnout",
        "burnout\udfff",
        "😀 burnout",
        "- -- ---",
        "-" * 600,
        "burnout " * 200,
        '"' * 999,
    ],
)
@pytest.mark.parametrize("order", ORDERS)
def test_fts5_syntax_typed_by_the_user_never_fails(
    journal: Journal, filled: dict[str, int], text: str, order: str
) -> None:
    changes = journal.conn.total_changes
    hits = journal.search.run(text, order=order)
    assert all(h.session_id in filled.values() for h in hits)
    assert journal.conn.total_changes == changes


def test_only_the_first_characters_of_a_long_query_count() -> None:
    assert build_query("a" * MAX_QUERY_CHARS + " zebra") == '"' + "a" * MAX_QUERY_CHARS + '"*'


# --- What a search finds -------------------------------------------------------------------------


def test_bare_words_match_as_prefixes(journal: Journal, filled: dict[str, int]) -> None:
    assert _ids(journal.search.run("burn")) == [filled["burnout"]]
    assert _ids(journal.search.run("BURNOUT")) == [filled["burnout"]]
    assert journal.search.run("burnouts") == []


@pytest.mark.parametrize("order", ORDERS)
def test_a_quoted_phrase_matches_adjacent_words_only(journal: Journal, order: str) -> None:
    together = save_session(journal, {"listen": "a night shift that went wrong"})
    apart = save_session(journal, {"listen": "the shift began at night"})
    both = journal.search.run("night shift", order=order)
    assert sorted(_ids(both)) == sorted([together, apart])
    assert _ids(journal.search.run('"night shift"', order=order)) == [together]
    # A quoted phrase is not a prefix: "nigh" is not a word of either note.
    assert journal.search.run('"nigh shift"', order=order) == []
    # An unclosed quote still reads as a phrase.
    assert _ids(journal.search.run('"night shift', order=order)) == [together]


@pytest.mark.parametrize("order", ORDERS)
def test_minus_excludes_a_word(journal: Journal, order: str) -> None:
    with_shift = save_session(journal, {"listen": "burnout after the night shift"})
    without = save_session(journal, {"listen": "burnout from the paperwork"})
    assert sorted(_ids(journal.search.run("burnout", order=order))) == sorted([with_shift, without])
    assert _ids(journal.search.run("burnout -shift", order=order)) == [without]
    en_dash = "burnout \u2013night"  # as typed
    assert _ids(journal.search.run(en_dash, order=order)) == [without]
    assert journal.search.run("burnout -shift -paperwork", order=order) == []
    # An excluded word counts note by note: a session keeps a note without it.
    mixed = save_session(journal, {"listen": "burnout again", "cope": "burnout and a night shift"})
    assert sorted(_ids(journal.search.run("burnout -shift", order=order))) == sorted(
        [without, mixed]
    )
    hit = next(
        h for h in journal.search.run("burnout -shift", order=order) if h.session_id == mixed
    )
    assert hit.step == "listen"


@pytest.mark.parametrize(
    "text", ["-burnout", "-burnout -door", "", "   ", "...", "?!", "😀", "😀 👍🏽", "-", "—", "()"]
)
def test_nothing_to_look_for_finds_nothing(
    journal: Journal, filled: dict[str, int], text: str
) -> None:
    assert build_query(text) is None
    assert journal.search.run(text) == []
    assert journal.search.run(text, order=BEST) == []


def test_operator_words_are_searched_as_plain_words(journal: Journal) -> None:
    door = save_session(journal, {"cope": "We met near the door."})
    nurses_only = save_session(journal, {"listen": "nurses only"})
    did_not = save_session(journal, {"listen": "the nurses did not see doctors"})
    either = save_session(journal, {"listen": "the door or the window"})
    only_door = save_session(journal, {"listen": "door only"})
    assert _ids(journal.search.run("near")) == [door]
    assert _ids(journal.search.run("NEAR")) == [door]
    assert _ids(journal.search.run("NEAR( door )")) == [door]
    # As an operator NOT would find "nurses only"; as a word it needs "not".
    assert _ids(journal.search.run("nurses NOT doctors")) == [did_not]
    assert nurses_only in _ids(journal.search.run("nurses"))
    # As an operator OR would also find "door only"; as a word it needs "or".
    assert _ids(journal.search.run("door OR window")) == [either]
    assert only_door in _ids(journal.search.run("door"))
    # As an operator AND would find "the door or the window"; as a word it needs "and".
    assert journal.search.run("door AND window") == []
    assert journal.search.run("and") == []


def test_right_to_left_text_is_found(journal: Journal, filled: dict[str, int]) -> None:
    assert _ids(journal.search.run("שלום")) == [filled["rtl"]]
    assert _ids(journal.search.run("مرحبا")) == [filled["rtl"]]
    assert _ids(journal.search.run("\u200fصديق")) == [filled["rtl"]]  # with a RTL mark


def test_diacritics_are_folded(journal: Journal, filled: dict[str, int]) -> None:
    assert _ids(journal.search.run("cafe")) == [filled["cafe"]]
    assert _ids(journal.search.run("CAFÉ")) == [filled["cafe"]]
    plain = save_session(journal, {"listen": "a resume of the week"})
    assert _ids(journal.search.run("résumé")) == [plain]


def test_more_mentions_rank_higher(journal: Journal) -> None:
    once = save_session(
        journal,
        {"listen": "a long talk about the week, the rota, the family, and some guilt at the end"},
    )
    thrice = save_session(journal, {"listen": "guilt, guilt and more guilt"})
    hits = journal.search.run("guilt", order=BEST)
    assert _ids(hits) == [thrice, once]
    assert hits[0].score < hits[1].score  # bm25: lower is better


@pytest.mark.parametrize("order", ORDERS)
def test_one_hit_per_session(journal: Journal, order: str) -> None:
    many = save_session(journal, {step: f"burnout in step {step}" for step in NOTE_STEPS})
    other = save_session(journal, {"listen": "burnout again"})
    hits = journal.search.run("burnout", order=order)
    assert sorted(_ids(hits)) == sorted([many, other])


@pytest.mark.parametrize("order", ORDERS)
def test_snippet_highlights_the_matched_word(
    journal: Journal, filled: dict[str, int], order: str
) -> None:
    (hit,) = journal.search.run("burn", order=order)
    highlighted = [text for text, is_highlighted in hit.snippet if is_highlighted]
    assert highlighted == ["burnout"]
    assert "".join(text for text, _ in hit.snippet) == (
        "She spoke about burnout after the night shifts."
    )
    assert hit.step == "listen"
    assert hit.peer == "Heron"
    assert hit.held_on == day(3)


@pytest.mark.parametrize("order", ORDERS)
def test_the_limit_is_respected(journal: Journal, order: str) -> None:
    made = [save_session(journal, {"listen": f"burnout number {i}"}) for i in range(7)]
    assert len(journal.search.run("burnout", limit=3, order=order)) == 3
    assert len(journal.search.run("burnout", limit=1, order=order)) == 1
    assert sorted(_ids(journal.search.run("burnout", limit=50, order=order))) == sorted(made)
    assert journal.search.run("burnout", limit=0, order=order) == []
    assert journal.search.run("burnout", limit=-1, order=order) == []


def test_the_limit_counts_sessions_not_notes(journal: Journal) -> None:
    crowded = save_session(journal, {step: "burnout burnout burnout" for step in NOTE_STEPS})
    other = save_session(journal, {"listen": "a long week, some burnout and much else besides"})
    assert _ids(journal.search.run("burnout", limit=2, order=BEST)) == [crowded, other]


@pytest.mark.parametrize("order", ORDERS)
def test_drafts_are_searchable(journal: Journal, filled: dict[str, int], order: str) -> None:
    (hit,) = journal.search.run("handover", order=order)
    assert hit.session_id == filled["draft"]
    assert hit.status == DRAFT
    (finished,) = journal.search.run("burnout", order=order)
    assert finished.status == FINISHED


@pytest.mark.parametrize("order", ["oldest", "", "NEWEST", "rank", None, 1])
def test_an_unknown_order_is_refused(
    journal: Journal, filled: dict[str, int], order: object
) -> None:
    with pytest.raises(InvalidInput) as refused:
        journal.search.run("burnout", order=order)  # type: ignore[arg-type]
    assert refused.value.field == "order"


def test_newest_first_is_the_default(journal: Journal) -> None:
    older = save_session(journal, {"listen": "guilt, guilt and more guilt"}, held_on=2)
    newer = save_session(journal, {"listen": "a word of guilt"}, held_on=9)
    assert _ids(journal.search.run("guilt", order=BEST)) == [older, newer]
    assert _ids(journal.search.run("guilt")) == [newer, older]
    assert journal.search.run("guilt") == journal.search.run("guilt", order=NEWEST)


# --- Newest first ----------------------------------------------------------------------------


def test_newest_first_takes_the_last_written_sessions_and_shows_them_by_date(
    journal: Journal,
) -> None:
    # Written in this order; dates out of order, as when an old conversation is written up late.
    first = save_session(journal, {"listen": "talked about the rota"}, held_on=10)
    second = save_session(journal, {"listen": "the rota again"}, held_on=2)
    third = save_session(journal, {"listen": "rota and sleep"}, held_on=20)
    fourth = save_session(journal, {"listen": "a new rota"}, held_on=5)
    assert _ids(journal.search.run("rota", limit=3)) == [third, fourth, second]
    assert _ids(journal.search.run("rota", limit=1)) == [fourth]
    assert _ids(journal.search.run("rota")) == [third, first, fourth, second]


def test_newest_first_breaks_date_ties_by_the_later_session(journal: Journal) -> None:
    made = [save_session(journal, {"listen": f"rota week {i}"}, held_on=4) for i in range(4)]
    assert _ids(journal.search.run("rota")) == made[::-1]
    assert all(hit.score == 0.0 for hit in journal.search.run("rota"))


def test_newest_first_counts_sessions_not_notes(journal: Journal) -> None:
    older = [save_session(journal, {"listen": f"burnout at {i}"}, held_on=1 + i) for i in range(2)]
    crowded = save_session(journal, {step: "burnout burnout" for step in NOTE_STEPS}, held_on=3)
    # The crowded session's notes come first, newest first: they are one session, not five.
    assert _ids(journal.search.run("burnout", limit=3)) == [crowded, older[1], older[0]]
    assert _ids(journal.search.run("burnout", limit=2)) == [crowded, older[1]]


def test_newest_first_keeps_a_session_whose_notes_are_far_apart(journal: Journal) -> None:
    early = save_session(journal, {"listen": "burnout after nights"}, held_on=6)
    middle = save_session(journal, {"listen": "burnout at home"}, held_on=7)
    # A note added to the first session later is newer than the middle session's.
    session = journal.sessions.get(early)
    session.notes["cope"] = "plans to rest, burnout is real"
    journal.sessions.save(session)
    hits = journal.search.run("burnout", limit=2)
    assert _ids(hits) == [middle, early]
    # The session is shown by its most recently written matching note, whatever the limit.
    assert next(h.step for h in hits if h.session_id == early) == "cope"
    assert [h.step for h in journal.search.run("burnout")] == ["listen", "cope"]
    assert _ids(journal.search.run("burnout", limit=1)) == [early]


def test_editing_a_note_keeps_its_place(journal: Journal) -> None:
    edited = save_session(journal, {"listen": "burnout, first draft"}, held_on=8)
    later = save_session(journal, {"listen": "burnout elsewhere"}, held_on=1)
    session = journal.sessions.get(edited)
    session.notes["listen"] = "burnout, said better"
    journal.sessions.save(session)
    assert _ids(journal.search.run("burnout", limit=1)) == [later]


@pytest.mark.parametrize("text", ["the", "sleep", "call -video", '"review meeting"', "wor", "zzz"])
@pytest.mark.parametrize("limit", [1, 7, 50, 10_000])
def test_newest_first_agrees_with_reading_every_match(
    journal: Journal, text: str, limit: int
) -> None:
    """Stopping early finds what reading the whole match and keeping the newest would find."""
    fill(journal, 300, seed=3)
    every_match = journal.conn.execute(
        "SELECT f.rowid, n.session_id, s.held_on FROM notes_fts f"
        " JOIN notes n ON n.id = f.rowid JOIN sessions s ON s.id = n.session_id"
        " WHERE notes_fts MATCH ?",
        (build_query(text),),
    ).fetchall()
    newest: dict[int, str] = {}
    for _rowid, session_id, held_on in sorted(every_match, reverse=True):
        newest.setdefault(session_id, held_on)
    chosen = list(newest.items())[:limit]
    expected = [sid for sid, _ in sorted(chosen, key=lambda c: (c[1], c[0]), reverse=True)]
    hits = journal.search.run(text, limit=limit)
    assert _ids(hits) == expected
    if limit >= len(newest):
        assert sorted(_ids(journal.search.run(text, limit=limit, order=BEST))) == sorted(expected)


def test_demo_sessions_found_newest_first_are_the_latest_ones(journal: Journal) -> None:
    fill(journal, 400, seed=4)
    hits = journal.search.run("the", limit=20)
    assert len(hits) == 20
    latest = journal.conn.execute(
        "SELECT held_on FROM sessions ORDER BY held_on DESC LIMIT 1"
    ).fetchone()[0]
    # The demo writes sessions in date order, so the newest matches are the latest sessions.
    assert hits[0].held_on.isoformat() == latest
    assert hits == sorted(hits, key=lambda h: (h.held_on, h.session_id), reverse=True)


# --- The index keeps step with the notes ---------------------------------------------------------


def test_a_shredded_session_is_gone_from_search(journal: Journal, filled: dict[str, int]) -> None:
    assert journal.search.run("burnout")
    journal.sessions.shred(filled["burnout"])
    assert journal.search.run("burnout") == []
    assert journal.search.run("shifts") == []
    assert _ids(journal.search.run("door")) == [filled["door"]]
    assert journal.check() == []
    _check_index(journal)


def test_an_edited_note_is_found_by_its_new_words_only(
    journal: Journal, filled: dict[str, int]
) -> None:
    session = journal.sessions.get(filled["burnout"])
    session.notes["listen"] = "Talked about sleep and the new rota."
    journal.sessions.save(session)
    assert journal.search.run("burnout") == []
    assert journal.search.run("shifts") == []
    assert _ids(journal.search.run("rota")) == [filled["burnout"]]
    session.notes = {}
    journal.sessions.save(session)
    assert journal.search.run("rota") == []
    _check_index(journal)


def test_forgetting_a_peer_removes_their_notes_from_search(
    journal: Journal, filled: dict[str, int]
) -> None:
    wren = journal.peers.find("Wren")
    assert wren is not None
    journal.peers.forget(wren.id)
    assert journal.search.run("שלום") == []
    assert _ids(journal.search.run("burnout")) == [filled["burnout"]]


# --- Known gaps ----------------------------------------------------------------------------------


def test_a_decomposed_query_finds_a_composed_note(journal: Journal) -> None:
    naive = save_session(journal, {"listen": "a naïve plan"})
    typed = unicodedata.normalize("NFD", "naïve")
    assert typed != "naïve"
    assert _ids(journal.search.run(typed)) == [naive]


def test_a_word_finds_itself_in_any_script(journal: Journal) -> None:
    cherokee = save_session(journal, {"listen": "ᏣᎳᎩ language class"})
    assert _ids(journal.search.run("ᏣᎳᎩ")) == [cherokee]


def test_control_characters_in_a_note_do_not_move_the_highlight(journal: Journal) -> None:
    save_session(journal, {"listen": "pasted\x02 text about burnout\x03 here"})
    (hit,) = journal.search.run("burnout")
    assert [text for text, is_highlighted in hit.snippet if is_highlighted] == ["burnout"]


# --- Folding: a word finds what a reader sees as the same word ------------------------------------

# (as written in the note, as typed in the search box); each pair is tried both ways round too,
# the note's first word then typed.
FOLDED = [
    ("Straße war laut", "strasse"),
    ("STRASSE", "straße"),
    ("ﬁle on the desk", "file"),
    ("ﬂoor staff", "floor"),
    ("ＦＵＬＬＷＩＤＴＨ ｎｏｔｅｓ", "fullwidth"),
    ("notes in plain letters", "ｎｏｔｅｓ"),
    ("مَرْحَبًا يا صديقي", "مرحبا"),
    ("مرحبا يا صديقي", "مَرْحَبًا"),
    ("مرحـــبا بكم", "مرحبا"),  # tatweel stretches the word on the page
    ("שָׁלוֹם חבר", "שלום"),
    ("שלום חבר", "שָׁלוֹם"),
    ("ΣΊΣΥΦΟΣ", "σισυφος"),
    ("Ǆemal", "dzemal"),
    ("naïve plan", "NAIVE"),
]


@pytest.mark.parametrize(("note", "typed"), FOLDED)
@pytest.mark.parametrize("order", ORDERS)
def test_case_width_ligatures_and_marks_are_folded(
    journal: Journal, note: str, typed: str, order: str
) -> None:
    found = save_session(journal, {"listen": note})
    save_session(journal, {"listen": "something else entirely"})
    assert _ids(journal.search.run(typed, order=order)) == [found]
    # The snippet is the note as written, with the word it matched marked.
    (hit,) = journal.search.run(typed, order=order)
    assert "".join(text for text, _ in hit.snippet) == note
    (marked,) = [text for text, is_marked in hit.snippet if is_marked]
    assert search_fold(marked).startswith(search_fold(typed))
    _check_index(journal)


@pytest.mark.parametrize(("note", "typed"), FOLDED)
def test_folding_works_the_other_way_round(journal: Journal, note: str, typed: str) -> None:
    found = save_session(journal, {"listen": f"{typed} and more"})
    # The note's first word, typed as a whole word (quoted: no prefix), finds the typed form.
    word = note.split()[0]
    assert _ids(journal.search.run(f'"{word}"')) == [found]


def test_a_folded_phrase_and_an_excluded_folded_word(journal: Journal) -> None:
    street = save_session(journal, {"listen": "walked down the Hauptstraße after the shift"})
    other = save_session(journal, {"listen": "walked down the Hauptstraße with the ﬁle"})
    assert sorted(_ids(journal.search.run('"HAUPTSTRASSE after"'))) == [street]
    assert _ids(journal.search.run("hauptstrasse -file")) == [street]
    assert _ids(journal.search.run("hauptstrasse -ＦＩＬＥ")) == [street]
    assert sorted(_ids(journal.search.run("hauptstr"))) == sorted([street, other])


def test_an_edited_note_is_folded_again(journal: Journal) -> None:
    found = save_session(journal, {"listen": "Straße"})
    session = journal.sessions.get(found)
    session.notes["listen"] = "ﬁle"
    journal.sessions.save(session)
    assert journal.search.run("strasse") == []
    assert _ids(journal.search.run("file")) == [found]
    journal.sessions.shred(found)
    assert journal.search.run("file") == []
    _check_index(journal)


def test_a_long_note_is_cut_around_the_folded_match(journal: Journal) -> None:
    words = [f"word{i}" for i in range(40)]
    words[25] = "Straße"
    save_session(journal, {"listen": " ".join(words)})
    (hit,) = journal.search.run("strasse")
    text = "".join(part for part, _ in hit.snippet)
    assert text.startswith("…") and text.endswith("…")
    assert [part for part, marked in hit.snippet if marked] == ["Straße"]
    assert len(text.split()) == 12


def _journal_of_schema_1(path: Path, clock: Clock) -> Journal:
    """A journal as today's PeerDesk writes it: schema version 1, its index not folded."""
    conn = connect(path, os.urandom(32), create=True)
    conn.executescript(f"BEGIN;\n{schema.MIGRATIONS[0]}\nPRAGMA user_version = 1;\nCOMMIT;")
    return Journal(conn, path, clock)


def test_the_migration_rebuilds_the_index_folded(tmp_path: Path, clock: Clock) -> None:
    old = _journal_of_schema_1(tmp_path / "journal.db", clock)
    peer = old.peers.add("Heron").id

    def _save_v1(notes: dict[str, str]) -> int:  # version 1 sessions are as version 2 wrote them
        return v2_journal.add_session(old.conn, V2Session(day(3).isoformat(), peer, notes=notes))

    written = {note: _save_v1({"listen": note}) for note, _typed in FOLDED}
    plain = _save_v1({"cope": "burnout after nights"})
    # Version 1 indexes the notes as written: folded words miss them.
    assert written["Straße war laut"] not in _ids(old.search.run("strasse"))
    assert old.search.run("file") == []
    asked: list[int] = []
    assert schema.migrate(old.conn, before=asked.append) == 1
    assert asked == [1]
    assert schema.check_version(old.conn) == schema.CURRENT_VERSION
    journal = Journal(old.conn, old.path, clock)
    for note, typed in FOLDED:
        assert written[note] in _ids(journal.search.run(typed)), (note, typed)
    assert _ids(journal.search.run("burnout", order=BEST)) == [plain]
    _check_index(journal)
    # Notes written after the migration are folded by the new triggers.
    later = save_session(journal, {"listen": "ＬＡＴＥＲ Straße"})
    assert _ids(journal.search.run("later strasse")) == [later]
    _check_index(journal)
    # The old index's words are gone: the rebuilt index holds the folded notes only.
    journal.conn.execute("CREATE VIRTUAL TABLE temp.words USING fts5vocab(main, notes_fts, row)")
    words = {row[0] for row in journal.conn.execute("SELECT term FROM temp.words")}
    assert {"strasse", "file", "fullwidth", "שלום", "مرحبا"} <= words
    assert not {"straße", "ﬁle", "ｎｏｔｅｓ", "שָׁלוֹם"} & words


# --- A reader: searches on a connection of their own ----------------------------------------------


def test_a_reader_searches_on_its_own_connection(journal: Journal, filled: dict[str, int]) -> None:
    reader = journal.reader()
    found = reader.read(lambda conn: (conn is not journal.conn, Search(conn).run("strasse cafe")))
    assert found == (True, journal.search.run("strasse cafe"))
    later = save_session(journal, {"listen": "Straße, café"})  # committed: the reader sees it
    assert _ids(reader.read(lambda conn: Search(conn).run("strasse cafe"))) == [later]


def test_a_reader_stops_when_interrupted_and_when_the_journal_closes(journal: Journal) -> None:
    reader = journal.reader()
    started = threading.Event()
    outcome: list[object] = []
    endless = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT max(i) FROM n"

    def work(conn: Connection) -> object:
        started.set()
        return conn.execute(endless).fetchone()

    def run() -> None:
        try:
            outcome.append(reader.read(work))
        except ReadStopped as exc:
            outcome.append(exc)

    worker = threading.Thread(target=run)
    worker.start()
    assert started.wait(10)
    while worker.is_alive():  # until the read is under way, an interrupt does nothing
        reader.interrupt()
        worker.join(0.01)
    assert len(outcome) == 1 and isinstance(outcome[0], ReadStopped)
    assert reader.read(lambda conn: conn.execute("SELECT 1").fetchone()[0]) == 1  # still usable
    journal.close()
    with pytest.raises(ReadStopped):
        reader.read(lambda conn: conn.execute("SELECT 1").fetchone())
    with pytest.raises(RuntimeError):
        journal.reader()


def _indexed_terms(conn: Connection) -> set[str]:
    conn.execute(
        "CREATE VIRTUAL TABLE IF NOT EXISTS temp.terms USING fts5vocab(main, notes_fts, 'row')"
    )
    return {r[0] for r in conn.execute("SELECT term FROM temp.terms")}


def test_an_index_folded_under_other_unicode_tables_is_rebuilt_at_unlock(vault) -> None:
    """The index's triggers delete a note's words by folding it again (search_fold, from
    Python's Unicode tables). Built under other tables (a Python upgrade), a delete would miss
    words folded the old way and a shredded word would stay in the index: so an index whose
    recorded Unicode version differs is rebuilt when the journal opens."""
    journal, _code = vault.create()
    peer = journal.peers.add("Heron")
    saved = journal.sessions.save(
        Session(held_on=day(2), status=FINISHED, peer_id=peer.id, contact_kind="peer_asked",
                notes={"listen": "the kingfisher came back"})
    )  # fmt: skip
    ((note_id,),) = journal.conn.execute("SELECT id FROM notes").fetchall()
    # What the old tables folded differently: words indexed that today's fold will not delete.
    journal.conn.execute(
        "INSERT INTO notes_fts (rowid, text) VALUES (?, 'kingfischer')", (note_id,)
    )
    journal.conn.execute(
        "INSERT INTO meta (key, value) VALUES (?, '13.0.0')"
        " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (schema.SEARCH_UNICODE_KEY,),
    )
    vault.lock()
    journal = vault.unlock_with_keyring()
    ((recorded,),) = journal.conn.execute(
        "SELECT value FROM meta WHERE key = ?", (schema.SEARCH_UNICODE_KEY,)
    ).fetchall()
    assert recorded == unicodedata.unidata_version
    assert saved.id is not None
    journal.sessions.shred(saved.id)
    terms = _indexed_terms(journal.conn)
    assert "kingfischer" not in terms and "kingfisher" not in terms
    assert journal.check() == []


@pytest.mark.parametrize("order", ORDERS)
def test_the_match_is_marked_where_it_is_when_folding_both_adds_and_drops_characters(
    journal: Journal, order: str
) -> None:
    """A "ß" folds to two characters and a "q" with a combining accent (no precomposed form) to one
    fewer: the folded note is as long as the note, but its characters between those two sit
    one place off. The word marked is still the word found."""
    note = "Straße wut q\u0301 x"
    save_session(journal, {"listen": note})
    (hit,) = journal.search.run("wut", order=order)
    assert "".join(text for text, _ in hit.snippet) == note
    assert [text for text, marked in hit.snippet if marked] == ["wut"]
