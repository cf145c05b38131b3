"""A read-only view of one session: every field in the flow's own words, notes as plain text."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont, QTextBlockFormat, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QTextEdit, QVBoxLayout, QWidget

from peerdesk import flow
from peerdesk.errors import NotFound
from peerdesk.followups import CANCELLED, DONE, OPEN
from peerdesk.journal import Journal
from peerdesk.sessions import DRAFT, SESSION_NOTE, Session
from peerdesk.tags import DRIVER, EVENT
from ui.messages import flow_text
from ui.widgets.accessible import name_as_shown
from ui.widgets.dates import weekday_and_date
from ui.widgets.labels import PushButton
from ui.widgets.numbers import whole


class SessionDetail(QWidget):
    """Shows a session without letting it be changed (editing goes through the session form).

    Notes are inserted as plain text, so a note holding markup shows exactly as it was typed.
    A follow-up agreed in the session shows whether it is done, with a link (a button) to the
    session that completed it; a session that completed one links to the session that planned it.
    """

    open_linked = Signal(int)  # a link to another session was followed: show that one

    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._journal = journal
        self._session_id: int | None = None
        self._completed_by: int | None = None
        self._planned_in: int | None = None
        self.view = QTextEdit()
        self.view.setReadOnly(True)
        self.view.setUndoRedoEnabled(False)
        self.view.setAcceptRichText(False)
        self.view.setAccessibleName(self.tr("Session details"))
        self.view.setTabChangesFocus(True)
        self.completed_by_link = PushButton(self.tr("Open the session that &completed it"))
        name_as_shown(
            self.completed_by_link, self.tr("Open the session that completed this follow-up")
        )
        self.completed_by_link.setAutoDefault(False)
        self.completed_by_link.clicked.connect(lambda: self._follow(self._completed_by))
        self.planned_in_link = PushButton(self.tr("Open the session that &planned it"))
        name_as_shown(
            self.planned_in_link,
            self.tr("Open the session that planned the follow-up this session completed"),
        )
        self.planned_in_link.setAutoDefault(False)
        self.planned_in_link.clicked.connect(lambda: self._follow(self._planned_in))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        layout.addWidget(self.completed_by_link)
        layout.addWidget(self.planned_in_link)
        self.clear()

    @property
    def session_id(self) -> int | None:
        return self._session_id

    def text(self) -> str:
        """What the view shows, as plain text."""
        return self.view.toPlainText()

    @property
    def completed_by(self) -> int | None:
        """The session that completed the follow-up agreed in the one shown, if it is kept."""
        return self._completed_by

    @property
    def planned_in(self) -> int | None:
        """The session that agreed the follow-up the one shown completed, if it is kept."""
        return self._planned_in

    def _follow(self, session_id: int | None) -> None:
        if session_id is not None:
            self.open_linked.emit(session_id)

    def _set_links(self, completed_by: int | None, planned_in: int | None) -> None:
        self._completed_by, self._planned_in = completed_by, planned_in
        self.completed_by_link.setVisible(completed_by is not None)
        self.planned_in_link.setVisible(planned_in is not None)

    def clear(self) -> None:
        self._session_id = None
        self._set_links(None, None)
        self.view.clear()
        self._cursor().insertText(self.tr("Choose a session in the list to read it here."))

    def show_session(self, session_id: int) -> None:
        try:
            session = self._journal.sessions.get(session_id)
        except NotFound:
            self.clear()
            self.view.setPlainText(self.tr("This session is no longer in the journal."))
            return
        self._session_id = session_id
        self.view.clear()
        self._render(session)
        self.view.moveCursor(QTextCursor.MoveOperation.Start)

    # --- writing the document -------------------------------------------------------------------

    def _cursor(self) -> QTextCursor:
        cursor = self.view.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.End)
        return cursor

    def _block(self, *, top: float = 0, heading: int = 0) -> QTextCursor:
        cursor = self._cursor()
        block = QTextBlockFormat()
        block.setTopMargin(top)
        block.setHeadingLevel(heading)
        if self.view.document().isEmpty():
            cursor.setBlockFormat(block)
        else:
            cursor.insertBlock(block, QTextCharFormat())
        return cursor

    def _heading(self, text: str, *, level: int = 2) -> None:
        cursor = self._block(top=10 if level > 1 else 0, heading=level)
        fmt = QTextCharFormat()
        fmt.setFontWeight(QFont.Weight.Bold)
        fmt.setFontPointSize(self.font().pointSizeF() * (1.35 if level == 1 else 1.1))
        cursor.insertText(text, fmt)

    def _field(self, label: str, value: str) -> None:
        cursor = self._block()
        bold = QTextCharFormat()
        bold.setFontWeight(QFont.Weight.Bold)
        cursor.insertText(label + ": ", bold)
        cursor.insertText(value, QTextCharFormat())

    def _line(self, text: str) -> None:
        self._block().insertText(text, QTextCharFormat())

    def _note(self, text: str) -> None:
        cursor = self._block(top=4)
        italic = QTextCharFormat()
        italic.setFontItalic(True)
        cursor.insertText(self.tr("Note:") + " ", italic)
        # insertText never reads markup: the note's own characters, line breaks included.
        cursor.insertText(text, QTextCharFormat())

    def _yes_no(self, value: bool) -> str:
        return self.tr("yes") if value else self.tr("no")

    def _choice(self, choices: tuple[flow.Choice, ...], value: str | None) -> str:
        return flow_text(flow.label_of(choices, value)) if value else self.tr("not recorded")

    def _tags(self, kind: str, ids: list[str]) -> str:
        labels = {
            t.id: flow_text(t.label) for t in self._journal.tags.all(kind, include_archived=True)
        }
        return ", ".join(labels.get(i, i) for i in ids) if ids else self.tr("none")

    def _render(self, s: Session) -> None:
        title = self.tr("Session of {date}").format(date=weekday_and_date(s.held_on))
        if s.status == DRAFT:
            title = self.tr("Draft of {date}").format(date=weekday_and_date(s.held_on))
        self._heading(title, level=1)
        peer = self.tr("none chosen")
        if s.peer_id is not None:
            try:
                peer = self._journal.peers.get(s.peer_id).pseudonym
            except NotFound:
                peer = self.tr("(forgotten peer)")
        elif s.status != DRAFT:
            peer = self.tr("(forgotten peer)")
        elif s.new_peer:
            peer = self.tr("{name} (new: added when the session is finished)").format(
                name=s.new_peer
            )
        self._field(self.tr("Peer"), peer)
        duration = (
            self.tr("{n} minutes").format(n=whole(s.duration_minutes))
            if s.duration_minutes is not None
            else self.tr("not recorded")
        )
        self._field(self.tr("Length"), duration)
        self._field(self.tr("How"), self._choice(flow.MODES, s.mode))
        self._field(self.tr("Kind of contact"), self._choice(flow.CONTACT_KINDS, s.contact_kind))
        self._field(self.tr("Referred by"), self._choice(flow.REFERRED_BY, s.referred_by))
        self._field(self.tr("Outreach"), self._choice(flow.OUTREACH_OUTCOMES, s.outreach_outcome))
        self._field(self.tr("Role"), self._choice(flow.ROLE_BANDS, s.role_band))
        self._field(self.tr("Events"), self._tags(EVENT, s.events))
        self._field(self.tr("Stress drivers"), self._tags(DRIVER, s.drivers))
        for step in flow.FLOW.steps:
            self._render_step(s, step)
        anything_else = s.notes.get(SESSION_NOTE, "")
        if anything_else:
            self._heading(self.tr("Anything else"))
            self._note(anything_else)
        self._render_follow_up(s)
        if s.updated_at:
            changed = self.tr("Last changed {date}").format(date=self._stamp(s.updated_at))
            self._block(top=10).insertText(changed, QTextCharFormat())

    def _stamp(self, stamp: str) -> str:
        try:
            return weekday_and_date(datetime.fromisoformat(stamp).astimezone().date())
        except ValueError:
            return stamp

    def _render_step(self, s: Session, step: flow.Step) -> None:
        ticked = [
            flow_text(flow.label_of(step.items + step.derived, i))
            for i in s.ticked.get(step.id, [])
        ]
        note = s.notes.get(step.id, "")
        extra: list[tuple[str, str]] = []
        if step.id == "resources":
            for mark in reversed(flow.MARKS):  # referred first: the one that is a referral
                names = self._marked(s, mark.id)
                if names or mark.id == flow.REFERRED:
                    extra.append((flow_text(mark.label), names or self.tr("none")))
            extra.append((self.tr("Safety concern escalated"), self._yes_no(s.escalated)))
        if step.id == "close":
            extra.append((self.tr("Helpful for them"), self._choice(flow.HELPFUL, s.helpful)))
            extra.append((self.tr("Their needs met"), self._choice(flow.NEEDS_MET, s.needs_met)))
            care = (
                self._choice(flow.SELF_CARE_SCALE, str(s.self_care))
                if s.self_care is not None
                else self.tr("not recorded")
            )
            extra.append((self.tr("How I am doing"), care))
            extra.append((self.tr("Debrief wanted"), self._yes_no(s.debrief_wanted)))
        if not (ticked or note or extra):
            return
        title = flow_text(step.title)
        self._heading(title if step.number is None else f"{step.number}. {title}")
        for label in ticked:
            self._line("✓ " + label)
        for label, value in extra:
            self._field(label, value)
        if note:
            self._note(note)

    def _marked(self, s: Session, mark: str) -> str:
        """The kinds of help, then the resources, that ``s`` marked ``mark``."""
        kinds = [
            flow_text(flow.label_of(flow.REFERRAL_TYPES, k))
            for k, m in s.referral_marks.items()
            if m == mark
        ]
        resources = self._resources([r for r, m in s.resource_marks.items() if m == mark])
        return ", ".join(kinds + ([resources] if resources else []))

    def _resources(self, ids: list[int]) -> str:
        names = []
        for resource_id in ids:
            try:
                names.append(self._journal.resources.get(resource_id).name)
            except NotFound:
                names.append(self.tr("(removed from the directory)"))
        return ", ".join(names)

    def _render_follow_up(self, s: Session) -> None:
        self._heading(self.tr("Follow-up"))
        planned = self._journal.followups.planned_in(s.id) if s.id is not None else None
        completed_by = None
        if s.followup_on is None:
            self._line(self.tr("No follow-up planned."))
        elif planned is not None and planned.status == DONE:
            if planned.done_on is not None:
                completed_by = planned.done_session_id
                done = self.tr("Done on {date}, in a follow-up session").format(
                    date=weekday_and_date(planned.done_on)
                )
            else:
                done = self.tr("Done (the session that completed it is no longer kept)")
            self._field(self.tr("Follow-up"), done)
            self._field(self.tr("It was planned for"), weekday_and_date(s.followup_on))
        elif planned is not None and planned.status == CANCELLED:
            self._field(self.tr("Follow-up"), self.tr("Cancelled"))
            self._field(self.tr("It was planned for"), weekday_and_date(s.followup_on))
            if planned.cancel_reason:
                self._field(self.tr("Why"), planned.cancel_reason)
        else:
            self._field(self.tr("Planned for"), weekday_and_date(s.followup_on))
        if s.followup_on is not None and s.followup_plan:
            self._field(self.tr("Plan"), s.followup_plan)
        planned_in = None
        if s.follows_up_id is not None:
            try:
                origin = self._journal.followups.get(s.follows_up_id)
            except NotFound:
                origin = None
            if origin is not None and origin.origin_session_id is not None:
                planned_in = origin.origin_session_id
                held = weekday_and_date(self._journal.sessions.get(planned_in).held_on)
                if origin.done_session_id == s.id:
                    text = self.tr("This session completed the follow-up agreed on {date}.")
                elif s.status == DRAFT and origin.status == OPEN:
                    text = self.tr("Finishing it completes the follow-up agreed on {date}.")
                else:
                    text = self.tr("This session followed up the session of {date}.")
                self._line(text.format(date=held))
            else:
                self._line(self.tr("This session was itself a planned follow-up."))
        self._set_links(completed_by, planned_in)
