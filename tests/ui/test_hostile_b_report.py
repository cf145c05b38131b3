"""Hostile tests of the report's promise (assets/threat-model.md, "Reports read by subtraction"):
"no held-back number can be worked out from the totals and the numbers shown".

A reader of the CSV knows the published rules (README, assets/report-format.md). Format version
3 wrote a count from 1 to 4 as ``<5`` and a count held back to protect another one as ``x``, so an
``x`` was known not to be small, and a reader who replayed PeerDesk's deterministic rules on every
candidate journal learnt more than PeerDesk's own model of that reader ("an ``x`` is any count of
0 or more"). Version 4 writes every held-back count ``x``, picks the counts held back beside a
small one by where they are written (never by their size), and holds back at a higher threshold
everything a lower one holds back; these tests now check the attacks fail.
"""

from __future__ import annotations

import argparse
import csv
import io
import itertools
from datetime import date
from pathlib import Path

from peerdesk import report, suppression
from peerdesk.commands.export_report import add_parser, run
from peerdesk.journal import Journal
from peerdesk.sessions import FINISHED, Session
from peerdesk.vault import Vault

THRESHOLD = 5


def _export(
    vault: Vault, target: Path, threshold: int = THRESHOLD
) -> dict[tuple[str, str, str], str]:
    """``peerdesk export-report`` for January and February 2026; the CSV as section, month,
    item -> written value."""
    parser = argparse.ArgumentParser(prog="peerdesk")
    add_parser(parser.add_subparsers(dest="command"))
    argv = ["--from", "2026-01", "--to", "2026-02", "--out", str(target)]
    args = parser.parse_args(["export-report", *argv, "--threshold", str(threshold)])
    out, err = io.StringIO(), io.StringIO()
    assert run(args, vault, out, err) == 0, err.getvalue()
    rows = list(csv.reader(io.StringIO(target.read_text("utf-8-sig"))))
    return {(r[0], r[1], r[2]): r[4] for r in rows[1:] if r[0] in report.SECTIONS}


def _sessions(journal: Journal, per_month: dict[int, int]) -> None:
    peer = journal.peers.add("Solo").id
    for month, n in per_month.items():
        for i in range(n):
            journal.sessions.save(
                Session(
                    held_on=date(2026, month, 1 + i),
                    status=FINISHED,
                    peer_id=peer,
                    contact_kind="peer_asked",
                    outreach_outcome="accepted",
                )
            )


def _candidates(
    table: dict[tuple[str, str, str], str], unknown_range: range
) -> list[dict[tuple[str, str, str], int]]:
    """Every journal a reader cannot tell apart from the published ``table``: exact counts for
    the cells written ``<5`` or ``x`` that agree with every relation PeerDesk itself says a
    reader knows, and that PeerDesk's own rules would publish exactly as ``table``."""
    keys = list(table)
    unknown = [k for k in keys if not table[k].isdigit()]
    found = []
    for values in itertools.product(unknown_range, repeat=len(unknown)):
        guess = dict(zip(unknown, values, strict=True))
        exact = {k: int(table[k]) if k not in guess else guess[k] for k in keys}
        bounds: dict[tuple[str, str, str], suppression.Bound] = {
            k: (v, v) for k, v in exact.items()
        }
        try:
            suppression.derive(bounds, report.relations(keys))
        except suppression.Inconsistent:
            continue
        lines = [report.Line(k[0], k[1], k[2], "", report.Cell(v, v)) for k, v in exact.items()]
        again = report.protect(lines, THRESHOLD)
        written = {
            (li.section, li.month, li.item): report.shown(li.cell, THRESHOLD, li.section)
            for li in again
        }
        if written == table:
            found.append(guess)
    return found


def test_a_month_held_back_as_x_cannot_be_worked_out_by_replaying_the_rules(
    vault: Vault, journal: Journal, tmp_path: Path
) -> None:
    """One conversation in January, five in February, all of one kind. Version 3 wrote
    January as ``<5`` and February as ``x``; the kinds add up to 6. A reader who tried every
    journal that fits those figures, and wrote its report by PeerDesk's published rules, found
    that only January = 1 gave that file: the held-back count was worked out exactly."""
    _sessions(journal, {1: 1, 2: 5})
    vault.lock()
    table = _export(vault, tmp_path / "r.csv")
    january = ("contacts", "2026-01", "all")
    assert table[january] == report.HELD  # held back, as promised
    fits = _candidates(table, range(7))
    assert fits, "the true journal itself fits the report"
    januaries = sorted({guess[january] for guess in fits})
    assert len(januaries) > 1, (
        f"January's held-back contact count is worked out from the report: it can only be "
        f"{januaries}"
    )


def test_an_x_is_known_not_to_be_a_small_count(
    vault: Vault, journal: Journal, tmp_path: Path
) -> None:
    """The same report read without replaying anything, only with the README's words. In
    version 3 a count from 1 to 4 was always written ``<5``, so an ``x`` was 0 or at least 5:
    with the kinds adding up to 6, January (``<5``) + February (``x``) = 6 left February = 5 and
    January = 1. Now both are written ``x``; the reader knows only that at least one of the two
    is a small count (else nothing would be held back)."""
    _sessions(journal, {1: 1, 2: 5})
    vault.lock()
    table = _export(vault, tmp_path / "r.csv")
    total = sum(int(v) for (section, _m, _i), v in table.items() if section == "contact_kind")
    january, february = table[("contacts", "2026-01", "all")], table[("contacts", "2026-02", "all")]
    assert (january, february, total) == (report.HELD, report.HELD, 6)
    possible = {
        jan
        for jan in range(total + 1)  # an x is any count of 0 or more
        if 1 <= jan < THRESHOLD or 1 <= total - jan < THRESHOLD  # one of them is small
    }
    assert len(possible) > 1, f"January's held-back count can only be {sorted(possible)}"


def _bounds(written: str) -> tuple[int, float]:
    """What a reader learns of one figure, in PeerDesk's own terms: an exact count, ``<T`` = 1
    to T - 1 (version 3), ``x`` = any count of 0 or more."""
    if written == report.HELD:
        return (0, float("inf"))
    if written.startswith("<"):
        return (1, int(written[1:]) - 1)
    return (int(written), int(written))


def test_two_thresholds_of_the_same_period_give_away_a_small_count(
    vault: Vault, journal: Journal, tmp_path: Path
) -> None:
    """The threat model admits that reports over *overlapping periods* can be compared; it
    says nothing of the same period sent at two thresholds (the program asks again for
    ``--threshold 10``; README: "the threshold can be raised"). 24 conversations in January:
    4 by phone, 9 in person, 11 by video. In version 3, at 5 the report wrote phone ``<5`` and
    held in person back as ``x``; at 10 it wrote in person ``<10``. Together, with the 24
    contacts every kind adds up to: phone = 24 - 11 - in person >= 24 - 11 - 9 = 4, so phone was
    4. Now the report at 10 holds back everything the one at 5 does. Only PeerDesk's own model
    of the reader is used (an ``x`` is any count of 0 or more)."""
    peer = journal.peers.add("Solo").id
    modes = ["phone"] * 4 + ["in_person"] * 9 + ["video"] * 11
    for i, mode in enumerate(modes):
        journal.sessions.save(
            Session(
                held_on=date(2026, 1, 1 + i),
                status=FINISHED,
                peer_id=peer,
                contact_kind="peer_asked",
                outreach_outcome="accepted",
                mode=mode,
            )
        )
    vault.lock()
    at_5 = _export(vault, tmp_path / "at-5.csv", 5)
    at_10 = _export(vault, tmp_path / "at-10.csv", 10)
    phone = ("mode", "", "phone")
    assert (at_5[phone], at_10[phone]) == (report.HELD, report.HELD)  # each holds it back
    held_at_5 = {key for key, value in at_5.items() if value == report.HELD}
    held_at_10 = {key for key, value in at_10.items() if value == report.HELD}
    assert held_at_5 <= held_at_10, "the report at 10 shows a count the one at 5 held back"
    total = sum(int(v) for (section, _m, _i), v in at_5.items() if section == "contact_kind")
    known = {}
    for key in at_5:
        if key[0] == "mode":
            low_5, high_5 = _bounds(at_5[key])
            low_10, high_10 = _bounds(at_10[key])
            known[key] = (max(low_5, low_10), min(high_5, high_10))
    known[phone] = (1, THRESHOLD - 1)  # the reader even knows phone is the small count
    others = [k for k in known if k != phone]
    low_rest = sum(known[k][0] for k in others)
    high_rest = sum(known[k][1] for k in others)
    possible = [
        n
        for n in range(known[phone][0], int(known[phone][1]) + 1)
        if total - high_rest <= n <= total - low_rest
    ]
    assert len(possible) > 1, (
        f"the two reports together give the phone count away: it can only be {possible} "
        f"(at 5: {at_5[phone]}, in person {at_5[('mode', '', 'in_person')]}; at 10: "
        f"{at_10[phone]}, in person {at_10[('mode', '', 'in_person')]}; {total} contacts)"
    )
