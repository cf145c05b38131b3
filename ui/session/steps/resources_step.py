"""Connect to resources: one list of the kinds of help and the directory's resources, each marked
mentioned, handout given or referred (:class:`~ui.session.offer_list.OfferList`), the escalation
tick, and the printed handout."""

from __future__ import annotations

import contextlib
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from peerdesk import flow
from peerdesk.clock import Clock
from peerdesk.errors import NotFound
from peerdesk.journal import Journal
from peerdesk.sessions import ESCALATED_ITEM, Session
from ui.session.offer_list import OfferList, open_handout
from ui.session.steps.fields import button
from ui.session.steps.step import StepWidget

if TYPE_CHECKING:
    from ui.dialogs.handout_dialog import HandoutDialog


class ResourcesStep(StepWidget):
    """The marks are the record of step 6: the core ticks "offered resources" and "made a
    referral" from them when the session is saved."""

    def __init__(self, journal: Journal, clock: Clock, session: Session) -> None:
        super().__init__(flow.FLOW.step("resources"))
        self._journal = journal
        self._clock = clock
        self.handout_dialog: HandoutDialog | None = None
        escalated = self.checklist.boxes.get(ESCALATED_ITEM[1])
        if escalated is not None:
            escalated.setToolTip(
                self.tr("Only that an escalation happened is kept, never what was said.")
            )
        note = QLabel(
            self.tr("For a safety concern the journal keeps only yes or no, never the details.")
        )
        note.setWordWrap(True)
        note.setProperty("muted", True)  # secondary, but read: never a disabled label
        self.fields.addWidget(note)

        offers_label = QLabel(self.tr("He&lp offered"))
        bold = offers_label.font()
        bold.setBold(True)
        offers_label.setFont(bold)
        self.offers = OfferList()
        offers_label.setBuddy(self.offers.tree)
        self.offers.changed.connect(self.changed)
        self.fields.addWidget(offers_label)
        self.fields.addWidget(self.offers, 1)
        self._resources = journal.resources.all()
        known = {r.id for r in self._resources}
        # A resource archived or removed since keeps its mark (the list keeps unknown ids too).
        for resource_id in session.resource_marks:
            if resource_id not in known:
                with contextlib.suppress(NotFound):
                    self._resources.append(journal.resources.get(resource_id))
        self.handout_button = button(
            self.tr("Print &handout…"), self.tr("Print a handout of resources for the peer")
        )
        self.handout_button.setToolTip(
            self.tr(
                "A page to give the peer: the resources marked handout given start ticked, and "
                "what you print comes back marked handout given; nothing about them or you"
            )
        )
        self.handout_button.setEnabled(bool(self._resources))
        self.handout_button.clicked.connect(self._open_handout)
        self.fields.addWidget(self.handout_button, 0, Qt.AlignmentFlag.AlignLeft)

    def _open_handout(self) -> None:
        self.handout_dialog = open_handout(self.window(), self._journal, self._clock, self.offers)
        # Closing it brings the supporter back to the button that opened it.
        self.handout_dialog.finished.connect(lambda _result: self.handout_button.setFocus())

    def load(self, session: Session) -> None:
        super().load(session)
        escalated = self.checklist.boxes.get(ESCALATED_ITEM[1])
        if escalated is not None and session.escalated:
            escalated.setChecked(True)
        self.offers.load(self._resources, session.resource_marks, session.referral_marks)

    def collect(self, session: Session) -> Session:
        escalated = self.checklist.boxes.get(ESCALATED_ITEM[1])
        return replace(
            super().collect(session),
            referral_marks=self.offers.referral_marks(),
            resource_marks=self.offers.resource_marks(),
            escalated=escalated is not None and escalated.isChecked(),
        )

    def focus_for(self, field: str) -> QWidget | None:
        if field in ("referral_marks", "resource_marks"):
            return self.offers.tree
        return super().focus_for(field)

    def field_chain(self) -> list[QWidget]:
        return [self.offers.tree, self.handout_button]

    def first_field(self) -> QWidget | None:
        # The list is what this step is for; the escalation tick above it is rarely needed.
        return self.offers.tree if self.isEnabled() else super().first_field()
