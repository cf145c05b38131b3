"""The session form, issue 13 items 1 and 7: one "anything else" note for the whole session, the
steps' own notes folded until used, and the keyboard (one Tab stop per date, focus always in
view, notes that Tab on to a field, drop-downs that change only on purpose, an Alt letter for
every field and button, focus back where a dialog was opened)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from peerdesk import flow
from peerdesk.journal import Journal
from peerdesk.resources import Resource
from peerdesk.sessions import DRAFT, FINISHED, SESSION_NOTE, Session
from tests.conftest import day
from tests.support.language import SPOKEN_IN, speaking
from tests.ui.test_session_form import (  # the form's fixtures and key helpers
    Asks,
    asks,
    focused,
    is_focused,
    make_form,
    press,
    type_text,
)
from ui.session.session_form import CANCEL, SessionForm
from ui.session.steps.fields import mnemonic_of
from ui.session.steps.note import StepNote

__all__ = ["asks", "make_form"]  # fixtures used by name

NOTE_STEPS = [s.id for s in flow.FLOW.steps if s.has_notes]


def note_of(form: SessionForm, step: str) -> StepNote:
    note = form.steps[step].note
    assert note is not None
    return note


# --- One record, typed once (item 1) ------------------------------------------------------------


def test_the_anything_else_note_is_in_view_on_every_step_and_saved_and_found(
    qtbot: QtBot, make_form: Callable[..., SessionForm], journal: Journal
) -> None:
    journal.peers.add("Teal")
    form = make_form()
    form.context.peer.setCurrentIndex(form.context.peer.findText("Teal"))
    form.context.contact_kind.setCurrentIndex(form.context.contact_kind.findData("peer_asked"))
    for step in flow.FLOW.steps:
        form.go_to_step(step.id)
        assert form.session_note.edit.isVisible(), step.id
    qtbot.keyClicks(form.session_note.edit, "Wants to mentor others later")
    with qtbot.waitSignal(form.saved, timeout=2000) as saved:
        form.finish()
    stored = journal.sessions.get(saved.args[0])
    assert stored.notes == {SESSION_NOTE: "Wants to mentor others later"}
    assert [hit.session_id for hit in journal.search.run("mentor")] == [stored.id]
    again = make_form(stored)
    assert again.session_note.text() == "Wants to mentor others later"


def test_step_notes_are_folded_until_used_and_a_stored_one_shows(
    qtbot: QtBot, make_form: Callable[..., SessionForm], journal: Journal
) -> None:
    form = make_form()
    for step in NOTE_STEPS:
        form.go_to_step(step)
        note = note_of(form, step)
        assert note.add_button.isVisible() and not note.edit.isVisible(), step
    form.go_to_step("cope")
    press(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: is_focused(form.notes["cope"]))
    assert not note_of(form, "cope").add_button.isVisible()
    type_text(qtbot, "walks")
    form.go_to_step("learn")
    form.go_to_step("cope")
    assert form.notes["cope"].isVisible()  # once used, it stays open

    peer = journal.peers.add("Gull")
    old = journal.sessions.save(
        Session(held_on=day(4), peer_id=peer.id, notes={"listen": "from last year"})
    )
    reopened = make_form(journal.sessions.get(old.id or 0))
    reopened.go_to_step("listen")
    assert reopened.notes["listen"].isVisible()
    assert reopened.notes["listen"].toPlainText() == "from last year"
    reopened.go_to_step("reframe")
    assert not reopened.notes["reframe"].isVisible()


def test_the_guidance_says_the_ticks_are_the_record(make_form: Callable[..., SessionForm]) -> None:
    form = make_form()
    for row in range(form.stack.count()):
        texts = [label.text() for label in form.stack.widget(row).findChildren(QLabel)]
        assert any("ticks are the record" in text for text in texts), row


def test_an_identifier_in_the_anything_else_note_is_asked_about_and_shown(
    qtbot: QtBot, make_form: Callable[..., SessionForm], journal: Journal, asks: Asks
) -> None:
    journal.peers.add("Rook")
    form = make_form()
    form.context.peer.setCurrentIndex(form.context.peer.findText("Rook"))
    form.context.contact_kind.setCurrentIndex(form.context.contact_kind.findData("group"))
    form.session_note.set_text("mail rook@example.org")
    form.go_to_step("cope")
    asks.keep_identifiers = False
    form.finish()
    (findings,) = asks.identifiers
    assert [(f.field, f.kind) for f in findings] == [(SESSION_NOTE, "email")]
    assert is_focused(form.session_note.edit)
    assert form.session_note.edit.textCursor().selectedText() == "rook@example.org"


# --- Keyboard (item 7) --------------------------------------------------------------------------


def test_a_date_is_one_tab_stop_and_plus_or_minus_moves_it_a_day(
    qtbot: QtBot, make_form: Callable[..., SessionForm]
) -> None:
    form = make_form()
    press(qtbot, Qt.Key.Key_Tab)
    assert is_focused(form.context.held_on)
    today = form.context.held_on.date()
    type_text(qtbot, "-")
    assert form.context.held_on.date() == today.addDays(-1)
    type_text(qtbot, "+")
    assert form.context.held_on.date() == today  # and never past today
    type_text(qtbot, "+")
    assert form.context.held_on.date() == today
    press(qtbot, Qt.Key.Key_Tab)
    assert is_focused(form.context.duration)
    press(qtbot, Qt.Key.Key_Backtab)
    assert is_focused(form.context.held_on)
    press(qtbot, Qt.Key.Key_Backtab)
    assert is_focused(form.context.peer)

    form.closing.followup_agreed.setChecked(True)
    form.closing.followup_on.setFocus(Qt.FocusReason.TabFocusReason)
    week = form.closing.followup_on.date()
    type_text(qtbot, "++-+")
    assert form.closing.followup_on.date() == week.addDays(2)


def _focus_in_view(form: SessionForm) -> bool:
    widget = QApplication.focusWidget()
    if widget is None or not widget.isVisible():
        return False
    page = form.stack.currentWidget()
    return widget is form.step_list or page.isAncestorOf(widget)


def test_focus_is_in_view_after_every_step_change(
    qtbot: QtBot, make_form: Callable[..., SessionForm]
) -> None:
    form = make_form()
    moves: list[Callable[[], None]] = [
        lambda: press(qtbot, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier),
        lambda: press(qtbot, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier),
        lambda: qtbot.mouseClick(form.next_button, Qt.MouseButton.LeftButton),
        lambda: press(qtbot, Qt.Key.Key_X, Qt.KeyboardModifier.AltModifier),  # Ne&xt
        lambda: qtbot.mouseClick(form.back_button, Qt.MouseButton.LeftButton),
        lambda: press(qtbot, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier),
    ]
    for n, move in enumerate(moves):
        before = form.current_step()
        form.session_note.edit.setFocus()  # even from the note below the steps
        move()
        qtbot.waitUntil(lambda before=before: form.current_step() != before)  # type: ignore[misc]
        assert _focus_in_view(form), (n, type(QApplication.focusWidget()).__name__)
        assert form.testAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange)  # drawn, too
    form.step_list.setFocus(Qt.FocusReason.TabFocusReason)
    press(qtbot, Qt.Key.Key_Down)
    assert is_focused(form.step_list) and _focus_in_view(form)


@pytest.mark.parametrize("step", NOTE_STEPS)
def test_tab_out_of_a_step_note_goes_to_the_anything_else_note(
    qtbot: QtBot, make_form: Callable[..., SessionForm], step: str
) -> None:
    form = make_form()
    form.go_to_step(step)
    note_of(form, step).unfold()
    assert is_focused(form.notes[step])
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is form.session_note.edit
    press(qtbot, Qt.Key.Key_Backtab)
    assert focused() is form.notes[step]


def test_tab_out_of_the_anything_else_note_goes_forward_never_back(
    qtbot: QtBot, make_form: Callable[..., SessionForm]
) -> None:
    form = make_form()
    form.go_to_step("reframe")  # Back is enabled here: Tab must still not reach it first
    form.session_note.edit.setFocus()
    qtbot.waitUntil(lambda: is_focused(form.session_note.edit))
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is form.next_button
    press(qtbot, Qt.Key.Key_Space)  # a focused button is pressed with Space
    qtbot.waitUntil(lambda: form.current_step() == "learn")


def _wheel(widget: QWidget) -> None:
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(
        centre,
        QPointF(widget.mapToGlobal(centre.toPoint())),
        QPoint(0, 0),
        QPoint(0, -120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


@pytest.mark.parametrize(
    "reason", [Qt.FocusReason.OtherFocusReason, Qt.FocusReason.ActiveWindowFocusReason]
)
def test_a_closed_drop_down_never_changes_by_accident(
    qtbot: QtBot, make_form: Callable[..., SessionForm], reason: Qt.FocusReason
) -> None:
    form = make_form()
    mode = form.context.mode
    _wheel(mode)  # the wheel over a closed drop-down, focused or not
    assert mode.currentData() is None
    mode.setFocus(reason)  # put there by the form, or by the window coming back
    type_text(qtbot, "video call")
    press(qtbot, Qt.Key.Key_Down)
    _wheel(mode)
    assert mode.currentData() is None
    peer = form.context.peer
    peer.addItem("Wren", 1)
    peer.addItem("Ivy", 2)
    peer.setCurrentIndex(0)
    peer.setFocus(reason)
    press(qtbot, Qt.Key.Key_Down)
    _wheel(peer)
    assert peer.currentText() == "Wren"

    # Moved there on purpose, the supporter chooses by typing, as before.
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is mode
    type_text(qtbot, "v")
    assert mode.currentData() == "video"


def _mnemonic_targets(form: SessionForm) -> dict[QWidget, str]:
    """Every field and button in view, with its Alt letter (its own, or its label's)."""
    letters: dict[QWidget, str] = {}
    for label in form.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is not None and label.isVisible():
            letters[buddy] = mnemonic_of(label.text())
    for button in form.findChildren(QAbstractButton):
        if button.isVisible():
            letters[button] = mnemonic_of(button.text())
    return letters


@pytest.mark.parametrize("step", flow.STEP_IDS)
def test_every_field_and_button_has_its_own_alt_letter_on_each_step(
    qtbot: QtBot, make_form: Callable[..., SessionForm], step: str
) -> None:
    form = make_form()
    form.go_to_step(step)
    for note_step in NOTE_STEPS:
        note_of(form, note_step).unfold()  # the unfolded notes' labels count too
    form.go_to_step(step)
    letters = _mnemonic_targets(form)
    fields = [
        w
        for w in form.tab_chain()
        if w.isVisible() and isinstance(w, (QAbstractButton, QComboBox, QListWidget, QWidget))
    ]
    assert fields
    missing = [w.accessibleName() for w in fields if not letters.get(w)]
    assert missing == []
    used = [letters[w] for w in fields]
    assert len(used) == len(set(used)), sorted(used)
    # Each check box's letter really ticks it (a button's Alt key clicks a moment later).
    for box in form.tick_boxes[step].values():
        if not box.isEnabled():
            continue
        press(
            qtbot, getattr(Qt.Key, f"Key_{letters[box].upper()}"), Qt.KeyboardModifier.AltModifier
        )
        qtbot.waitUntil(box.isChecked)


def test_closing_a_dialog_returns_focus_to_what_opened_it(
    qtbot: QtBot, make_form: Callable[..., SessionForm], journal: Journal, asks: Asks
) -> None:
    journal.resources.save(Resource(category="crisis_line", name="Night line"))
    form = make_form()
    form.go_to_step("resources")
    button = form.resources.handout_button
    button.setFocus(Qt.FocusReason.TabFocusReason)
    press(qtbot, Qt.Key.Key_Space)
    dialog = form.resources.handout_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    dialog.reject()
    qtbot.waitUntil(lambda: is_focused(button))

    note_of(form, "resources").unfold()
    type_text(qtbot, "kept")
    asks.close_answer = CANCEL
    form.session_note.edit.setFocus()
    press(qtbot, Qt.Key.Key_Escape)
    assert asks.closes == [False]
    assert is_focused(form.session_note.edit)


def test_the_step_and_the_button_have_different_names_and_the_button_keeps_the_draft(
    qtbot: QtBot, make_form: Callable[..., SessionForm], journal: Journal, asks: Asks
) -> None:
    form = make_form()
    texts = [form.step_list.item(r).text() for r in range(form.step_list.count())]
    assert texts[-1].startswith("Closing and follow-up")
    visible = [w.text().replace("&", "") for w in form.findChildren(QAbstractButton)]
    assert "Close" not in visible and "Save draft and leave" in visible
    form.notes["listen"].setPlainText("Half a thought")
    press(qtbot, Qt.Key.Key_V, Qt.KeyboardModifier.AltModifier)  # Save draft and lea&ve
    qtbot.waitUntil(lambda: not form.isVisible())
    assert asks.closes == []  # the button says what it does: nothing to ask
    (draft,) = journal.sessions.drafts()
    stored = journal.sessions.get(draft.id)
    assert (stored.status, stored.notes) == (DRAFT, {"listen": "Half a thought"})


def test_editing_a_finished_session_leaves_by_asking(
    make_form: Callable[..., SessionForm], journal: Journal, asks: Asks
) -> None:
    peer = journal.peers.add("Crane")
    done = journal.sessions.save(
        Session(held_on=day(4), status=FINISHED, peer_id=peer.id, contact_kind="group")
    )
    form = make_form(journal.sessions.get(done.id or 0))
    assert form.leave_button.text().replace("&", "") == "Leave…"
    form.notes["cope"].setPlainText("changed")
    asks.close_answer = CANCEL
    form.leave_button.click()
    assert asks.closes == [True] and form.isVisible()
    assert isinstance(form.notes["cope"], QPlainTextEdit)


def test_the_help_offered_list_grows_with_the_window(
    qtbot: QtBot, make_form: Callable[..., SessionForm]
) -> None:
    """Step 6's list takes the room the step leaves (at 1280x720 it stopped at eleven rows with
    empty space below it, so the resources needed scrolling)."""
    form = make_form()
    form.go_to_step("resources")
    tree = form.resources.offers.tree
    form.resize(1100, 600)
    qtbot.waitUntil(lambda: form.height() == 600)
    QApplication.processEvents()
    short = tree.height()
    form.resize(1100, 900)
    qtbot.waitUntil(lambda: form.height() == 900)
    QApplication.processEvents()
    assert tree.height() > short + 200, (short, tree.height())


@pytest.mark.parametrize("language", sorted(set(SPOKEN_IN) - {"en"}))
def test_alt_letters_stay_unique_on_every_step_in_each_language(
    qtbot: QtBot, qapp: QApplication, make_form: Callable[..., SessionForm], language: str
) -> None:
    """The letters the footer and the notes take are read from the words shown, so a step's
    ticks never reuse them in a translation either."""
    with speaking(qapp, language, SPOKEN_IN[language]):
        form = make_form()
        for note_step in NOTE_STEPS:
            note_of(form, note_step).unfold()
        clashes: dict[str, list[str]] = {}
        for step in flow.STEP_IDS:
            form.go_to_step(step)
            letters = _mnemonic_targets(form)
            used = [letters.get(w, "") for w in form.tab_chain() if w.isVisible()]
            if "" in used or len(used) != len(set(used)):
                clashes[step] = sorted(used)
        form.close_for_lock()
    assert clashes == {}


def test_step_6_shows_its_tick_once_a_resource_is_marked(
    qtbot: QtBot, make_form: Callable[..., SessionForm]
) -> None:
    """Found by hand: two resources marked (mentioned, handout given) and step 6 still had no
    tick in the step list, so a tired supporter took it for a step left out."""
    form = make_form()
    row = [s.id for s in flow.FLOW.steps].index("resources")
    form.go_to_step("resources")
    assert not form.step_list.item(row).text().endswith("✓")
    assert is_focused(form.steps["resources"].first_field())  # the list of help
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_1)  # mentioned
    assert form.step_list.item(row).text().endswith("✓")
    press(qtbot, Qt.Key.Key_Delete)  # cleared again: no tick
    assert not form.step_list.item(row).text().endswith("✓")
