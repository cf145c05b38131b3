"""The demo's country follows the computer's locale, as setup's default does (hostile-a s21 #10:
``LANG=fr_FR.UTF-8 uv run peerdesk --demo`` loaded the US directory and its handouts said
"appelez le 911")."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from peerdesk.preferences import COUNTRY
from peerdesk.resource_defaults import pack_resources
from tests.conftest import Clock
from tests.support import locale
from tests.support.language import SPOKEN_IN, speaking
from tests.ui.test_handout import NOON, pdf_text
from ui.app import demo_vault
from ui.dialogs.handout_dialog import HandoutDialog

# (language, the computer's country, the demo's country, the handout's emergency line)
COMPUTERS = [
    ("en", "US", "In immediate danger, call 911."),
    ("es", "ES", "En peligro inmediato, llama al 112."),
    ("fr", "FR", "En cas de danger immédiat, appelez le 112."),
    ("de", "DE", "Bei akuter Gefahr rufen Sie 112 an."),
]


@pytest.mark.parametrize(("language", "code", "line"), COMPUTERS)
def test_the_demo_takes_the_computers_country_and_its_emergency_number(
    qtbot: QtBot,
    qapp: QApplication,
    clock: Clock,
    tmp_path: Path,
    language: str,
    code: str,
    line: str,
) -> None:
    with speaking(qapp, language, SPOKEN_IN[language]):
        vault = demo_vault(tmp_path / "demo", 20)
        try:
            journal = vault.journal
            assert journal is not None
            assert journal.preferences.get(COUNTRY) == code
            pack = {r.name for r in pack_resources(code)}
            assert {r.name for r in journal.resources.all()} == pack  # its pack, nothing else
            clock.now = NOON
            dialog = HandoutDialog(journal, clock)
            qtbot.addWidget(dialog)
            crisis = [r.id or 0 for r in journal.resources.all() if r.category == "crisis_line"]
            dialog.set_chosen(crisis)
            path = dialog.save_pdf(tmp_path / "handout.pdf")
            dialog.close()
        finally:
            vault.lock()
    assert path is not None
    text = pdf_text(path)
    assert line in text
    assert "911" not in text or code == "US"


def test_a_computer_in_a_country_without_a_pack_gets_the_us_demo(tmp_path: Path) -> None:
    with locale.default_locale(QLocale.Language.English, QLocale.Country.India):
        vault = demo_vault(tmp_path / "demo", 5)
    try:
        journal = vault.journal
        assert journal is not None
        assert journal.preferences.get(COUNTRY) == "US"
    finally:
        vault.lock()
