"""The core's refusals built from values read in the supporter's language (issue 16 items 1-2).

Each broken resource file goes through the real Resources page, each malformed recovery code
through the real unlock dialog and a short passphrase through the real Settings page, in Spanish,
French and German: the message is the translated one, the values (line numbers, the category as
typed, the dates, the counts) are in it, and no sentence of the English template is left.
"""

from __future__ import annotations

import json
import re
import runpy
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from peerdesk import resource_files
from peerdesk.errors import PeerDeskError
from peerdesk.journal import Journal
from peerdesk.recovery import RecoveryCode
from peerdesk.resource_files import FORMAT_NAME, MAX_RESOURCES
from peerdesk.translation import Phrase
from peerdesk.vault import Vault
from tests.conftest import Clock
from tests.support.language import SPOKEN_IN, speaking
from ui.gates.unlock_dialog import UnlockDialog
from ui.messages import core_message
from ui.pages.resources_page import ResourcesPage
from ui.pages.settings_page import SettingsPage

ROOT = Path(__file__).resolve().parents[2]
PIPELINE = runpy.run_path(str(ROOT / "packaging" / "translations.py"))
NOON = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)
LANGUAGES = ("es", "fr", "de")


@pytest.fixture(params=LANGUAGES)
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """The app speaking each translated language in turn (its widgets are made inside)."""
    code = str(request.param)
    with speaking(qapp, code, SPOKEN_IN[code]):
        yield code


def n(value: int) -> str:
    """A whole number the way the language writes it (1.000, 1 000, 1000)."""
    return QLocale().toString(value)


def mb(value: float) -> str:
    """A size in MB the way the language writes it (2,5)."""
    return QLocale().toString(value, "f", 1)


@dataclass(frozen=True)
class BrokenFile:
    name: str
    data: bytes


def _json(document: object) -> bytes:
    return json.dumps(document).encode()


BROKEN = {
    "missing column": BrokenFile("no-category.csv", b"name,phone\nNight line,555-0100\n"),
    "too many": BrokenFile(
        "huge.json",
        _json({"format": FORMAT_NAME, "version": 1, "resources": [{}] * (MAX_RESOURCES + 1)}),
    ),
    "too large": BrokenFile("big.csv", b"category,name\n" + b"x" * (5 * 512 * 1024)),
    "not a real date": BrokenFile(
        "bad-date.csv", b"category,name,last_verified_on\ncrisis_line,Night line,2026-02-30\n"
    ),
    "future date": BrokenFile(
        "future.csv", b"category,name,last_verified_on\ncrisis_line,Night line,2027-03-01\n"
    ),
    "unknown category": BrokenFile("chaplain.csv", b"category,name\nChaplaincy,Rev. Kim\n"),
    "bad json": BrokenFile("broken.json", b'{"format": }'),
    "not utf-8": BrokenFile("latin1.csv", b"category,name\ncrisis_line,Caf\xe9 line\n"),
}

# What each language says (the values as the file had them; numbers the locale's way).
EXPECTED = {
    "missing column": {
        "es": lambda: "línea 1: falta la columna 'category'",
        "fr": lambda: "ligne 1 : la colonne « category » manque",
        "de": lambda: "Zeile 1: Die Spalte 'category' fehlt",
    },
    "too many": {
        "es": lambda: (
            f"el archivo contiene {n(1001)} recursos; un directorio admite como máximo {n(1000)}"
        ),
        "fr": lambda: (
            f"le fichier contient {n(1001)} ressources ; un annuaire en contient au plus {n(1000)}"
        ),
        "de": lambda: (
            f"die Datei enthält {n(1001)} Hilfsangebote; ein Verzeichnis fasst höchstens {n(1000)}"
        ),
    },
    "too large": {
        "es": lambda: (
            f"el archivo ocupa {mb(2.5)} MB ({n(2621454)} bytes); un directorio de "
            f"recursos ocupa como máximo {mb(2.0)} MB ({n(2097152)} bytes)"
        ),
        "fr": lambda: (
            f"le fichier fait {mb(2.5)} Mo ({n(2621454)} octets) ; un annuaire des "
            f"ressources fait au plus {mb(2.0)} Mo ({n(2097152)} octets)"
        ),
        "de": lambda: (
            f"die Datei ist {mb(2.5)} MB ({n(2621454)} Byte) groß; ein Verzeichnis der "
            f"Hilfsangebote ist höchstens {mb(2.0)} MB ({n(2097152)} Byte) groß"
        ),
    },
    "not a real date": {
        "es": lambda: "línea 2: last_verified_on '2026-02-30' no es una fecha real",
        "fr": lambda: "ligne 2 : last_verified_on « 2026-02-30 » n’est pas une date réelle",
        "de": lambda: "Zeile 2: last_verified_on '2026-02-30' ist kein echtes Datum",
    },
    "future date": {
        "es": lambda: "línea 2: last_verified_on 2027-03-01 está en el futuro",
        "fr": lambda: "ligne 2 : last_verified_on 2027-03-01 est dans le futur",
        "de": lambda: "Zeile 2: last_verified_on 2027-03-01 liegt in der Zukunft",
    },
    "unknown category": {
        "es": lambda: "línea 2: la categoría 'Chaplaincy' no es ninguna de estas: crisis_line",
        "fr": lambda: "ligne 2 : la catégorie « Chaplaincy » ne fait pas partie de : crisis_line",
        "de": lambda: "Zeile 2: Die Kategorie 'Chaplaincy' ist keine von: crisis_line",
    },
    "bad json": {
        "es": lambda: "línea 1, columna 12: esto no es JSON válido (se esperaba un valor)",
        "fr": lambda: (
            "ligne 1, colonne 12 : ce n’est pas du JSON valide (une valeur était attendue)"
        ),
        "de": lambda: "Zeile 1, Spalte 12: Das ist kein gültiges JSON (hier fehlt ein Wert)",
    },
    "not utf-8": {
        "es": lambda: (
            "línea 2: el archivo no es texto UTF-8; guárdalo como UTF-8 y vuelve a intentarlo"
        ),
        "fr": lambda: (
            "ligne 2 : le fichier n’est pas un texte en UTF-8 ; enregistrez-le en "
            "UTF-8 et réessayez"
        ),
        "de": lambda: (
            "Zeile 2: Die Datei ist kein UTF-8-Text; speichern Sie sie als UTF-8 und "
            "versuchen Sie es erneut"
        ),
    },
}


def english_pieces(error: PeerDeskError) -> set[str]:
    """The English words of the error's templates (its own and its parts'), between the values:
    every piece of two words or more, which a translated message must not show (a field name of
    the file format, such as last_verified_on, is one word: the file is written with it)."""
    templates = [error.template]
    parts: list[object] = list(error.values.values())
    while parts:
        part = parts.pop()
        if isinstance(part, PeerDeskError | Phrase):
            templates.append(part.template)
            parts.extend(part.values.values())
    pieces = set()
    for template in templates:
        for piece in re.split(r"\{[a-z_]+\}", template):
            piece = piece.strip(" :;,.()'\"")
            if len(re.findall(r"[A-Za-z][A-Za-z_]*", piece)) >= 2:
                pieces.add(piece)
    return pieces


def no_english_left(shown: str, error: PeerDeskError) -> list[str]:
    return [piece for piece in english_pieces(error) if piece in shown]


@pytest.mark.parametrize("case", list(BROKEN))
def test_a_broken_resource_file_is_refused_in_the_supporters_language(
    qtbot: QtBot, journal: Journal, clock: Clock, tmp_path: Path, language: str, case: str
) -> None:
    broken = BROKEN[case]
    path = tmp_path / broken.name
    path.write_bytes(broken.data)
    clock.now = NOON
    with pytest.raises(PeerDeskError) as refused:  # the same refusal, read by the core
        resource_files.read_file(path, today=NOON.date())
    assert english_pieces(refused.value)  # there is English to leave out
    before = journal.resources.all(include_archived=True)
    page = ResourcesPage(journal, clock, choose_open_file=lambda: path)
    qtbot.addWidget(page)

    assert not page.import_file()

    shown = page.status.text()
    assert EXPECTED[case][language]().casefold() in shown.casefold(), shown
    assert broken.name in shown
    assert no_english_left(shown, refused.value) == []
    assert "was not imported" not in shown  # the page's own words are translated too
    assert journal.resources.all(include_archived=True) == before


RECOVERY = {
    "too short": (
        "ABCD-EFGH",
        {
            "es": "un código de recuperación tiene 32 letras y cifras; este tiene 8",
            "fr": "un code de récupération compte 32 lettres et chiffres ; celui-ci en a 8",
            "de": "ein Wiederherstellungscode hat 32 Buchstaben und Ziffern; dieser hat 8",
        },
    ),
    "unknown letters": (
        "ABCD-#FGH-%JKM",
        {
            "es": "el código de recuperación no puede contener '#' '%'",
            "fr": "le code de récupération ne peut pas contenir '#' '%'",
            "de": "der Wiederherstellungscode darf '#' '%' nicht enthalten",
        },
    ),
}


@pytest.mark.parametrize("case", list(RECOVERY))
def test_a_malformed_recovery_code_is_explained_in_the_supporters_language(
    qtbot: QtBot, vault: Vault, language: str, case: str
) -> None:
    typed, expected = RECOVERY[case]
    with pytest.raises(PeerDeskError) as refused:
        RecoveryCode.parse(typed)
    vault.create()
    vault.lock()
    dialog = UnlockDialog(vault)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.recovery_edit, typed)

    dialog.recovery_button.click()

    shown = dialog.recovery_error.text()
    assert expected[language].casefold() in shown.casefold(), shown
    assert no_english_left(shown, refused.value) == []
    assert vault.journal is None  # still locked


def test_a_short_passphrase_is_refused_in_the_supporters_language(
    qtbot: QtBot, journal: Journal, vault: Vault, clock: Clock, language: str
) -> None:
    page = SettingsPage(journal, clock, vault, write_down=lambda _c: True, confirm=lambda _q: True)
    qtbot.addWidget(page)
    qtbot.keyClicks(page.passphrase, "short")
    qtbot.keyClicks(page.passphrase_again, "short")

    page.set_passphrase_button.click()

    shown = page.passphrase_state.text()
    expected = {
        "es": "una contraseña de bloqueo tiene al menos 8 caracteres",
        "fr": "une phrase secrète de verrouillage compte au moins 8 caractères",
        "de": "eine Sperr-Passphrase hat mindestens 8 Zeichen",
    }[language]
    assert expected.casefold() in shown.casefold(), shown
    assert "at least" not in shown and "characters" not in shown
    assert not vault.has_passphrase


BROKEN_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context><name>errors</name>
<message><source>line {line}: the column &apos;{name}&apos; is missing</source>
<translation>Zeile {zeile}: Die Spalte &apos;{name}&apos; fehlt</translation></message>
</context>
</TS>
"""


def test_a_translation_that_names_a_value_wrongly_falls_back_to_the_english(
    qapp: QApplication, tmp_path: Path
) -> None:
    """A translator's typo in a {name} (the catalogue test catches it first) shows the English
    message with its values, never a crash."""
    ts, qm = tmp_path / "broken_de.ts", tmp_path / "broken_de.qm"
    ts.write_text(BROKEN_TS, encoding="utf-8")
    PIPELINE["lrelease"](ts, qm)
    translator = QTranslator()
    assert translator.load(str(qm))
    path = tmp_path / "no-category.csv"
    path.write_bytes(BROKEN["missing column"].data)
    with pytest.raises(PeerDeskError) as refused:
        resource_files.read_file(path)
    qapp.installTranslator(translator)
    try:
        shown = core_message(refused.value)
    finally:
        qapp.removeTranslator(translator)
    assert shown == "line 1: the column 'category' is missing"
