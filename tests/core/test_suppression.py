"""No held-back count in a report or a program total can be worked out from what is shown.

The tests read an exported report the way a curious reader would: they take the written values
(``17``, ``0``, ``x``; ``<5`` in older reports; in program totals also ``13–16``, ``≥17``),
write down every linear relation the report format documents (the months, kinds, modes and
outcomes all add up to the contacts; the months of conversations add up to the accepted outreach
plus the contacts with no outcome; a count "of" another is at most that one), and subtract until
nothing changes. The reader here is written independently of :mod:`peerdesk.suppression`. Every
held-back cell must be left a range of at least two values, and every group whose total the
reader knows must hold none or at least two held-back cells. (A reader who also replays
PeerDesk's rules is in tests/core/test_report_replay.py.)
"""

from __future__ import annotations

import csv
import io
import math
import re
from collections.abc import Mapping
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from peerdesk import report
from peerdesk.flow import HANDOUT, MENTIONED, REFERRED
from peerdesk.insights import (
    NOT_RECORDED,
    Count,
    Insights,
    Month,
    MonthFigures,
    Period,
    compute,
)
from peerdesk.journal import Journal
from peerdesk.report import build, combine, parse, read_csv, write_csv
from peerdesk.sessions import FINISHED, Session
from tests.core.test_insights import TODAY
from tests.core.test_insights import populate as populate_journal

Key = tuple[str, str, str]
PERIOD = Period.parse("2025-12", "2026-11")
C = ("total", "", "contacts")  # the period's contacts: no line shows it, every reader knows it
V = ("total", "", "conversations")
ADDITIVE = ("contact_kind", "mode", "outreach_outcome")
AT_MOST_CONTACTS = ("event", "driver", "referral")
_RANGE = re.compile(r"^(\d+)–(\d+)$")


# --- the reader -----------------------------------------------------------------------------------


def reader_bounds(value: str, threshold: int, combined: bool) -> tuple[float, float, bool]:
    """What a written value tells: (low, high, is it held back)."""
    if value == "x":
        return 0, math.inf, True
    if value.startswith("<"):
        assert value == f"<{threshold}"
        return (0 if combined else 1), threshold - 1, True
    if value.startswith("≤"):
        return 0, int(value[1:]), True
    if value.startswith("≥"):
        return int(value[1:]), math.inf, False
    if match := _RANGE.match(value):
        return int(match.group(1)), int(match.group(2)), False
    return int(value), int(value), False


def reader_relations(keys: list[Key]) -> tuple[list[tuple[list[Key], Key]], list[tuple[Key, Key]]]:
    """(groups: parts that add up to a total, pairs: a part that is at most a whole)."""
    months = sorted({k[1] for k in keys if k[1]})
    present = set(keys)
    sections = {k[0] for k in keys}

    def items(section: str) -> list[Key]:
        return [k for k in keys if k[0] == section]

    groups = [
        ([("contacts", m, "all") for m in months], C),
        ([("conversations", m, "all") for m in months], V),
    ]
    groups += [(items(s), C) for s in ADDITIVE if s in sections]
    if "outreach_outcome" in sections:
        talked = [("outreach_outcome", "", "accepted"), ("outreach_outcome", "", NOT_RECORDED)]
        groups.append(([k for k in talked if k in present], V))
    pairs = [(("conversations", m, "all"), ("contacts", m, "all")) for m in months]
    pairs += [(("followups_completed", m, "all"), ("followups_due", m, "all")) for m in months]
    pairs.append((("conversations_with_referral", "", "all"), V))
    pairs.append((("conversations_with_mention", "", "all"), V))
    pairs.append((("conversations_with_handout", "", "all"), V))
    pairs += [(k, C) for s in AT_MOST_CONTACTS for k in items(s)]
    return groups, [p for p in pairs if p[0] in present]


class Reader:
    """Everything a reader can work out from one table of written values."""

    def __init__(self, values: Mapping[Key, str], threshold: int, combined: bool = False) -> None:
        self.values = dict(values)
        self.threshold = threshold
        self.combined = combined
        self.low: dict[Key, float] = {C: 0, V: 0}
        self.high: dict[Key, float] = {C: math.inf, V: math.inf}
        self.held: set[Key] = set()
        for key, value in values.items():
            low, high, held = reader_bounds(value, threshold, combined)
            self.low[key], self.high[key] = low, high
            if held:
                self.held.add(key)
        self.groups, self.pairs = reader_relations(list(values))
        # Every conversation with a referral names at least one type of referral, so the
        # referral counts add up to at least the conversations with a referral.
        self.covers = [
            ([k for k in values if k[0] == "referral"], ("conversations_with_referral", "", "all"))
        ]
        self.covers = [(parts, whole) for parts, whole in self.covers if whole in values]
        self._subtract()

    def _tighten(self, key: Key, low: float, high: float) -> bool:
        low, high = max(self.low[key], low), min(self.high[key], high)
        assert low <= high, f"the written figures contradict each other at {key}"
        changed = (low, high) != (self.low[key], self.high[key])
        self.low[key], self.high[key] = low, high
        return changed

    def _subtract(self) -> None:
        for _ in range(1000):
            changed = False
            for parts, total in self.groups:
                parts_low = sum(self.low[p] for p in parts)
                parts_high = sum(self.high[p] for p in parts)
                changed |= self._tighten(total, parts_low, parts_high)
                for p in parts:
                    others_low = sum(self.low[o] for o in parts if o != p)
                    others_high = sum(self.high[o] for o in parts if o != p)
                    changed |= self._tighten(
                        p, self.low[total] - others_high, self.high[total] - others_low
                    )
            for part, whole in self.pairs:
                changed |= self._tighten(part, 0, self.high[whole])
                changed |= self._tighten(whole, self.low[part], math.inf)
            for parts, whole in self.covers:
                changed |= self._tighten(whole, 0, sum(self.high[p] for p in parts))
                for p in parts:
                    others_high = sum(self.high[o] for o in parts if o != p)
                    changed |= self._tighten(p, self.low[whole] - others_high, math.inf)
            if not changed:
                return
        raise AssertionError("the subtraction never settles")

    def pinned(self) -> dict[Key, float]:
        """Held-back cells the reader can name: key and value."""
        return {k: self.low[k] for k in self.held if self.low[k] == self.high[k]}

    def lone_cells(self) -> list[tuple[Key, list[Key]]]:
        """Groups with a known total and exactly one held-back cell."""
        out = []
        for parts, total in self.groups:
            held = [p for p in parts if p in self.held]
            if self.low[total] == self.high[total] and len(held) == 1:
                out.append((total, held))
        return out


def csv_values(text: str) -> tuple[dict[Key, str], int]:
    rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff"))))
    meta = {(r[0], r[2]): r[4] for r in rows[1:5]}
    values = {(r[0], r[1], r[2]): r[4] for r in rows[5:] if r[0] != "supporter_minutes"}
    return values, int(meta[("suppression", "below")])


def shown_values(made: report.Report) -> dict[Key, str]:
    return {
        (li.section, li.month, li.item): made.shown(li)
        for li in made.lines
        if li.section != "supporter_minutes"
    }


def assert_nothing_can_be_worked_out(reader: Reader, truth: Mapping[Key, int] | None) -> None:
    assert reader.pinned() == {}, "held-back counts worked out by subtraction"
    for total, (cell,) in reader.lone_cells():
        # A lone held-back cell beside a known total is only safe when the other cells are
        # ranges themselves (a program total); in one report every shown count is exact.
        assert reader.combined, (total, cell)
        assert reader.low[cell] < reader.high[cell]
    if truth is not None:  # the reader reasons soundly: the true counts fit what it derived
        for key, count in truth.items():
            assert reader.low[key] <= count <= reader.high[key], key


def true_counts(figures: Insights) -> dict[Key, int]:
    """Every count of ``figures`` under the report's keys (as built, before suppression)."""
    exact = build_unsuppressed(figures)
    return {(li.section, li.month, li.item): li.cell.low for li in exact}


def build_unsuppressed(figures: Insights) -> tuple[report.Line, ...]:
    """The report's lines with every count written out (threshold 1 is below the minimum, so
    this goes through :func:`report.published` with a threshold of 0 by hand)."""
    lines = []
    for m in figures.months:
        for section, count in (
            ("contacts", m.contacts),
            ("conversations", m.conversations),
            ("followups_due", m.followups_due),
            ("followups_completed", m.followups_completed),
        ):
            lines.append(report.Line(section, str(m.month), "all", "", report.Cell(count, count)))
    for section, n in (
        ("conversations_with_referral", figures.conversations_with_referral),
        ("conversations_with_mention", figures.conversations_with_mention),
        ("conversations_with_handout", figures.conversations_with_handout),
    ):
        lines.append(report.Line(section, "", "all", "", report.Cell(n, n)))
    for section, counts in (
        ("contact_kind", figures.contact_kinds),
        ("mode", figures.modes),
        ("outreach_outcome", figures.outcomes),
        ("event", figures.events),
        ("driver", figures.drivers),
        ("referral", figures.referrals),
    ):
        found = {c.id: c.count for c in counts}
        if section == "event":
            found[report.CUSTOM] = figures.contacts_with_custom_event
        if section == "driver":
            found[report.CUSTOM] = figures.contacts_with_custom_driver
        for s, item in report.LABELS:
            if s == section:
                count = found.get(item, 0)
                lines.append(report.Line(section, "", item, "", report.Cell(count, count)))
    return tuple(lines)


# --- (c) the case from the issue ----------------------------------------------------------------


def _outreach(journal: Journal, outcomes: dict[str | None, int], day: date) -> None:
    peer = journal.peers.add("Solo").id
    for outcome, n in outcomes.items():
        for _ in range(n):
            journal.sessions.save(
                Session(
                    held_on=day,
                    status=FINISHED,
                    peer_id=peer,
                    contact_kind="proactive_outreach",
                    mode="phone",
                    outreach_outcome=outcome,
                )
            )


def test_the_declined_count_of_the_issue_cannot_be_worked_out(
    journal: Journal, tmp_path: Path
) -> None:
    # 20 contacts in one month: 13 accepted, 1 declined, 6 not answered. Before, the report
    # showed contacts 20, accepted 13, declined <5, no answer 6: 20 - 13 - 6 = 1.
    _outreach(journal, {"accepted": 13, "declined": 1, "no_answer": 6}, date(2026, 10, 5))
    period = Period.parse("2026-10", "2026-10")
    target = tmp_path / "report.csv"
    write_csv(build(compute(journal.conn, period, TODAY)), target)
    values, threshold = csv_values(target.read_bytes().decode("utf-8"))
    assert values[("outreach_outcome", "", "declined")] == "x"
    assert values[("contacts", "2026-10", "all")] == "20"  # the total is still shown
    reader = Reader(values, threshold)
    declined = ("outreach_outcome", "", "declined")
    assert reader.high[declined] > reader.low[declined]
    assert_nothing_can_be_worked_out(
        reader, {declined: 1, ("outreach_outcome", "", "no_answer"): 6}
    )
    assert read_csv(target).cell("outreach_outcome", "declined").low <= 1  # reads back


def test_the_referral_counts_cannot_be_worked_out_from_the_conversations_with_one(
    journal: Journal, tmp_path: Path
) -> None:
    # 8 conversations with a referral: 4 to the EAP, 4 to legal support, none of another type.
    # Before, the report showed "with a referral 8", both types "<5" and the others 0: every
    # one of the 8 names a type, so EAP + legal >= 8 with each at most 4 gives 4 and 4.
    peer = journal.peers.add("Solo").id
    for n, referrals in enumerate([["eap"]] * 4 + [["legal_support"]] * 4 + [[]] * 40):
        # Mentions and handouts beside them are no referral and give none away.
        others = {"crisis_line": MENTIONED if n % 3 else HANDOUT} if n % 5 else {}
        journal.sessions.save(
            Session(
                held_on=date(2026, 10, 1 + n % 28),
                status=FINISHED,
                peer_id=peer,
                contact_kind="peer_asked",
                referral_marks={**others, **dict.fromkeys(referrals, REFERRED)},
            )
        )
    target = tmp_path / "report.csv"
    write_csv(build(compute(journal.conn, Period.parse("2026-10", "2026-10"), TODAY)), target)
    values, threshold = csv_values(target.read_bytes().decode("utf-8"))
    assert values[("referral", "", "eap")] == "x"
    truth = {("referral", "", "eap"): 4, ("referral", "", "legal_support"): 4}
    assert_nothing_can_be_worked_out(Reader(values, threshold), truth)


# --- (a) every relation of the real exported report ---------------------------------------------


@pytest.fixture
def full(journal: Journal) -> Journal:
    populate_journal(journal)
    return journal


@pytest.mark.parametrize("threshold", [3, 5, 8, 11, 20])
def test_no_count_of_a_real_report_can_be_worked_out(
    full: Journal, tmp_path: Path, threshold: int
) -> None:
    figures = compute(full.conn, PERIOD, TODAY)
    target = tmp_path / "report.csv"
    write_csv(build(figures, threshold), target)
    values, written_threshold = csv_values(target.read_bytes().decode("utf-8"))
    assert written_threshold == threshold
    truth = true_counts(figures)
    reader = Reader(values, threshold)
    assert_nothing_can_be_worked_out(reader, truth)
    # Something is held back, and the report still says something.
    assert report.HELD in values.values()
    assert any(v.isdigit() and v != "0" for v in values.values())


@pytest.mark.parametrize("threshold", [5, 11])
def test_no_count_of_a_program_total_can_be_worked_out(full: Journal, threshold: int) -> None:
    one = build(compute(full.conn, PERIOD, TODAY), threshold)
    other = build(compute(full.conn, Period.parse("2026-03", "2026-11"), TODAY), 3)
    combined = combine([parse(one.csv_text()), parse(other.csv_text())], threshold)
    reader = Reader(shown_values(combined), combined.threshold, combined=True)
    assert_nothing_can_be_worked_out(reader, None)


# --- (b) random tables --------------------------------------------------------------------------


def _split(draw: st.DrawFn, total: int, parts: int) -> list[int]:
    """``total`` cut into ``parts`` counts, often with small ones."""
    out = []
    left = total
    for _ in range(parts - 1):
        take = draw(st.one_of(st.integers(0, min(left, 4)), st.integers(0, left)))
        out.append(take)
        left -= take
    out.append(left)
    return draw(st.permutations(out))


@st.composite
def random_figures(draw: st.DrawFn) -> Insights:
    length = draw(st.integers(1, 14))
    first = Month(2025, draw(st.integers(1, 12)))
    period = Period(first, first.plus(length - 1))
    small = st.one_of(st.integers(0, 6), st.integers(0, 40))
    months = []
    for month in period.months():
        contacts = draw(small)
        due = draw(small)
        months.append(
            MonthFigures(
                month,
                contacts,
                draw(st.integers(0, contacts)),
                draw(st.integers(0, 900)),
                due,
                draw(st.integers(0, due)),
                0,
                None,
            )
        )
    total = sum(m.contacts for m in months)
    talked = sum(m.conversations for m in months)

    def counts(ids: list[str], values: list[int]) -> tuple[Count, ...]:
        return tuple(Count(i, i, n) for i, n in zip(ids, values, strict=True))

    def vocabulary(section: str) -> list[str]:
        return [item for s, item in report.LABELS if s == section and item != report.CUSTOM]

    accepted, not_recorded = _split(draw, talked, 2)
    declined, no_answer, later = _split(draw, total - talked, 3)
    outcome_counts = {
        "accepted": accepted,
        "declined": declined,
        "no_answer": no_answer,
        "later": later,
        NOT_RECORDED: not_recorded,
    }
    kinds, modes = vocabulary("contact_kind"), vocabulary("mode")
    tags = {s: vocabulary(s) for s in AT_MOST_CONTACTS}
    referrals = [draw(st.integers(0, total)) for _ in tags["referral"]]
    return Insights(
        period=period,
        months=tuple(months),
        contact_kinds=counts(kinds, _split(draw, total, len(kinds))),
        modes=counts(modes, _split(draw, total, len(modes))),
        outcomes=counts(list(outcome_counts), list(outcome_counts.values())),
        events=counts(tags["event"], [draw(st.integers(0, total)) for _ in tags["event"]]),
        drivers=counts(tags["driver"], [draw(st.integers(0, total)) for _ in tags["driver"]]),
        referrals=counts(tags["referral"], referrals),
        conversations_with_referral=draw(st.integers(0, min(talked, sum(referrals)))),
        conversations_with_mention=draw(st.integers(0, talked)),
        conversations_with_handout=draw(st.integers(0, talked)),
        followups_cancelled=0,
        followups_overdue=0,
        median_days_to_followup=None,
        contacts_with_custom_event=draw(st.integers(0, total)),
        contacts_with_custom_driver=draw(st.integers(0, total)),
    )


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(random_figures(), st.integers(3, 12))
def test_no_count_of_a_random_report_can_be_worked_out(figures: Insights, threshold: int) -> None:
    made = build(figures, threshold)
    text = made.csv_text()
    values, _t = csv_values(text)
    truth = true_counts(figures)
    for key, count in truth.items():  # small counts are never written
        if 0 < count < threshold:
            assert values[key] == "x", key
        elif values[key] != "x":
            assert values[key] == str(count), key
    assert_nothing_can_be_worked_out(Reader(values, threshold), truth)
    # Month totals too: the whole-period row of the PDF is the sum of what the months show.
    assert parse(text) == made
    contacts = made.total("contacts")
    assert contacts.low <= sum(m.contacts for m in figures.months) <= contacts.high


@pytest.mark.slow
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(random_figures(), min_size=1, max_size=3), st.integers(3, 12))
def test_no_count_of_a_random_program_total_can_be_worked_out(
    many: list[Insights], threshold: int
) -> None:
    reports = [parse(build(f, threshold).csv_text()) for f in many]
    combined = combine(reports, threshold)
    reader = Reader(shown_values(combined), combined.threshold, combined=True)
    assert_nothing_can_be_worked_out(reader, None)
    for line in combined.lines:  # the combined ranges hold the true sums
        key = (line.section, line.month, line.item)
        if line.section in report.UNSUPPRESSED:
            continue
        true = sum(true_counts(f).get(key, 0) for f in many)
        assert line.cell.low <= true <= line.cell.high, key
