"""A reader who knows PeerDesk's rules cannot pin a held-back count (assets/threat-model.md,
"Reports read by subtraction").

The reader here is stronger than the one of tests/core/test_suppression.py: besides every
relation the format documents, it knows the whole algorithm (which counts are small, how the
further cells are picked, the threshold steps) and replays it on any table of counts it can
imagine. A held-back count is safe when a *second* table of counts, different in that cell,
keeps every relation and is published exactly the same way. The tests look for such a witness
near the true counts (one count more or less, one moved from a held-back cell to another, one
contact more or less with any kind, mode and outcome); finding it proves the cell has at least
two possible values. A witness has the same shown counts, so it is found only among changes to
held-back cells.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator, Mapping, Sequence

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from peerdesk import report, suppression
from peerdesk.insights import NOT_RECORDED

Key = tuple[str, str, str]
Counts = dict[Key, int]
MONTHS = ("2026-01", "2026-02")
TALKED = ("accepted", NOT_RECORDED)  # the outcomes that are a conversation


def _items(section: str) -> list[str]:
    return [item for s, item in report.LABELS if s == section]


KINDS, MODES, OUTCOMES = _items("contact_kind"), _items("mode"), _items("outreach_outcome")
REFERRALS = ("eap", "other")
MONTHLY = ("contacts", "conversations", "followups_due", "followups_completed")
MENTION = ("conversations_with_mention", "", report.ALL)
EVENT = ("event", "", "adverse_event_or_error")
KEYS: list[Key] = [
    *((section, month, report.ALL) for section in MONTHLY for month in MONTHS),
    ("conversations_with_referral", "", report.ALL),
    MENTION,
    *(("contact_kind", "", item) for item in KINDS),
    *(("mode", "", item) for item in MODES),
    *(("outreach_outcome", "", item) for item in OUTCOMES),
    *(("referral", "", item) for item in REFERRALS),
    EVENT,
]
RELATIONS = report.relations(KEYS)


def contact_keys(month: str, kind: str, mode: str, outcome: str) -> list[Key]:
    """The cells one contact adds 1 to."""
    keys = [
        ("contacts", month, report.ALL),
        ("contact_kind", "", kind),
        ("mode", "", mode),
        ("outreach_outcome", "", outcome),
    ]
    if outcome in TALKED:
        keys.append(("conversations", month, report.ALL))
    return keys


@st.composite
def journals(draw: st.DrawFn) -> Counts:
    """The counts of a small journal: up to 14 contacts, often of few kinds, modes and outcomes
    (so that small counts and zeros are common), some with referrals, help mentioned or an
    event; and up to 8 follow-ups due a month, some completed."""
    kinds = draw(st.lists(st.sampled_from(KINDS), min_size=1, max_size=3, unique=True))
    modes = draw(st.lists(st.sampled_from(MODES), min_size=1, max_size=2, unique=True))
    outcomes = draw(st.lists(st.sampled_from(OUTCOMES), min_size=1, max_size=3, unique=True))
    counts = dict.fromkeys(KEYS, 0)
    for _ in range(draw(st.integers(0, 14))):
        month = draw(st.sampled_from(MONTHS))
        outcome = draw(st.sampled_from(outcomes))
        for key in contact_keys(
            month, draw(st.sampled_from(kinds)), draw(st.sampled_from(modes)), outcome
        ):
            counts[key] += 1
        if outcome in TALKED and draw(st.integers(0, 3)) == 0:
            counts[("conversations_with_referral", "", report.ALL)] += 1
            for item in draw(st.lists(st.sampled_from(REFERRALS), min_size=1, unique=True)):
                counts[("referral", "", item)] += 1
        if outcome in TALKED and draw(st.booleans()):
            counts[MENTION] += 1
        if draw(st.integers(0, 2)) == 0:
            counts[EVENT] += 1
    for month in MONTHS:
        due = draw(st.integers(0, 8))
        counts[("followups_due", month, report.ALL)] = due
        counts[("followups_completed", month, report.ALL)] = draw(st.integers(0, due))
    return counts


def published(counts: Mapping[Key, int], threshold: int) -> tuple[str, ...]:
    """What the report writes for these counts, by PeerDesk's own rules."""
    lines = [report.Line(*key, "", report.Cell(counts[key], counts[key])) for key in KEYS]
    return tuple(
        report.shown(li.cell, threshold, li.section) for li in report.protect(lines, threshold)
    )


def consistent(counts: Mapping[Key, int]) -> bool:
    """Whether the counts keep every relation the format documents."""
    if min(counts.values()) < 0:
        return False
    try:
        suppression.derive({k: (v, v) for k, v in counts.items()}, RELATIONS)
    except suppression.Inconsistent:
        return False
    return True


def moves(held: Sequence[Key]) -> Iterator[dict[Key, int]]:
    """Small changes to held-back cells only (a shown count must stay as it is): one count
    more or less, one more or less in two cells or moved between them, one contact more or less
    (with a referral or without), one contact of another month, kind, mode or outcome."""
    for key in held:
        yield {key: 1}
        yield {key: -1}
    for a, b in itertools.permutations(held, 2):
        yield {a: 1, b: -1}
        yield {a: 1, b: 1}
        yield {a: -1, b: -1}
    hidden = set(held)
    seen: set[frozenset[tuple[Key, int]]] = set()
    for contact in itertools.product(MONTHS, KINDS, MODES, OUTCOMES):
        before = contact_keys(*contact)
        if hidden.issuperset(before):
            yield dict.fromkeys(before, 1)
            yield dict.fromkeys(before, -1)
        for item in REFERRALS if contact[3] in TALKED else ():
            referred = [
                *before,
                ("conversations_with_referral", "", report.ALL),
                ("referral", "", item),
            ]
            if hidden.issuperset(referred):
                yield dict.fromkeys(referred, 1)
                yield dict.fromkeys(referred, -1)
        for place, choices in enumerate((MONTHS, KINDS, MODES, OUTCOMES)):
            for choice in choices:
                other = list(contact)
                other[place] = choice
                move = dict.fromkeys(contact_keys(*other), 1)
                for key in before:
                    move[key] = move.get(key, 0) - 1
                move = {k: v for k, v in move.items() if v}
                name = frozenset(move.items())
                if move and name not in seen and hidden.issuperset(move):
                    seen.add(name)
                    yield move


def unpinned(counts: Counts, thresholds: Sequence[int]) -> set[Key]:
    """The cells held back at every one of ``thresholds`` for which a witness was found: other
    counts, published the same way at every one of them. (A count one of the reports shows is
    known, whatever the others write.)"""
    tables = [published(counts, t) for t in thresholds]
    held = [key for i, key in enumerate(KEYS) if all(t[i] == report.HELD for t in tables)]
    found: set[Key] = set()

    def witness(move: Mapping[Key, int]) -> None:
        other = {k: v + move.get(k, 0) for k, v in counts.items()}
        if consistent(other) and all(
            published(other, t) == tables[i] for i, t in enumerate(thresholds)
        ):
            found.update(k for k, v in move.items() if v)

    for move in moves(held):
        if not found.issuperset(move):
            witness(move)
        if found.issuperset(held):
            return found
    # One more (or less) of a count that is "of" others, with one of the changes above: help
    # mentioned in one conversation cannot grow without one more conversation.
    for key in [k for k in held if k not in found]:
        for move in moves(held):
            for step in (1, -1):
                if key not in found:
                    witness({**move, key: move.get(key, 0) + step})
    return found


def held_cells(counts: Counts, threshold: int) -> set[Key]:
    table = published(counts, threshold)
    return {key for key, written in zip(KEYS, table, strict=True) if written == report.HELD}


def test_the_issue_case_has_a_witness_for_every_held_back_count() -> None:
    """One contact in January, five in February (test_hostile_b_report.py): January cannot be
    pinned, by anyone who replays the rules."""
    counts = dict.fromkeys(KEYS, 0)
    for month, n in (("2026-01", 1), ("2026-02", 5)):
        for _ in range(n):
            for key in contact_keys(month, "peer_asked", "phone", "accepted"):
                counts[key] += 1
    held = held_cells(counts, 5)
    assert ("contacts", "2026-01", report.ALL) in held
    assert unpinned(counts, [5]) == held


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(journals(), st.integers(3, 7))
def test_no_held_back_count_is_pinned_by_replaying_the_rules(
    counts: Counts, threshold: int
) -> None:
    held = held_cells(counts, threshold)
    small = {k for k, v in counts.items() if 0 < v < threshold}
    assert small <= held, "a small count is written out"
    assert unpinned(counts, [threshold]) == held


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(journals(), st.integers(3, 6), st.integers(1, 6))
def test_two_thresholds_of_one_period_pin_nothing(counts: Counts, low: int, more: int) -> None:
    """The report at the higher threshold holds back everything the lower one does, and
    the two together leave every held-back count two possible values."""
    high = low + more
    assert held_cells(counts, low) <= held_cells(counts, high)
    assert unpinned(counts, [low, high]) == held_cells(counts, low)
