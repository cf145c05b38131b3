"""System, Light or Dark (issue 14, item 2): chosen in Settings, applied at once, kept in the
journal; System follows the scheme the operating system reports through Qt's style hints."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from peerdesk import insights as ins
from peerdesk import report as rep
from peerdesk.demo import fill
from peerdesk.journal import Journal
from peerdesk.preferences import THEME
from peerdesk.vault import Vault
from tests.conftest import day
from tests.support.look import look_kept, luminance
from ui.lifecycle import AppController
from ui.main_window import SETTINGS
from ui.printing.handout import Handout, page_images
from ui.printing.report_pdf import report_pages
from ui.session.steps.note import StepNote
from ui.system.theme import DARK, LIGHT, SYSTEM, Theme
from ui.widgets.colours import style_colour

Window = QPalette.ColorRole.Window


@pytest.fixture
def kept(qapp: QApplication) -> Iterator[None]:
    with look_kept(qapp):
        yield


def _dark(qapp: QApplication) -> bool:
    return luminance(qapp.palette().color(Window)) < 0.1


def test_dark_chosen_in_settings_applies_at_once_and_after_the_next_unlock(
    qtbot: QtBot,
    qapp: QApplication,
    kept: None,
    make_controller: Callable[..., AppController],
    vault: Vault,
) -> None:
    vault.create()
    theme = Theme(qapp)
    assert theme.scheme == LIGHT and not _dark(qapp)  # offscreen reports no scheme: light
    controller = make_controller(vault, theme=theme)
    controller.start()
    window = controller.window
    assert window is not None
    window.nav.setCurrentRow(SETTINGS)
    choice = window.settings_page.theme
    light_overdue = style_colour("overdue", prop="due")

    choice.setCurrentIndex(choice.findData(DARK))
    assert theme.scheme == DARK and _dark(qapp)
    assert style_colour("overdue", prop="due") != light_overdue  # the style sheet's dark section
    assert vault.journal is not None and vault.journal.preferences.get(THEME) == DARK

    theme.choose(SYSTEM)  # as a new start of the app finds it, before the journal is open
    assert not _dark(qapp)
    controller.lock()
    controller.gate.try_keyring()  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: controller.window is not None, timeout=5000)
    assert theme.scheme == DARK and _dark(qapp)  # the journal's choice, once it is open
    reopened = controller.window.settings_page.theme  # type: ignore[union-attr]
    assert reopened.currentData() == DARK


def test_system_follows_the_operating_system_and_an_explicit_choice_does_not(
    qapp: QApplication, kept: None
) -> None:
    theme = Theme(qapp, SYSTEM)
    seen: list[str] = []
    theme.changed.connect(seen.append)
    hints = qapp.styleHints()
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)  # the desktop switched to dark
    assert theme.scheme == DARK and _dark(qapp)
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert theme.scheme == LIGHT and not _dark(qapp)
    theme.choose(DARK)
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert theme.scheme == DARK and _dark(qapp)
    assert seen == [DARK, LIGHT, DARK]
    theme.choose(DARK)  # the scheme in use already: the app is not restyled again
    assert seen == [DARK, LIGHT, DARK]
    with pytest.raises(ValueError):
        theme.choose("blue")
    assert theme.scheme == DARK


def _marking(note: StepNote) -> QColor:
    marks = note.edit.document().firstBlock().layout().formats()
    assert marks, "the phone number is not marked"
    return marks[0].format.background().color()


def test_an_open_note_marks_identifiers_in_the_new_schemes_colour(
    qtbot: QtBot, qapp: QApplication, kept: None
) -> None:
    theme = Theme(qapp, LIGHT)
    note = StepNote("cope", "Cope", folded=False)
    qtbot.addWidget(note)
    note.show()
    note.edit.setPlainText("call 555 013 4567 tonight")
    light = _marking(note)
    assert light.rgb() == qapp.palette().color(QPalette.ColorRole.Highlight).rgb()
    with qtbot.assertNotEmitted(note.changed):  # marking again is no edit (nothing to save)
        theme.choose(DARK)
    dark = _marking(note)
    assert dark.rgb() == qapp.palette().color(QPalette.ColorRole.Highlight).rgb()
    assert dark.rgb() != light.rgb() and dark.alpha() < 255


def test_printed_pages_stay_black_on_white_in_the_dark_theme(
    qapp: QApplication, kept: None, journal: Journal
) -> None:
    """The handout and the report are laid out as rich text, which would take the app's
    palette for anything it does not colour itself: their pages must not change with it."""
    fill(journal, 60, seed=2, today=day(26))
    handout = Handout(tuple(journal.resources.all()[:4]), day(26), note="Thank you for today.")
    figures = ins.compute(journal.conn, ins.Period.months_up_to(day(26)), day(26))
    report = rep.build(figures, 5)
    theme = Theme(qapp, LIGHT)
    light = [*page_images(handout), *report_pages(report)]
    theme.choose(DARK)
    dark = [*page_images(handout), *report_pages(report)]
    assert len(dark) == len(light) >= 2
    assert all(page == before for page, before in zip(dark, light, strict=True))
    assert dark[0].pixelColor(2, 2).name() == "#ffffff"  # paper


def test_a_colour_code_paints_is_the_one_the_style_sheet_gives_that_property(
    qapp: QApplication, kept: None
) -> None:
    Theme(qapp, LIGHT)
    text = qapp.palette().color(QPalette.ColorRole.WindowText)
    overdue = style_colour("overdue", prop="due")
    warning = style_colour("warning", prop="state")
    chart = style_colour("chart-main")
    # Each its own colour, none the plain text colour a label without the rule gets.
    assert len({text.name(), overdue.name(), warning.name(), chart.name()}) == 4
    assert style_colour("overdue", prop="colour") == text  # the property matters, not the value
