"""Handouts: real PDFs read back with poppler, from the dialog, the session form and the CLI.

A handout carries the chosen resources, the emergency line, the organisation and the date, and
nothing from the journal: no pseudonym, contact detail, note or plan, unless the supporter typed
it into the handout's own note.
"""

from __future__ import annotations

import io
import re
import subprocess
import sys
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from pytestqt.qtbot import QtBot

from peerdesk import cli
from peerdesk.commands.command import Context
from peerdesk.commands.common import run_command
from peerdesk.journal import Journal
from peerdesk.preferences import ORGANISATION
from peerdesk.resource_defaults import seed_default_resources
from peerdesk.resources import Resource
from peerdesk.sessions import FINISHED, Session
from peerdesk.vault import Vault
from tests.conftest import Clock, day
from ui import handout_command
from ui.dialogs.handout_dialog import HandoutDialog
from ui.printing.handout import (
    NOTE_MAX,
    Handout,
    choose,
    page_image,
    preview_dialog,
    save_handout_pdf,
)
from ui.session.session_form import SessionForm

NOON = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)
EMERGENCY = "In immediate danger, call 911."  # a US journal's handouts
pytestmark = pytest.mark.usefixtures("qapp")  # laying out text needs a Qt application


def pdf_text(path: Path) -> str:
    """The PDF's text as a reader would copy it, with lines joined and spaces tidied."""
    done = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True)
    text = unicodedata.normalize("NFKC", done.stdout)
    return re.sub(r"\s+", " ", text)


def pdf_info(path: Path) -> dict[str, str]:
    done = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    return {
        key.strip(): value.strip()
        for key, _sep, value in (line.partition(":") for line in done.stdout.splitlines())
    }


def by_name(journal: Journal, *names: str) -> list[Resource]:
    found = {r.name: r for r in journal.resources.all(include_archived=True)}
    return [found[n] for n in names]


@pytest.fixture
def seeded(journal: Journal, clock: Clock) -> Journal:
    clock.now = NOON
    seed_default_resources(journal)
    return journal


@pytest.fixture
def letter_locale() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(before)


@pytest.fixture
def a4_locale() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(before)


# --- the page itself ----------------------------------------------------------------------------


@pytest.mark.usefixtures("letter_locale")
def test_a_handout_pdf_holds_the_chosen_resources_on_one_letter_page(
    seeded: Journal, tmp_path: Path
) -> None:
    chosen = by_name(seeded, "988 Suicide & Crisis Lifeline", "Physician Support Line")
    handout = Handout(tuple(chosen), day(26), organisation="Riverside General Hospital")
    path = tmp_path / "handout.pdf"
    assert save_handout_pdf(path, handout) == 1
    text = pdf_text(path)
    assert EMERGENCY in text
    for item in chosen:
        assert item.name in text and item.phone in text and item.web in text
    assert "Riverside General Hospital" in text
    assert "Crisis lines" in text and "Physician health" in text
    assert "November 26, 2026" in text
    assert "Crisis Text Line" not in text and "SAMHSA" not in text
    info = pdf_info(path)
    assert info["Pages"] == "1"
    assert info["Page size"].startswith("612 x 792 pts")  # Letter
    assert path.stat().st_mode & 0o077 == 0


@pytest.mark.usefixtures("a4_locale")
def test_the_whole_default_directory_fits_one_a4_page(seeded: Journal, tmp_path: Path) -> None:
    everything = choose(seeded.resources.all(), categories=["crisis_line", "physician_health"])
    everything += choose(seeded.resources.all(), categories=["counselling", "self_care", "other"])
    everything += choose(seeded.resources.all(), categories=["peer_support", "legal_support"])
    note = "Thank you for talking with me today.\nI'll check in next week."
    path = tmp_path / "all.pdf"
    save_handout_pdf(path, Handout(tuple(everything), day(26), note=note))
    info = pdf_info(path)
    assert (info["Pages"], info["Page size"].split(" (")[0]) == ("1", "595 x 842 pts")
    text = pdf_text(path)
    assert all(item.name in text for item in everything)
    assert "Thank you for talking with me today. I'll check in next week." in text
    assert EMERGENCY in text and "26 November 2026" in text


def test_a_long_selection_flows_onto_a_second_page_rather_than_shrinking_away(
    journal: Journal, tmp_path: Path
) -> None:
    many = tuple(
        Resource(
            category="other",
            name=f"Service number {n}",
            description="A description long enough to take two lines on the page. " * 2,
            phone=f"555-01{n:02d}",
            id=n,
        )
        for n in range(40)
    )
    path = tmp_path / "long.pdf"
    pages = save_handout_pdf(path, Handout(many, day(26)))
    assert pages > 1 and pdf_info(path)["Pages"] == str(pages)
    text = pdf_text(path)
    assert "Service number 0" in text and "Service number 39" in text
    assert text.count(EMERGENCY) == 1


def test_text_is_printed_as_text_not_markup(tmp_path: Path) -> None:
    odd = Resource(
        category="other",
        name="<b>Bold</b> & “quoted”",
        description="Line one\nLine <i>two</i>",
        phone="555-0100",
        id=1,
    )
    path = tmp_path / "odd.pdf"
    save_handout_pdf(path, Handout((odd,), day(26), organisation="A & B <Clinic>"))
    text = pdf_text(path)
    assert "<b>Bold</b> & “quoted”" in text and "Line <i>two</i>" in text
    assert "A & B <Clinic>" in text


def test_the_preview_picture_and_the_print_preview(
    qtbot: QtBot, seeded: Journal, tmp_path: Path
) -> None:
    handout = Handout(tuple(seeded.resources.all()[:3]), day(26))
    image, pages = page_image(handout, 300)
    assert (image.width(), pages) == (300, 1)
    assert image.height() > image.width()
    assert image.pixelColor(2, 2).name() == "#ffffff"  # the margin is blank paper
    printed: list[Handout] = []

    def print_it(_owner: object, chosen: Handout) -> bool:
        printed.append(chosen)
        return True

    dialog = preview_dialog(None, handout, print_it)
    qtbot.addWidget(dialog)
    dialog.open()
    assert dialog.view.pageCount() == 1
    first = dialog.view.page(0).scaledToWidth(300, Qt.TransformationMode.SmoothTransformation)
    assert first == image  # the preview shows the page the small picture shows
    assert printed == []  # showing the preview prints nothing and asks for no printer
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    assert printed == [handout]
    assert not dialog.isVisible()


# --- from the session form: pick, print, and nothing about the peer -----------------------------


@dataclass
class Printed:
    handouts: list[Handout] = field(default_factory=list)

    def __call__(self, _parent: object, handout: Handout) -> bool:
        self.handouts.append(handout)
        return True


def journal_secrets(journal: Journal) -> list[str]:
    """Every piece of peer text the journal holds: none may reach a handout."""
    conn = journal.conn
    found = [r[0] for r in conn.execute("SELECT pseudonym FROM peers")]
    found += [r[0] for r in conn.execute("SELECT contact FROM peers WHERE contact != ''")]
    found += [r[0] for r in conn.execute("SELECT text FROM notes")]
    found += [r[0] for r in conn.execute("SELECT plan FROM followups WHERE plan != ''")]
    return found


def test_a_handout_from_the_session_form_carries_no_peer_data(
    qtbot: QtBot, seeded: Journal, clock: Clock, tmp_path: Path
) -> None:
    journal = seeded
    other = journal.peers.add("Kestrel Quiet", "kestrel@example.org")
    journal.sessions.save(
        Session(
            held_on=day(10),
            status=FINISHED,
            peer_id=other.id,
            contact_kind="peer_asked",
            notes={"listen": "SECRET-NOTE-about the night shift"},
            followup_on=day(28),
            followup_plan="SECRET-PLAN coffee on Tuesday",
        )
    )
    peer = journal.peers.add("Heron Marsh", "ext 4471")
    form = SessionForm(journal, clock, peer_id=peer.id, confirm_identifiers=lambda _f: True)
    qtbot.addWidget(form)
    form.show()
    form.context.contact_kind.setCurrentIndex(form.context.contact_kind.findData("peer_asked"))
    form.notes["listen"].setPlainText("SECRET-FORM-NOTE she is exhausted")
    form.go_to_step("resources")
    assert form.current_step() == "resources"
    wanted = {"Physician Support Line", "Crisis Text Line"}
    ticked = sorted(r.id or 0 for r in by_name(journal, *wanted))
    offers = form.resources.offers
    for resource_id in ticked:  # marked handout given with the list's own key
        row = offers.row_for("resource", resource_id)
        assert row is not None
        offers.tree.setCurrentItem(row)
        qtbot.keyClick(offers.tree, Qt.Key.Key_2)
    assert len(ticked) == 2
    assert form.resources.handout_button.text() == "Print &handout…"
    assert form.resources.handout_button.accessibleName()
    qtbot.mouseClick(form.resources.handout_button, Qt.MouseButton.LeftButton)

    dialog = form.resources.handout_dialog
    assert isinstance(dialog, HandoutDialog) and dialog.isVisible()
    assert sorted(dialog.chosen_ids()) == sorted(ticked)
    assert dialog.pages_label.text() == "Fits on one page."
    assert "printed exactly as you type it" in dialog.note.accessibleDescription().lower()
    qtbot.keyClicks(dialog.note, "Thank you for reaching out. Take care.")
    dialog.organisation.setText("Riverside General")
    path = dialog.save_pdf(tmp_path / "from-form")
    assert path == tmp_path / "from-form.pdf"
    assert dialog.status.text() == "Saved from-form.pdf (1 page)."
    dialog.close()

    with qtbot.waitSignal(form.saved, timeout=2000) as saved:
        form.finish()
    session = journal.sessions.get(saved.args[0])
    assert session.resource_marks == dict.fromkeys(ticked, "handout")
    assert "offered_resources" in session.ticked["resources"]

    text = pdf_text(path)
    for item in by_name(journal, *wanted):
        assert item.name in text and (item.phone or item.text_line) in text
    assert EMERGENCY in text
    assert "Thank you for reaching out. Take care." in text
    assert "Riverside General" in text
    secrets = journal_secrets(journal)
    assert "Heron Marsh" in secrets and "SECRET-FORM-NOTE she is exhausted" in secrets
    for secret in secrets:
        assert secret not in text, secret
    assert not any(word in text for word in ("SECRET", "Heron", "Kestrel", "4471", "Tuesday"))
    metadata = " ".join(pdf_info(path).values())
    assert not any(secret in metadata for secret in secrets)
    assert journal.settings.get(ORGANISATION.key) == "Riverside General"


def test_the_dialog_by_category_with_its_warnings_and_printing(
    qtbot: QtBot, seeded: Journal, clock: Clock
) -> None:
    printed = Printed()
    dialog = HandoutDialog(seeded, clock, print_handout=printed)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.chosen_ids() == []
    assert not dialog.print_button.isEnabled() and not dialog.save_button.isEnabled()
    assert dialog.preview.text() == "Tick at least one resource."
    head = dialog.category_item("counselling")
    assert head is not None
    head.setCheckState(0, Qt.CheckState.Checked)  # the whole category
    names = {seeded.resources.get(i).name for i in dialog.chosen_ids()}
    assert names == {"SAMHSA National Helpline", "Employee assistance program (EAP)"}
    assert dialog.warnings.isVisible()
    assert "“SAMHSA National Helpline” was not verified" in dialog.warnings.text()
    assert "Employee assistance program (EAP)" in dialog.warnings.text()
    assert dialog.print_button.isEnabled()
    dialog.update_preview_now()
    assert dialog.preview.pixmap() is not None and not dialog.preview.pixmap().isNull()
    dialog.made_on.setDate(dialog.made_on.date().addDays(-1))
    dialog.organisation.setText("  Our clinic  ")
    assert not dialog.print_now()  # the EAP has no contact details yet: kept first
    assert printed.handouts == [] and "“Employee assistance program (EAP)”" in dialog.status.text()
    qtbot.mouseClick(dialog.keep_button, Qt.MouseButton.LeftButton)
    assert dialog.print_now()
    (handout,) = printed.handouts
    assert handout.organisation == "Our clinic" and handout.made_on == day(25)
    assert {r.name for r in handout.resources} == names
    assert handout.note == ""
    assert dialog.status.text() == "Sent to the printer."
    dialog.show_preview()
    assert dialog.preview_window is not None and dialog.preview_window.isVisible()
    assert len(printed.handouts) == 1  # the preview alone prints nothing
    qtbot.mouseClick(dialog.preview_window.print_button, Qt.MouseButton.LeftButton)
    assert printed.handouts == [handout, handout]  # its Print goes the Print button's way


def test_the_note_is_kept_short(qtbot: QtBot, seeded: Journal, clock: Clock) -> None:
    first = seeded.resources.all()[0]
    dialog = HandoutDialog(seeded, clock, resource_ids=[first.id or 0])
    qtbot.addWidget(dialog)
    dialog.note.setPlainText("x" * (NOTE_MAX + 40))
    assert len(dialog.note.toPlainText()) == NOTE_MAX
    assert dialog.note_error.isVisibleTo(dialog)
    assert "at most 600 characters" in dialog.note_error.text()
    assert len(dialog.handout().note) == NOTE_MAX


# --- the command line ---------------------------------------------------------------------------


def run_handout(argv: list[str], vault: Vault) -> tuple[int, str, str]:
    """The command as ``peerdesk`` runs it: parsed among the core's commands, then run."""
    command = handout_command.COMMAND
    args = cli.build_parser([command]).parse_args(["handout", *argv])
    out, err = io.StringIO(), io.StringIO()
    code = run_command(command, args, Context(vault, out, err, sys.stdin))
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def locked(vault: Vault, clock: Clock) -> Vault:
    clock.now = NOON
    journal, _code = vault.create()
    seed_default_resources(journal)
    peer = journal.peers.add("Plover Secret")
    journal.sessions.save(
        Session(
            held_on=day(3), status=FINISHED, peer_id=peer.id, contact_kind="peer_asked",
            notes={"listen": "CLI-SECRET-NOTE"},
        )
    )  # fmt: skip
    journal.settings.set(ORGANISATION.key, "Riverside General")
    vault.lock()
    return vault


def test_the_command_prints_a_stack_by_category_and_id(locked: Vault, tmp_path: Path) -> None:
    journal = locked.unlock_with_keyring()
    samhsa = by_name(journal, "SAMHSA National Helpline")[0].id
    locked.lock()
    path = tmp_path / "stack.pdf"
    code, out, err = run_handout(
        ["--out", str(path), "--category", "crisis line", "--resource", str(samhsa)], locked
    )
    assert (code, err) == (0, "")
    assert f"Handout saved: {path} (4 resources, 1 page)" in out
    assert "Not verified in the last 12 months" in out
    assert not locked.is_unlocked
    text = pdf_text(path)
    assert "Disaster Distress Helpline" in text and "1-800-662-4357" in text
    assert "Physician Support Line" not in text
    assert EMERGENCY in text and "Riverside General" in text
    assert "Plover" not in text and "CLI-SECRET-NOTE" not in text
    assert pdf_info(path)["Pages"] == "1"


def test_the_command_without_a_choice_takes_the_whole_directory(
    locked: Vault, tmp_path: Path
) -> None:
    path = tmp_path / "all.pdf"
    argv = ["--out", str(path), "--organisation", "Elsewhere"]
    code, out, err = run_handout(argv, locked)  # the local placeholders have no contact yet
    assert (code, out) == (2, "") and not path.exists()
    assert "no phone, text line or web address yet for: " in err and "--keep-empty" in err
    assert "Employee assistance program (EAP)" in err
    code, out, _err = run_handout([*argv, "--keep-empty"], locked)
    assert code == 0 and "(11 resources, 1 page)" in out
    assert "Kept without contact details: " in out
    assert "Elsewhere" in pdf_text(path)


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--out", "x.png"], "the handout is a PDF"),
        (["--out", "x.pdf", "--category", "hotlines"], "unknown category 'hotlines'"),
        (["--out", "x.pdf", "--resource", "999"], "no resource with id 999"),
    ],
)
def test_the_command_refuses_bad_choices(
    locked: Vault, tmp_path: Path, argv: list[str], message: str
) -> None:
    argv = [str(tmp_path / a) if a.startswith("x.") else a for a in argv]
    code, out, err = run_handout(argv, locked)
    assert code == 2 and out == ""
    assert err.startswith("peerdesk: error: ") and message in err
    assert not list(tmp_path.glob("x.*"))
    assert not locked.is_unlocked
