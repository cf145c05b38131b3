"""What the handout dialog decides with the supporter (issue 14 item 6, issue 16 item 5): the
country's emergency line on the page and beside the preview, the Documents folder for the PDF,
nothing ticked behind the supporter's back, and no entry without contact details on paper until
it is filled in, unticked or kept."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from peerdesk import countries
from peerdesk.journal import Journal
from peerdesk.preferences import COUNTRY
from peerdesk.resource_defaults import is_placeholder
from peerdesk.vault import Vault
from tests.conftest import Clock
from tests.ui.test_handout import NOON, by_name, pdf_text, run_handout
from ui.dialogs.handout_dialog import HandoutDialog

EMERGENCY = {
    "US": "In immediate danger, call 911.",
    "CA": "In immediate danger, call 911.",
    "GB": "In immediate danger, call 999 or 112.",
    "IE": "In immediate danger, call 112 or 999.",
    "AU": "In immediate danger, call 000.",
    "ES": "In immediate danger, call 112.",
    "FR": "In immediate danger, call 112.",
    "DE": "In immediate danger, call 112.",
}


def open_dialog(qtbot: QtBot, journal: Journal, clock: Clock, **kwargs: object) -> HandoutDialog:
    clock.now = NOON
    dialog = HandoutDialog(journal, clock, **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


@pytest.mark.parametrize("code", countries.CODES)
def test_a_handout_carries_its_countrys_emergency_number(
    code: str, qtbot: QtBot, vault: Vault, clock: Clock, tmp_path: Path
) -> None:
    assert set(EMERGENCY) == set(countries.CODES)
    journal, _code = vault.create(country=code)
    assert journal.preferences.get(COUNTRY) == code
    dialog = open_dialog(qtbot, journal, clock)
    line = next(r for r in journal.resources.all() if r.category == "crisis_line" and r.phone)
    dialog.set_chosen([line.id or 0])
    assert dialog.emergency_label.text() == f"Every handout says: {EMERGENCY[code]}"
    assert dialog.handout().country == code  # the preview is drawn from this handout
    path = dialog.save_pdf(tmp_path / f"handout-{code}.pdf")
    assert path is not None
    text = pdf_text(path)
    assert EMERGENCY[code] in text and line.phone in text
    for other in set(EMERGENCY.values()) - {EMERGENCY[code]}:
        assert other not in text


def test_the_save_dialog_opens_in_the_documents_folder(
    qtbot: QtBot, journal: Journal, clock: Clock, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    documents = Path.home() / "Documents"  # the test's own home (tests/conftest.py)
    documents.mkdir()
    elsewhere = tmp_path / "where-peerdesk-was-started"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    dialog = open_dialog(qtbot, journal, clock)
    question = dialog.save_file_dialog("handout-2026-11-26.pdf")
    qtbot.addWidget(question)
    assert Path(question.directory().absolutePath()) == documents
    assert question.acceptMode() == question.AcceptMode.AcceptSave
    assert question.defaultSuffix() == "pdf"


def test_without_a_documents_folder_the_save_dialog_opens_at_home(
    qtbot: QtBot, journal: Journal, clock: Clock
) -> None:
    assert not (Path.home() / "Documents").exists()
    dialog = open_dialog(qtbot, journal, clock)
    question = dialog.save_file_dialog("handout.pdf")
    qtbot.addWidget(question)
    assert Path(question.directory().absolutePath()) == Path.home()


def test_nothing_starts_ticked_unless_asked_and_then_the_dialog_says_so(
    qtbot: QtBot, journal: Journal, clock: Clock
) -> None:
    lifeline, psl = by_name(journal, "988 Suicide & Crisis Lifeline", "Physician Support Line")
    plain = open_dialog(qtbot, journal, clock, shown_id=lifeline.id)
    assert plain.chosen_ids() == [] and not plain.started_ticked.isVisible()
    assert plain.tree.currentItem() is not None
    assert plain.tree.currentItem().text(0) == lifeline.name  # shown, not ticked
    marked = open_dialog(qtbot, journal, clock, resource_ids=[psl.id or 0])
    assert marked.chosen_ids() == [psl.id]
    assert marked.started_ticked.isVisible()
    assert "Ticked when this opened: Physician Support Line." in marked.started_ticked.text()


def test_an_entry_without_contact_details_is_not_printed_until_kept(
    qtbot: QtBot, journal: Journal, clock: Clock, tmp_path: Path
) -> None:
    printed: list[object] = []
    dialog = open_dialog(
        qtbot, journal, clock, print_handout=lambda _p, h: printed.append(h) or True
    )
    (eap,) = by_name(journal, "Employee assistance program (EAP)")
    (lifeline,) = by_name(journal, "988 Suicide & Crisis Lifeline")
    assert is_placeholder(eap)
    dialog.set_chosen([eap.id or 0, lifeline.id or 0])
    assert dialog.keep_button.isVisible()
    assert "Employee assistance program (EAP)" in dialog.warnings.text()
    assert not dialog.print_now()
    assert printed == []
    assert "“Employee assistance program (EAP)”" in dialog.status.text()
    assert "Keep them without contact details" in dialog.status.text()
    assert dialog.focusWidget() is dialog.keep_button  # the way forward, one key away
    target = tmp_path / "handout.pdf"
    assert dialog.save_pdf(target) is None and not target.exists()
    # Unticking it is one way out; keeping it is the other.
    dialog.set_chosen([lifeline.id or 0])
    assert not dialog.keep_button.isVisible() and dialog.print_now()
    dialog.set_chosen([eap.id or 0, lifeline.id or 0])
    assert not dialog.print_now()
    qtbot.mouseClick(dialog.keep_button, Qt.MouseButton.LeftButton)
    assert not dialog.keep_button.isVisible()
    assert "Employee assistance program (EAP)" not in dialog.warnings.text()
    assert dialog.save_pdf(target) == target
    assert eap.name in pdf_text(target)
    assert dialog.print_now() and len(printed) == 2


def test_the_command_prints_the_countrys_emergency_number(vault: Vault, tmp_path: Path) -> None:
    vault.create(country="AU")
    vault.lock()
    path = tmp_path / "stack.pdf"
    code, out, err = run_handout(["--out", str(path), "--category", "crisis_line"], vault)
    assert (code, err) == (0, "") and "Handout saved" in out
    text = pdf_text(path)
    assert EMERGENCY["AU"] in text and "13 11 14" in text and "911" not in text
