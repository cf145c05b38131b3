"""What was agreed last time: the last finished session with a peer, shown beside the form.

A follow-up session starts from what the peer and the supporter said last time: its date, what
was ticked in each step, the follow-up agreed and the session's "anything else" note. Only that
peer's last session is read, only while the journal is open; the form clears it when the peer
changes, and it goes with the form when the journal locks.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QTextBlockFormat, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QFrame, QLabel, QTextEdit, QVBoxLayout, QWidget

from peerdesk import flow
from peerdesk.errors import NotFound
from peerdesk.followups import LastSession
from peerdesk.journal import Journal
from ui.messages import flow_text
from ui.widgets.dates import long_date


class LastSessionSummary(QFrame):
    """The last session with one peer, read-only; empty (and hidden) when there is none."""

    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._journal = journal
        self._last: LastSession | None = None
        self.setObjectName("lastSession")
        self.heading = QLabel(self.tr("Last time"))
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.view = QTextEdit()
        self.view.setReadOnly(True)
        self.view.setUndoRedoEnabled(False)
        self.view.setAcceptRichText(False)
        self.view.setTabChangesFocus(True)
        self.view.setAccessibleName(self.tr("Last session with this peer"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.view, 1)
        self.setMinimumWidth(180)
        self.clear()

    @property
    def last_session(self) -> LastSession | None:
        """The session shown, or None."""
        return self._last

    def text(self) -> str:
        """What the summary shows, as plain text."""
        return self.view.toPlainText() if self._last is not None else ""

    def clear(self) -> None:
        """Show nothing (no peer chosen, or the journal is about to lock)."""
        self._last = None
        self.view.clear()
        self.hide()

    def show_for(self, peer_id: int | None, *, before: int | None = None) -> bool:
        """Show the last finished session with ``peer_id`` (before session ``before``, the one
        being written); True when there is one to show."""
        self.clear()
        if peer_id is None or self._journal.closed:
            return False
        last = self._journal.followups.last_session(peer_id, before=before)
        if last is None:
            return False
        try:
            peer = self._journal.peers.get(peer_id).pseudonym
        except NotFound:
            return False
        self._last = last
        self.heading.setText(self.tr("Last time with {peer}").format(peer=peer))
        self._render(last)
        self.view.moveCursor(QTextCursor.MoveOperation.Start)
        self.show()
        return True

    # --- writing the document -------------------------------------------------------------------

    def _line(self, text: str, *, bold: str = "", top: float = 0) -> None:
        cursor = self.view.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.End)
        block = QTextBlockFormat()
        block.setTopMargin(top)
        if self.view.document().isEmpty():
            cursor.setBlockFormat(block)
        else:
            cursor.insertBlock(block, QTextCharFormat())
        if bold:
            strong = QTextCharFormat()
            strong.setFontWeight(QFont.Weight.Bold)
            cursor.insertText(bold, strong)
        # insertText never reads markup: a note shows exactly as it was typed.
        cursor.insertText(text, QTextCharFormat())

    def _render(self, last: LastSession) -> None:
        self._line(long_date(last.held_on), bold=self.tr("Date: "))
        if last.outreach_outcome is not None:
            outcome = flow_text(flow.label_of(flow.OUTREACH_OUTCOMES, last.outreach_outcome))
            self._line(outcome, bold=self.tr("Outreach: "))
        if not last.ticked:
            self._line(self.tr("Nothing was ticked."), top=6)
        for step in flow.FLOW.steps:
            items = last.ticked.get(step.id, ())
            if not items:
                continue
            title = flow_text(step.title)
            title = title if step.number is None else f"{step.number}. {title}"
            self._line("", bold=title, top=6)
            for item in items:
                self._line("✓ " + flow_text(flow.label_of((*step.items, *step.derived), item)))
        if last.followup_on is not None:
            agreed = long_date(last.followup_on)
            self._line(agreed, bold=self.tr("Follow-up agreed for: "), top=6)
            if last.followup_plan:
                self._line(last.followup_plan, bold=self.tr("Plan: "))
        else:
            self._line(self.tr("No follow-up was agreed."), top=6)
        if last.note:
            self._line(last.note, bold=self.tr("Anything else: "), top=6)
