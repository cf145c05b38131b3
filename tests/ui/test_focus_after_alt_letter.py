"""A check box or radio button reached by its Alt letter shows the focus frame, as after Tab; a
mouse click on it still does not (Qt draws the frame only after a keyboard focus change).

Qt moves the focus to such a button as a click does (reason "other"), which turns the window's
"keyboard focus change" off: after Alt+I on the Closing step nothing showed where the focus was
(hostile-a, round s21). The app's style keeps it on; the app draws with its style sheet too.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget
from pytestqt.qtbot import QtBot

from peerdesk.journal import Journal
from peerdesk.vault import Vault
from tests.conftest import Clock
from tests.support.look import look_kept
from tests.support.windows import shown_main_window
from ui.main_window import SETTINGS
from ui.system.theme import DARK, LIGHT, Theme

KEYBOARD = Qt.WidgetAttribute.WA_KeyboardFocusChange


@pytest.fixture(params=["style", LIGHT, DARK])
def look(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """The app's style alone (as the tests run), or with a theme's palette and style sheet."""
    with look_kept(qapp):
        if request.param != "style":
            Theme(qapp, request.param)
        yield str(request.param)


def _settings(qtbot: QtBot, journal: Journal, vault: Vault, clock: Clock) -> QMainWindow:
    window = shown_main_window(qtbot, journal, vault, clock)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.nav.setCurrentRow(SETTINGS)
    return window


def _click(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=widget.rect().center())


def test_a_radio_button_reached_by_its_alt_letter_shows_the_focus_frame(
    qtbot: QtBot, journal: Journal, vault: Vault, clock: Clock, look: str
) -> None:
    window = _settings(qtbot, journal, vault, clock)
    page = window.settings_page
    _click(qtbot, page.passphrase)  # a click: no frame from here on
    assert page.passphrase.hasFocus()
    assert not window.testAttribute(KEYBOARD)
    qtbot.keyClick(page.passphrase, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(page.mode_passphrase.isChecked)  # Ask for my passphrase every &time
    assert QApplication.focusWidget() is page.mode_passphrase
    assert window.testAttribute(KEYBOARD), f"{look}: no focus frame after Alt+T"


def test_a_click_on_a_check_box_still_shows_no_focus_frame(
    qtbot: QtBot, journal: Journal, vault: Vault, clock: Clock, look: str
) -> None:
    window = _settings(qtbot, journal, vault, clock)
    page = window.settings_page
    page.passphrase.setFocus()
    qtbot.keyClick(page.passphrase, Qt.Key.Key_Tab)
    assert window.testAttribute(KEYBOARD)  # the keyboard: the frame shows
    box = page.retention.notes_on
    _click(qtbot, box)
    assert box.hasFocus()
    assert not window.testAttribute(KEYBOARD), f"{look}: a click drew the focus frame"
