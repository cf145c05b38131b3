"""What every step widget has: the step's checklist, its own fields, then its note."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from peerdesk import flow
from peerdesk.sessions import Session
from ui.messages import flow_text
from ui.session.steps.fields import Checklist
from ui.session.steps.note import StepNote


class StepWidget(QWidget):
    """One step of the form. Subclasses add their fields to ``self.fields`` and extend
    ``load``, ``collect``, ``focus_for`` and ``field_chain``."""

    changed = Signal()
    notice = Signal(str)  # words the form shows in its message area

    def __init__(self, step: flow.Step, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.step = step
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.column = layout  # subclasses may put a banner above the checklist
        self.checklist = Checklist(step)
        self.checklist.changed.connect(self.changed)
        layout.addWidget(self.checklist)
        self.fields = QVBoxLayout()
        layout.addLayout(self.fields, 1)  # room left to a step goes to its fields
        self.note: StepNote | None = None
        if step.has_notes:
            self.note = StepNote(
                step.id, flow_text(step.title), height=64 if step.id == "context" else 84
            )
            self.note.changed.connect(self.changed)
            self.note.notice.connect(self.notice)
            layout.addWidget(self.note)

    # --- What the form asks of every step -------------------------------------------------------

    def load(self, session: Session) -> None:
        self.checklist.load(session)
        if self.note is not None:
            self.note.set_text(session.notes.get(self.step.id, ""))

    def collect(self, session: Session) -> Session:
        """``session`` with this step's fields as the supporter left them."""
        session = self.checklist.collect(session)
        if self.note is None:
            return session
        notes = dict(session.notes)
        text = self.note.text()
        if text.strip():
            notes[self.step.id] = text
        else:
            notes.pop(self.step.id, None)
        return replace(session, notes=notes)

    def focus_for(self, field: str) -> QWidget | None:
        """The widget holding ``field`` (a :class:`~peerdesk.sessions.Session` attribute); a
        folded note is unfolded to be shown."""
        if field == "notes" and self.note is not None:
            self.note.unfold()
            return self.note.edit
        if field == "checked" and self.checklist.boxes:
            return next(iter(self.checklist.boxes.values()))
        return None

    def field_chain(self) -> list[QWidget]:
        """This step's own fields in Tab order (between the checklist and the note)."""
        return []

    def tab_chain(self) -> list[QWidget]:
        chain: list[QWidget] = list(self.checklist.boxes.values())
        chain += self.field_chain()
        if self.note is not None:
            chain += [self.note.add_button, self.note.edit]
        return chain

    def first_field(self) -> QWidget | None:
        """The first field Tab would reach (hidden ones, like a folded note, are skipped)."""
        shown = [w for w in self.tab_chain() if w.isVisibleTo(self) and w.isEnabled()]
        return shown[0] if shown else None

    def filled(self) -> bool:
        """Something is recorded here (the step list shows a tick)."""
        return self.checklist.any_ticked() or (
            self.note is not None and bool(self.note.text().strip())
        )
