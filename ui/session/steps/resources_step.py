"""Connect to resources: referrals made, resources from the directory, the printed handout."""

from __future__ import annotations

import contextlib
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QGridLayout, QLabel, QListWidget, QListWidgetItem, QWidget

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
            box.toggled.connect(self._referral_toggled)
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
        for resource_id in session.resources_offered:
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
        self.resources_list.itemChanged.connect(self._resource_toggled)
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
        for referral_id, box in self.referrals.items():
            box.setChecked(referral_id in session.referrals)
        set_checked(self.resources_list, set(session.resources_offered))

    def collect(self, session: Session) -> Session:
        escalated = self.checklist.boxes.get(ESCALATED_ITEM[1])
        return replace(
            super().collect(session),
            referrals=[k for k, box in self.referrals.items() if box.isChecked()],
            escalated=escalated is not None and escalated.isChecked(),
            resources_offered=[int(str(r)) for r in checked_data(self.resources_list)],
        )

    def focus_for(self, field: str) -> QWidget | None:
        if field == "referrals":
            return next(iter(self.referrals.values()))
        if field == "resources_offered":
            return self.resources_list
        return super().focus_for(field)

    def field_chain(self) -> list[QWidget]:
        return [*self.referrals.values(), self.resources_list, self.handout_button]

    def _referral_toggled(self, on: bool) -> None:
        made = self.checklist.boxes.get("made_referral")
        if on and made is not None:
            made.setChecked(True)

    def _resource_toggled(self, item: QListWidgetItem) -> None:
        offered = self.checklist.boxes.get("offered_resources")
        if item.checkState() == Qt.CheckState.Checked and offered is not None:
            offered.setChecked(True)
