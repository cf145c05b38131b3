"""Usable with a screen reader (issue 17): every page, every step of the session form, every
dialog and the first-run setup, walked through Qt's accessibility interfaces, which is what the
AT-SPI bridge hands a screen reader. The rules: every control Tab reaches has a name in words; a
button's or check box's name holds its visible text; no label whose text changes carries a fixed
name that hides it; Tab leaves every table. And: the recovery code is readable as text, a form
error is told to the field itself, results are announced, partly ticked reads as partly ticked,
the identifier highlight is described."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QInputDialog,
    QLabel,
    QPushButton,
    QTabWidget,
    QTreeWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from peerdesk import flow
from peerdesk.demo import fill
from peerdesk.journal import Journal
from peerdesk.recovery import RecoveryCode
from peerdesk.vault import Vault
from tests.conftest import Clock
from ui.dialogs.about_dialog import AboutDialog
from ui.dialogs.handout_dialog import HandoutDialog
from ui.dialogs.program_totals_dialog import ProgramTotalsDialog
from ui.dialogs.recovery_code_view import NewCodeDialog
from ui.dialogs.report_dialog import ReportDialog
from ui.gates.damage_dialog import DamageDialog
from ui.gates.restore_dialog import RestoreDialog
from ui.gates.setup_wizard import CODE, CONFIRM, DONE, PASSPHRASE, SetupWizard
from ui.gates.unlock_dialog import UnlockDialog
from ui.main_window import MainWindow
from ui.session.identifier_guard import IdentifierGuardDialog, find_in
from ui.session.session_form import SessionForm
from ui.system.crash import CrashDialog
from ui.widgets.accessible import INVALID, Announcer, name_as_shown, shown_text

# --- the walk ------------------------------------------------------------------------------------


def reachable(root: QWidget) -> Iterator[QWidget]:
    """The shown, enabled widgets of ``root`` that Tab can reach (the line edit inside a spin
    box is that box's own part; an editable drop-down's is a text field of its own to AT-SPI)."""
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or not widget.isEnabled():
            continue
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            continue
        if isinstance(widget.parent(), QAbstractSpinBox):
            continue
        if widget.focusProxy() is not None:  # the proxy is the stop, and is walked itself
            continue
        yield widget


def name_of(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None and interface.isValid()
    return interface.text(QAccessible.Text.Name).strip()


def _describe(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, QAbstractButton | QLabel) else ""
    return f"{type(widget).__name__}({shown_text(text)[:40]!r})"


def problems(root: QWidget) -> list[str]:
    """What a screen-reader user would stumble on in ``root``, one line each."""
    found: list[str] = []
    for widget in reachable(root):
        name = name_of(widget)
        if not any(ch.isalnum() for ch in name):
            found.append(f"{_describe(widget)}: no name in words ({name!r})")
        if isinstance(widget, QAbstractButton) and widget.text():
            visible = shown_text(widget.text())
            if visible.casefold() not in name.casefold():
                found.append(f"{_describe(widget)}: named {name!r}, shows {visible!r}")
    for box in root.findChildren(QComboBox):  # AT-SPI shows an editable one's text field
        edit = box.lineEdit()
        if box.isVisible() and edit is not None and not any(ch.isalnum() for ch in name_of(edit)):
            found.append(f"{_describe(box)} {box.accessibleName()!r}: its text field has no name")
    for view in root.findChildren(QAbstractItemView):  # shown or not: a tab away
        if view.tabKeyNavigation():
            found.append(f"{_describe(view)} {view.accessibleName()!r}: Tab never leaves it")
    for label in root.findChildren(QLabel):  # shown or not: a status line is hidden until used
        fixed = label.accessibleName()
        if fixed and label.pixmap().isNull() and fixed != label.text():
            found.append(f"{_describe(label)}: a fixed name {fixed!r} hides its text")
    return found


def walk(root: QWidget, where: str, tally: dict[str, tuple[int, int]]) -> list[str]:
    """``problems`` of ``root``, each prefixed with ``where``; counts what Tab reaches there."""
    controls = list(reachable(root))
    unnamed = [w for w in controls if not any(ch.isalnum() for ch in name_of(w))]
    tally[where] = (len(controls), len(unnamed))
    return [f"{where}: {problem}" for problem in problems(root)]


def _shown(qtbot: QtBot, widget: QWidget) -> QWidget:
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def window(qtbot: QtBot, journal: Journal, vault: Vault, clock: Clock) -> Iterator[MainWindow]:
    fill(journal, 60, seed=4)
    made = MainWindow(journal, vault, clock, demo=True)
    _shown(qtbot, made)
    yield made
    made.prepare_for_lock(save=False)


def _focusable_tabs(root: QWidget) -> Iterator[tuple[QTabWidget, int]]:
    for tabs in root.findChildren(QTabWidget):
        if tabs.isVisible():
            for index in range(tabs.count()):
                yield tabs, index


def test_every_page_is_named_and_free_of_traps(window: MainWindow) -> None:
    tally: dict[str, tuple[int, int]] = {}
    found: list[str] = []
    for row in range(window.nav.count()):
        window.nav.setCurrentRow(row)
        page = window.nav.item(row).text()
        found += walk(window, page, tally)
        for tabs, index in _focusable_tabs(window.current_page()):  # Insights: chart, numbers
            tabs.setCurrentIndex(index)
            found += walk(window, f"{page} / {tabs.accessibleName()} / {index}", tally)
    assert found == []
    assert all(unnamed == 0 for _count, unnamed in tally.values())
    assert tally["Today"][0] >= 4 and tally["Insights"][0] >= 20  # the walk saw the controls


def test_every_step_of_the_session_form(window: MainWindow) -> None:
    form = window.new_session()
    tally: dict[str, tuple[int, int]] = {}
    found: list[str] = []
    for step in flow.FLOW.steps:
        form.go_to_step(step.id)
        found += walk(form, step.title, tally)
        note = form.steps[step.id].note
        if note is not None:
            note.unfold()
            found += walk(form, f"{step.title}, note open", tally)
    assert found == []
    assert len(tally) > len(flow.FLOW.steps)


def test_every_dialog(
    qtbot: QtBot, journal: Journal, clock: Clock, vault: Vault, tmp_path: Path
) -> None:
    fill(journal, 30, seed=5)
    code = RecoveryCode.generate()
    dialogs: dict[str, QDialog] = {
        "handout": HandoutDialog(journal, clock),
        "report": ReportDialog(journal, clock),
        "program totals": ProgramTotalsDialog(),
        "about": AboutDialog(tmp_path),
        "before you save": IdentifierGuardDialog(
            find_in("cope", "Cope", "Call 555-123-4567 about the MRN 12345678")
        ),
        "new recovery code": NewCodeDialog(code, today=lambda: date(2026, 11, 26)),
        "crash": CrashDialog("Traceback: a test"),
    }
    tally: dict[str, tuple[int, int]] = {}
    found: list[str] = []
    for where, dialog in dialogs.items():
        _shown(qtbot, dialog)
        found += walk(dialog, where, tally)
    found += _walk_steps(qtbot, dialogs["new recovery code"], tally)
    assert found == []
    assert all(count > 0 for count, _unnamed in tally.values())


def _walk_steps(qtbot: QtBot, dialog: QDialog, tally: dict[str, tuple[int, int]]) -> list[str]:
    assert isinstance(dialog, NewCodeDialog)
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert dialog.step == dialog.CHECK
    return walk(dialog, "new recovery code, check", tally)


def test_the_screens_before_a_journal_is_open(qtbot: QtBot, vault: Vault) -> None:
    vault.create()
    vault.lock()
    tally: dict[str, tuple[int, int]] = {}
    found: list[str] = []
    for where, dialog in (
        ("unlock", UnlockDialog(vault)),
        ("restore", RestoreDialog(vault)),
        ("damage", DamageDialog(vault)),
    ):
        found += walk(_shown(qtbot, dialog), where, tally)
    assert found == []
    assert all(count > 0 for count, _unnamed in tally.values())


# --- first run ----------------------------------------------------------------------------------

ASKED = 2


def _wizard(qtbot: QtBot, vault: Vault, printed: list[str]) -> SetupWizard:
    def print_sheet(_parent: object, code: RecoveryCode, _created: date) -> bool:
        printed.append(code.text)
        return True

    wizard = SetupWizard(vault, print_sheet=print_sheet, choose_group=lambda _n: ASKED)
    _shown(qtbot, wizard)
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow)
    return wizard


def test_first_run_every_step(qtbot: QtBot, vault: Vault) -> None:
    wizard = _wizard(qtbot, vault, [])
    tally: dict[str, tuple[int, int]] = {}
    found: list[str] = []
    for _ in range(DONE):
        found += walk(wizard, f"setup step {wizard.current_step + 1}", tally)
        if wizard.current_step == CONFIRM:
            code = wizard.recovery_code
            assert code is not None
            wizard.group_edit.setText(code.groups[ASKED])
        qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    assert wizard.current_step == DONE
    found += walk(wizard, "setup step 5", tally)
    assert found == []
    assert len(tally) == DONE + 1


def test_the_recovery_code_is_readable_as_text_group_by_group(qtbot: QtBot, vault: Vault) -> None:
    wizard = _wizard(qtbot, vault, [])
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    assert wizard.current_step == CODE
    code = wizard.recovery_code
    assert code is not None
    # Each large group is named by the group itself, never by a fixed "group 1".
    assert [name_of(label) for label in wizard.group_labels] == list(code.groups)
    # The whole code, with its grouping, through the text interface; focus starts there.
    whole = wizard.code_view.whole_code
    assert QApplication.focusWidget() is whole
    text = QAccessible.queryAccessibleInterface(whole).textInterface()
    assert text is not None
    assert text.text(0, text.characterCount()) == code.text
    step = len(code.groups[0]) + 1
    groups = [text.text(i * step, i * step + step - 1) for i in range(len(code.groups))]
    assert groups == list(code.groups)
    assert "Recovery code" in name_of(whole) or "code" in name_of(whole).casefold()


def test_the_recovery_sheet_prints_from_the_keyboard(qtbot: QtBot, vault: Vault) -> None:
    printed: list[str] = []
    wizard = _wizard(qtbot, vault, printed)
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    assert wizard.current_step == CODE
    for _ in range(6):  # Tab from the code reaches Print before anything else
        if QApplication.focusWidget() is wizard.print_button:
            break
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is wizard.print_button
    qtbot.keyClick(wizard.print_button, Qt.Key.Key_Space)
    assert wizard.recovery_code is not None
    assert printed == [wizard.recovery_code.text]


def test_a_setup_error_is_told_to_the_field(qtbot: QtBot, vault: Vault) -> None:
    wizard = _wizard(qtbot, vault, [])
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    assert wizard.current_step == PASSPHRASE
    wizard.use_passphrase.setChecked(True)
    wizard.passphrase_edit.setText("short")
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    assert wizard.journal is None
    field = wizard.passphrase_edit
    assert QApplication.focusWidget() is field
    assert field.property(INVALID) is True
    said = QAccessible.queryAccessibleInterface(field).text(QAccessible.Text.Description)
    assert "at least" in said and said == wizard.passphrase_error.text()


# --- errors, results, keyboard and states ------------------------------------------------------


def _activate(qtbot: QtBot, widget: QWidget) -> None:
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)


def _has_focus(widget: QWidget) -> bool:
    current = QApplication.focusWidget()
    return current is widget or (current is not None and widget.isAncestorOf(current))


def _description(widget: QWidget) -> str:
    return QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Description)


def _fill_in(form: SessionForm, peer: str) -> None:
    form.context.peer.setCurrentIndex(form.context.peer.findText(peer))
    kind = form.context.contact_kind
    kind.setCurrentIndex(kind.findData("peer_asked"))


def test_a_form_error_is_told_to_the_field_then_cleared(
    qtbot: QtBot, window: MainWindow, journal: Journal
) -> None:
    journal.peers.add("Teal")
    form = window.new_session()
    _activate(qtbot, form)
    usual = _description(form.context.peer)  # its tool tip, as Qt gives it
    form.go_to_step("cope")
    form.finish()  # no peer chosen
    peer = form.context.peer
    assert form.current_step() == "context" and _has_focus(peer)
    said = _description(peer)
    assert said.startswith("Peer: choose") and said == form.message.text()
    assert peer.property(INVALID) is True
    _fill_in(form, "Teal")
    with qtbot.waitSignal(form.saved):
        form.finish()
    assert peer.property(INVALID) is False and _description(peer) == usual != said


def test_results_are_announced(qtbot: QtBot, window: MainWindow, journal: Journal) -> None:
    journal.peers.add("Teal")
    form = window.new_session()
    _fill_in(form, "Teal")
    with qtbot.waitSignal(Announcer.of(form).said) as draft:
        form.save_draft_now()
    assert draft.args == [form.status.text()] and "Draft saved" in draft.args[0]
    with qtbot.waitSignal(Announcer.of(window).said) as saved:
        form.finish()
    assert saved.args == ["Session saved."]

    window.nav.setCurrentRow(2)  # Follow-ups
    page = window.followups_page
    assert page.select(journal.followups.open()[0].id)
    with qtbot.waitSignal(Announcer.of(page).said) as snoozed:
        page.snooze_tomorrow.trigger()
    assert snoozed.args[0].startswith("Snoozed until") and page.status.text() == snoozed.args[0]

    window.nav.setCurrentRow(1)  # Sessions
    sessions = window.sessions_page
    with qtbot.waitSignal(Announcer.of(sessions).said, timeout=5000) as counted:
        sessions.search_box.setText("Teal")
    assert "session" in counted.args[0] and counted.args[0] == sessions.count_label.text()


def test_a_repeated_result_is_announced_again(window: MainWindow) -> None:
    """The second "Changes saved." reads the same as the first, and a screen-reader user who
    saved twice must hear it twice (it was silent: only a changed text was announced)."""
    window.nav.setCurrentRow(3)  # Peers
    page = window.peers_page
    heard: list[str] = []
    Announcer.of(page).said.connect(heard.append)
    page.table.setCurrentIndex(page.table.model().index(0, 0))
    assert page.current_peer_id() is not None
    page.save_peer()
    page.save_peer()
    assert heard == ["Changes saved.", "Changes saved."]
    assert page.status_label.text() == "Changes saved."


def test_lines_that_follow_no_action_are_heard_only_when_their_words_change(
    window: MainWindow, journal: Journal
) -> None:
    """The form saves a draft every few seconds while a note is typed, and Sessions counts its
    list after every refresh: heard each time with the same words, they talked over the
    supporter's typing. They are heard when their words change, as a saved result is not."""
    journal.peers.add("Teal")
    form = window.new_session()
    heard: list[str] = []
    Announcer.of(form).said.connect(heard.append)
    _fill_in(form, "Teal")
    form.save_draft_now()
    form.notes["listen"].setPlainText("a second thought, typed a moment later")
    form.save_draft_now()  # the same minute: "Draft saved at …" again
    assert len(heard) == 1 and heard[0] == form.status.text() and "Draft saved" in heard[0]

    window.nav.setCurrentRow(1)  # Sessions
    sessions = window.sessions_page
    counted: list[str] = []
    Announcer.of(sessions).said.connect(counted.append)
    shown = sessions.count_label.text()
    for words in (shown, shown, "2 sessions", "2 sessions"):  # what each refresh writes
        sessions.count_label.setText(words)
    assert counted == ["2 sessions"]


def test_the_snooze_menu_is_reachable_and_named(window: MainWindow, journal: Journal) -> None:
    window.nav.setCurrentRow(2)
    page = window.followups_page
    page.select(journal.followups.open()[0].id)
    button = QAccessible.queryAccessibleInterface(page.snooze_button)
    assert button.state().hasPopup and page.snooze_button in list(reachable(window))
    assert all(shown_text(a.text()) for a in page.snooze_button.menu().actions())


def test_tab_leaves_every_table(qtbot: QtBot, window: MainWindow) -> None:
    _activate(qtbot, window)
    left: list[str] = []
    for row in range(window.nav.count()):
        window.nav.setCurrentRow(row)
        for tabs, index in [(None, 0), *_focusable_tabs(window.current_page())]:
            if tabs is not None:
                tabs.setCurrentIndex(index)
            for view in reachable(window):
                if not isinstance(view, QAbstractItemView) or view is window.nav:
                    continue
                view.setFocus(Qt.FocusReason.TabFocusReason)
                assert QApplication.focusWidget() is view
                qtbot.keyClick(view, Qt.Key.Key_Tab)
                assert QApplication.focusWidget() is not view, view.accessibleName()
                left.append(view.accessibleName())
    assert any("the numbers" in name for name in left)  # the Insights tables were tried


def test_a_step_change_puts_focus_on_the_steps_first_field(
    qtbot: QtBot, window: MainWindow
) -> None:
    form = window.new_session()
    _activate(qtbot, form)
    chain = form.tab_chain()
    assert chain.index(form.step_list) < chain.index(form.next_button)
    for step in flow.FLOW.steps[1:]:  # Next, by keyboard: focus lands in the new step
        form.next_button.setFocus()
        qtbot.keyClick(form.next_button, Qt.Key.Key_Space)
        focus = QApplication.focusWidget()
        assert form.current_step() == step.id
        assert focus is not None and form.steps[step.id].isAncestorOf(focus), step.id
    form.step_list.setFocus()  # the step list keeps focus while walked; Tab goes into the step
    qtbot.keyClick(form.step_list, Qt.Key.Key_Up)
    assert QApplication.focusWidget() is form.step_list
    qtbot.keyClick(form.step_list, Qt.Key.Key_Tab)
    focus = QApplication.focusWidget()
    assert focus is not None and form.steps[form.current_step()].isAncestorOf(focus)


def test_partly_ticked_categories_read_as_partly_ticked(
    qtbot: QtBot, journal: Journal, clock: Clock
) -> None:
    dialog = _shown(qtbot, HandoutDialog(journal, clock))
    assert isinstance(dialog, HandoutDialog)
    tree = dialog.findChild(QTreeWidget)
    assert tree is not None
    head = next(
        tree.topLevelItem(i)
        for i in range(tree.topLevelItemCount())
        if tree.topLevelItem(i).childCount() >= 2
    )
    for child, state in ((0, Qt.CheckState.Checked), (1, Qt.CheckState.Unchecked)):
        head.child(child).setCheckState(0, state)
    assert head.checkState(0) == Qt.CheckState.PartiallyChecked

    def read_head() -> str:
        tree_interface = QAccessible.queryAccessibleInterface(tree)
        for k in range(tree_interface.childCount()):
            item = tree_interface.child(k)
            if item.text(QAccessible.Text.Name) == head.text(0):
                return item.text(QAccessible.Text.Description)
        raise AssertionError("the category is not in the accessibility tree")

    assert read_head() == "partly ticked"
    for child in range(head.childCount()):
        head.child(child).setCheckState(0, Qt.CheckState.Checked)
    assert head.checkState(0) == Qt.CheckState.Checked
    assert read_head() == ""


def test_the_identifier_highlight_is_described(window: MainWindow) -> None:
    form = window.new_session()
    edit = form.session_note.edit
    edit.setPlainText("Asked me to call her on 555-123-4567 tomorrow")
    said = _description(edit)
    assert "Phone number" in said and "555" not in said  # the kind, never the text
    edit.setPlainText("Talked about sleep")
    assert _description(edit) == ""


def test_the_cancel_reason_question_is_named(
    qtbot: QtBot, window: MainWindow, journal: Journal
) -> None:
    window.nav.setCurrentRow(2)  # Follow-ups
    page = window.followups_page
    open_before = len(journal.followups.open())
    assert page.select(journal.followups.open()[0].id)
    seen: list[list[str]] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QInputDialog)
        seen.append(problems(dialog))
        box = dialog.findChild(QComboBox)
        assert box is not None and box.lineEdit() is not None
        seen.append([name_of(box.lineEdit())])
        dialog.reject()

    QTimer.singleShot(0, answer)
    assert not page.cancel()
    assert seen == [[], ["Reason"]]
    assert len(journal.followups.open()) == open_before  # cancelling the question changes nothing


def test_a_button_is_named_by_its_words_without_marks(qtbot: QtBot) -> None:
    # What speech input and a screen reader use: no Alt-letter mark, no "…", "&&" one "&".
    preview = QPushButton("Pre&view…")
    qtbot.addWidget(preview)
    name_as_shown(preview, "Show a print preview")
    assert preview.accessibleName() == "Preview"
    assert preview.accessibleDescription() == "Show a print preview"
    both = QPushButton("Save && &close")
    qtbot.addWidget(both)
    name_as_shown(both, "save & close")  # the same words: no description repeating the name
    assert both.accessibleName() == "Save & close" and both.accessibleDescription() == ""
