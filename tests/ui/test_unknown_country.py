"""A journal whose country this version cannot read (a newer version's pack, a damaged row): no
emergency number is guessed. The handout (dialog, preview and command) says to call the local
emergency number, the command says why on stderr, and Settings shows the country as not chosen
until the supporter picks one. DESIGN §6: a wrong crisis number is worse than none."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from peerdesk.journal import Journal
from peerdesk.preferences import COUNTRY
from peerdesk.vault import Vault
from tests.conftest import Clock
from tests.support.language import SPOKEN_IN, speaking
from tests.ui.test_handout import NOON, pdf_text, run_handout
from ui.dialogs.handout_dialog import HandoutDialog
from ui.pages.country_settings import CountrySettings

LOCAL = "In immediate danger, call your local emergency number."
NUMBERS = ("911", "999", "112", "000")


def german_journal_now_unreadable(vault: Vault) -> Journal:
    journal, _code = vault.create(country="DE")  # German pack: TelefonSeelsorge, 112
    journal.settings.set(COUNTRY.key, "NZ")  # a pack this version does not have
    return journal


def test_the_handout_dialog_and_its_pdf_give_no_number_for_an_unreadable_country(
    qtbot: QtBot, vault: Vault, clock: Clock, tmp_path: Path
) -> None:
    journal = german_journal_now_unreadable(vault)
    clock.now = NOON
    dialog = HandoutDialog(journal, clock)
    qtbot.addWidget(dialog)
    dialog.show()
    line = next(r for r in journal.resources.all() if r.name.startswith("TelefonSeelsorge"))
    dialog.set_chosen([line.id or 0])
    assert dialog.emergency_label.text() == f"Every handout says: {LOCAL}"
    assert dialog.handout().country is None  # the preview is drawn from this handout
    path = dialog.save_pdf(tmp_path / "handout.pdf")
    assert path is not None
    text = pdf_text(path)
    assert LOCAL in text and "TelefonSeelsorge" in text
    assert not any(f"call {number}" in text for number in NUMBERS)


def test_the_command_prints_the_local_line_and_says_why_on_stderr(
    vault: Vault, tmp_path: Path
) -> None:
    german_journal_now_unreadable(vault)
    vault.lock()
    path = tmp_path / "stack.pdf"
    status, out, err = run_handout(
        ["--out", str(path), "--category", "crisis_line", "--keep-empty"], vault
    )
    assert status == 0 and "Handout saved" in out
    assert err.startswith("peerdesk: note: the journal's country is not chosen")
    assert "Settings" in err  # where to choose it
    text = pdf_text(path)
    assert LOCAL in text and "TelefonSeelsorge" in text
    assert not any(f"call {number}" in text for number in NUMBERS)


def test_settings_show_the_country_as_not_chosen_until_the_supporter_picks_one(
    qtbot: QtBot, vault: Vault
) -> None:
    journal = german_journal_now_unreadable(vault)
    box = CountrySettings(journal)
    qtbot.addWidget(box)
    box.show()
    assert box.country.code() is None and box.country.currentIndex() == -1
    assert box.country.currentText() == ""  # no country's name shown as if chosen
    assert box.country.placeholderText() == "Not chosen"
    assert box.emergency.text() == f"Handouts say: {LOCAL}"
    assert journal.settings.get(COUNTRY.key) == "NZ"  # showing it changed nothing
    box.country.setCurrentIndex(box.country.findData("DE"))
    assert journal.preferences.get(COUNTRY) == "DE"
    assert box.emergency.text() == "Handouts say: In immediate danger, call 112."


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("de", "Notrufnummer"),
        ("fr", "urgence"),
        ("es", "emergencia"),
    ],
)
def test_the_local_emergency_line_is_translated(
    qtbot: QtBot, qapp: QApplication, vault: Vault, language: str, words: str
) -> None:
    journal = german_journal_now_unreadable(vault)
    with speaking(qapp, language, SPOKEN_IN[language]):
        box = CountrySettings(journal)
        qtbot.addWidget(box)
        shown, placeholder = box.emergency.text(), box.country.placeholderText()
    assert words in shown and LOCAL not in shown, shown
    assert placeholder != "Not chosen"
