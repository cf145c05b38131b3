"""Hostile tests (round s21, tester hostile-a): the keyboard-only supporter.

Found by hand under Xvfb (openbox, xdotool keys only, English and German):

1. In "Make a handout", Tab to "Save as PDF…" and press Enter: nothing happens (Space works).
   Every button made by ``ui.widgets.labels.plain_button`` has autoDefault off so that Enter in a
   field never presses it, which also means Enter on the focused button itself does nothing.
   Screenshots /work/notes/s21/shots-a/en-21.png (focus on Save as PDF…), en-22.png (after Enter:
   unchanged), en-23.png (after Space: the save dialog).
2. Setup wizard: "Back" (step 2) and "Show the code again" (step 4) have no Alt letter, although
   the wrong-group message tells the supporter to "choose Show the code again" and every other
   button there has one. Screenshots en-03-step2.png, en-07-wrong.png.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication
from pytestqt.qtbot import QtBot

from peerdesk.journal import Journal
from peerdesk.vault import Vault
from tests.conftest import Clock
from ui.dialogs.handout_dialog import HandoutDialog
from ui.gates.setup_wizard import CONFIRM, PASSPHRASE, SetupWizard
from ui.session.steps.fields import mnemonic_of


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Enter])
def test_enter_on_the_focused_close_button_of_the_handout_dialog_closes_it(
    qtbot: QtBot, journal: Journal, clock: Clock, key: Qt.Key
) -> None:
    dialog = HandoutDialog(journal, clock)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.organisation.setFocus()
    for _ in range(10):  # Tab, as by hand, to the Close button
        if QApplication.focusWidget() is dialog.close_button:
            break
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert dialog.close_button.hasFocus()
    qtbot.keyClick(dialog.close_button, key)
    assert not dialog.isVisible(), "Enter on the focused Close button did nothing"


def _walk_to(qtbot: QtBot, wizard: SetupWizard, step: int) -> None:
    """Forward through the wizard with its own buttons until ``step`` shows."""
    while wizard.current_step != step:
        qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)


@pytest.mark.parametrize("step", [PASSPHRASE, CONFIRM])
def test_every_button_of_the_setup_wizard_has_an_alt_letter(
    qtbot: QtBot, vault: Vault, keyring_backend: object, step: int
) -> None:
    wizard = SetupWizard(vault, print_sheet=lambda *args: True, choose_group=lambda n: 2)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    _walk_to(qtbot, wizard, step)
    shown = [
        b
        for b in wizard.findChildren(QAbstractButton)
        if b.isVisible() and b.text() and b is not wizard.cancel_button  # Cancel is Esc
    ]
    assert wizard.back_button in shown
    missing = [b.text() for b in shown if not mnemonic_of(b.text())]
    assert missing == [], f"step {step}: no Alt letter on {missing}"
