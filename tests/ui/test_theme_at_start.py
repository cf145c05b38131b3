"""The colours chosen in Settings come back at the next start before the journal is open.

The choice is kept in the journal, which is closed while the unlock screen shows; in passphrase
mode a supporter who chose Dark got a light unlock screen at every start. The last choice is
also kept beside the window's size (a colour scheme says nothing about the journal), and the
journal's own choice still wins once it is open.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from peerdesk.keyslots import LockMode
from peerdesk.preferences import THEME
from peerdesk.vault import Vault
from tests.support.look import look_kept
from ui.gates.unlock_dialog import UnlockDialog
from ui.lifecycle import AppController
from ui.system.theme import DARK, LIGHT, SYSTEM, Theme
from ui.system.window_state import WindowState

PASS = "quiet harbour lights"


@pytest.fixture
def theme(qapp: QApplication) -> Iterator[Theme]:
    with look_kept(qapp):
        yield Theme(qapp)


def _unlock(qtbot: QtBot, controller: AppController) -> None:
    gate = controller.gate
    assert isinstance(gate, UnlockDialog)
    qtbot.keyClicks(gate.passphrase_edit, PASS)
    with qtbot.waitSignal(controller.unlocked):
        qtbot.keyClick(gate.passphrase_edit, Qt.Key.Key_Return)


def test_the_unlock_screen_at_the_next_start_has_the_colours_chosen_last(
    qtbot: QtBot,
    vault: Vault,
    theme: Theme,
    make_controller: Callable[..., AppController],
) -> None:
    journal, _code = vault.create(PASS, lock_mode=LockMode.PASSPHRASE)
    journal.preferences.set(THEME, DARK)
    vault.lock()
    assert theme.scheme == LIGHT  # offscreen reports no scheme: light
    first = make_controller(vault, theme=theme)
    first.start()
    _unlock(qtbot, first)
    assert theme.scheme == DARK  # the journal's choice
    first.lock()

    theme.choose(SYSTEM)  # as a new start of the app finds it
    again = make_controller(vault, theme=theme)  # the same settings folder
    again.start()
    assert isinstance(again.gate, UnlockDialog) and not vault.is_unlocked
    assert theme.scheme == DARK  # before the journal is open

    _unlock(qtbot, again)
    window = again.window
    assert window is not None
    choice = window.settings_page.theme
    choice.setCurrentIndex(choice.findData(LIGHT))  # changed in Settings: kept for next time
    again.lock()
    theme.choose(SYSTEM)
    third = make_controller(vault, theme=theme)
    third.start()
    assert theme.scheme == LIGHT and not vault.is_unlocked


def test_the_journal_s_choice_wins_over_the_one_kept_beside_it(
    qtbot: QtBot,
    vault: Vault,
    theme: Theme,
    make_controller: Callable[..., AppController],
) -> None:
    # A journal brought from another computer (or restored) brings its own choice.
    journal, _code = vault.create(PASS, lock_mode=LockMode.PASSPHRASE)
    journal.preferences.set(THEME, DARK)
    vault.lock()
    first = make_controller(vault, theme=theme)
    first.start()
    _unlock(qtbot, first)
    first.lock()
    assert vault.unlock_with_passphrase(PASS).preferences.set(THEME, LIGHT) == LIGHT
    vault.lock()
    theme.choose(SYSTEM)
    again = make_controller(vault, theme=theme)
    again.start()
    assert theme.scheme == DARK  # the last one shown here, until the journal is open
    _unlock(qtbot, again)
    assert theme.scheme == LIGHT


@pytest.mark.parametrize("text", ["[look]\ntheme=blue\n", "[look]\ntheme=\n", "\x00\xff[[[\n"])
def test_a_damaged_or_hand_edited_choice_beside_the_journal_is_ignored(
    tmp_path: Path, text: str
) -> None:
    folder = tmp_path / "config"
    folder.mkdir()
    (folder / "window.ini").write_text(text, encoding="latin-1")
    state = WindowState(folder)
    assert state.theme() is None  # System until the journal's own choice applies
    state.remember_theme(DARK)
    assert WindowState(folder).theme() == DARK
