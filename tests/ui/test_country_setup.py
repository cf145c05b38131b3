"""The supporter's country in the app: setup asks for it (the computer's own first) and starts
the directory with its pack; Settings changes it and adds another country's pack, saying what
was added and what was already there."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, Qt
from pytestqt.qtbot import QtBot

from peerdesk.journal import Journal
from peerdesk.preferences import COUNTRY
from peerdesk.resource_defaults import pack_resources
from peerdesk.vault import Vault
from tests.conftest import Clock
from ui.dialogs.handout_dialog import HandoutDialog
from ui.gates.setup_wizard import CODE, SetupWizard
from ui.pages.country_settings import CountrySettings
from ui.widgets.country_choice import locale_country


@pytest.fixture
def german_computer() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    yield
    QLocale.setDefault(before)


def test_the_computers_country_is_offered_first_when_there_is_a_pack() -> None:
    english = QLocale.Language.English
    assert locale_country(QLocale(english, QLocale.Country.UnitedKingdom)) == "GB"
    assert locale_country(QLocale(english, QLocale.Country.Australia)) == "AU"
    assert locale_country(QLocale(QLocale.Language.French, QLocale.Country.Canada)) == "CA"
    assert locale_country(QLocale(english, QLocale.Country.India)) == "US"  # no pack: default


@pytest.mark.usefixtures("german_computer")
def test_setup_asks_for_the_country_and_starts_with_its_pack(qtbot: QtBot, vault: Vault) -> None:
    wizard = SetupWizard(vault, print_sheet=lambda *_a: True, choose_group=lambda _n: 0)
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.country.code() == "DE"  # from the locale
    assert wizard.country.isVisible() and wizard.country.accessibleName()
    wizard.country.setCurrentIndex(wizard.country.findData("FR"))
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)  # create the journal
    assert wizard.current_step == CODE
    journal = wizard.journal
    assert journal is not None and journal.preferences.get(COUNTRY) == "FR"
    names = {r.name for r in journal.resources.all()}
    assert names == {r.name for r in pack_resources("FR")}


def test_settings_change_the_country_and_add_a_pack_once(
    qtbot: QtBot, journal: Journal, clock: Clock
) -> None:
    box = CountrySettings(journal)
    qtbot.addWidget(box)
    box.show()
    assert box.country.code() == "US"
    assert box.emergency.text() == "Handouts say: In immediate danger, call 911."
    box.country.setCurrentIndex(box.country.findData("IE"))
    assert journal.preferences.get(COUNTRY) == "IE"
    assert box.emergency.text() == "Handouts say: In immediate danger, call 112 or 999."
    handout = HandoutDialog(journal, clock)
    qtbot.addWidget(handout)
    assert handout.handout().country == "IE"

    before = len(journal.resources.all())
    box.pack.setCurrentIndex(box.pack.findData("IE"))
    qtbot.mouseClick(box.add_pack_button, Qt.MouseButton.LeftButton)
    # Nothing of the Irish pack is in a US directory (Ireland spells it "programme").
    added = len(journal.resources.all()) - before
    assert added == len(pack_resources("IE"))
    assert (
        box.pack_state.text()
        == f"Ireland: {added} added to your resource directory, 0 already there."
    )
    rows = journal.conn.execute("SELECT * FROM resources ORDER BY id").fetchall()
    qtbot.mouseClick(box.add_pack_button, Qt.MouseButton.LeftButton)
    assert box.pack_state.text() == (
        f"Ireland: 0 added to your resource directory, {added} already there."
    )
    assert journal.conn.execute("SELECT * FROM resources ORDER BY id").fetchall() == rows
