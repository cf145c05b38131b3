"""The clinical-detail check: the shipped list, what it points out, and its false alarms (none on
the demo notes and on ordinary supporter phrases)."""

from __future__ import annotations

import itertools
import logging

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from peerdesk.assets import asset
from peerdesk.clinical import (
    DIAGNOSIS,
    KINDS,
    MEDICATION,
    PROCEDURE,
    TERMS_ASSET,
    ClinicalTerm,
    find_clinical_terms,
    parse_terms,
    shipped_terms,
)
from peerdesk.demo import fill
from peerdesk.errors import InvalidInput
from peerdesk.journal import Journal
from tests.support.supporter_phrases import ORDINARY_PHRASES


def found(text: str) -> list[tuple[str, str]]:
    return [(text[t.start : t.end], t.kind) for t in find_clinical_terms(text)]


# --- The shipped list ----------------------------------------------------------------------------


def test_the_shipped_list_holds_a_few_hundred_terms_of_every_kind() -> None:
    source = asset(TERMS_ASSET).read_text(encoding="utf-8")
    header = source.split("\n[", 1)[0]
    assert "What it is for" in header and "How to add a term" in header
    terms = shipped_terms()
    assert 300 <= terms.size <= 800
    for kind in KINDS:
        assert f"\n[{kind}]\n" in source
    assert {kind for _text, kind in found("PTSD, an appendectomy and sertraline")} == set(KINDS)


# --- False alarms: none --------------------------------------------------------------------------


def test_there_are_at_least_forty_ordinary_phrases() -> None:
    assert len(set(ORDINARY_PHRASES)) >= 40


@pytest.mark.parametrize("phrase", ORDINARY_PHRASES)
def test_ordinary_supporter_phrases_raise_no_alarm(phrase: str) -> None:
    assert found(phrase) == []


def test_the_demo_notes_raise_no_alarm(journal: Journal) -> None:
    """Every note and follow-up plan the demo generator writes (into a real journal)."""
    fill(journal, 400, seed=11)
    notes = [row[0] for row in journal.conn.execute("SELECT DISTINCT text FROM notes")]
    plans = [
        row[0]
        for row in journal.conn.execute("SELECT DISTINCT followup_plan FROM sessions")
        if row[0]
    ]
    assert len(notes) >= 15 and plans
    assert {text: found(text) for text in notes + plans if found(text)} == {}


# --- What it points out --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "She was diagnosed with PTSD last year.",
            [("diagnosed with", DIAGNOSIS), ("PTSD", DIAGNOSIS)],
        ),
        (
            "Has been on sertraline 50mg since spring.",
            [("sertraline", MEDICATION), ("50mg", MEDICATION)],
        ),
        (
            "The patient died of sepsis after the appendectomy.",
            [("sepsis", DIAGNOSIS), ("appendectomy", PROCEDURE)],
        ),
        ("Takes Xanax to get to sleep.", [("Xanax", MEDICATION)]),
        ("Lorazepam 2 mg at night", [("Lorazepam", MEDICATION), ("2 mg", MEDICATION)]),
        ("History of bipolar disorder.", [("bipolar disorder", DIAGNOSIS)]),
        ("Her father has Alzheimer's disease.", [("Alzheimer's", DIAGNOSIS)]),
        ("The baby was delivered by C-section.", [("C-section", PROCEDURE)]),
        ("Wrong dose of heparin on the ward.", [("heparin", MEDICATION)]),
        ("Her mother's cancer came back.", [("cancer", DIAGNOSIS)]),
        (
            "Off work with post-traumatic stress disorder.",
            [("post-traumatic stress disorder", DIAGNOSIS)],
        ),
        ("Mentioned self-harm in her teens.", [("self-harm", DIAGNOSIS)]),
        (
            "Started on SSRIs and beta-blockers.",
            [("SSRIs", MEDICATION), ("beta-blockers", MEDICATION)],
        ),
        ("Two biopsies and an MRI.", [("biopsies", PROCEDURE), ("MRI", PROCEDURE)]),
        ("She had a miscarriage in May.", [("miscarriage", DIAGNOSIS)]),
        ("CPR for forty minutes, then intubated.", [("CPR", PROCEDURE), ("intubated", PROCEDURE)]),
        ("Crohn’s since school", [("Crohn’s", DIAGNOSIS)]),
        ("kidney\nstones again", [("kidney\nstones", DIAGNOSIS)]),
    ],
)
def test_clinical_words_are_pointed_out(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "match"),
    [
        ("SEPSIS", "SEPSIS"),
        ("Sépsis", "Sépsis"),
        ("ＰＴＳＤ", "ＰＴＳＤ"),
        ("pneumoni\u0301a, twice", "pneumoni\u0301a"),  # the accent stays with its word
        ("Straße, then sepsis", "sepsis"),  # folding lengthens the text before it
        ("ﬁbromyalgia", "ﬁbromyalgia"),
    ],
)
def test_case_accents_width_and_ligatures_are_folded(text: str, match: str) -> None:
    assert [m for m, _kind in found(text)] == [match]


@pytest.mark.parametrize(
    "text",
    [
        "a stomach ache",  # holds "stoma"
        "a comma here",
        "benzoic acid",
        "mgmt meeting",
        "the C diffusion",
        "kidney, stones",  # the comma ends the phrase
        "the lithiumish glow",
    ],
)
def test_only_whole_words_and_phrases_count(text: str) -> None:
    assert found(text) == []


def test_everyday_phrases_hide_the_clinical_word_inside_them() -> None:
    assert found("A miscarriage of justice, she said.") == []
    assert found("A miscarriage of justice, and then a miscarriage.") == [
        ("miscarriage", DIAGNOSIS)
    ]


def test_the_longest_term_wins() -> None:
    assert found("obsessive compulsive disorder") == [("obsessive compulsive disorder", DIAGNOSIS)]
    assert found("obsessive compulsive traits") == [("obsessive compulsive", DIAGNOSIS)]


# --- The list file -----------------------------------------------------------------------------


def test_a_list_is_read_from_its_sections() -> None:
    terms = parse_terms(
        "# a comment\n[medication]\nFoo-Bar\n\n[procedure]\nbaz\n[everyday]\nfoo bar none\n"
    )
    assert terms.size == 3
    assert find_clinical_terms("FOO BARS and bazes, foo bar none", terms) == [
        ClinicalTerm(0, 8, MEDICATION),
        ClinicalTerm(13, 18, PROCEDURE),
    ]
    assert find_clinical_terms("sepsis", parse_terms("")) == []


@pytest.mark.parametrize(
    ("source", "line"),
    [
        ("[diagnoses]\nsepsis\n", 1),
        ("# header\nsepsis\n", 2),
        ("[diagnosis]\nsepsis\n--\n", 3),
    ],
)
def test_a_broken_list_names_the_line(source: str, line: int) -> None:
    with pytest.raises(InvalidInput) as raised:
        parse_terms(source)
    assert raised.value.field == "clinical_terms"
    assert str(raised.value).startswith(f"line {line}:")


# --- Safe on anything ----------------------------------------------------------------------------


@settings(max_examples=300, deadline=None)
@given(
    text=st.text(max_size=600)
    | st.lists(
        st.sampled_from(
            ["sepsis", "Straße", "e\u0301", " ", "-", "'s", "ﬁ", "kidney", "stones", "\n", "50mg"]
        ),
        max_size=60,
    ).map("".join)
)
def test_any_text_gives_sorted_spans_inside_it(text: str) -> None:
    spans = find_clinical_terms(text)
    assert spans == sorted(spans)
    for term in spans:
        assert 0 <= term.start < term.end <= len(text) and term.kind in KINDS
    for before, after in itertools.pairwise(spans):
        assert before.end <= after.start


def test_the_check_logs_nothing(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    assert found("Jo is on sertraline since the appendectomy")
    assert caplog.records == []


def test_a_term_is_found_where_it_is_when_folding_both_adds_and_drops_characters() -> None:
    """A "ß" folds to two characters and a "q" with a combining accent to one fewer: the span of
    a term between them still covers the term as written."""
    text = "Straße sertraline q\u0301 x"
    (found,) = find_clinical_terms(text)
    assert text[found.start : found.end] == "sertraline"
