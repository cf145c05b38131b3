"""Connect to resources: referrals made, resources from the directory, the printed handout."""

from __future__ import annotations

import contextlib
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QGridLayout, QLabel, QListWidget, QWidget

from peerdesk import flow
from peerdesk.clock import Clock
from peerdesk.errors import NotFound
from peerdesk.journal import Journal
from peerdesk.sessions import ESCALATED_ITEM, Session
from ui.session.steps.fields import button, checkable, checked_data, fit_rows, set_checked
from ui.session.steps.step import StepWidget

if TYPE_CHECKING:
    from ui.dialogs.handout_dialog import HandoutDialog


class ResourcesStep(StepWidget):
    """Ticking a referral or a resource ticks its checklist item too (never the reverse)."""

    def __init__(self, journal: Journal, clock: Clock, session: Session) -> None:
        super().__init__(flow.FLOW.step("resources"))
        self._journal = journal
        self._clock = clock
        self.handout_dialog: HandoutDialog | None = None
        self._marks: tuple[dict[str, str], dict[int, str]] = ({}, {})
        boxes = self.checklist.boxes
        escalated = boxes.get(ESCALATED_ITEM[1])
        if escalated is not None:
            escalated.setToolTip(
                self.tr("Only that an escalation happened is kept, never what was said.")
            )
        note = QLabel(
            self.tr("For a safety concern the journal keeps only yes or no, never the details.")
        )
        note.setWordWrap(True)
        note.setEnabled(False)
        self.fields.addWidget(note)

        self.fields.addWidget(QLabel(self.tr("<b>Referral made to</b>")))
        grid = QGridLayout()
        self.referrals: dict[str, QCheckBox] = {}
        for i, choice in enumerate(flow.REFERRAL_TYPES):
            box = QCheckBox(choice.label)
            box.setAccessibleName(self.tr("Referral: {kind}").format(kind=choice.label))
            box.toggled.connect(self.changed)
            grid.addWidget(box, i // 2, i % 2)
            self.referrals[choice.id] = box
        self.fields.addLayout(grid)

        resources_label = QLabel(self.tr("&Resources offered"))
        bold = resources_label.font()
        bold.setBold(True)
        resources_label.setFont(bold)
        self.fields.addWidget(resources_label)
        self.resources_list = QListWidget()
        resources_label.setBuddy(self.resources_list)
        self.resources_list.setAccessibleName(self.tr("Resources offered"))
        self.resources_list.setAccessibleDescription(
            self.tr("Use the arrow keys and Space to tick")
        )
        # Imported here: printing is not needed to open the form quickly.
        from ui.printing.handout import category_label, in_print_order

        offered = journal.resources.all()
        known = {r.id for r in offered}
        for resource_id in session.resource_marks:
            if resource_id not in known:
                with contextlib.suppress(NotFound):
                    offered.append(journal.resources.get(resource_id))
        offered = in_print_order(offered)  # grouped by category, as on the handout
        for resource in offered:
            label = f"{resource.name} — {category_label(resource.category)}"
            item = checkable(self.resources_list, label, resource.id)
            if resource.description:
                item.setToolTip(resource.description)
        if not offered:
            self.fields.addWidget(QLabel(self.tr("The resource directory is empty.")))
            self.resources_list.hide()
        fit_rows(self.resources_list, most=6)
        self.resources_list.itemChanged.connect(self.changed)
        self.fields.addWidget(self.resources_list)
        self.handout_button = button(
            self.tr("Print &handout…"), self.tr("Print a handout of the ticked resources")
        )
        self.handout_button.setToolTip(
            self.tr("A page to give the peer: the ticked resources, nothing about them or you")
        )
        self.handout_button.setEnabled(bool(offered))
        self.handout_button.clicked.connect(self._open_handout)
        self.fields.addWidget(self.handout_button, 0, Qt.AlignmentFlag.AlignLeft)

    def _open_handout(self) -> None:
        """The handout dialog with the ticked resources: it reads nothing about the session."""
        from ui.dialogs.handout_dialog import HandoutDialog

        chosen = [int(str(r)) for r in checked_data(self.resources_list)]
        self.handout_dialog = HandoutDialog(
            self._journal, self._clock, self.window(), resource_ids=chosen
        )
        # Closing it brings the supporter back to the button that opened it.
        self.handout_dialog.finished.connect(lambda _result: self.handout_button.setFocus())
        self.handout_dialog.open()

    def load(self, session: Session) -> None:
        super().load(session)
        escalated = self.checklist.boxes.get(ESCALATED_ITEM[1])
        if escalated is not None and session.escalated:
            escalated.setChecked(True)
        self._marks = (dict(session.referral_marks), dict(session.resource_marks))
        for referral_id, box in self.referrals.items():
            box.setChecked(session.referral_marks.get(referral_id) == flow.REFERRED)
        set_checked(self.resources_list, set(session.resource_marks))

    def collect(self, session: Session) -> Session:
        escalated = self.checklist.boxes.get(ESCALATED_ITEM[1])
        referral_marks, resource_marks = self._marks
        # A kind ticked is referred; unticked, it keeps a weaker mark it had (mentioned, handout).
        referrals = {k: m for k, m in referral_marks.items() if m != flow.REFERRED}
        referrals |= {k: flow.REFERRED for k, box in self.referrals.items() if box.isChecked()}
        # A resource ticked keeps its mark (mentioned unless it had one).
        ticked = [int(str(r)) for r in checked_data(self.resources_list)]
        resources = {r: resource_marks.get(r, flow.MENTIONED) for r in ticked}
        return replace(
            super().collect(session),
            referral_marks=referrals,
            escalated=escalated is not None and escalated.isChecked(),
            resource_marks=resources,
        )

    def focus_for(self, field: str) -> QWidget | None:
        if field == "referral_marks":
            return next(iter(self.referrals.values()))
        if field == "resource_marks":
            return self.resources_list
        return super().focus_for(field)

    def field_chain(self) -> list[QWidget]:
        return [*self.referrals.values(), self.resources_list, self.handout_button]
