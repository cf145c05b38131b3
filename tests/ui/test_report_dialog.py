"""The report dialog previews exactly what it writes; the PDF holds nothing identifying
(read back with pdftotext); program totals combine reports and refuse bad files."""

from __future__ import annotations

import io
import re
import subprocess
import unicodedata
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from peerdesk import report as rep
from peerdesk.commands.export_report import run
from peerdesk.insights import Period, compute
from peerdesk.journal import Journal
from peerdesk.sessions import FINISHED, Session
from peerdesk.vault import Vault
from tests.conftest import FIXED_NOW, Clock
from tests.core.test_insights import all_followups, all_sessions, populate
from tests.core.test_report import ISO_DAY, _args
from tests.support import locale
from tests.support.v2_report import as_version_2
from ui.dialogs.program_totals_dialog import ProgramTotalsDialog
from ui.dialogs.report_dialog import CSV, PDF, ReportDialog
from ui.printing.report_pdf import monthly_rows, save_report_pdf

TODAY = FIXED_NOW.date()
PERIOD = Period.parse("2025-12", "2026-11")


class Chooser:
    """Stands in for the file dialog: answers with a path and records the suggestion."""

    def __init__(self, answer: Path | None) -> None:
        self.answer = answer
        self.asked: list[tuple[str, str]] = []

    def __call__(self, suggested: str, kind: str) -> str | None:
        self.asked.append((suggested, kind))
        return str(self.answer) if self.answer else None


def make_dialog(
    qtbot: QtBot, journal: Journal, clock: Clock, answer: Path | None, period: Period = PERIOD
) -> tuple[ReportDialog, Chooser]:
    chooser = Chooser(answer)
    dialog = ReportDialog(journal, clock, period, choose_path=chooser)
    qtbot.addWidget(dialog)
    return dialog, chooser


def pdf_text(path: Path) -> str:
    done = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    )
    return done.stdout


def identifying(journal: Journal) -> set[str]:
    sessions = all_sessions(journal)
    found = {p.pseudonym for p in journal.peers.all()}
    found |= {p.contact for p in journal.peers.all() if p.contact}
    found |= {n for s in sessions for n in s.notes.values()}
    found |= {s.followup_plan for s in sessions if s.followup_plan}
    found |= {f.cancel_reason for f in all_followups(journal) if f.cancel_reason}
    return found | {"Night shift incident", "Parking trouble"}


def assert_nothing_identifying(text: str, journal: Journal) -> None:
    flat = " ".join(text.split()).casefold()
    for secret in identifying(journal):
        # As a whole phrase: the pseudonym "Sage 1" is not in the label "Text message 101".
        phrase = re.escape(" ".join(secret.split()).casefold())
        assert not re.search(rf"(?<!\w){phrase}(?!\w)", flat), secret
    assert not ISO_DAY.search(text)
    days = {s.held_on for s in all_sessions(journal)} | {f.due_on for f in all_followups(journal)}
    # Line by line: a row's last count followed by the next row's month is not a date.
    lines = [" ".join(line.split()).casefold() for line in text.splitlines()]
    for day in days:
        for form in (
            f"{day:%d %B %Y}",
            f"{day:%d %b %Y}",
            f"{day:%B} {day.day}, {day.year}",
            f"{day:%d/%m/%Y}",
            f"{day:%m/%d/%Y}",
        ):
            assert not any(form.casefold() in line for line in lines), form


@pytest.fixture
def full(journal: Journal) -> Journal:
    populate(journal)
    first = journal.peers.all()[0]
    journal.peers.update(first.id, pseudonym=first.pseudonym, contact="ext 4471")
    return journal


# --- CSV ----------------------------------------------------------------------------------------


def test_the_csv_written_is_exactly_the_preview(
    qtbot: QtBot, full: Journal, clock: Clock, tmp_path: Path
) -> None:
    target = tmp_path / "report.csv"
    dialog, chooser = make_dialog(qtbot, full, clock, target)
    preview = dialog.csv_view.toPlainText()
    expected = rep.build(compute(full.conn, PERIOD, TODAY)).csv_text()
    assert preview == expected.replace("\r\n", "\n")
    assert "are shown as x: the counts from 1 to 4, so that no peer" in dialog.what.text()
    with qtbot.waitSignal(dialog.saved):
        assert dialog.save() == target
    assert chooser.asked == [("peerdesk-report-2025-12-to-2026-11.csv", "csv")]
    written = target.read_bytes().decode("utf-8")
    assert written == "\ufeff" + expected
    assert "Saved to" in dialog.status.text()


def test_the_csv_preview_is_a_table_in_words_with_the_file_one_click_away(
    qtbot: QtBot, full: Journal, clock: Clock
) -> None:
    dialog, _ = make_dialog(qtbot, full, clock, None, Period.parse("2026-03", "2026-04"))
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.csv_tabs.currentWidget() is dialog.table  # the table shows first
    model = dialog.table.model()
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["What is counted", "Month", "Category", "Count"]
    rows = [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]
    report = dialog.report
    assert report is not None
    written = report.csv_rows()[5:]  # after the column names, format, period and threshold
    assert len(rows) == len(written)  # one table row for every line of the file
    assert [row[3] for row in rows] == [line[4] for line in written]  # the counts as written
    assert ["Contacts", "March 2026", "", "7"] in rows
    assert any(r[:3] == ["Stress drivers", "Whole period", "Self-blame or guilt"] for r in rows)
    slugs = {line[0] for line in written} | {line[2] for line in written} - {"all"}
    assert not slugs & {cell for row in rows for cell in row}  # words, never the file's ids
    dialog.threshold.setValue(8)
    assert ["Contacts", "March 2026", "", "x"] in [
        [model.index(r, c).data() for c in range(4)] for r in range(model.rowCount())
    ]
    bar = dialog.csv_tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())
    assert dialog.csv_tabs.currentWidget() is dialog.csv_view  # the file itself, one click away
    assert dialog.csv_view.isVisible()
    assert "contacts,2026-03,all,,x" in dialog.csv_view.toPlainText()


def test_changing_the_threshold_changes_the_preview(
    qtbot: QtBot, full: Journal, clock: Clock
) -> None:
    dialog, _ = make_dialog(qtbot, full, clock, None, Period.parse("2026-03", "2026-04"))
    assert "contacts,2026-03,all,,7" in dialog.csv_view.toPlainText()
    dialog.threshold.setValue(8)
    assert "contacts,2026-03,all,,x" in dialog.csv_view.toPlainText()
    assert dialog.threshold.minimum() == rep.MIN_THRESHOLD
    dialog.threshold.setValue(1)
    assert dialog.threshold.value() == 3


def test_cancelling_the_file_choice_writes_nothing(
    qtbot: QtBot, full: Journal, clock: Clock, tmp_path: Path
) -> None:
    before = sorted(tmp_path.rglob("*"))
    dialog, chooser = make_dialog(qtbot, full, clock, None)
    assert dialog.save() is None
    assert chooser.asked and sorted(tmp_path.rglob("*")) == before


def test_a_missing_suffix_is_added(
    qtbot: QtBot, full: Journal, clock: Clock, tmp_path: Path
) -> None:
    dialog, _ = make_dialog(qtbot, full, clock, tmp_path / "for-the-program")
    assert dialog.save() == tmp_path / "for-the-program.csv"
    assert rep.read_csv(tmp_path / "for-the-program.csv").period == PERIOD


def test_an_unwritable_place_is_explained(
    qtbot: QtBot, full: Journal, clock: Clock, tmp_path: Path
) -> None:
    dialog, _ = make_dialog(qtbot, full, clock, tmp_path / "no" / "such" / "r.csv")
    assert dialog.save() is None
    assert dialog.status.text() and "Saved" not in dialog.status.text()


def test_a_backwards_period_cannot_be_saved(qtbot: QtBot, full: Journal, clock: Clock) -> None:
    dialog, _ = make_dialog(qtbot, full, clock, None)
    dialog.last.setDate(QDate(2024, 1, 1))
    assert not dialog.save_button.isEnabled()
    assert "ends before it starts" in dialog.status.text()
    dialog.last.setDate(QDate(2026, 11, 1))
    assert dialog.save_button.isEnabled()


def test_the_dialog_works_from_the_keyboard(qtbot: QtBot, full: Journal, clock: Clock) -> None:
    dialog, _ = make_dialog(qtbot, full, clock, None)
    dialog.show()
    qtbot.waitExposed(dialog)
    for widget in (dialog.first, dialog.last, dialog.threshold, dialog.kind, dialog.save_button):
        assert widget.accessibleName(), widget
    dialog.kind.setFocus()
    qtbot.keyClick(dialog.kind, "P")
    assert dialog.file_kind == PDF
    assert dialog.save_button.text() == "&Save PDF…"


def test_alt_c_and_alt_t_take_the_focus_to_the_tab_they_show(
    qtbot: QtBot, full: Journal, clock: Clock
) -> None:
    """Found by hand: Alt+C showed the CSV file but left the focus in the first month, so the
    next Down arrow (to read the file) changed the report's period instead."""
    dialog, _ = make_dialog(qtbot, full, clock, None)
    dialog.show()
    with qtbot.waitActive(dialog):
        dialog.activateWindow()
    dialog.first.setFocus()
    months = dialog.first.date()
    qtbot.keyClick(dialog, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
    assert dialog.csv_tabs.currentWidget() is dialog.csv_view
    assert dialog.csv_view.hasFocus()
    qtbot.keyClick(dialog.csv_view, Qt.Key.Key_Down)
    assert dialog.first.date() == months
    qtbot.keyClick(dialog, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    assert dialog.table.hasFocus()


# --- PDF ----------------------------------------------------------------------------------------


def test_the_pdf_preview_and_file_hold_the_counts_and_nothing_identifying(
    qtbot: QtBot, full: Journal, clock: Clock, tmp_path: Path
) -> None:
    target = tmp_path / "report.pdf"
    dialog, chooser = make_dialog(qtbot, full, clock, target)
    dialog.resize(900, 700)
    dialog.show()
    dialog.kind.setCurrentIndex(PDF)
    assert dialog.preview.currentWidget() is dialog.pdf_view
    assert dialog.pdf_view.pageCount() >= 2
    assert dialog.save() == target
    assert chooser.asked[-1][1] == "pdf"
    assert target.read_bytes().startswith(b"%PDF")
    info = subprocess.run(["pdfinfo", str(target)], capture_output=True, text=True, check=True)
    assert f"Pages: {dialog.pdf_view.pageCount()}" in " ".join(info.stdout.split())
    text = pdf_text(target)
    report = dialog.report
    assert report is not None
    flat = " ".join(text.split())
    assert "PeerDesk report" in flat and "December 2025 to November 2026" in flat
    assert "x marks a count held back: a count from 1 to 4" in flat
    for section in ("Contacts by kind", "Event categories", "Stress drivers", "Referrals by type"):
        assert section in flat
    march = " ".join(text.split("March 2026", 1)[1].split()[:2])
    assert march == "x x"  # 7 and 7, held back with May's small count (the months add up)
    assert re.search(r"Whole period [\dx–]+ [\dx–]+ ", flat)
    assert_nothing_identifying(text, full)
    dialog.kind.setCurrentIndex(CSV)
    assert dialog.preview.currentWidget() is dialog.csv_tabs


def test_small_counts_are_suppressed_in_the_pdf(
    qtbot: QtBot, journal: Journal, tmp_path: Path
) -> None:
    peer = journal.peers.add("Solitary Egret").id
    for n in range(3):
        journal.sessions.save(
            Session(
                held_on=TODAY.replace(day=1 + n),
                status=FINISHED,
                peer_id=peer,
                contact_kind="group",
                notes={"listen": "Grebe marker words"},
            )
        )
    report = rep.build(compute(journal.conn, Period.parse("2026-11", "2026-11"), TODAY))
    target = tmp_path / "small.pdf"
    save_report_pdf(target, report)
    flat = " ".join(pdf_text(target).split())
    assert "November 2026 x x" in flat
    assert "Group session x" in flat
    assert " 3 " not in f" {flat} ".replace("1 to 4", "")
    assert "Egret" not in flat and "Grebe" not in flat


def test_the_command_line_pdf_uses_the_same_renderer(
    vault: Vault, full: Journal, tmp_path: Path
) -> None:
    vault.lock()
    target = tmp_path / "cli.pdf"
    args = _args("--from", "2025-12", "--to", "2026-11", "--out", str(target))
    out, err = io.StringIO(), io.StringIO()
    assert run(args, vault, out, err, pdf=save_report_pdf) == 0, err.getvalue()
    text = pdf_text(target)
    assert "PeerDesk report" in text
    journal = vault.unlock_with_keyring()
    assert_nothing_identifying(text + out.getvalue(), journal)


# --- program totals -----------------------------------------------------------------------------


def make_totals(qtbot: QtBot, files: list[Path], pdf: Path | None = None) -> ProgramTotalsDialog:
    dialog = ProgramTotalsDialog(
        choose_files=lambda: [str(f) for f in files],
        choose_pdf_path=lambda _name: str(pdf) if pdf else None,
    )
    qtbot.addWidget(dialog)
    return dialog


def test_program_totals_combine_reports_and_suppress_again(
    qtbot: QtBot, qtmodeltester: object, full: Journal, tmp_path: Path
) -> None:
    one = rep.build(compute(full.conn, PERIOD, TODAY))
    a, b = tmp_path / "a.csv", tmp_path / "b.csv"
    rep.write_csv(one, a)
    rep.write_csv(one, b)
    dialog = make_totals(qtbot, [a, b])
    qtmodeltester.check(dialog.monthly)  # type: ignore[attr-defined]
    qtmodeltester.check(dialog.categories)  # type: ignore[attr-defined]
    assert dialog.monthly.rowCount() == 0 and "No reports" in dialog.summary.text()
    dialog.add_chosen()
    assert dialog.files.count() == 2 and dialog.combined is not None
    qtmodeltester.check(dialog.monthly)  # type: ignore[attr-defined]
    october = next(r for r in dialog.monthly.rows() if r[0].startswith("October"))
    assert october[1] == "x"  # held back in each report, with May's small count
    may = next(r for r in dialog.monthly.rows() if r[0].startswith("May"))
    assert may[1] == "x"  # two held-back counts: held back in the total too
    whole = dialog.monthly.rows()[-1]
    assert whole[0] == "Whole period"
    kinds = {r[1]: r[2] for r in dialog.categories.rows() if r[0] == "Contacts by kind"}
    assert set(kinds) >= {"Proactive outreach", "Group session", "Not recorded"}
    before = {r[:2]: r[2] for r in dialog.categories.rows()}
    dialog.threshold.setValue(20)
    after = {r[:2]: r[2] for r in dialog.categories.rows()}
    small = [k for k, v in before.items() if v.isdigit() and 0 < int(v) < 20]
    assert small and all(after[k] == "x" for k in small)  # below 20: held back now
    dialog.add_files([a])
    assert "added already" in dialog.problems.text()
    dialog.files.setCurrentRow(0)
    dialog.remove_selected()
    assert dialog.files.count() == 1


def test_program_totals_refuse_bad_files_naming_line_and_field(
    qtbot: QtBot, full: Journal, tmp_path: Path
) -> None:
    good = tmp_path / "good.csv"
    rep.write_csv(rep.build(compute(full.conn, PERIOD, TODAY)), good)
    newer = tmp_path / "newer.csv"
    newer.write_text(
        good.read_text("utf-8-sig").replace("peerdesk-report,,4", "peerdesk-report,,5")
    )
    broken = tmp_path / "broken.csv"
    broken.write_text(
        good.read_text("utf-8-sig").replace("contacts,2026-03,all,,x", "contacts,2026-03,all,,y")
    )
    notes = tmp_path / "notes.csv"
    notes.write_text("my private notes about Aspen 1\n")
    dialog = make_totals(qtbot, [good, newer, broken, notes])
    dialog.add_chosen()
    assert dialog.files.count() == 1
    problems = dialog.problems.text()
    assert "newer.csv was not added" in problems and "format version 5" in problems
    assert "broken.csv was not added" in problems and "Line 9, value" in problems
    assert "notes.csv was not added" in problems and "not a PeerDesk report" in problems
    assert "Aspen" not in problems


def test_program_totals_save_as_pdf(qtbot: QtBot, full: Journal, tmp_path: Path) -> None:
    one = tmp_path / "one.csv"
    rep.write_csv(rep.build(compute(full.conn, PERIOD, TODAY)), one)
    target = tmp_path / "totals"
    dialog = make_totals(qtbot, [one], pdf=target)
    assert not dialog.pdf_button.isEnabled()
    dialog.add_chosen()
    assert dialog.pdf_button.isEnabled()
    assert dialog.save_pdf() == tmp_path / "totals.pdf"
    text = pdf_text(tmp_path / "totals.pdf")
    flat = " ".join(text.split())
    assert "PeerDesk program totals" in flat and "Reports combined: 1." in flat
    assert_nothing_identifying(text, full)


# --- complementary suppression ------------------------------------------------------------------


def test_the_dialog_says_what_is_held_back_and_why_and_the_pdf_and_totals_hold_it_back(
    qtbot: QtBot, journal: Journal, clock: Clock, tmp_path: Path
) -> None:
    # The case: 20 contacts, 13 accepted, 1 declined, 6 no answer. Showing "<5" for the
    # declined one and 6 for no answer let anyone work out 20 - 13 - 6 = 1.
    _outreach(journal, {"accepted": 13, "declined": 1, "no_answer": 6}, date(2026, 10, 5))
    october = Period.parse("2026-10", "2026-10")
    target = tmp_path / "october.pdf"
    dialog, _ = make_dialog(qtbot, journal, clock, target, october)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.what.isVisible()
    sentence = dialog.what.text()
    assert (
        "5 counts are shown as x: the counts from 1 to 4, so that no peer can be picked out, "
        "and the counts that add up with them, so that none can be worked out by subtraction."
        in sentence
    )
    preview = dialog.csv_view.toPlainText()
    assert "outreach_outcome,,declined,Declined,x" in preview
    assert "outreach_outcome,,no_answer,No answer,x" in preview
    assert "outreach_outcome,,accepted,Accepted,x" in preview  # all outcomes, not only two
    dialog.threshold.setValue(3)  # 1 is still small; the sentence follows the threshold
    assert "the counts from 1 to 2," in dialog.what.text()
    dialog.threshold.setValue(5)
    dialog.kind.setCurrentIndex(PDF)
    assert dialog.save() == target
    flat = " ".join(pdf_text(target).split())
    assert "Declined x" in flat and "No answer x" in flat
    assert "x marks a count held back" in flat
    assert "Accepted x" in flat and "October 2026 20 13" in flat
    assert " 6 " not in f" {flat} ".replace("October 2026 20 13", "")
    # Program totals: the same report, combined alone, holds the same counts back again.
    csv_file = tmp_path / "october.csv"
    rep.write_csv(rep.build(compute(journal.conn, october, TODAY)), csv_file)
    totals = make_totals(qtbot, [csv_file])
    totals.add_chosen()
    outcomes = {r[1]: r[2] for r in totals.categories.rows() if r[0] == "Outreach outcome"}
    # The held-back counts stay held back in the total: never 1 or 6.
    assert outcomes["Declined"] == "x" and outcomes["No answer"] == "x"
    assert "x marks a total held back" in totals.summary.text()


def _outreach(journal: Journal, outcomes: dict[str, int], day: date) -> None:
    peer = journal.peers.add("Solo Heron").id
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


@pytest.mark.parametrize("threshold", [3, 5, 11, 20])
def test_the_pdf_shows_exactly_the_protected_cells_of_the_csv(
    qtbot: QtBot, full: Journal, tmp_path: Path, threshold: int
) -> None:
    # The CSV is checked against every relation in tests/core/test_suppression.py; the PDF must
    # show the same cells (an "x" stays an "x"), and its whole-period row only what the months
    # show added up.
    report = rep.build(compute(full.conn, PERIOD, TODAY), threshold)
    target = tmp_path / "report.pdf"
    save_report_pdf(target, report)
    flat = " ".join(unicodedata.normalize("NFKC", pdf_text(target)).split())  # ﬁ, ﬂ ligatures
    for row in monthly_rows(report):
        assert " ".join(" ".join(row).split()) in flat, row
    for section in rep.BREAKDOWNS:
        for line in report.section(section):
            assert f"{line.label} {report.shown(line)}" in flat, line
    held = [li for li in report.lines if li.cell.held]
    assert len(re.findall(r"(?<= )x(?= )", flat)) >= len(held)  # "x x" is two
    assert held or threshold != 3  # at 3 this journal needs complementary suppression
    totals = monthly_rows(report)[-1]
    assert totals[1] == rep.shown(report.total("contacts"), threshold)


@pytest.mark.usefixtures("qapp")
def test_the_pdf_names_months_in_the_users_language(journal: Journal, tmp_path: Path) -> None:
    peer = journal.peers.add("Egret").id
    journal.sessions.save(
        Session(held_on=TODAY.replace(day=2), status=FINISHED, peer_id=peer, contact_kind="group")
    )
    report = rep.build(compute(journal.conn, Period.parse("2026-10", "2026-11"), TODAY))
    target = tmp_path / "german.pdf"
    with locale.german():
        save_report_pdf(target, report)
    flat = " ".join(pdf_text(target).split())
    assert "Oktober 2026" in flat and "November 2026" in flat
    assert "October" not in flat


def test_program_totals_leave_out_what_an_older_report_never_counted(
    qtbot: QtBot, full: Journal, tmp_path: Path
) -> None:
    """A version 2 report has no help mentioned or handouts: the totals (on screen and in the
    PDF) leave those out rather than show 0 or a short count."""
    new = rep.build(compute(full.conn, PERIOD, TODAY))
    old, pdf = tmp_path / "old.csv", tmp_path / "totals.pdf"
    old.write_text(as_version_2(new.csv_text()), encoding="utf-8")
    rep.write_csv(new, tmp_path / "new.csv")
    dialog = make_totals(qtbot, [old, tmp_path / "new.csv"], pdf)
    dialog.add_chosen()
    titles = {r[0] for r in dialog.categories.rows()}
    assert "Conversations with a referral" in titles
    assert not titles & {"Conversations with help mentioned", "Conversations with a handout"}
    assert dialog.save_pdf() == pdf
    text = pdf_text(pdf)
    assert "Conversations with a referral" in text
    assert "help mentioned" not in text and "with a handout" not in text
