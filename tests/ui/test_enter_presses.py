"""Enter (and the keypad's Enter) presses the push button that has the focus, as Space does, in
every window; Enter typed in a field still presses no button.

Qt's push button answers Enter only as an auto-default button of a dialog. Outside dialogs (the
pages of the main window) that is off, and ``plain_button`` and the session form turn it off in
dialogs so that Enter in a field never presses a button by accident: there a keyboard-only
supporter pressed Enter on a focused button and nothing happened (hostile-a, round s21).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QPushButton
from pytestqt.qtbot import QtBot

from peerdesk.demo import fill
from peerdesk.journal import Journal
from peerdesk.keystore import KeyStore, MemoryKeyring
from peerdesk.vault import Vault
from tests.conftest import FAST, Clock
from tests.support.windows import shown_main_window
from tests.ui.test_layout_fits import walk_over, windows
from ui.dialogs.handout_dialog import HandoutDialog
from ui.main_window import SETTINGS
from ui.widgets.labels import PushButton

ENTER_KEYS = [Qt.Key.Key_Return, Qt.Key.Key_Enter]


@pytest.mark.parametrize("key", ENTER_KEYS)
def test_enter_on_a_focused_button_of_a_page_presses_it(
    qtbot: QtBot, journal: Journal, vault: Vault, clock: Clock, key: Qt.Key
) -> None:
    """Settings > Back up now, reached by Tab and pressed with Enter, writes a backup."""
    window = shown_main_window(qtbot, journal, vault, clock)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.nav.setCurrentRow(SETTINGS)
    button = window.settings_page.backup_button
    button.setFocus(Qt.FocusReason.TabFocusReason)
    assert button.hasFocus()
    assert vault.last_backup() is None
    qtbot.keyClick(button, key)
    assert vault.last_backup() is not None, "Enter on the focused button did nothing"


def test_enter_in_a_field_presses_no_button(qtbot: QtBot, journal: Journal, clock: Clock) -> None:
    """The handout dialog's buttons are plain buttons: Enter in its organisation field is typed
    there, and neither closes the dialog nor presses Save, Preview or Print."""
    dialog = HandoutDialog(journal, clock)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    pressed: list[str] = []
    for button in dialog.findChildren(QAbstractButton):
        button.pressed.connect(lambda b=button: pressed.append(b.text()))
    dialog.organisation.setFocus()
    for key in ENTER_KEYS:
        qtbot.keyClick(dialog.organisation, key)
    assert pressed == []
    assert dialog.isVisible()


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Vault, Path]]:
    folder = tmp_path_factory.mktemp("enter")
    vault = Vault(folder / "journal", KeyStore(MemoryKeyring()), clock=Clock(), kdf_cost=FAST)
    journal, _code = vault.create()
    fill(
        journal, 60, seed=7
    )  # as the Alt-letter walk: enough for a finished session with referrals
    yield vault, folder
    vault.lock()


def _params() -> list[object]:
    return [
        pytest.param(name, marks=pytest.mark.slow) if "session" in name else name
        for name in sorted(windows())
    ]


@pytest.mark.parametrize("name", _params())
def test_every_push_button_shown_answers_enter(
    qtbot: QtBot, demo: tuple[Vault, Path], clock: Clock, name: str
) -> None:
    """Each push button of every window either is the app's PushButton or an auto-default button
    of a dialog (which Qt presses on Enter itself)."""
    with walk_over(qtbot, demo, clock) as walk:
        top = windows()[name](walk)
        if top is not walk.window:
            qtbot.addWidget(top)
        top.show()
        app = QApplication.instance()
        assert app is not None
        app.processEvents()
        buttons = [b for b in top.findChildren(QPushButton) if b.isVisibleTo(top)]
        deaf = [
            b.text() or b.accessibleName()
            for b in buttons
            if not isinstance(b, PushButton) and not b.autoDefault()
        ]
        if top is not walk.window and top not in walk.window.forms:
            top.close()
    assert buttons, f"{name}: no push button shown"
    assert deaf == [], f"{name}: Enter on these does nothing: {deaf}"
