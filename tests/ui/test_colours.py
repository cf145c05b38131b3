"""Colours come from the palette or assets/peerdesk.qss, never a hex literal in a widget (STYLE 17).

The palettes themselves are named in one place, ``ui/system/theme.py``; printed output stays black
on white by design. A hex colour anywhere else in ``ui/`` fails here.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from ui.session.steps.fields import PROBLEM, show_as_note
from ui.system.theme import DARK, LIGHT, style_sheet

UI = Path(__file__).resolve().parents[2] / "ui"
QSS = UI.parent / "assets" / "peerdesk.qss"
HEX = re.compile(r"#[0-9a-fA-F]{6}\b|#[0-9a-fA-F]{3}\b")
PALETTES = {"system/theme.py"}
PRINTED = {"printing/handout.py", "printing/recovery_sheet.py", "printing/report_pdf.py"}


def test_no_widget_file_writes_a_hex_colour() -> None:
    found = {
        str(path.relative_to(UI))
        for path in UI.rglob("*.py")
        if HEX.search(path.read_text(encoding="utf-8"))
    }
    assert found - PALETTES - PRINTED == set()
    assert found >= PALETTES  # the palettes still live where this test says


def _selectors_with_a_colour(section: str) -> set[str]:
    rules = re.sub(r"/\*.*?\*/", "", section, flags=re.DOTALL)
    return {m.group(1).strip() for m in re.finditer(r"([^{}]+)\{[^}]*#[0-9a-fA-F]{3,6}", rules)}


def test_every_colour_of_the_light_scheme_has_a_dark_one_and_the_rest_none() -> None:
    shared = style_sheet("none")
    light, dark = style_sheet(LIGHT)[len(shared) :], style_sheet(DARK)[len(shared) :]
    assert not HEX.search(shared), "a colour for both schemes: give each scheme its own"
    assert _selectors_with_a_colour(light) == _selectors_with_a_colour(dark)
    assert 'QLabel[due="overdue"], QListWidget[due="overdue"]' in _selectors_with_a_colour(dark)


def test_a_boxed_note_gets_its_colours_from_the_style_sheet(qtbot: QtBot) -> None:
    label = QLabel("Nothing was saved yet.")
    qtbot.addWidget(label)
    show_as_note(label, PROBLEM)
    assert label.property("note") == PROBLEM
    assert label.styleSheet() == ""
    rules = QSS.read_text(encoding="utf-8")
    assert 'QLabel[note="problem"]' in rules and 'QLabel[note="info"]' in rules
    assert "QLabel#demoBanner" in rules
