"""The guided session form, driven like a supporter would: mostly with the keyboard."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from peerdesk import flow
from peerdesk.errors import InvalidInput, StorageFull
from peerdesk.followups import FollowUp
from peerdesk.journal import Journal
from peerdesk.resources import Resource
from peerdesk.sessions import DRAFT, FINISHED, Session, validated_session
from peerdesk.tags import DRIVER, EVENT
from peerdesk.text import NOTE_MAX, clean
from tests.conftest import Clock, day
from ui.session.identifier_guard import (
    Finding,
    IdentifierGuardDialog,
    IdentifierHighlighter,
    ask_about_identifiers,
    find_in,
    kind_label,
)
from ui.session.session_form import CANCEL, DISCARD, KEEP, SessionForm

AUTOSAVE_WAIT_MS = 2500


class Asks:
    """Stand-ins for the form's questions: they record what was asked and answer as told."""

    def __init__(self) -> None:
        self.identifiers: list[list[Finding]] = []
        self.keep_identifiers = True
        self.closes: list[bool] = []
        self.close_answer = CANCEL
        self.offers: list[FollowUp] = []
        self.complete_it = True
        self.seconds: list[tuple[str, date]] = []
        self.plan_second = False

    def confirm(self, findings: list[Finding]) -> bool:
        self.identifiers.append(findings)
        return self.keep_identifiers

    def close(self, finished: bool) -> str:
        self.closes.append(finished)
        return self.close_answer

    def offer(self, followup: FollowUp) -> bool:
        self.offers.append(followup)
        return self.complete_it

    def second(self, peer: str, due_on: date) -> bool:
        self.seconds.append((peer, due_on))
        return self.plan_second


@pytest.fixture
def asks() -> Asks:
    return Asks()


@pytest.fixture
def make_form(
    qtbot: QtBot, journal: Journal, clock: Clock, asks: Asks
) -> Iterator[Callable[..., SessionForm]]:
    made: list[SessionForm] = []

    def build(session: Session | None = None, **kwargs: object) -> SessionForm:
        form = SessionForm(
            journal,
            clock,
            session,
            confirm_identifiers=asks.confirm,
            ask_close=asks.close,
            offer_followup=asks.offer,
            ask_second_followup=asks.second,
            **kwargs,  # type: ignore[arg-type]
        )
        qtbot.addWidget(form)
        form.show()
        qtbot.waitExposed(form)
        form.activateWindow()
        qtbot.waitUntil(form.isActiveWindow)
        made.append(form)
        return form

    yield build
    for form in made:
        form.autosaver.stop()  # no autosave may fire after the journal is closed


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def press(
    qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    qtbot.keyClick(focused(), key, modifier)


def type_text(qtbot: QtBot, text: str) -> None:
    qtbot.keyClicks(focused(), text)


def choose_peer(form: SessionForm, name: str) -> None:
    """Pick a known peer (typing would open the completer's popup; offscreen Qt warns)."""
    index = form.context.peer.findText(name)
    assert index >= 0
    form.context.peer.setCurrentIndex(index)


def tab_out_of(qtbot: QtBot, widget: QWidget) -> None:
    for _ in range(4):
        if not is_focused(widget):
            return
        press(qtbot, Qt.Key.Key_Tab)
    assert not is_focused(widget)


def is_focused(widget: QWidget) -> bool:
    current = QApplication.focusWidget()
    return current is widget or (current is not None and widget.isAncestorOf(current))


def finished_count(journal: Journal) -> int:
    return journal.sessions.count(FINISHED)


def full_session(journal: Journal) -> Session:
    """A finished session with every field filled in."""
    peer = journal.peers.add("Kestrel")
    resource = journal.resources.save(Resource(category="crisis_line", name="Night line"))
    earlier = journal.sessions.save(
        Session(
            held_on=day(2),
            status=FINISHED,
            peer_id=peer.id,
            contact_kind="peer_asked",
            followup_on=day(9),
        )
    )
    (followup,) = journal.followups.open()
    assert earlier.id is not None
    return Session(
        held_on=day(20),
        status=FINISHED,
        peer_id=peer.id,
        duration_minutes=35,
        mode="video",
        contact_kind="follow_up",
        referred_by="leader",
        outreach_outcome="accepted",
        role_band="nurse",
        events=sorted(t.id for t in journal.tags.all(EVENT)[:2]),
        drivers=sorted(t.id for t in journal.tags.all(DRIVER)[-2:]),
        ticked={s.id: sorted(i.id for i in s.items) for s in flow.FLOW.steps if s.items},
        notes={s.id: f"words for {s.id}" for s in flow.FLOW.steps if s.has_notes},
        referral_marks={
            "chaplain": flow.REFERRED,
            "eap": flow.REFERRED,
            "crisis_line": flow.MENTIONED,
        },
        escalated=True,
        helpful="partly",
        needs_met="yes",
        self_care=2,
        debrief_wanted=True,
        resource_marks={resource.id or 0: flow.HANDOUT},
        followup_on=day(27),
        followup_plan="Coffee after the rota change.",
        follows_up_id=followup.id,
    )


# --- The whole session, keyboard only -----------------------------------------------------------


def test_a_whole_session_can_be_recorded_with_the_keyboard_only(
    qtbot: QtBot, make_form: Callable[..., SessionForm], journal: Journal
) -> None:
    form = make_form()
    assert is_focused(form.context.peer)
    type_text(qtbot, "Heron")
    assert "will be added" in form.context.peer_hint.text()
    press(qtbot, Qt.Key.Key_Tab)
    assert is_focused(form.context.held_on)
    tab_out_of(qtbot, form.context.held_on)  # Tab first walks the date's day, month and year
    assert is_focused(form.context.duration)
    type_text(qtbot, "25")
    press(qtbot, Qt.Key.Key_Tab)
    assert is_focused(form.context.mode)
    type_text(qtbot, "v")  # keyboard search in a combo box: "Video"
    press(qtbot, Qt.Key.Key_Tab)
    assert is_focused(form.context.contact_kind)
    type_text(qtbot, "pr")  # "Proactive outreach"
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Tab)
    assert is_focused(form.context.outcome)
    type_text(qtbot, "a")  # "Accepted"
    press(qtbot, Qt.Key.Key_Tab)
    assert is_focused(form.context.role_band)
    type_text(qtbot, "n")  # "Nurse"
    press(qtbot, Qt.Key.Key_Tab)
    assert is_focused(form.context.events)
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_Tab)
    assert is_focused(form.context.drivers)
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_Tab)
    context_note = form.steps["context"].note
    assert context_note is not None and is_focused(context_note.add_button)  # folded till used
    press(qtbot, Qt.Key.Key_Space)
    assert is_focused(form.notes["context"])
    type_text(qtbot, "Rang after the review, as we do for everyone.")

    press(qtbot, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert form.current_step() == "reach_out"
    reach_out = list(form.tick_boxes["reach_out"].values())
    assert is_focused(reach_out[0])
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Space)

    press(qtbot, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert form.current_step() == "listen"
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)  # "Add a note to this step"
    qtbot.waitUntil(lambda: is_focused(form.notes["listen"]))  # a button's Alt key clicks soon
    type_text(qtbot, "Exhausted and replaying the shift.")
    press(qtbot, Qt.Key.Key_Return)
    type_text(qtbot, "Relieved to talk.")

    with qtbot.waitSignal(form.saved, timeout=2000) as saved:
        press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    session_id = saved.args[0]
    assert not form.isVisible()
    s = journal.sessions.get(session_id)
    assert s.status == FINISHED
    peer = journal.peers.find("Heron")
    assert peer is not None and s.peer_id == peer.id
    assert (s.duration_minutes, s.mode, s.contact_kind) == (25, "video", "proactive_outreach")
    assert (s.outreach_outcome, s.role_band) == ("accepted", "nurse")
    assert s.events == [journal.tags.all(EVENT)[0].id]
    assert s.drivers == [journal.tags.all(DRIVER)[1].id]
    assert s.ticked == {
        "reach_out": sorted(["framed_as_routine", "checked_timing"]),
        "listen": ["open_questions"],
    }
    assert s.notes["listen"] == "Exhausted and replaying the shift.\nRelieved to talk."
    assert [hit.session_id for hit in journal.search.run("exhausted")] == [session_id]
    assert journal.sessions.drafts() == []


def test_ctrl_return_in_a_note_finishes_and_alt_left_goes_back(
    qtbot: QtBot, make_form: Callable[..., SessionForm], journal: Journal
) -> None:
    journal.peers.add("Wren")
    form = make_form()
    choose_peer(form, "Wren")
    form.context.contact_kind.setCurrentIndex(form.context.contact_kind.findData("peer_asked"))
    form.go_to_step("cope")
    qtbot.mouseClick(form.notes["cope"], Qt.MouseButton.LeftButton)
    press(qtbot, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert form.current_step() == "learn"
    form.notes["learn"].setFocus()
    press(qtbot, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert form.current_step() == "reframe"
    form.go_to_step("cope")
    qtbot.keyClicks(form.notes["cope"], "Walks help")
    with qtbot.waitSignal(form.saved, timeout=2000):
        qtbot.keyClick(form.notes["cope"], Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert journal.search.run("walks")[0].status == FINISHED


@pytest.mark.parametrize("step", [s for s in flow.FLOW.steps if s.items], ids=lambda s: s.id)
def test_tab_visits_every_checklist_item_of_a_step_in_order(
    qtbot: QtBot, make_form: Callable[..., SessionForm], step: flow.Step
) -> None:
    form = make_form()
    form.go_to_step(step.id)
    boxes = list(form.tick_boxes[step.id].values())
    assert [b.text().replace("&", "") for b in boxes] == [i.label for i in step.items]
    if step.id == "resources":  # step 6 opens on its list; its one tick comes before it
        press(qtbot, Qt.Key.Key_Backtab)
    assert is_focused(boxes[0])
    visited = [focused()]
    for _ in boxes[1:]:
        press(qtbot, Qt.Key.Key_Tab)
        visited.append(focused())
    assert visited == boxes
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() not in boxes  # on to the step's other fields
    press(qtbot, Qt.Key.Key_Backtab)
    assert focused() is boxes[-1]


def test_every_control_has_an_accessible_name(make_form: Callable[..., SessionForm]) -> None:
    form = make_form()
    kinds = (
        QCheckBox,
        QComboBox,
        QPlainTextEdit,
        QDateEdit,
        QSpinBox,
        QPushButton,
        QListWidget,
    )
    controls = [w for kind in kinds for w in form.findChildren(kind)]
    # A line edit inside a combo or spin box is named by its owner.
    controls += [
        w
        for w in form.findChildren(QLineEdit)
        if not isinstance(w.parent(), (QComboBox, QAbstractSpinBox))
    ]
    assert len(controls) > 60
    assert [w for w in controls if not w.accessibleName()] == []
    assert all(w.accessibleName() for w in form.tab_chain())


def test_the_form_is_rendered_from_the_flow_definition(
    make_form: Callable[..., SessionForm],
) -> None:
    form = make_form()
    assert form.step_list.count() == len(flow.FLOW.steps)
    assert form.stack.count() == len(flow.FLOW.steps)
    for row, step in enumerate(flow.FLOW.steps):
        assert (
            form.step_list.item(row)
            .text()
            .startswith(step.title if step.number is None else f"{step.number}.")
        )
        page = form.stack.widget(row)
        texts = " ".join(label.text() for label in page.findChildren(QLabel))
        assert step.purpose in texts
        assert all(line.replace("'", "&#x27;") in texts or line in texts for line in step.guidance)
        assert (step.id in form.notes) == step.has_notes
    assert form.width() <= 1366 and form.height() <= 768


# --- Declined or unanswered outreach ------------------------------------------------------------


def test_a_declined_outreach_skips_to_follow_up_planning(
    qtbot: QtBot, make_form: Callable[..., SessionForm], journal: Journal, clock: Clock
) -> None:
    form = make_form()
    type_text(qtbot, "Sparrow")
    form.context.contact_kind.setCurrentIndex(
        form.context.contact_kind.findData("proactive_outreach")
    )
    assert not form.context.straight_to_followup_row.isVisible()
    form.context.outcome.setCurrentIndex(form.context.outcome.findData("declined"))
    assert form.context.straight_to_followup_row.isVisible()
    assert "still" in form.context.straight_to_followup_banner.text()
    element_rows = [r for r, s in enumerate(flow.FLOW.steps) if s.number is not None]
    assert element_rows == [1, 2, 3, 4, 5, 6]
    assert not any(form.step_enabled(r) for r in element_rows)
    assert not form.tick_boxes["listen"]["open_questions"].isEnabled()
    assert not form.notes["listen"].isEnabled()
    assert form.notes["close"].isEnabled()

    form.go_to_step("context")
    press(qtbot, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert form.current_step() == "close"
    assert form.closing.close_straight_to_followup_banner.isVisible()
    assert is_focused(form.closing.followup_agreed)
    assert not form.closing.followup_on.isEnabled()
    press(qtbot, Qt.Key.Key_Space)
    assert form.closing.followup_on.isEnabled()
    press(qtbot, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert form.current_step() == "context"
    form.context.plan_button.click()
    assert form.current_step() == "close"
    form.closing.followup_plan.setText("Try again next week")

    with qtbot.waitSignal(form.saved, timeout=2000) as saved:
        form.finish()
    s = journal.sessions.get(saved.args[0])
    assert (s.status, s.outreach_outcome) == (FINISHED, "declined")
    (followup,) = journal.followups.open()
    assert followup.origin_session_id == s.id
    assert followup.plan == "Try again next week"
    assert followup.due_on == clock.now.date() + timedelta(days=7)


def test_changing_the_outcome_back_enables_the_steps_again(
    make_form: Callable[..., SessionForm],
) -> None:
    form = make_form()
    form.context.outcome.setCurrentIndex(form.context.outcome.findData("no_answer"))
    assert not form.step_enabled(2)
    form.context.outcome.setCurrentIndex(form.context.outcome.findData("later"))
    assert all(form.step_enabled(r) for r in range(len(flow.FLOW.steps)))
    assert form.notes["listen"].isEnabled()
    assert not form.context.straight_to_followup_row.isVisible()


# --- The identifier guard -----------------------------------------------------------------------


def test_identifiers_are_asked_about_before_a_finished_save(
    qtbot: QtBot, make_form: Callable[..., SessionForm], journal: Journal, asks: Asks
) -> None:
    journal.peers.add("Otter")
    form = make_form()
    choose_peer(form, "Otter")
    form.context.contact_kind.setCurrentIndex(form.context.contact_kind.findData("peer_asked"))
    form.notes["listen"].setPlainText("Wants a call on 555-123-4567 or a mail to otter@example.org")
    asks.keep_identifiers = False
    form.finish()
    (findings,) = asks.identifiers
    assert {f.kind for f in findings} == {"phone", "email"}
    assert {f.field for f in findings} == {"listen"}
    assert finished_count(journal) == 0
    assert form.isVisible()
    assert form.current_step() == "listen"
    assert form.notes["listen"].textCursor().selectedText() == "555-123-4567"

    asks.keep_identifiers = True
    with qtbot.waitSignal(form.saved, timeout=2000):
        form.finish()
    assert len(asks.identifiers) == 2
    assert finished_count(journal) == 1


def test_the_follow_up_plan_is_checked_too_and_clean_notes_ask_nothing(
    qtbot: QtBot, make_form: Callable[..., SessionForm], journal: Journal, asks: Asks
) -> None:
    journal.peers.add("Lark")
    form = make_form()
    choose_peer(form, "Lark")
    form.context.contact_kind.setCurrentIndex(form.context.contact_kind.findData("peer_asked"))
    form.closing.followup_agreed.setChecked(True)
    form.closing.followup_plan.setText("Ring 07700 900123 on Friday")
    asks.keep_identifiers = False
    form.finish()
    (findings,) = asks.identifiers
    assert [(f.field, f.kind) for f in findings] == [("followup_plan", "phone")]
    assert is_focused(form.closing.followup_plan)
    form.closing.followup_plan.setText("Ring on Friday")
    with qtbot.waitSignal(form.saved, timeout=2000):
        form.finish()
    assert len(asks.identifiers) == 1


def test_note_editors_highlight_identifiers_as_you_type(
    qtbot: QtBot, make_form: Callable[..., SessionForm]
) -> None:
    form = make_form()
    form.go_to_step("listen")
    edit = form.notes["listen"]
    edit.insertPlainText("tired 😴 but ")  # QTest can only type ASCII
    qtbot.keyClicks(edit, "call 555-123-4567")
    block = edit.document().firstBlock()
    ranges = [(r.start, r.length) for r in block.layout().formats()]
    text = edit.toPlainText()
    # Qt counts UTF-16 units: the emoji takes two.
    start = len(text[: text.index("555")].encode("utf-16-le")) // 2
    assert ranges == [(start, len("555-123-4567"))]
    note = form.steps["listen"].note
    assert note is not None
    hint = note.hint
    assert hint.isVisible()
    edit.setPlainText("tired but fine")
    assert not hint.isVisible()
    assert edit.document().firstBlock().layout().formats() == []


def test_the_guard_dialog_lists_each_finding_in_context(qtbot: QtBot) -> None:
    text = "After the call she said to use jo@example.org and 555-123-4567 from now on"
    findings = find_in("listen", "Listen and reflect", text)
    dialog = IdentifierGuardDialog(findings)
    qtbot.addWidget(dialog)
    assert len(dialog.finding_labels) == 2
    first = dialog.finding_labels[0].text()
    assert kind_label("email") in first and "jo@example.org" in first
    assert "Listen and reflect" in first
    assert kind_label("phone") in dialog.finding_labels[1].text()
    assert dialog.edit_button.isDefault()
    assert dialog.edit_button.accessibleName() and dialog.keep_button.accessibleName()


def test_the_guard_dialog_escapes_what_was_typed(qtbot: QtBot) -> None:
    findings = find_in("cope", "Cope", "<b>bold</b> a@b.org")
    dialog = IdentifierGuardDialog(findings)
    qtbot.addWidget(dialog)
    assert "&lt;b&gt;bold" in dialog.finding_labels[0].text()


@pytest.mark.parametrize(("button", "expected"), [("keep_button", True), ("edit_button", False)])
def test_asking_about_identifiers_returns_the_choice(
    qtbot: QtBot, button: str, expected: bool
) -> None:
    findings = find_in("listen", "Listen", "mail a@b.org")

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, IdentifierGuardDialog)
        getattr(dialog, button).click()

    QTimer.singleShot(50, answer)
    assert ask_about_identifiers(findings) is expected


def test_the_highlighter_can_be_attached_to_any_document(qtbot: QtBot) -> None:
    edit = QPlainTextEdit()
    qtbot.addWidget(edit)
    IdentifierHighlighter(edit.document())
    edit.setPlainText("MRN 1234567\nnothing here")
    first, second = edit.document().firstBlock(), edit.document().firstBlock().next()
    assert [(r.start, r.length) for r in first.layout().formats()] == [(0, 11)]
    assert second.layout().formats() == []


# --- Autosave -----------------------------------------------------------------------------------


def test_typing_is_saved_as_a_draft_within_two_seconds_and_updates_the_same_draft(
    qtbot: QtBot, make_form: Callable[..., SessionForm], journal: Journal
) -> None:
    form = make_form()
    form.go_to_step("listen")
    qtbot.keyClicks(form.notes["listen"], "First thoughts")

    def draft_has(text: str) -> bool:
        drafts = journal.sessions.drafts()
        return bool(drafts) and journal.sessions.get(drafts[0].id).notes.get("listen") == text

    qtbot.waitUntil(lambda: draft_has("First thoughts"), timeout=AUTOSAVE_WAIT_MS)
    (draft,) = journal.sessions.drafts()
    assert draft.status == DRAFT and draft.peer is None
    assert form.session_id == draft.id
    assert "Draft saved" in form.status.text()

    qtbot.keyClicks(form.notes["listen"], ", then more")
    qtbot.waitUntil(lambda: draft_has("First thoughts, then more"), timeout=AUTOSAVE_WAIT_MS)
    assert [d.id for d in journal.sessions.drafts()] == [draft.id]
    assert journal.sessions.count(DRAFT) == 1


def test_steady_typing_is_saved_by_the_deadline(
    qtbot: QtBot, make_form: Callable[..., SessionForm], journal: Journal
) -> None:
    # The pause never comes (10 s): only the deadline after the first unsaved key saves.
    form = make_form(idle_ms=10_000, max_wait_ms=30)
    form.go_to_step("cope")
    for text in ("012", "345"):
        with qtbot.waitSignal(form.draft_saved, timeout=1000):
            qtbot.keyClicks(form.notes["cope"], text)
        assert form.autosaver.pending is False
    (draft,) = journal.sessions.drafts()
    assert journal.sessions.get(draft.id).notes["cope"] == "012345"


def test_save_draft_now_writes_at_once(
    qtbot: QtBot, make_form: Callable[..., SessionForm], journal: Journal
) -> None:
    journal.peers.add("Fern")
    form = make_form()
    choose_peer(form, "Fern")
    form.notes["context"].setPlainText("Called back")
    with qtbot.waitSignal(form.draft_saved, timeout=500) as signal:
        form.save_draft_now()
    draft = journal.sessions.get(signal.args[0])
    assert draft.status == DRAFT
    assert draft.peer_id == journal.peers.find("Fern").id  # type: ignore[union-attr]
    assert draft.notes == {"context": "Called back"}
    assert not form.autosaver.pending
    with qtbot.assertNotEmitted(form.draft_saved):
        form.save_draft_now()  # nothing new to save


def test_a_pristine_form_saves_nothing(
    qtbot: QtBot, make_form: Callable[..., SessionForm], journal: Journal
) -> None:
    form = make_form()
    with qtbot.assertNotEmitted(form.draft_saved):
        form.save_draft_now()
    assert journal.sessions.drafts() == []


def test_a_failed_autosave_keeps_the_text_and_retries(
    qtbot: QtBot,
    make_form: Callable[..., SessionForm],
    journal: Journal,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    form = make_form()
    real_save = journal.sessions.save
    calls: list[Session] = []

    def full_disk(session: Session, **_: object) -> Session:
        calls.append(session)
        if len(calls) == 1:
            raise StorageFull("the disk is full")
        return real_save(session)

    monkeypatch.setattr(journal.sessions, "save", full_disk)
    form.notes["reframe"].setPlainText("Keep me")
    form.save_draft_now()
    assert form.message.isVisible()
    assert "disk is full" in form.message.text()
    assert form.notes["reframe"].toPlainText() == "Keep me"
    assert journal.sessions.drafts() == []
    qtbot.waitUntil(lambda: bool(journal.sessions.drafts()), timeout=AUTOSAVE_WAIT_MS)
    assert not form.message.isVisible()
    assert journal.sessions.get(journal.sessions.drafts()[0].id).notes == {"reframe": "Keep me"}


def test_a_long_paste_is_cut_to_the_note_limit(make_form: Callable[..., SessionForm]) -> None:
    form = make_form()
    form.notes["learn"].setPlainText("x" * (NOTE_MAX + 50))
    assert len(form.notes["learn"].toPlainText()) == NOTE_MAX
    assert "4,000" in form.message.text()  # NOTE_MAX, as the locale writes it


# --- Editing ------------------------------------------------------------------------------------


def test_editing_loads_every_field_and_saves_the_same_session(
    qtbot: QtBot, make_form: Callable[..., SessionForm], journal: Journal, asks: Asks
) -> None:
    original = journal.sessions.save(full_session(journal))
    assert original.id is not None
    loaded = journal.sessions.get(original.id)
    form = make_form(loaded)
    assert form.windowTitle() == "Edit session"
    assert form.context.peer.currentText() == "Kestrel"
    with qtbot.waitSignal(form.saved, timeout=2000) as saved:
        form.finish()
    assert saved.args == [original.id]
    again = journal.sessions.get(original.id)
    ignore = {"updated_at"}
    for f in dataclasses.fields(Session):
        if f.name not in ignore:
            assert getattr(again, f.name) == getattr(loaded, f.name), f.name
    assert finished_count(journal) == 2
    assert len(journal.followups.open()) == 1


def test_editing_a_note_keeps_the_id_and_one_follow_up(
    qtbot: QtBot, make_form: Callable[..., SessionForm], journal: Journal
) -> None:
    peer = journal.peers.add("Birch")
    first = journal.sessions.save(
        Session(
            held_on=day(20),
            status=FINISHED,
            peer_id=peer.id,
            contact_kind="peer_asked",
            notes={"listen": "Short"},
            followup_on=day(28),
            followup_plan="Call",
        )
    )
    assert first.id is not None
    form = make_form(journal.sessions.get(first.id))
    form.go_to_step("listen")
    edit = form.notes["listen"]
    edit.moveCursor(edit.textCursor().MoveOperation.End)
    qtbot.keyClicks(edit, " and sweet")
    form.closing.followup_on.setDate(form.closing.followup_on.date().addDays(1))
    with qtbot.waitSignal(form.saved, timeout=2000) as saved:
        form.finish()
    assert saved.args == [first.id]
    s = journal.sessions.get(first.id)
    assert s.notes["listen"] == "Short and sweet"
    assert s.followup_on == day(29)
    assert finished_count(journal) == 1
    assert journal.sessions.drafts() == []
    (followup,) = journal.followups.open()
    assert followup.due_on == day(29)


def test_autosave_while_editing_keeps_a_finished_session_finished_and_discard_restores_it(
    qtbot: QtBot, make_form: Callable[..., SessionForm], journal: Journal, asks: Asks
) -> None:
    peer = journal.peers.add("Rowan")
    first = journal.sessions.save(
        Session(
            held_on=day(20),
            status=FINISHED,
            peer_id=peer.id,
            contact_kind="group",
            notes={"cope": "Before"},
        )
    )
    assert first.id is not None
    form = make_form(journal.sessions.get(first.id))
    form.notes["cope"].setPlainText("After")
    form.save_draft_now()
    during = journal.sessions.get(first.id)
    assert (during.status, during.notes) == (FINISHED, {"cope": "After"})
    assert journal.sessions.drafts() == []
    asks.close_answer = DISCARD
    form.reject()
    assert asks.closes == [True]
    assert not form.isVisible()
    assert journal.sessions.get(first.id).notes == {"cope": "Before"}


def test_a_follow_up_session_defaults_to_follow_up_and_completes_the_follow_up(
    qtbot: QtBot, make_form: Callable[..., SessionForm], journal: Journal
) -> None:
    peer = journal.peers.add("Linden")
    journal.sessions.save(
        Session(
            held_on=day(10),
            status=FINISHED,
            peer_id=peer.id,
            contact_kind="proactive_outreach",
            followup_on=day(20),
        )
    )
    (followup,) = journal.followups.open()
    form = make_form(follows_up_id=followup.id)
    assert form.windowTitle() == "Follow-up session"
    assert form.context.peer.currentText() == "Linden"
    assert form.context.contact_kind.currentData() == "follow_up"
    with qtbot.waitSignal(form.saved, timeout=2000) as saved:
        form.finish()
    done = journal.followups.get(followup.id)
    assert (done.status, done.done_session_id) == ("done", saved.args[0])
    assert journal.sessions.get(saved.args[0]).follows_up_id == followup.id


def test_a_new_session_for_a_known_peer_starts_with_that_peer(
    make_form: Callable[..., SessionForm], journal: Journal, clock: Clock
) -> None:
    peer = journal.peers.add("Aspen")
    form = make_form(peer_id=peer.id)
    assert form.context.peer.currentText() == "Aspen"
    assert form.context.peer_hint.text() == ""
    assert form.context.held_on.date().toPython() == clock.now.date()
    assert form.windowTitle() == "New session"


def test_a_closed_peer_of_an_old_session_is_still_shown(
    make_form: Callable[..., SessionForm], journal: Journal
) -> None:
    peer = journal.peers.add("Plover")
    journal.peers.add("Open one")
    s = journal.sessions.save(
        Session(held_on=day(3), status=FINISHED, peer_id=peer.id, contact_kind="group")
    )
    journal.peers.close(peer.id)
    assert s.id is not None
    form = make_form(journal.sessions.get(s.id))
    assert form.context.peer.currentText() == "Plover"
    assert form.peer_choice() == (peer.id, "")


# --- Validation and save errors -----------------------------------------------------------------


def test_finishing_without_a_peer_names_the_field_and_keeps_everything(
    qtbot: QtBot, make_form: Callable[..., SessionForm], journal: Journal, asks: Asks
) -> None:
    form = make_form()
    form.context.contact_kind.setCurrentIndex(form.context.contact_kind.findData("peer_asked"))
    form.go_to_step("cope")
    qtbot.keyClicks(form.notes["cope"], "Keep this text")
    press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert form.isVisible()
    assert form.message.isVisible() and form.message.text().startswith("Peer")
    assert form.current_step() == "context"
    assert is_focused(form.context.peer)
    assert form.notes["cope"].toPlainText() == "Keep this text"
    assert finished_count(journal) == 0
    assert asks.identifiers == []  # nothing is asked before the form is complete


def test_a_refused_peer_puts_the_error_where_the_focus_lands(
    qtbot: QtBot, make_form: Callable[..., SessionForm]
) -> None:
    """The Peer box is editable: the focus (and a screen reader) is on the text field inside,
    so the error goes there too, and goes away with the error."""
    form = make_form()
    inner = form.context.peer.lineEdit()
    assert inner is not None
    usual = inner.accessibleDescription()
    press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert is_focused(form.context.peer)
    assert inner.accessibleDescription() == form.message.text()
    assert inner.accessibleDescription().startswith("Peer")
    type_text(qtbot, "Brand new")
    form.context.contact_kind.setCurrentIndex(form.context.contact_kind.findData("group"))
    press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert inner.accessibleDescription() == usual


def test_finishing_without_a_contact_kind_names_that_field(
    qtbot: QtBot, make_form: Callable[..., SessionForm], journal: Journal
) -> None:
    form = make_form()
    type_text(qtbot, "Brand new")
    form.go_to_step("close")
    form.finish()
    assert form.isVisible()
    assert form.message.text().startswith("Kind of contact")
    assert is_focused(form.context.contact_kind)
    assert journal.peers.find("Brand new") is None  # the new peer waits for a good save
    form.context.contact_kind.setCurrentIndex(form.context.contact_kind.findData("group"))
    with qtbot.waitSignal(form.saved, timeout=2000):
        form.finish()
    assert not form.message.isVisible()
    assert journal.peers.find("Brand new") is not None


def test_a_failed_finish_changes_nothing_and_keeps_the_form(
    qtbot: QtBot,
    make_form: Callable[..., SessionForm],
    journal: Journal,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    form = make_form()
    type_text(qtbot, "Juniper")
    form.context.contact_kind.setCurrentIndex(form.context.contact_kind.findData("group"))

    def full_disk(session: Session, **_: object) -> Session:
        raise StorageFull("the disk is full")

    monkeypatch.setattr(journal.sessions, "save", full_disk)
    form.finish()
    assert form.isVisible()
    assert "disk is full" in form.message.text()
    assert journal.peers.find("Juniper") is None  # rolled back with the session
    assert form.context.peer.currentText() == "Juniper"


# --- Closing ------------------------------------------------------------------------------------


def test_closing_an_untouched_form_asks_nothing(
    qtbot: QtBot, make_form: Callable[..., SessionForm], asks: Asks
) -> None:
    form = make_form()
    press(qtbot, Qt.Key.Key_Escape)
    assert not form.isVisible()
    assert asks.closes == []


def test_escape_with_changes_can_be_cancelled(
    qtbot: QtBot, make_form: Callable[..., SessionForm], asks: Asks, journal: Journal
) -> None:
    form = make_form()
    type_text(qtbot, "Hazel")
    asks.close_answer = CANCEL
    press(qtbot, Qt.Key.Key_Escape)
    assert asks.closes == [False]
    assert form.isVisible()
    assert form.context.peer.currentText() == "Hazel"


def test_closing_can_keep_the_draft(
    qtbot: QtBot, make_form: Callable[..., SessionForm], asks: Asks, journal: Journal
) -> None:
    form = make_form()
    form.notes["reach_out"].setPlainText("Left a message")
    asks.close_answer = KEEP
    form.reject()
    assert not form.isVisible()
    (draft,) = journal.sessions.drafts()
    assert journal.sessions.get(draft.id).notes == {"reach_out": "Left a message"}


def test_closing_can_discard_and_shred_the_draft(
    qtbot: QtBot, make_form: Callable[..., SessionForm], asks: Asks, journal: Journal
) -> None:
    form = make_form()
    form.notes["reach_out"].setPlainText("Never mind")
    form.save_draft_now()
    assert len(journal.sessions.drafts()) == 1
    asks.close_answer = DISCARD
    form.close()
    assert not form.isVisible()
    assert journal.sessions.drafts() == []
    assert journal.search.run("never") == []


def test_an_existing_draft_is_finished_in_place(
    qtbot: QtBot, make_form: Callable[..., SessionForm], journal: Journal
) -> None:
    peer = journal.peers.add("Finch")
    draft = journal.sessions.save(
        Session(held_on=day(25), peer_id=peer.id, notes={"listen": "Half done"})
    )
    form = make_form(journal.sessions.get(draft.id or 0))
    assert form.windowTitle() == "Session draft"
    form.context.contact_kind.setCurrentIndex(form.context.contact_kind.findData("peer_asked"))
    with qtbot.waitSignal(form.saved, timeout=2000) as saved:
        form.finish()
    assert saved.args == [draft.id]
    assert journal.sessions.drafts() == []
    assert journal.sessions.get(draft.id or 0).status == FINISHED


def test_marks_in_the_step_6_list_are_recorded_with_their_checklist_items(
    qtbot: QtBot, make_form: Callable[..., SessionForm], journal: Journal
) -> None:
    resource = journal.resources.save(Resource(category="counselling", name="Counsel"))
    form = make_form()
    form.go_to_step("resources")
    offers = form.resources.offers
    assert is_focused(offers.tree)  # the list is what the step is for
    for kind, key, mark in (("kind", "eap", Qt.Key.Key_3), ("resource", resource.id, Qt.Key.Key_1)):
        row = offers.row_for(kind, key)
        assert row is not None
        offers.tree.setCurrentItem(row)
        press(qtbot, mark)
    escalated = form.tick_boxes["resources"]["escalated_safety_concern"]
    escalated.setChecked(True)
    session = validated_session(form.collect(DRAFT, None), journal.tags)
    assert session.referral_marks == {"eap": flow.REFERRED}
    assert session.resource_marks == {resource.id: flow.MENTIONED}
    assert session.escalated is True
    assert session.ticked["resources"] == [
        "escalated_safety_concern",
        "made_referral",
        "offered_resources",
    ]


def test_a_draft_for_a_new_peer_keeps_the_pseudonym_and_the_follow_up_until_finished(
    qtbot: QtBot, make_form: Callable[..., SessionForm], journal: Journal
) -> None:
    form = make_form()
    qtbot.keyClicks(form.context.peer.lineEdit(), "Kestrel")  # a new peer: added only on finishing
    form.go_to_step("close")
    form.closing.followup_agreed.setChecked(True)
    form.closing.followup_on.setDate(form.context.held_on.date().addDays(10))
    qtbot.keyClicks(form.closing.followup_plan, "Call after the night shift")
    qtbot.waitUntil(lambda: bool(journal.sessions.drafts()), timeout=AUTOSAVE_WAIT_MS)
    form.save_draft_now()  # the last keys typed, as a lock would
    (summary,) = journal.sessions.drafts()
    assert summary.peer == "Kestrel"
    draft = journal.sessions.get(summary.id)
    assert (draft.peer_id, draft.new_peer) == (None, "Kestrel")
    assert draft.followup_on == draft.held_on + timedelta(days=10)
    assert draft.followup_plan == "Call after the night shift"
    assert journal.peers.find("Kestrel") is None and journal.followups.open() == []
    form.close_for_lock()

    reopened = make_form(draft)
    assert reopened.context.peer.currentText() == "Kestrel"
    assert "New peer" in reopened.context.peer_hint.text()
    assert reopened.closing.followup_agreed.isChecked()
    assert reopened.closing.followup_on.date() == reopened.context.held_on.date().addDays(10)
    assert reopened.closing.followup_plan.text() == "Call after the night shift"
    reopened.context.contact_kind.setCurrentIndex(
        reopened.context.contact_kind.findData("peer_asked")
    )
    with qtbot.waitSignal(reopened.saved, timeout=2000):
        reopened.finish()
    peer = journal.peers.find("Kestrel")
    assert peer is not None
    assert journal.sessions.get(summary.id).peer_id == peer.id
    (followup,) = journal.followups.open()
    assert (followup.peer_id, followup.due_on, followup.plan) == (
        peer.id,
        draft.followup_on,
        "Call after the night shift",
    )


def test_a_nul_in_one_note_does_not_stop_the_draft_from_being_saved(
    qtbot: QtBot, make_form: Callable[..., SessionForm], journal: Journal
) -> None:
    form = make_form()
    with qtbot.waitSignal(form.draft_saved, timeout=AUTOSAVE_WAIT_MS) as saved:
        form.notes["listen"].setPlainText("pasted\x00 from a PDF")
        form.notes["cope"].setPlainText("walks help")
    assert "Draft saved" in form.status.text() and form.message.isHidden()
    draft = journal.sessions.get(saved.args[0])
    assert draft.notes == {"listen": "pasted from a PDF", "cope": "walks help"}


# --- Every core error lands on its own step and field -------------------------------------------

# field the core names -> (step shown, the form's widget focused, first words of the message)
FIELD_TARGETS = {
    "peer_id": ("context", "peer", "Peer: choose"),
    "peer": ("context", "peer", "Peer: choose"),
    "pseudonym": ("context", "peer", "Peer: this pseudonym"),
    "contact_kind": ("context", "contact_kind", "Kind of contact"),
    "held_on": ("context", "held_on", "Date:"),
    "duration_minutes": ("context", "duration", "Duration:"),
    "mode": ("context", "mode", "Mode:"),
    "referred_by": ("context", "referred_by", "Referred by:"),
    "outreach_outcome": ("context", "outcome", "Outcome:"),
    "role_band": ("context", "role_band", "Peer's role:"),
    "events": ("context", "events", "Events:"),
    "drivers": ("context", "drivers", "Stress drivers:"),
    "referral_marks": ("resources", "offers", "Referrals:"),
    "resource_marks": ("resources", "offers", "Resources offered:"),
    "follows_up_id": ("context", None, "The follow-up this session completes"),
    "followup_plan": ("close", "followup_plan", "Follow-up plan:"),
    "helpful": ("close", "helpful", "Helpful:"),
    "needs_met": ("close", "needs_met", "Needs met:"),
    "self_care": ("close", "self_care", "Your check-in:"),
}


def _ready_to_finish(qtbot: QtBot, form: SessionForm) -> None:
    type_text(qtbot, "Juniper")
    form.context.contact_kind.setCurrentIndex(form.context.contact_kind.findData("group"))


def _refuse_with(
    monkeypatch: pytest.MonkeyPatch, journal: Journal, field: str, message: str, step: str = ""
) -> None:
    def refuse(session: Session, **_: object) -> Session:
        raise InvalidInput(message, field=field, step=step)

    monkeypatch.setattr(journal.sessions, "save", refuse)


def _widget(form: SessionForm, step: str, name: str) -> QWidget:
    widget = getattr(form.steps[step], name)
    assert isinstance(widget, QWidget)
    return widget


@pytest.mark.parametrize("field", list(FIELD_TARGETS))
def test_each_core_field_error_shows_its_step_focuses_its_field_and_names_it(
    qtbot: QtBot,
    make_form: Callable[..., SessionForm],
    journal: Journal,
    monkeypatch: pytest.MonkeyPatch,
    field: str,
) -> None:
    step, widget_name, words = FIELD_TARGETS[field]
    form = make_form()
    _ready_to_finish(qtbot, form)
    form.closing.followup_agreed.setChecked(True)  # a plan can be typed (and be wrong) only then
    form.go_to_step("learn")  # away from every target step
    _refuse_with(monkeypatch, journal, field, f"core words about {field}", step)
    form.finish()
    assert form.isVisible()
    assert form.message.isVisible() and form.message.text().startswith(words), form.message.text()
    assert form.current_step() == step
    if widget_name is not None:
        assert is_focused(_widget(form, step, widget_name)), type(focused()).__name__


NOTE_STEPS = [s.id for s in flow.FLOW.steps if s.has_notes]


@pytest.mark.parametrize("step", NOTE_STEPS)
def test_a_note_too_long_opens_its_own_step_and_focuses_that_note(
    qtbot: QtBot,
    make_form: Callable[..., SessionForm],
    journal: Journal,
    monkeypatch: pytest.MonkeyPatch,
    step: str,
) -> None:
    # The form cuts what is typed at NOTE_MAX, so the core's refusal is made by the core's own
    # check; its words don't name the step, its structure does.
    with pytest.raises(InvalidInput) as refused:
        clean("x" * (NOTE_MAX + 1), "notes", max_len=NOTE_MAX, label="the note", step=step)
    form = make_form()
    _ready_to_finish(qtbot, form)
    form.go_to_step(next(s for s in NOTE_STEPS if s != step))
    assert (refused.value.step, refused.value.code) == (step, "too_long")
    _refuse_with(monkeypatch, journal, refused.value.field, str(refused.value), refused.value.step)
    form.finish()
    assert form.isVisible()
    title = flow.FLOW.step(step).title
    assert form.message.text().startswith(f"Note under “{title}”"), form.message.text()
    assert form.current_step() == step
    assert is_focused(form.notes[step])
    assert finished_count(journal) == 0


@pytest.mark.parametrize("where", ["a step with notes", "the first step"])
def test_a_notes_error_naming_no_step_lands_on_a_note_and_raises_nothing(
    qtbot: QtBot,
    make_form: Callable[..., SessionForm],
    journal: Journal,
    monkeypatch: pytest.MonkeyPatch,
    where: str,
) -> None:
    form = make_form()
    _ready_to_finish(qtbot, form)
    step = "cope" if where == "a step with notes" else "context"
    form.go_to_step(step)
    _refuse_with(monkeypatch, journal, "notes", "step 'gone' has no notes")  # no (step) in it
    form.finish()
    assert form.message.text().startswith(f"Note under “{flow.FLOW.step(step).title}”")
    assert form.current_step() == step
    assert is_focused(form.notes[step])


def test_an_unknown_field_shows_the_core_words_on_the_step_in_view(
    qtbot: QtBot,
    make_form: Callable[..., SessionForm],
    journal: Journal,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    form = make_form()
    _ready_to_finish(qtbot, form)
    form.go_to_step("listen")
    _refuse_with(monkeypatch, journal, "ticked", "unknown step 'gone'")
    form.finish()
    assert form.message.text() == "Please check the form: unknown step 'gone'"
    assert form.current_step() == "listen"


def test_a_refused_draft_save_names_the_field_in_the_status_and_keeps_the_text(
    qtbot: QtBot,
    make_form: Callable[..., SessionForm],
    journal: Journal,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    form = make_form()
    _ready_to_finish(qtbot, form)
    form.notes["listen"].setPlainText("kept")
    _refuse_with(monkeypatch, journal, "notes", "the note is 9 characters long", "listen")
    form.save_draft_now()
    assert "Note under “" + flow.FLOW.step("listen").title in form.status.text()
    assert form.notes["listen"].toPlainText() == "kept"


def test_an_untouched_duration_is_not_recorded_rather_than_zero_minutes(
    qtbot: QtBot, make_form: Callable[..., SessionForm], journal: Journal
) -> None:
    journal.peers.add("Heron")
    form = make_form()
    choose_peer(form, "Heron")
    assert form.context.duration.text() == "not recorded"
    with qtbot.waitSignal(form.draft_saved, timeout=2000) as saved:
        form.save_draft_now()
    assert journal.sessions.get(saved.args[0]).duration_minutes is None
    form.context.duration.setValue(20)
    with qtbot.waitSignal(form.draft_saved, timeout=2000) as saved:
        form.save_draft_now()
    assert journal.sessions.get(saved.args[0]).duration_minutes == 20
