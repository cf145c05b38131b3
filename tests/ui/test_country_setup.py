"""The supporter's country in the app: setup asks for it (the computer's own first) and starts
the directory with its pack; Settings changes it and adds another country's pack, saying what
was added and what was already there."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, Qt
from pytestqt.qtbot import QtBot

from peerdesk import countries
from peerdesk.errors import StorageFull
from peerdesk.journal import Journal
from peerdesk.preferences import COUNTRY
from peerdesk.resource_defaults import pack_resources
from peerdesk.vault import Vault
from tests.conftest import Clock
from tests.support import locale
from ui.dialogs.handout_dialog import HandoutDialog
from ui.gates.setup_wizard import CODE, SetupWizard
from ui.pages.country_settings import CountrySettings
from ui.widgets.accessible import Announcer
from ui.widgets.country_choice import country_name, locale_country


@pytest.fixture
def german_computer() -> Iterator[None]:
    with locale.german():
        yield


def test_the_computers_country_is_offered_first_when_there_is_a_pack() -> None:
    english = QLocale.Language.English
    assert locale_country(QLocale(english, QLocale.Country.UnitedKingdom)) == "GB"
    assert locale_country(QLocale(english, QLocale.Country.Australia)) == "AU"
    assert locale_country(QLocale(QLocale.Language.French, QLocale.Country.Canada)) == "CA"
    assert locale_country(QLocale(english, QLocale.Country.India)) == "US"  # no pack: default


def test_every_country_with_a_pack_has_a_name_on_screen() -> None:
    names = [country_name(code) for code in countries.CODES]
    assert all(name != code for name, code in zip(names, countries.CODES, strict=True))
    assert len(set(names)) == len(names)


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
    with qtbot.waitSignal(Announcer.of(box).said) as told:  # the result is announced
        qtbot.mouseClick(box.add_pack_button, Qt.MouseButton.LeftButton)
    # Nothing of the Irish pack is in a US directory (Ireland spells it "programme").
    added = len(journal.resources.all()) - before
    assert added == len(pack_resources("IE"))
    assert (
        box.pack_state.text()
        == f"Ireland: {added} added to your resource directory, 0 already there."
    )
    assert told.args == [box.pack_state.text()]
    rows = journal.conn.execute("SELECT * FROM resources ORDER BY id").fetchall()
    qtbot.mouseClick(box.add_pack_button, Qt.MouseButton.LeftButton)
    assert box.pack_state.text() == (
        f"Ireland: 0 added to your resource directory, {added} already there."
    )
    assert journal.conn.execute("SELECT * FROM resources ORDER BY id").fetchall() == rows


def test_a_country_that_could_not_be_saved_is_not_shown_as_chosen(
    qtbot: QtBot, journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full_disk(*_args: object) -> None:
        raise StorageFull("the disk is full")

    box = CountrySettings(journal)
    qtbot.addWidget(box)
    box.show()
    monkeypatch.setattr(journal.preferences, "set", full_disk)
    box.country.setCurrentIndex(box.country.findData("GB"))
    # The box goes back to the country the journal still has, and says why.
    assert journal.preferences.get(COUNTRY) == "US"
    assert box.country.code() == "US"
    assert box.emergency.text() == "Handouts say: In immediate danger, call 911."
    assert box.pack_state.text()
