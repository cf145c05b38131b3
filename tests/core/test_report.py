"""De-identified reports: the CSV holds the right counts, nothing identifying, small cells
suppressed (also after combining), and every malformed file is refused naming line and field.

The PDF is checked with pdftotext in tests/ui/test_report_dialog.py (rendering it needs Qt).
"""

from __future__ import annotations

import argparse
import csv
import io
import re
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from peerdesk import report
from peerdesk.commands.export_report import add_parser, run
from peerdesk.errors import InvalidInput, StorageError
from peerdesk.insights import Period, compute
from peerdesk.journal import Journal
from peerdesk.report import (
    Cell,
    ReportInvalid,
    build,
    combine,
    parse,
    published,
    read_csv,
    shown,
    write_csv,
)
from peerdesk.sessions import FINISHED, Session
from peerdesk.vault import Vault
from tests.core.test_insights import TODAY, all_followups, all_sessions, count_independently
from tests.core.test_insights import populate as populate_journal
from tests.support.v2_report import as_version_2

PERIOD = Period.parse("2025-12", "2026-11")
ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
SPELLED_DAY = re.compile(
    r"\b\d{1,2}[ ./-](?:\d{1,2}|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)", re.IGNORECASE
)


@pytest.fixture
def full(journal: Journal) -> Journal:
    populate_journal(journal)
    journal.peers.update(
        journal.peers.all()[0].id, pseudonym=journal.peers.all()[0].pseudonym, contact="ext 4471"
    )
    return journal


def expected_cell(count: int, threshold: int = 5) -> str:
    return str(count) if count == 0 or count >= threshold else report.HELD


def allowed_cells(count: int, threshold: int = 5) -> set[str]:
    """What a report may write for ``count``: the count, or ``x`` when it is small or held back
    with a small one."""
    return {expected_cell(count, threshold), report.HELD}


def csv_table(text: str) -> dict[tuple[str, str, str], str]:
    rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff"))))
    assert rows[0] == list(report.HEADER)
    return {(r[0], r[1], r[2]): r[4] for r in rows[1:]}


# --- the figures ----------------------------------------------------------------------------------


@pytest.mark.parametrize("threshold", [3, 5, 11])
def test_csv_figures_match_an_independent_count(
    full: Journal, tmp_path: Path, threshold: int
) -> None:
    made = build(compute(full.conn, PERIOD, TODAY), threshold)
    target = tmp_path / "report.csv"
    write_csv(made, target)
    table = csv_table(target.read_bytes().decode("utf-8"))
    e = count_independently(full, PERIOD, TODAY)
    assert table[("format", "", "peerdesk-report")] == "4"
    assert table[("period", "", "from")] == "2025-12"
    assert table[("period", "", "to")] == "2026-11"
    assert table[("suppression", "", "below")] == str(threshold)
    for month in PERIOD.months():
        m = str(month)
        assert table[("contacts", m, "all")] in allowed_cells(e.contacts[m], threshold)
        assert table[("conversations", m, "all")] in allowed_cells(e.conversations[m], threshold)
        assert table[("followups_due", m, "all")] in allowed_cells(e.due[m], threshold)
        assert table[("followups_completed", m, "all")] in allowed_cells(e.completed[m], threshold)
        assert table[("supporter_minutes", m, "all")] == str(e.minutes[m])  # never suppressed
    for section, counter in (
        ("contact_kind", e.kinds),
        ("mode", e.modes),
        ("outreach_outcome", e.outcomes),
        ("referral", e.referrals),
    ):
        items = [k for (s, _m, k) in table if s == section]
        assert items, section
        for item in items:
            assert table[(section, "", item)] in allowed_cells(counter[item], threshold), item
    for section, counter, custom in (
        ("event", e.events, e.custom_event),
        ("driver", e.drivers, e.custom_driver),
    ):
        for item in [k for (s, _m, k) in table if s == section]:
            want = custom if item == report.CUSTOM else counter[item]
            assert table[(section, "", item)] in allowed_cells(want, threshold), item
    for section, want in (
        ("conversations_with_referral", e.conversations_with_referral),
        ("conversations_with_mention", e.conversations_with_mention),
        ("conversations_with_handout", e.conversations_with_handout),
    ):
        assert table[(section, "", "all")] in allowed_cells(want, threshold), section


def test_the_csv_holds_nothing_identifying(full: Journal, tmp_path: Path) -> None:
    target = tmp_path / "report.csv"
    write_csv(build(compute(full.conn, PERIOD, TODAY)), target)
    text = target.read_bytes().decode("utf-8")
    folded = text.casefold()
    sessions = all_sessions(full)
    secrets = {p.pseudonym for p in full.peers.all()} | {
        p.contact for p in full.peers.all() if p.contact
    }
    secrets |= {note for s in sessions for note in s.notes.values()}
    secrets |= {s.followup_plan for s in sessions if s.followup_plan}
    secrets |= {f.cancel_reason for f in all_followups(full) if f.cancel_reason}
    secrets |= {"Night shift incident", "Parking trouble"}  # the supporter's own tag wording
    assert len(secrets) > 50
    # Words of the fixed vocabulary's labels ("trouble sleeping") are no one's notes.
    vocabulary = set(re.findall(r"[\w-]+", " ".join(report.LABELS.values()).casefold()))
    for secret in secrets:
        assert secret.casefold() not in folded, secret
        first_word = secret.split()[0].casefold()
        if len(first_word) > 5 and first_word not in {"follow-up"} | vocabulary:
            assert not re.search(rf"\b{re.escape(first_word)}\b", folded), secret
    assert not ISO_DAY.search(text)
    assert not SPELLED_DAY.search(text)
    dates = {s.held_on for s in sessions} | {f.due_on for f in all_followups(full)}
    for day in dates:
        for form in (day.isoformat(), f"{day:%d/%m/%Y}", f"{day:%m/%d/%Y}", f"{day:%Y%m%d}"):
            assert form not in text


def test_custom_tags_are_one_line_without_their_wording(full: Journal) -> None:
    made = build(compute(full.conn, PERIOD, TODAY))
    assert made.cell("event", report.CUSTOM) == Cell(7, 7)
    assert made.cell("driver", report.CUSTOM) == Cell(7, 7)
    items = {li.item for li in made.section("event")}
    assert items == set(report.flow.choice_ids(report.flow.DEFAULT_EVENT_TAGS)) | {"custom"}


# --- suppression --------------------------------------------------------------------------------


def _journal_with(journal: Journal, counts: dict[str, int]) -> None:
    peer = journal.peers.add("Solo").id
    for kind, n in counts.items():
        for i in range(n):
            journal.sessions.save(
                Session(
                    held_on=date(2026, 10, 1 + i),
                    status=FINISHED,
                    peer_id=peer,
                    contact_kind=kind,
                    outreach_outcome="accepted",
                )
            )


@pytest.mark.parametrize(("threshold", "count"), [(5, 1), (5, 4), (3, 2), (5, 5), (3, 3)])
def test_small_cells_are_suppressed(journal: Journal, threshold: int, count: int) -> None:
    _journal_with(journal, {"group": count})
    made = build(compute(journal.conn, Period.parse("2026-10", "2026-10"), TODAY), threshold)
    text = made.csv_text()
    table = csv_table(text)
    want = str(count) if count >= threshold else report.HELD
    assert table[("contact_kind", "", "group")] == want
    assert table[("contacts", "2026-10", "all")] == want
    # A small kind is held back with every kind: a 0 beside it would say which one is small.
    assert table[("contact_kind", "", "peer_asked")] == ("0" if count >= threshold else want)
    if count < threshold:  # the small count is nowhere in the report, not even in memory
        assert all(li.cell != Cell(count, count) for li in made.lines if li.section != "mode")
        values = [v for (sec, _m, _i), v in table.items() if sec in report.SECTIONS]
        assert str(count) not in [v for v in values if v != "0"] or count == 0


@pytest.mark.parametrize("threshold", [2, 0, -5, 101, True, 4.5, "5"])
def test_the_threshold_is_never_below_three(journal: Journal, threshold: object) -> None:
    with pytest.raises(InvalidInput) as raised:
        build(compute(journal.conn, PERIOD, TODAY), threshold)  # type: ignore[arg-type]
    assert raised.value.field == "threshold"


def test_shown_cells() -> None:
    assert [shown(published(n, 5), 5) for n in range(7)] == ["0", "x", "x", "x", "x", "5", "6"]
    assert [shown(Cell(n, n), 5) for n in range(7)] == ["0", "x", "x", "x", "x", "5", "6"]
    assert shown(Cell(13, 16), 5) == "13–16"
    assert shown(Cell(13, report.UNBOUNDED), 5) == "≥13"
    assert shown(Cell(2, 8), 5) == "x"  # may be small
    assert shown(Cell(1, 4), 5) == "x"  # a "<5" of an older report
    assert shown(Cell(3, 3), 5) == "x"  # an exact small count is held back again
    assert shown(Cell(30, 30, held=True), 5) == "x"  # held back with a small one
    assert shown(Cell(3, 3), 5, "supporter_minutes") == "3"


# --- reading and combining ------------------------------------------------------------------------


def test_a_report_reads_back_as_written(full: Journal, tmp_path: Path) -> None:
    made = build(compute(full.conn, PERIOD, TODAY))
    target = tmp_path / "r.csv"
    write_csv(made, target)
    assert target.read_bytes().startswith(b"\xef\xbb\xbf")
    assert read_csv(target) == made
    assert parse(made.csv_text()) == made  # without the byte-order mark too


def _small_report(
    group: int, threshold: int, first: str = "2026-10", last: str = "2026-10"
) -> report.Report:
    """A report read back from CSV with one breakdown line: ``group`` contacts of that kind."""
    period = Period.parse(first, last)
    lines = [  # the contacts of the first month are the group's, so the figures add up
        report.Line(
            s,
            str(m),
            "all",
            "",
            published(group, threshold) if (s, m) == ("contacts", period.first) else Cell(0, 0),
        )
        for s in report.MONTHLY
        for m in period.months()
    ]
    lines.append(report.Line("contact_kind", "", "group", "Group", published(group, threshold)))
    return parse(report.Report(period, threshold, tuple(lines)).csv_text())


def test_combining_adds_exact_counts_and_bounds_suppressed_ones(full: Journal) -> None:
    one = build(compute(full.conn, PERIOD, TODAY))
    combined = combine([one, one])
    for line in combined.lines:
        single = one.cell(line.section, line.item, line.month)
        assert line.cell == single + single
    assert combined.combined and not combined.periods_differ
    assert combined.total("contacts") == one.total("contacts") + one.total("contacts")
    with pytest.raises(ValueError, match="combined"):
        combined.csv_text()


@pytest.mark.parametrize(
    ("parts", "threshold", "want"),
    [
        ([(12, 5), (3, 5)], 5, "x"),  # a held-back part keeps the total held back
        ([(3, 5), (4, 5)], 5, "x"),
        ([(3, 5)], 5, "x"),
        ([(3, 3)], 5, "x"),  # shown in its own report, held back again in the total
        ([(3, 3), (4, 3)], 5, "7"),
        ([(3, 3), (2, 3)], 5, "x"),
        ([(2, 3), (2, 3)], 5, "x"),
        ([(6, 5), (6, 5)], 20, "x"),
        ([(0, 5), (0, 5)], 5, "0"),
        ([(9, 5), (0, 5)], 5, "9"),
        ([(4, 5), (4, 5), (4, 5)], 5, "x"),
    ],
)
def test_small_cells_are_suppressed_again_after_combining(
    parts: list[tuple[int, int]], threshold: int, want: str
) -> None:
    reports = [_small_report(n, t) for n, t in parts]
    combined = combine(reports, threshold)
    line = next(li for li in combined.section("contact_kind") if li.item == "group")
    assert combined.shown(line) == want


def test_a_version_3_report_still_combines_with_its_small_counts_as_ranges() -> None:
    """Version 3 wrote a small count ``<5`` (1 to 4): with 12 it gives 13 to 16."""
    old = _small_report(3, 5).csv_text().replace("peerdesk-report,,4", "peerdesk-report,,3")
    assert ",x\r\n" in old
    old = old.replace(",x\r\n", ",<5\r\n")
    combined = combine([_small_report(12, 5), parse(old)], 5)
    line = next(li for li in combined.section("contact_kind") if li.item == "group")
    assert line.cell == Cell(13, 16)
    assert combined.shown(line) == "13–16"


def test_combining_reports_of_different_periods_spans_them(full: Journal) -> None:
    a = _small_report(7, 5, "2026-01", "2026-03")
    b = _small_report(8, 5, "2026-03", "2026-06")
    combined = combine([a, b])
    assert (str(combined.period.first), str(combined.period.last)) == ("2026-01", "2026-06")
    assert combined.periods_differ
    assert len(combined.section("contacts")) == 6
    assert combined.cell("contact_kind", "group") == Cell(15, 15)


def test_combining_needs_a_report_and_a_good_threshold() -> None:
    with pytest.raises(InvalidInput):
        combine([])
    with pytest.raises(InvalidInput) as raised:
        combine([_small_report(5, 5)], 2)
    assert raised.value.field == "threshold"


# --- refusing bad files -------------------------------------------------------------------------


def _good_text() -> str:
    return _small_report(7, 5, "2026-01", "2026-02").csv_text()


def _replace_line(text: str, number: int, new: str) -> str:
    lines = text.split("\r\n")
    lines[number - 1] = new
    return "\r\n".join(lines)


@pytest.mark.parametrize(
    ("change", "line", "field", "words"),
    [
        (lambda t: t.replace("peerdesk-report,,4", "peerdesk-report,,5"), 2, "format", "version 5"),
        (lambda t: t.replace("peerdesk-report", "other-report"), 2, "section", "format"),
        (lambda t: t.replace("section,month", "section,mnth"), 1, "header", "not a PeerDesk"),
        (lambda t: _replace_line(t, 6, "contacts,2026-01,all,,12,extra"), 6, "line", "found 6"),
        (lambda t: _replace_line(t, 6, "contacts,2026-01,all,,-3"), 6, "value", "not a count"),
        (lambda t: _replace_line(t, 6, "contacts,2026-01,all,,3"), 6, "value", "not suppressed"),
        (lambda t: _replace_line(t, 6, "contacts,2026-01,all,,<5"), 6, "value", "not a count or x"),
        (lambda t: _replace_line(t, 6, "contacts,2026-13,all,,0"), 6, "month", "not a month"),
        (lambda t: _replace_line(t, 6, "contacts,2027-01,all,,0"), 6, "month", "outside"),
        (lambda t: _replace_line(t, 6, "contacts,2026-02,all,,0"), 7, "item", "twice"),
        (lambda t: _replace_line(t, 6, "contacts,2026-01,some,,0"), 6, "item", "'all'"),
        (lambda t: _replace_line(t, 6, "secrets,2026-01,all,,0"), 6, "section", "unknown"),
        (lambda t: _replace_line(t, 6, "contact_kind,,Group Name,,0"), 6, "item", "not an item"),
        (lambda t: _replace_line(t, 6, "contact_kind,2026-01,group,,0"), 6, "month", "no month"),
        (lambda t: _replace_line(t, 6, "supporter_minutes,2026-01,all,,<5"), 6, "value", "never"),
        (lambda t: _replace_line(t, 4, "period,,to,,2025-01"), 4, "period", "before it starts"),
        (lambda t: _replace_line(t, 5, "suppression,,below,,2"), 5, "threshold", "threshold"),
        (lambda t: _replace_line(t, 5, "suppression,,above,,5"), 5, "section", "suppression"),
        (lambda t: t.split("\r\n", 3)[0] + "\r\n", 1, "line", "ends before"),
        (lambda t: t.replace("contacts,2026-02,all,,0\r\n", ""), 0, "section", "missing"),
        (lambda t: _replace_line(t, 6, "contacts,2026-01,all,x\x07,0"), 6, "line", "control"),
        (lambda t: t.replace("format,,", 'format,"x,,', 1), 0, "", ""),
    ],
)
def test_malformed_reports_are_refused_naming_line_and_field(
    change: object, line: int, field: str, words: str
) -> None:
    text = change(_good_text())  # type: ignore[operator]
    with pytest.raises(ReportInvalid) as raised:
        parse(text)
    error = raised.value
    assert isinstance(error, InvalidInput)
    assert error.line >= 1 and error.field
    if line:
        assert error.line == line
    if field:
        assert error.field == field
    assert words in str(error)
    assert f"line {error.line}" in str(error)


def test_files_that_are_not_text_or_too_big_are_refused(tmp_path: Path) -> None:
    binary = tmp_path / "b.csv"
    binary.write_bytes(_good_text().encode() + b"\r\nmode,,phone,\xff\xfe,0\r\n")
    with pytest.raises(ReportInvalid) as raised:
        read_csv(binary)
    assert (raised.value.field, raised.value.line) == ("encoding", 18)
    huge = tmp_path / "h.csv"
    huge.write_bytes(b"x" * (3 * report.MAX_FILE_BYTES + 5))  # the message names its real size
    with pytest.raises(ReportInvalid) as raised:
        read_csv(huge)
    assert raised.value.field == "file"
    assert "the file is 5.7 MB (6,000,005 bytes); a PeerDesk report is at most 1.9 MB" in str(
        raised.value
    )
    with pytest.raises(ReportInvalid) as raised:
        parse("")
    assert (raised.value.field, raised.value.line) == ("header", 1)
    with pytest.raises(StorageError):
        read_csv(tmp_path / "missing.csv")


def test_an_unknown_item_is_kept_and_a_missing_one_is_zero() -> None:
    text = _good_text().replace(
        "contact_kind,,group,Group session,7", "contact_kind,,hallway,Hallway,7"
    )
    read = parse(text)
    assert read.cell("contact_kind", "hallway") == Cell(7, 7)
    assert read.cell("contact_kind", "group") == Cell(0, 0)
    assert next(li for li in read.lines if li.item == "hallway").label == "Hallway"


_ALPHABET = st.sampled_from(list('0123456789,<"\r\n-abcefgilnoprstuvx_ ÿ\x00'))


@st.composite
def mutated(draw: st.DrawFn) -> str:
    text = _good_text()
    for _ in range(draw(st.integers(1, 4))):
        at = draw(st.integers(0, len(text)))
        kind = draw(st.sampled_from(["insert", "delete", "replace", "truncate", "line"]))
        piece = draw(st.text(_ALPHABET, min_size=1, max_size=8))
        if kind == "insert":
            text = text[:at] + piece + text[at:]
        elif kind == "delete":
            text = text[:at] + text[at + draw(st.integers(1, 12)) :]
        elif kind == "replace":
            text = text[:at] + piece + text[at + len(piece) :]
        elif kind == "truncate":
            text = text[:at]
        else:
            lines = text.split("\r\n")
            lines[at % len(lines)] = draw(st.text(_ALPHABET, max_size=40))
            text = "\r\n".join(lines)
    return text


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(mutated())
def test_a_mangled_report_is_read_or_refused_never_crashes(text: str) -> None:
    try:
        read = parse(text)
    except ReportInvalid as exc:
        assert exc.line >= 1 and exc.field
        assert str(exc).startswith(f"line {exc.line}, {exc.field}: ")
        return
    # What reads is a consistent report: every figure is allowed under its threshold.
    for line in read.lines:
        if line.section not in report.UNSUPPRESSED and line.cell.exact:
            assert line.cell.low == 0 or line.cell.low >= read.threshold
    combine([read])


@settings(max_examples=100)
@given(st.binary(max_size=300))
def test_random_bytes_are_refused(tmp_path_factory: pytest.TempPathFactory, data: bytes) -> None:
    target = tmp_path_factory.mktemp("bytes") / "r.csv"
    target.write_bytes(data)
    with pytest.raises(ReportInvalid):
        read_csv(target)


# --- the command --------------------------------------------------------------------------------


def _args(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="peerdesk")
    add_parser(parser.add_subparsers(dest="command"))
    return parser.parse_args(["export-report", *argv])


def test_export_report_writes_the_csv(vault: Vault, full: Journal, tmp_path: Path) -> None:
    vault.lock()
    out, err = io.StringIO(), io.StringIO()
    target = tmp_path / "out" / "program.csv"
    target.parent.mkdir()
    code = run(_args("--from", "2025-12", "--to", "2026-11", "--out", str(target)), vault, out, err)
    assert (code, err.getvalue()) == (0, "")
    assert "Report written" in out.getvalue() and str(target) in out.getvalue()
    assert not vault.is_unlocked  # it locks again when done
    written = read_csv(target)
    journal = vault.unlock_with_keyring()
    assert written == build(compute(journal.conn, PERIOD, TODAY))
    for peer in journal.peers.all():
        assert peer.pseudonym not in out.getvalue() + target.read_text("utf-8-sig")


@pytest.mark.parametrize(
    ("argv", "code", "words"),
    [
        (["--from", "2026-13", "--to", "2026-12", "--out", "r.csv"], 2, "from"),
        (["--from", "2026-05", "--to", "2026-01", "--out", "r.csv"], 2, "ends before"),
        (["--from", "2026-01", "--to", "2026-02", "--out", "r.txt"], 2, ".csv or .pdf"),
        (["--from", "2026-01", "--to", "2026-02", "--out", "r.csv", "--threshold", "2"], 2, "3"),
        (["--from", "2026-01", "--to", "2026-02", "--out", "r.pdf"], 1, "graphical"),
    ],
)
def test_export_report_refuses_bad_requests(
    vault: Vault, journal: Journal, tmp_path: Path, argv: list[str], code: int, words: str
) -> None:
    vault.lock()
    argv = [a if not a.startswith("r.") else str(tmp_path / a) for a in argv]
    out, err = io.StringIO(), io.StringIO()
    assert run(_args(*argv), vault, out, err) == code
    assert err.getvalue().startswith("peerdesk: error: ") and words in err.getvalue()
    assert err.getvalue().count("\n") == 1
    assert not list(tmp_path.glob("r.*"))


def test_export_report_hands_pdfs_to_the_renderer(
    vault: Vault, journal: Journal, tmp_path: Path
) -> None:
    vault.lock()
    seen: list[tuple[Path, report.Report]] = []
    target = tmp_path / "r.PDF"
    args = _args("--from", "2026-01", "--to", "2026-02", "--out", str(target))
    code = run(args, vault, io.StringIO(), io.StringIO(), pdf=lambda p, r: seen.append((p, r)))
    assert code == 0
    assert seen and seen[0][0] == target.resolve() and seen[0][1].threshold == 5


def test_export_report_without_a_journal_is_an_environment_problem(
    vault: Vault, tmp_path: Path
) -> None:
    err = io.StringIO()
    args = _args("--from", "2026-01", "--to", "2026-02", "--out", str(tmp_path / "r.csv"))
    assert run(args, vault, io.StringIO(), err) == 1
    assert err.getvalue().startswith("peerdesk: error: ")


def test_a_total_an_older_report_never_counted_is_left_out_of_the_program_total(
    full: Journal,
) -> None:
    """A version 2 report has no mentions or handouts: combined with a newer one, those totals
    would count only the newer report's conversations, so they are left out, not shown short."""
    new = build(compute(full.conn, PERIOD, TODAY))
    old = parse(as_version_2(new.csv_text()))
    assert old.section("conversations_with_mention") == ()  # as a version 2 file has it
    combined = combine([new, old])
    assert combined.section("conversations_with_mention") == ()
    assert combined.section("conversations_with_handout") == ()
    referral = "conversations_with_referral"
    assert combined.cell(referral) == new.cell(referral) + old.cell(referral)
    both_new = combine([new, new])
    mention = "conversations_with_mention"
    assert new.section(mention) != ()
    assert both_new.cell(mention) == new.cell(mention) + new.cell(mention)
