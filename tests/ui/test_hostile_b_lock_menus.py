"""A lock while a menu is open (DESIGN §4: the lock "destroys every window, dialog and model
that held journal data, including a modal question that is open at that moment").

tests/ui/test_lock_with_a_question_open.py opens every dialog; the Follow-ups page's Snooze menu
(tomorrow, next week, pick a date) is a popup menu run by its tool button (``QMenu.exec`` inside
``QToolButton.showMenu``), which that list leaves out. The lock comes while it is open.
"""

from __future__ import annotations

from datetime import date

import pytest
import shiboken6
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from peerdesk import due
from peerdesk.sessions import FINISHED, Session
from peerdesk.vault import Vault
from tests.conftest import day
from tests.support.journal_text_scan import left_after_lock
from ui.gates.unlock_dialog import UnlockDialog
from ui.lifecycle import AppController

MARKER = "Sandpiper-hostile-b"


def _press_ctrl_l() -> None:
    target = QApplication.activePopupWidget() or QApplication.focusWidget()
    assert target is not None
    QTest.keyClick(target, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)


@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing the keyboard")
@pytest.mark.parametrize("cause", ["idle", "Ctrl+L keys", "screen lock"])
def test_a_lock_with_the_snooze_menu_open_locks_cleanly(
    qtbot: QtBot, controller: AppController, vault: Vault, cause: str
) -> None:
    journal, _code = vault.create(passphrase="correct horse battery")
    peer = journal.peers.add(MARKER)
    journal.sessions.save(
        Session(held_on=date(2026, 1, 5), status=FINISHED, peer_id=peer.id,
                contact_kind="peer_asked", followup_on=day(20),
                followup_plan=f"ask {MARKER} how it went")
    )  # fmt: skip
    vault.lock()
    controller.start()
    window = controller.window
    assert window is not None
    qtbot.waitUntil(lambda: window.is_on_screen, timeout=5000)
    page = window.followups_page
    first = page.model.followup(page.model.index(0, 0, page.model.group_index(due.OVERDUE)))
    assert first is not None and page.select(first.id)

    seen: list[str] = []

    def what_is_open() -> None:
        seen.append(type(QApplication.activePopupWidget()).__name__)

    QTimer.singleShot(50, what_is_open)
    if cause == "idle":
        controller.idle.set_timeout_ms(150)
    elif cause == "Ctrl+L keys":
        QTimer.singleShot(150, _press_ctrl_l)
    else:
        QTimer.singleShot(150, controller.screen_lock.lock_now.emit)
    page.snooze_button.showMenu()  # returns once the menu is closed
    qtbot.waitUntil(lambda: not vault.is_unlocked, timeout=5000)
    assert seen == [QMenu.__name__]  # the lock came while the menu was open
    assert controller.window is None
    assert isinstance(controller.gate, UnlockDialog)
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    assert not shiboken6.isValid(window)
    assert left_after_lock(MARKER) == []
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QMenu) and w.isVisible()]
