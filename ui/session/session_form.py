"""The guided session form: one page per step of the conversation flow, rendered from the core.

The steps, their checklists, guidance and "phrases to avoid" all come from
:data:`peerdesk.flow.FLOW`; each step is its own widget (``ui.session.steps``) and this dialog
lays them out beside the step list and the guidance, and moves between them. Drafts are saved on
their own a moment after the supporter stops typing (:class:`~ui.session.autosaver.Autosaver`),
so a crash or a lock loses at most two seconds of work. Finishing checks the required fields,
then asks about anything in the notes that looks like an identifier or clinical detail.
"""

from __future__ import annotations

import html
import itertools
from collections.abc import Callable
from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from peerdesk import flow
from peerdesk.clock import Clock, today
from peerdesk.errors import InvalidInput, NotFound, PeerDeskError, SecondOpenFollowUp
from peerdesk.followups import FollowUp
from peerdesk.journal import Journal
from peerdesk.sessions import DRAFT, FINISHED, SESSION_NOTE, Session, validated_session
from peerdesk.text import PLAN_MAX
from ui.messages import core_message, flow_text
from ui.session.autosaver import IDLE_MS, MAX_WAIT_MS, Autosaver
from ui.session.followup_offer import ask_second_followup as ask_second_followup_box
from ui.session.followup_offer import ask_to_complete
from ui.session.identifier_guard import Finding, ask_about_identifiers, find_in, utf16_offset
from ui.session.last_session_summary import LastSessionSummary
from ui.session.steps.checklist_step import ChecklistStep
from ui.session.steps.closing_step import ClosingStep
from ui.session.steps.context_step import ContextStep
from ui.session.steps.fields import (
    PROBLEM,
    button,
    give_mnemonics,
    label_letters,
    mnemonic_of,
    show_as_note,
)
from ui.session.steps.note import StepNote
from ui.session.steps.resources_step import ResourcesStep
from ui.session.steps.step import StepWidget
from ui.widgets.accessible import ResultLine, clear_field_error, show_field_error
from ui.widgets.dates import time_of_day
from ui.widgets.screen import fit_to_screen
from ui.widgets.scroll import FocusScrollArea

# What the supporter chose when closing a form with changes.
KEEP = "keep"
DISCARD = "discard"
CANCEL = "cancel"

CloseAsk = Callable[[bool], str]  # (editing a finished session?) -> KEEP | DISCARD | CANCEL
IdentifierAsk = Callable[[list[Finding]], bool]  # True: keep the text and save
OfferAsk = Callable[[FollowUp], bool]  # True: this session completes that open follow-up
SecondAsk = Callable[[str, date], bool]  # (peer, due date of the open one) True: plan another

_PLAN_FIELD = "followup_plan"
_GUIDE_STYLE = (
    "QFrame#guide { background: palette(alternate-base); border: 1px solid palette(mid);"
    " border-radius: 6px; }"
)


def _step_caption(step: flow.Step) -> str:
    title = flow_text(step.title)
    return f"{step.number}. {title}" if step.number is not None else title


def key_name(keys: str) -> str:
    """``keys`` ("Ctrl+PgDown") as the computer's language writes them ("Ctrl+Page suiv" in
    French, "Strg+Bild abwärts" in German), with Qt's own translation of key names."""
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)


class SessionForm(QDialog):
    """Record one peer-support conversation, step by step.

    ``session`` edits an existing draft or finished session (same id on save, no duplicates);
    ``peer_id`` preselects the peer of a new session; ``follows_up_id`` records that this session
    completes that follow-up (the core marks it done when the session is finished).
    ``idle_ms`` and ``max_wait_ms`` time the autosave (see :class:`Autosaver`).
    """

    saved = Signal(int)  # a finished session's id; the dialog then closes
    draft_saved = Signal(int)  # after every autosave (a finished session being edited stays so)

    def __init__(
        self,
        journal: Journal,
        clock: Clock,
        session: Session | None = None,
        *,
        peer_id: int | None = None,
        follows_up_id: int | None = None,
        parent: QWidget | None = None,
        confirm_identifiers: IdentifierAsk | None = None,
        ask_close: CloseAsk | None = None,
        offer_followup: OfferAsk | None = None,
        ask_second_followup: SecondAsk | None = None,
        idle_ms: int = IDLE_MS,
        max_wait_ms: int = MAX_WAIT_MS,
    ) -> None:
        super().__init__(parent)
        self._journal = journal
        self._clock = clock
        self._invalid_field: QWidget | None = None  # the field a refused save pointed at
        self._confirm_identifiers = confirm_identifiers or self._ask_identifiers
        self._ask_close = ask_close or self._ask_close_dialog
        self._offer_followup = offer_followup or (lambda f: ask_to_complete(f, self))
        self._ask_second = ask_second_followup or (lambda p, d: ask_second_followup_box(p, d, self))
        self._offered_for: set[int] = set()  # peers whose open follow-up was offered already
        self._today = today(clock)
        if session is None:
            if follows_up_id is not None:
                try:
                    followup = journal.followups.get(follows_up_id)
                except NotFound:
                    follows_up_id = None  # gone since the list was shown: a plain new session
                else:
                    peer_id = followup.peer_id if peer_id is None else peer_id
            session = Session(
                held_on=self._today,
                peer_id=peer_id,
                follows_up_id=follows_up_id,
                contact_kind="follow_up" if follows_up_id is not None else None,
            )
        self._original = session
        self._base = session
        self._linked_peer = self._followup_peer(session.follows_up_id)
        self._session_id = session.id
        self._finished_mode = session.id is not None and session.status == FINISHED
        self._loading = True
        self._dirty = False  # changes not yet written
        self._touched = False  # anything changed since the form opened
        self._autosaved = False  # written at least once since the form opened
        self._done = False
        self.autosaver = Autosaver(
            self.save_draft_now, idle_ms=idle_ms, max_wait_ms=max_wait_ms, parent=self
        )

        self.context = ContextStep(journal, self._today, session)
        self.resources = ResourcesStep(journal, clock, session)
        self.closing = ClosingStep(self._today)
        self.steps: dict[str, StepWidget] = {}
        for step in flow.FLOW.steps:
            widget: StepWidget
            if step.id == "context":
                widget = self.context
            elif step.id == "resources":
                widget = self.resources
            elif step.id == "close":
                widget = self.closing
            else:
                widget = ChecklistStep(step)
            self.steps[step.id] = widget
        # One note for the whole session, in view on every step: what the ticks can't say.
        self.session_note = StepNote(
            SESSION_NOTE,
            self.tr("Anything else"),
            height=56,
            label=self.tr("&Anything else (optional, for the whole session)"),
            placeholder=self.tr(
                "Only what the ticks can't say, in a few words. No names, diagnoses or "
                "clinical details."
            ),
            folded=False,
        )
        # Every note box and every tick, by step (the identifier check and tests read them).
        self.notes: dict[str, QPlainTextEdit] = {
            k: w.note.edit for k, w in self.steps.items() if w.note is not None
        }
        self.notes[SESSION_NOTE] = self.session_note.edit
        self.tick_boxes: dict[str, dict[str, QCheckBox]] = {
            k: w.checklist.boxes for k, w in self.steps.items()
        }
        self._skipped_banners: dict[str, QLabel] = {}
        # The last session with the peer, beside the form while this one is a follow-up.
        self.last_session = LastSessionSummary(journal)
        self.last_session.view.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # read, never typed in
        self.last_session.setMaximumWidth(320)

        self._build()
        for widget in self.steps.values():
            widget.load(session)
            widget.changed.connect(self._changed)
            widget.notice.connect(self._show_message)
        self.session_note.set_text(session.notes.get(SESSION_NOTE, ""))
        self.session_note.changed.connect(self._changed)
        self.session_note.notice.connect(self._show_message)
        self.context.outcome.currentIndexChanged.connect(self._update_straight_to_followup)
        self.context.held_on.dateChanged.connect(self.closing.set_earliest)
        self.context.plan_button.clicked.connect(self.go_to_followup)
        self.context.peer.left.connect(self._peer_settled)
        if session.follows_up_id is not None:
            self.last_session.show_for(self._linked_peer, before=session.id)
        self._loading = False
        self._update_step_marks()
        self._update_straight_to_followup()
        self._update_nav()
        self.context.peer.setFocus()

    def tab_chain(self) -> list[QWidget]:
        """Every field and button in Tab order: the step list, each step's fields, the buttons.

        Out of the last field ("Anything else") Tab goes forward, to Next (or Finish on the last
        step), so Tab then Space never sends the supporter back a step; Back comes last."""
        chain: list[QWidget] = [self.step_list]
        for widget in self.steps.values():
            chain += widget.tab_chain()
        chain.append(self.session_note.edit)
        return [*chain, self.next_button, self.finish_button, self.leave_button, self.back_button]

    # --- Layout ---------------------------------------------------------------------------------

    def _update_title(self) -> None:
        if self._finished_mode:
            self.setWindowTitle(self.tr("Edit session"))
        elif self._base.follows_up_id is not None:
            self.setWindowTitle(self.tr("Follow-up session"))
        elif self._base.id is not None:
            self.setWindowTitle(self.tr("Session draft"))
        else:
            self.setWindowTitle(self.tr("New session"))

    def _build(self) -> None:
        self._update_title()
        self.setSizeGripEnabled(True)

        self.step_list = QListWidget()
        self.step_list.setAccessibleName(self.tr("Steps of the session"))
        self.step_list.setSpacing(2)
        # As wide as the longest step with its tick, and no wider: the step itself needs the room
        metrics = self.step_list.fontMetrics()
        widest = max(metrics.horizontalAdvance(_step_caption(s) + "  ✓") for s in flow.FLOW.steps)
        self.step_list.setFixedWidth(widest + 2 * self.step_list.frameWidth() + 16)
        steps_label = QLabel(self.tr("S&teps"))
        steps_label.setBuddy(self.step_list)
        self.stack = QStackedWidget()
        for step in flow.FLOW.steps:
            QListWidgetItem(_step_caption(step), self.step_list)
            self.stack.addWidget(self._build_page(step))
        self.step_list.currentRowChanged.connect(self._show_step)

        self.message = QLabel()
        self.message.setWordWrap(True)
        show_as_note(self.message, PROBLEM)
        self.message.setAccessibleDescription(self.tr("Message"))
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.hide()
        self.status = ResultLine(repeats=False)  # announced when its words change
        self.status.setAccessibleDescription(self.tr("Save status"))
        self.status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        hint = QLabel(
            self.tr(
                "{next} / {previous}: next or previous step · {finish}: finish · {leave}: leave"
            ).format(
                next=key_name("Ctrl+PgDown"),
                previous=key_name("Ctrl+PgUp"),
                finish=key_name("Ctrl+S"),
                leave=key_name("Esc"),
            )
        )
        hint.setProperty("muted", True)
        hint.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        hint.setWordWrap(True)  # on a narrow screen it takes two lines rather than losing words

        if self._finished_mode:  # a finished session stays finished: leaving asks what to keep
            self.leave_button = button(self.tr("Lea&ve…"), self.tr("Leave the session form"))
        else:
            self.leave_button = button(
                self.tr("Save draft and lea&ve"), self.tr("Save the draft and leave the form")
            )
        self.back_button = button(self.tr("&Back"), self.tr("Previous step"))
        self.next_button = button(self.tr("Ne&xt"), self.tr("Next step"))
        self.finish_button = button(self.tr("&Finish and save"), self.tr("Finish and save"))
        either = self.tr("{action} ({keys} or {other_keys})")
        for made, action, (one, other) in (
            (self.back_button, self.tr("Previous step"), ("Ctrl+PgUp", "Alt+Left")),
            (self.next_button, self.tr("Next step"), ("Ctrl+PgDown", "Alt+Right")),
            (self.finish_button, self.tr("Finish and save"), ("Ctrl+S", "Ctrl+Enter")),
        ):
            made.setToolTip(
                either.format(action=action, keys=key_name(one), other_keys=key_name(other))
            )
        font = self.finish_button.font()
        font.setBold(True)
        self.finish_button.setFont(font)
        self.leave_button.clicked.connect(self.leave)
        self.back_button.clicked.connect(lambda: self.go_to_step(-1, relative=True))
        self.next_button.clicked.connect(lambda: self.go_to_step(1, relative=True))
        self.finish_button.clicked.connect(self.finish)

        status_column = QVBoxLayout()
        status_column.setSpacing(0)
        status_column.addWidget(self.status)
        status_column.addWidget(hint)
        bottom = QHBoxLayout()
        bottom.addLayout(status_column, 1)
        bottom.addWidget(self.back_button)
        bottom.addWidget(self.next_button)
        bottom.addSpacing(12)
        bottom.addWidget(self.finish_button)
        bottom.addSpacing(12)
        bottom.addWidget(self.leave_button)

        steps_column = QVBoxLayout()
        steps_column.addWidget(steps_label)
        steps_column.addWidget(self.step_list, 1)
        step_column = QVBoxLayout()
        step_column.addWidget(self.stack, 1)
        step_column.addWidget(self.session_note)
        middle = QHBoxLayout()
        middle.addLayout(steps_column)
        middle.addLayout(step_column, 3)
        # A quarter of the width at most: on a narrow screen the step keeps the room it needs
        self.last_session.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        middle.addWidget(self.last_session, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(middle, 1)
        layout.addWidget(self.message)
        layout.addLayout(bottom)

        for keys, slot in (
            ("Ctrl+PgDown", lambda: self.go_to_step(1, relative=True)),
            ("Alt+Right", lambda: self.go_to_step(1, relative=True)),
            ("Ctrl+PgUp", lambda: self.go_to_step(-1, relative=True)),
            ("Alt+Left", lambda: self.go_to_step(-1, relative=True)),
            ("Ctrl+S", self.finish),
            ("Ctrl+Return", self.finish),
            ("Ctrl+Enter", self.finish),
        ):
            QShortcut(QKeySequence(keys), self, slot)

        chain = self.tab_chain()
        for first, second in itertools.pairwise(chain):
            self.setTabOrder(first, second)
        # Every field and button has an Alt letter, never used twice where it shows.
        window_letters = self._window_letters()
        for widget in self.steps.values():
            give_mnemonics(widget.tab_chain(), window_letters | label_letters(widget))
        self.step_list.setCurrentRow(0)
        self._fit_to_screen()

    def _window_letters(self) -> set[str]:
        """The Alt letters of what shows on every step (Steps, Anything else, Back, Next, Finish,
        Leave), in the language the form speaks: a step's own fields must not take them."""
        steps = tuple(self.steps.values())
        return {
            mnemonic_of(widget.text())
            for widget in self.findChildren(QWidget)
            if isinstance(widget, (QLabel, QAbstractButton))
            and not any(step.isAncestorOf(widget) for step in steps)
        } - {""}

    def _fit_to_screen(self) -> None:
        # Small enough for 1366x768 at 150% (911x512 logical pixels, less a panel)
        self.setMinimumSize(600, 400)
        fit_to_screen(self, 1240, 700)

    def _build_page(self, step: flow.Step) -> QWidget:
        body = QWidget()
        form = QVBoxLayout(body)
        form.setContentsMargins(4, 4, 8, 4)
        title = QLabel(_step_caption(step))
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        title.setFont(font)
        purpose = QLabel(flow_text(step.purpose))
        purpose.setWordWrap(True)
        form.addWidget(title)
        form.addWidget(purpose)
        if step.number is not None:
            skipped = QLabel(
                self.tr(
                    "Skipped: the outreach was declined or unanswered, so there was no "
                    "conversation to record here."
                )
            )
            skipped.setWordWrap(True)
            show_as_note(skipped)
            skipped.hide()
            form.addWidget(skipped)
            self._skipped_banners[step.id] = skipped
        # The step's fields are one widget, so a skipped step is disabled in one go while its
        # explanation stays readable.
        if step.id in ("context", "resources"):  # their lists (tags, help) take the room left
            form.addWidget(self.steps[step.id], 1)
        else:
            form.addWidget(self.steps[step.id])
            form.addStretch(1)

        page = QWidget()
        row = QHBoxLayout(page)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(body, 3)
        row.addWidget(self._build_guide(step), 2, Qt.AlignmentFlag.AlignTop)
        scroll = FocusScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(page)
        # A Tab stop (the notes' Tab order needs it): named.
        scroll.setAccessibleName(flow_text(step.title))
        return scroll

    def _build_guide(self, step: flow.Step) -> QFrame:
        guide = QFrame()
        guide.setObjectName("guide")
        guide.setStyleSheet(_GUIDE_STYLE)
        guide.setMaximumWidth(360)
        guide.setMinimumWidth(180)  # the step keeps its room on a narrow screen
        column = QVBoxLayout(guide)
        record = QLabel(
            self.tr("Your ticks are the record: add a note only for what they can't say.")
        )
        record.setWordWrap(True)
        column.addWidget(record)

        def bullets(heading: str, lines: tuple[str, ...]) -> QLabel:
            items = "".join(f"<li>{html.escape(flow_text(line))}</li>" for line in lines)
            label = QLabel(
                f"<b>{html.escape(heading)}</b>"
                f"<ul style='margin-left:-18px; -qt-list-indent:1'>{items}</ul>"
            )
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setWordWrap(True)
            return label

        column.addWidget(bullets(self.tr("What helps"), step.guidance))
        column.addWidget(bullets(self.tr("Phrases and habits to avoid"), step.avoid))
        guide.setAccessibleName(self.tr("Guidance for {step}").format(step=flow_text(step.title)))
        return guide

    # --- Collecting -----------------------------------------------------------------------------

    def peer_choice(self) -> tuple[int | None, str]:
        """The chosen peer's id, or None and the pseudonym of a peer still to be added."""
        return self.context.peer_choice()

    def collect(self, status: str, peer_id: int | None) -> Session:
        """The session as the form shows it now (nothing is written)."""
        session = replace(
            self._base,
            id=self._session_id,
            status=status,
            peer_id=peer_id,
            new_peer="",
            ticked={},
            notes={},
        )
        for widget in self.steps.values():
            session = widget.collect(session)
        anything_else = self.session_note.text()
        if anything_else.strip():
            session = replace(session, notes={**session.notes, SESSION_NOTE: anything_else})
        return session

    # --- Follow-ups: completing one, and the last session beside the form -----------------------

    def _followup_peer(self, followup_id: int | None) -> int | None:
        if followup_id is None:
            return None
        try:
            return self._journal.followups.get(followup_id).peer_id
        except NotFound:
            return None

    def _peer_settled(self) -> None:
        """The supporter left the peer field: offer to complete that peer's open follow-up (once
        per peer), or drop the link to a follow-up of the peer chosen before."""
        if self._loading or self._done or self._finished_mode or self._journal.closed:
            return
        peer_id, _new_name = self.peer_choice()
        if self._base.follows_up_id is not None:
            if peer_id == self._linked_peer:
                return
            self._link(None)  # another peer: this session no longer completes that follow-up
        if peer_id is None or peer_id in self._offered_for:
            return
        self._offered_for.add(peer_id)
        open_followups = self._journal.followups.open_for_peer(peer_id)
        if not open_followups:
            return
        was_focused = QApplication.focusWidget()
        completes = self._offer_followup(open_followups[0])
        if self._done:  # locked while the question was open
            return
        if completes:
            self._link(open_followups[0])
        if was_focused is not None and self.isAncestorOf(was_focused):
            was_focused.setFocus(Qt.FocusReason.OtherFocusReason)

    def _link(self, followup: FollowUp | None) -> None:
        """This session completes ``followup`` (None: no follow-up)."""
        self._base = replace(self._base, follows_up_id=None if followup is None else followup.id)
        self._linked_peer = None if followup is None else followup.peer_id
        if followup is None:
            self.last_session.clear()
        else:
            kind = self.context.contact_kind
            if kind.currentData() is None:
                kind.setCurrentIndex(kind.findData("follow_up"))
            self.last_session.show_for(followup.peer_id, before=self._session_id)
        self._update_title()
        self._changed()

    # --- Reacting to changes --------------------------------------------------------------------

    def _update_step_marks(self) -> None:
        """A tick beside every step that holds something, so gaps are easy to spot."""
        for row, step in enumerate(flow.FLOW.steps):
            caption = _step_caption(step) + ("  ✓" if self.steps[step.id].filled() else "")
            item = self.step_list.item(row)
            if item.text() != caption:
                item.setText(caption)

    def _changed(self) -> None:
        if self._loading or self._done:
            return
        self._update_step_marks()
        self._dirty = True
        self._touched = True
        self.autosaver.changed()

    @property
    def skips_to_followup(self) -> bool:
        """Declined or unanswered: the conversation steps are skipped."""
        return self.context.skips_to_followup

    def _update_straight_to_followup(self) -> None:
        skip = self.skips_to_followup
        for row, step in enumerate(flow.FLOW.steps):
            if step.number is None:
                continue
            item = self.step_list.item(row)
            flags = item.flags()
            enabled = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            item.setFlags(flags & ~enabled if skip else flags | enabled)
            self.steps[step.id].setEnabled(not skip)
            self._skipped_banners[step.id].setVisible(skip)
        self.context.show_shortcut(skip)
        self.closing.show_shortcut(skip)
        self._update_nav()

    # --- Moving between steps -------------------------------------------------------------------

    def step_enabled(self, row: int) -> bool:
        item = self.step_list.item(row)
        return item is not None and bool(item.flags() & Qt.ItemFlag.ItemIsEnabled)

    def current_step(self) -> str:
        return flow.FLOW.steps[self.stack.currentIndex()].id

    def go_to_step(self, target: int | str, *, relative: bool = False) -> None:
        """Show a step (by id, by row or ``relative`` to this one) and focus its first field."""
        if isinstance(target, str):
            row = flow.FLOW.step_ids().index(target)
        elif relative:
            row = self.stack.currentIndex() + target
            while 0 <= row < self.step_list.count() and not self.step_enabled(row):
                row += 1 if target > 0 else -1
        else:
            row = target
        if not (0 <= row < self.step_list.count()) or not self.step_enabled(row):
            return
        self.step_list.setCurrentRow(row)
        first = self.steps[flow.FLOW.steps[row].id].first_field()
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def go_to_followup(self) -> None:
        self.go_to_step("close")
        self.closing.followup_agreed.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_step(self, row: int) -> None:
        if row < 0:
            return
        self.stack.setCurrentIndex(row)
        self._update_nav()
        # Focus never stays behind on the page just hidden: it goes to this step's first field
        # (the step list keeps it while the supporter walks the list).
        if not self.step_list.hasFocus():
            first = self.steps[flow.FLOW.steps[row].id].first_field()
            if first is not None:
                first.setFocus(Qt.FocusReason.OtherFocusReason)
        # Styles draw the focus frame only after keyboard moves; a click on Next counts too.
        self.setAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange)

    def _update_nav(self) -> None:
        row = self.stack.currentIndex()
        has_prev = any(self.step_enabled(r) for r in range(row))
        has_next = any(self.step_enabled(r) for r in range(row + 1, self.step_list.count()))
        self.back_button.setEnabled(has_prev)
        self.next_button.setEnabled(has_next)

    # --- Messages -------------------------------------------------------------------------------

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def _clear_message(self) -> None:
        self.message.clear()
        self.message.hide()
        if self._invalid_field is not None:
            clear_field_error(self._invalid_field)
            self._invalid_field = None

    def _set_status(self, text: str) -> None:
        self.status.setText(text)

    def _problem(self, exc: PeerDeskError) -> str:
        words = {
            "storage_full": self.tr("the disk is full"),
            "storage_error": self.tr("the journal file could not be written"),
            "journal_busy": self.tr("the journal is busy in another program"),
            "journal_damaged": self.tr("the journal file failed a check"),
            "not_found": self.tr("this session no longer exists"),
        }
        return words.get(exc.code, core_message(exc))

    def _invalid_words(self, exc: InvalidInput, step_id: str) -> str:
        """What to say about a field the core refused, in the form's words."""
        choose_peer = self.tr("Peer: choose who this session was with, or type a new pseudonym.")
        words = {
            "peer_id": choose_peer,
            "peer": choose_peer,
            "pseudonym": self.tr("Peer: this pseudonym can't be used."),
            "contact_kind": self.tr("Kind of contact: choose what kind of contact this was."),
            "held_on": self.tr("Date: choose the date of the session."),
            "duration_minutes": self.tr("Duration: between 0 and 1440 minutes."),
            "mode": self.tr("Mode: choose one of the choices."),
            "referred_by": self.tr("Referred by: choose again."),
            "outreach_outcome": self.tr("Outcome: choose again."),
            "role_band": self.tr("Peer's role: choose again."),
            "events": self.tr("Events: one of them is unknown."),
            "drivers": self.tr("Stress drivers: one of them is unknown."),
            "referral_marks": self.tr("Referrals: one of them is unknown."),
            "resource_marks": self.tr(
                "Resources offered: one of them is no longer in the directory."
            ),
            "follows_up_id": self.tr("The follow-up this session completes no longer exists."),
            "followup_plan": self.tr("Follow-up plan: keep it to {max} characters.").format(
                max=PLAN_MAX
            ),
            "helpful": self.tr("Helpful: choose again."),
            "needs_met": self.tr("Needs met: choose again."),
            "self_care": self.tr("Your check-in: choose 1 to 5."),
            "notes": self.tr(
                "Note under “{step}”: it is too long or holds characters that can't be stored."
            ).format(step=flow_text(flow.FLOW.step(step_id).title)),
        }
        if exc.field == "notes" and exc.step == SESSION_NOTE:
            return self.tr(
                "Anything else: the note is too long or holds characters that can't be stored."
            )
        return words.get(exc.field) or self.tr("Please check the form: {problem}").format(
            problem=core_message(exc)
        )

    def _error_target(self, exc: InvalidInput) -> tuple[str, QWidget | None, str]:
        """For a refused field: the step to show, the widget to focus and what to say.

        The core names the step; an error without one lands on the step that holds the field,
        else on the step in view (a note error on a step without notes: the context's note).
        """
        current = self.current_step()
        if exc.field == "notes" and exc.step == SESSION_NOTE:
            return current, self.session_note.edit, self._invalid_words(exc, current)
        step_id = exc.step if exc.step in self.steps else ""
        if not step_id and exc.field == "notes":
            step_id = current if self.steps[current].note is not None else "context"
        elif not step_id:
            holders = [k for k, w in self.steps.items() if w.focus_for(exc.field) is not None]
            step_id = current if current in holders or len(holders) != 1 else holders[0]
        return step_id, self.steps[step_id].focus_for(exc.field), self._invalid_words(exc, step_id)

    def _show_invalid(self, exc: InvalidInput) -> None:
        step_id, widget, text = self._error_target(exc)
        self._show_message(text)
        row = flow.FLOW.step_ids().index(step_id)
        if self.step_enabled(row):
            self.step_list.setCurrentRow(row)
        if widget is not None:  # the field itself is told, and gets the focus
            if self._invalid_field is not None:
                clear_field_error(self._invalid_field)
            self._invalid_field = widget
            show_field_error(widget, text)

    # --- Saving ---------------------------------------------------------------------------------

    @property
    def session_id(self) -> int | None:
        """The id this form writes to (None until the first save)."""
        return self._session_id

    def save_draft_now(self) -> None:
        """Write pending changes now (the main window calls this before it locks).

        A new session or a draft is saved as a draft; a finished session being edited stays
        finished and is saved only when it is still complete. Errors are shown in the form and
        the next autosave tries again; nothing typed is lost.
        """
        self.autosaver.stop()
        if not self._dirty or self._done or self._journal.closed:
            return
        peer_id, new_name = self.peer_choice()
        status = FINISHED if self._finished_mode else DRAFT
        # A new peer is added only on finishing; the draft keeps the pseudonym typed till then.
        session = replace(self.collect(status, peer_id), new_peer=new_name)
        try:
            written = self._journal.sessions.save(session)
        except SecondOpenFollowUp:
            # Never asked mid-typing: finishing asks.
            self._set_status(
                self.tr(
                    "Changes not saved yet: this would plan a second open follow-up for the "
                    "peer. Finish and save to decide."
                )
            )
            return
        except InvalidInput as exc:
            if (exc.field, exc.code) == ("follows_up_id", "gone"):  # removed elsewhere meanwhile
                self._link(None)  # so save it unlinked: nothing typed is lost
                return self.save_draft_now()
            # Only a finished session can be incomplete: wait for the supporter to fix it.
            _step, _widget, text = self._error_target(exc)
            self._set_status(self.tr("Changes not saved yet. {problem}").format(problem=text))
            return
        except PeerDeskError as exc:
            self._show_message(
                self.tr(
                    "Couldn't save the draft: {problem}. Your text is still here, and "
                    "PeerDesk will try again in a moment."
                ).format(problem=self._problem(exc))
            )
            self.autosaver.retry_later()
            return
        self._session_id = written.id
        self._base = replace(self._base, id=written.id, created_at=written.created_at)
        self._dirty = False
        self._autosaved = True
        if self.message.isVisible() and self.message.text().startswith(self.tr("Couldn't save")):
            self._clear_message()
        saved_at = time_of_day(self._clock().astimezone())
        self._set_status(
            self.tr("Changes saved at {time}").format(time=saved_at)
            if self._finished_mode
            else self.tr("Draft saved at {time}").format(time=saved_at)
        )
        if written.id is not None:
            self.draft_saved.emit(written.id)

    def _findings(self) -> list[Finding]:
        found: list[Finding] = []
        for step in flow.FLOW.steps:
            edit = self.notes.get(step.id)
            if edit is not None:
                found += find_in(step.id, flow_text(step.title), edit.toPlainText())
        found += find_in(SESSION_NOTE, self.tr("Anything else"), self.session_note.text())
        if self.closing.followup_agreed.isChecked():
            found += find_in(
                _PLAN_FIELD, self.tr("Follow-up plan"), self.closing.followup_plan.text()
            )
        return found

    def _focus_finding(self, finding: Finding) -> None:
        if finding.field == _PLAN_FIELD:
            self.go_to_step("close")
            plan = self.closing.followup_plan
            plan.setFocus(Qt.FocusReason.OtherFocusReason)
            plan.setSelection(
                finding.identifier.start, finding.identifier.end - finding.identifier.start
            )
            return
        if finding.field != SESSION_NOTE:  # the session's note is in view on every step
            row = flow.FLOW.step_ids().index(finding.field)
            if self.step_enabled(row):
                self.step_list.setCurrentRow(row)
        edit = self.notes[finding.field]
        text = edit.toPlainText()
        cursor = edit.textCursor()
        cursor.setPosition(utf16_offset(text, finding.identifier.start))
        cursor.setPosition(
            utf16_offset(text, finding.identifier.end), QTextCursor.MoveMode.KeepAnchor
        )
        edit.setTextCursor(cursor)
        edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def finish(self) -> None:
        """Check the form, ask about identifiers, then save the session as finished."""
        if self._done:
            return
        self.autosaver.stop()
        self._clear_message()
        peer_id, new_name = self.peer_choice()
        session = self.collect(FINISHED, peer_id)
        # Check everything before asking anything; a new peer is added only once all is well.
        probe = replace(session, peer_id=-1 if peer_id is None and new_name else peer_id)
        try:
            validated_session(probe, self._journal.tags)
        except InvalidInput as exc:
            self._show_invalid(exc)
            self._restart_autosave()
            return
        findings = self._findings()
        if findings and not self._confirm_identifiers(findings):
            if self._done:  # locked while the question was open: the draft is saved
                return
            self._focus_finding(findings[0])
            self._restart_autosave()
            return
        second = False  # a second open follow-up for the peer, once the supporter said so
        while True:
            try:
                with self._journal.transaction():
                    new_peer_id = peer_id
                    if new_peer_id is None:
                        new_peer_id = self._journal.peers.add(new_name).id
                    written = self._journal.sessions.save(
                        replace(session, peer_id=new_peer_id), second_followup=second
                    )
                break
            except SecondOpenFollowUp as exc:
                if not second and self._ask_second(
                    self.context.peer.currentText().strip(), date.fromisoformat(exc.due_on)
                ):
                    second = True
                    continue
                if not self._done:  # not locked while the question was open
                    self.go_to_followup()
                    self._restart_autosave()
                return
            except InvalidInput as exc:
                self._show_invalid(exc)
                self._restart_autosave()
                return
            except PeerDeskError as exc:
                self._show_message(
                    self.tr(
                        "Couldn't save the session: {problem}. Nothing was changed, and your "
                        "text is still here; try again in a moment."
                    ).format(problem=self._problem(exc))
                )
                self._restart_autosave()
                return
        assert written.id is not None  # save always returns the id
        self._session_id = written.id
        self._dirty = False
        self._done = True
        self.saved.emit(written.id)
        self.accept()

    def _restart_autosave(self) -> None:
        if self._dirty:
            self.autosaver.changed()

    # --- Closing --------------------------------------------------------------------------------

    def leave(self) -> None:
        """The "Save draft and leave" button: keep the draft as it is and close, asking nothing.

        Editing a finished session, it asks like Esc does (a finished session stays finished)."""
        if self._finished_mode:
            self.reject()
            return
        self.save_draft_now()
        if self._dirty:
            return  # the save failed: the message is showing and nothing is lost
        self._close(QDialog.DialogCode.Rejected)

    def reject(self) -> None:
        """Esc or the window's close box: ask what to do with changes."""
        if self._done or not self._touched:
            self._close(QDialog.DialogCode.Rejected)
            return
        was_focused = QApplication.focusWidget()
        choice = self._ask_close(self._finished_mode)
        if self._done:  # locked while the question was open: the draft is saved
            return
        if choice == CANCEL and was_focused is not None and self.isAncestorOf(was_focused):
            was_focused.setFocus(Qt.FocusReason.OtherFocusReason)  # back where the question began
        if choice == KEEP:
            if self._finished_mode:
                self.finish()  # checks and asks as usual; the form closes once it is saved
                return
            self.save_draft_now()
            if self._dirty:
                return  # the save failed: the message is showing and nothing is lost
        elif choice == DISCARD:
            if not self._discard():
                return
        else:
            return
        self._close(QDialog.DialogCode.Rejected)

    def close_for_lock(self, *, save: bool = True) -> None:
        """Save what can be saved and close without asking (the journal is about to lock).

        With ``save=False`` (the journal file was found damaged) nothing more is written to it.
        """
        if save:
            self.save_draft_now()
        self.last_session.clear()  # no journal text stays on screen
        self._close(QDialog.DialogCode.Rejected)

    def _discard(self) -> bool:
        self.autosaver.stop()
        try:
            if self._finished_mode:
                if self._autosaved:
                    self._journal.sessions.save(self._original)
            elif self._session_id is not None:
                self._journal.sessions.shred(self._session_id)
                self._session_id = None
        except NotFound:
            pass
        except PeerDeskError as exc:
            self._show_message(
                self.tr("Couldn't discard the changes: {problem}.").format(
                    problem=self._problem(exc)
                )
            )
            return False
        self._dirty = False
        return True

    def _close(self, code: QDialog.DialogCode) -> None:
        self.autosaver.stop()
        self._done = True
        super().done(int(code.value))

    def _ask_close_dialog(self, finished: bool) -> str:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Close the session"))
        if finished:
            box.setText(self.tr("Save your changes to this session?"))
            keep = box.addButton(self.tr("Save changes"), QMessageBox.ButtonRole.AcceptRole)
            discard = box.addButton(
                self.tr("Discard changes"), QMessageBox.ButtonRole.DestructiveRole
            )
        else:
            box.setText(self.tr("Keep this session as a draft to finish later?"))
            box.setInformativeText(self.tr("Discarding shreds the draft and everything in it."))
            keep = box.addButton(self.tr("Keep as draft"), QMessageBox.ButtonRole.AcceptRole)
            discard = box.addButton(
                self.tr("Discard draft"), QMessageBox.ButtonRole.DestructiveRole
            )
        cancel = box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(cancel)
        box.exec()
        clicked = box.clickedButton()
        box.deleteLater()
        if clicked is keep:
            return KEEP
        if clicked is discard:
            return DISCARD
        return CANCEL

    def _ask_identifiers(self, findings: list[Finding]) -> bool:
        return ask_about_identifiers(findings, self)
