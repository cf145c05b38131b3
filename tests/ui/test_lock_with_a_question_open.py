"""A lock from any cause, with any question, dialog or popup open, locks cleanly.

Every modal the app has is opened through the app's own buttons and methods; then the lock comes
by idle time, by Ctrl+L (the window's Lock action) or by the screen locking. The lock must close
the question as "cancel" (a session form's answer is "keep as draft"), raise nothing, leave no
widget holding journal text, and after unlocking the draft is offered with everything typed.

Print dialogs (QPrintDialog) are left out: they talk to the print system, which tests never
start; they are ordinary modal QDialogs and are closed the same way. So are the warnings shown
only when a backup or a re-key fails (QMessageBox.warning, the same static call as the
questions here), and the damage dialog's question (no window is open then, so no lock comes).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
import shiboken6
from PySide6.QtCore import QDate, QEvent, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from peerdesk import due
from peerdesk.journal import Journal
from peerdesk.keyslots import LockMode
from peerdesk.recovery import RecoveryCode
from peerdesk.resources import Resource
from peerdesk.sessions import DRAFT, FINISHED, Session
from peerdesk.vault import Vault
from tests.conftest import day
from tests.support.journal_text_scan import left_after_lock
from tests.ui.test_main_window import MARKER
from ui.dialogs.recovery_code_view import write_down
from ui.gates.unlock_dialog import UnlockDialog
from ui.lifecycle import AppController
from ui.main_window import MainWindow
from ui.models.roles import Role
from ui.session.session_form import SessionForm

NEW_PEER = f"Kestrel {MARKER}"  # typed into the Peer box, not added yet
PLAN = "a short call after the night shift"
FOLLOW_UP = date(2026, 12, 3)
SEEDED_DRAFT_NOTE = f"an older draft about {MARKER}"


def _seed(journal: Journal) -> None:
    peer = journal.peers.add(MARKER)
    journal.sessions.save(
        Session(held_on=date(2026, 1, 5), status=FINISHED, peer_id=peer.id,
                contact_kind="peer_asked", notes={"listen": f"talked about {MARKER}"},
                followup_on=day(20), followup_plan=f"ask {MARKER} how it went")
    )  # fmt: skip
    journal.sessions.save(Session(held_on=day(25), status=DRAFT,
                                  notes={"cope": SEEDED_DRAFT_NOTE}))  # fmt: skip
    journal.resources.save(Resource(category="crisis_line", name="Night line"))


def _form(window: MainWindow, *, identifier: bool = False) -> SessionForm:
    """A new session with a new peer, a follow-up and a note, typed just now (not yet saved)."""
    form = window.new_session()
    form.context.peer.setEditText(NEW_PEER)
    form.context.contact_kind.setCurrentIndex(form.context.contact_kind.findData("peer_asked"))
    note = f"said {MARKER} twice" + (", write to them at kestrel@example.org" if identifier else "")
    form.notes["listen"].setPlainText(note)
    form.closing.followup_agreed.setChecked(True)
    form.closing.followup_on.setDate(QDate(FOLLOW_UP.year, FOLLOW_UP.month, FOLLOW_UP.day))
    form.closing.followup_plan.setText(PLAN)
    return form


def _action(window: MainWindow, text: str) -> QAction:
    return next(a for a in window.actions() if a.text() == text)


def _button(parent: QWidget, accessible_name: str) -> QPushButton:
    return next(
        b for b in parent.findChildren(QPushButton) if b.accessibleName() == accessible_name
    )


def _modal() -> QWidget:
    widget = QApplication.activeModalWidget()
    assert widget is not None
    return widget


def _handout_from_form(window: MainWindow) -> SessionForm:
    form = _form(window)
    offers = form.resources.offers
    first = next(r for r in offers.rows() if r.data(0, Role.OFFER)[0] == "resource")
    offers.mark_handed_out([first.data(0, Role.OFFER)[1]])  # so the handout has something
    form.resources.handout_button.click()
    return form


def _handout_save_from_form(window: MainWindow) -> None:
    _handout_from_form(window).resources.handout_dialog.save_pdf()


def _select_follow_up(window: MainWindow) -> None:
    page = window.followups_page
    first = page.model.followup(page.model.index(0, 0, page.model.group_index(due.OVERDUE)))
    assert first is not None and page.select(first.id)


def _snooze(window: MainWindow) -> None:
    _select_follow_up(window)
    window.followups_page.snooze_to_picked_date()


def _cancel_follow_up(window: MainWindow) -> None:
    _select_follow_up(window)
    window.followups_page.cancel()


def _forget_peer(window: MainWindow) -> None:
    page = window.peers_page
    page.table.setCurrentIndex(page.model.index(0, 0))
    page.forget_peer()


def _shred_session(window: MainWindow) -> None:
    page = window.sessions_page
    view = page.current_view()
    view.setCurrentIndex(view.model().index(0, 0))
    page.shred_selected()


def _discard_resource_edit(window: MainWindow) -> None:
    page = window.resources_page
    model = page.model
    group = next(
        model.index(r, 0) for r in range(model.rowCount()) if model.rowCount(model.index(r, 0))
    )
    page.tree.setCurrentIndex(model.index(0, 0, group))
    page.category.setCurrentIndex((page.category.currentIndex() + 1) % page.category.count())
    page.new_resource()


def _totals_add(window: MainWindow) -> None:
    dialog = window.insights_page.open_totals()
    _button(dialog, dialog.add_button.accessibleName()).click()  # type: ignore[attr-defined]


def _handout_preview(window: MainWindow) -> None:
    dialog = window.resources_page.make_handout()  # starts with nothing ticked: tick a category
    head = dialog.category_item("crisis_line")
    assert head is not None
    head.setCheckState(0, Qt.CheckState.Checked)
    dialog.show_preview()


def _report_save(window: MainWindow) -> None:
    window.insights_page.open_report().save()  # type: ignore[attr-defined]


def _retention_shred(window: MainWindow) -> None:
    retention = window.settings_page.retention
    retention.notes_on.setChecked(True)
    retention.apply()


def _restore_browse(window: MainWindow) -> None:
    window.restore_action.trigger()
    _modal().browse()  # type: ignore[attr-defined]


# name: (opens it, the class of the question that is open when the lock comes)
QUESTIONS: dict[str, tuple[Callable[[MainWindow], object], str]] = {
    "session form": (_form, "SessionForm"),
    "Close the session": (lambda w: _form(w).reject(), "QMessageBox"),
    "Before you save": (lambda w: _form(w, identifier=True).finish(), "IdentifierGuardDialog"),
    "peer list popup": (lambda w: _form(w).context.peer.showPopup(), "QFrame"),
    "handout from a session": (_handout_from_form, "HandoutDialog"),
    "handout: save as PDF": (_handout_save_from_form, "QFileDialog"),
    "snooze follow-up": (_snooze, "QDialog"),
    "cancel follow-up": (_cancel_follow_up, "QInputDialog"),
    "forget peer": (_forget_peer, "QMessageBox"),
    "shred session": (_shred_session, "QMessageBox"),
    "resources: discard edit": (_discard_resource_edit, "QMessageBox"),
    "resources: import": (lambda w: w.resources_page.import_file(), "QFileDialog"),
    "resources: export": (lambda w: w.resources_page.export_file(), "QFileDialog"),
    "resources: handout": (lambda w: w.resources_page.make_handout(), "HandoutDialog"),
    "handout preview": (_handout_preview, "PagePreviewDialog"),
    "report": (lambda w: w.insights_page.open_report(), "ReportDialog"),
    "report: save": (_report_save, "QFileDialog"),
    "program totals": (lambda w: w.insights_page.open_totals(), "ProgramTotalsDialog"),
    "program totals: add files": (_totals_add, "QFileDialog"),
    "settings: new recovery code": (
        lambda w: w.settings_page.new_code_button.click(),
        "QMessageBox",
    ),
    "settings: the new code, shown to write down": (
        lambda w: write_down(w, RecoveryCode.generate(), lambda: day(26), LockMode.PASSPHRASE),
        "NewCodeDialog",
    ),
    "settings: backups made with an old key": (
        lambda w: w.settings_page.show_old_backups(),
        "OldBackupsDialog",
    ),
    "settings: remove passphrase": (
        lambda w: w.settings_page.remove_passphrase_button.click(),
        "QMessageBox",
    ),
    "settings: second backup folder": (
        lambda w: _button(w.settings_page, "Choose a second folder").click(),
        "QFileDialog",
    ),
    "settings: retention shred": (_retention_shred, "QMessageBox"),
    "about": (lambda w: _action(w, "&About PeerDesk").trigger(), "AboutDialog"),
    "how PeerDesk protects": (
        lambda w: _action(w, "How PeerDesk protects your journal").trigger(),
        "QDialog",
    ),
    "restore": (lambda w: w.restore_action.trigger(), "RestoreDialog"),
    "restore: choose a file": (_restore_browse, "QFileDialog"),
}
FORM_QUESTIONS = {
    "session form",
    "Close the session",
    "Before you save",
    "peer list popup",
    "handout from a session",
    "handout: save as PDF",
}


def _press_ctrl_l() -> None:
    """The keys themselves, pressed where the keyboard is (the question, not the window)."""
    target = (
        QApplication.activePopupWidget()
        or QApplication.focusWidget()
        or QApplication.activeModalWidget()
    )
    assert target is not None
    QTest.keyClick(target, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)


def _lock_by(cause: str, controller: AppController, window: MainWindow) -> None:
    if cause == "idle":
        controller.idle.set_timeout_ms(150)
    elif cause == "Ctrl+L":
        QTimer.singleShot(150, window.lock_action.trigger)
    elif cause == "Ctrl+L keys":
        QTimer.singleShot(150, _press_ctrl_l)
    else:
        QTimer.singleShot(150, controller.screen_lock.lock_now.emit)


# The offscreen platform says so when a popup asks for the keyboard; other platforms grab it.
@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing the keyboard")
@pytest.mark.parametrize("cause", ["idle", "Ctrl+L", "Ctrl+L keys", "screen lock"])
@pytest.mark.parametrize("question", list(QUESTIONS))
def test_a_lock_with_a_question_open_keeps_the_draft_and_leaves_no_journal_text(
    qtbot: QtBot,
    controller: AppController,
    vault: Vault,
    qapp: QApplication,
    question: str,
    cause: str,
) -> None:
    journal, _code = vault.create(passphrase="correct horse battery")
    _seed(journal)
    vault.lock()
    controller.start()
    window = controller.window
    assert window is not None
    # Keys and input are watched across the app once the window is on screen; waited for as a
    # state, since on_screen may come while start() runs an event loop of its own
    qtbot.waitUntil(lambda: window.is_on_screen, timeout=5000)

    open_question, expected = QUESTIONS[question]
    seen: list[str] = []

    def what_is_open() -> None:
        widget = QApplication.activePopupWidget() or QApplication.activeModalWidget()
        seen.append(type(widget).__name__)

    QTimer.singleShot(50, what_is_open)  # from inside the question's own event loop
    _lock_by(cause, controller, window)
    open_question(window)  # a question run with exec() returns only once the lock closed it
    qtbot.waitUntil(lambda: not vault.is_unlocked, timeout=5000)
    assert seen == [expected]  # the lock really came while that question was open
    assert controller.window is None
    assert isinstance(controller.gate, UnlockDialog)
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)  # run deleteLater()s
    assert not shiboken6.isValid(window)  # the window object itself is gone, not just hidden
    assert left_after_lock(MARKER) == []  # no widget text, no model cell in any role

    controller.gate.try_keyring()
    qtbot.waitUntil(lambda: controller.window is not None, timeout=5000)
    reopened, again = controller.window, vault.journal
    assert reopened is not None and again is not None
    drafts = again.sessions.drafts()
    assert reopened.today_page.drafts.count() == len(drafts)  # offered on Today
    kept = [again.sessions.get(d.id) for d in drafts]
    assert SEEDED_DRAFT_NOTE in [s.notes.get("cope") for s in kept]
    if question in FORM_QUESTIONS:  # what was typed just before the lock is all there
        (new,) = [s for s in kept if s.notes.get("cope") != SEEDED_DRAFT_NOTE]
        assert (new.peer_id, new.new_peer) == (None, NEW_PEER)
        assert (new.followup_on, new.followup_plan) == (FOLLOW_UP, PLAN)
        assert MARKER in new.notes["listen"] and new.contact_kind == "peer_asked"
        assert new.id is not None
        form = reopened.open_session(new.id)
        assert form is not None
        assert form.context.peer.currentText() == NEW_PEER
        assert (
            form.closing.followup_agreed.isChecked() and form.closing.followup_plan.text() == PLAN
        )
        assert form.closing.followup_on.date() == QDate(
            FOLLOW_UP.year, FOLLOW_UP.month, FOLLOW_UP.day
        )
    controller.lock()  # and again, with nothing open
    assert not vault.is_unlocked


def test_ctrl_l_in_the_window_itself_locks_once(
    qtbot: QtBot, controller: AppController, vault: Vault
) -> None:
    vault.create(passphrase="correct horse battery")
    vault.lock()
    controller.start()
    window = controller.window
    assert window is not None
    # Keys and input are watched across the app once the window is on screen; waited for as a
    # state, since on_screen may come while start() runs an event loop of its own
    qtbot.waitUntil(lambda: window.is_on_screen, timeout=5000)
    locks: list[bool] = []
    controller.locked.connect(lambda: locks.append(True))
    window.activateWindow()
    QTest.keyClick(window.stack.currentWidget(), Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not vault.is_unlocked, timeout=5000)
    assert locks == [True] and isinstance(controller.gate, UnlockDialog)
    QTest.keyClick(controller.gate, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert locks == [True]  # the keys on the unlock screen do nothing
