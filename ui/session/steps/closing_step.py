"""Closing and follow-up: the next step agreed, the supporter's view and own check-in."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QWidget,
)

from peerdesk import flow
from peerdesk.sessions import Session
from peerdesk.text import PLAN_MAX
from ui.messages import flow_text
from ui.session.steps.fields import (
    ChoiceBox,
    DateField,
    choice_combo,
    set_combo,
    show_as_note,
)
from ui.session.steps.step import StepWidget
from ui.widgets.accessible import name_as_shown
from ui.widgets.dates import to_date, to_qdate

AGREED_ITEM = "agreed_follow_up"


class ClosingStep(StepWidget):
    """The follow-up date and plan count only while "Agreed a follow-up" is ticked."""

    def __init__(self, today: date) -> None:
        super().__init__(flow.FLOW.step("close"))
        self._today = today
        self.close_straight_to_followup_banner = QLabel(
            self.tr(
                "No conversation this time, and that is still worth a record. "
                "Agree when to try again below."
            )
        )
        self.close_straight_to_followup_banner.setWordWrap(True)
        show_as_note(self.close_straight_to_followup_banner)
        self.close_straight_to_followup_banner.hide()
        self.column.insertWidget(0, self.close_straight_to_followup_banner)

        agreed = self.checklist.boxes.get(AGREED_ITEM)
        if agreed is None:  # the flow always has it; keep the form usable if it is renamed
            agreed = QCheckBox(self.tr("Agree a follow-up"))
            name_as_shown(agreed, self.tr("Agree a follow-up"))
            agreed.toggled.connect(self.changed)
            self.fields.addWidget(agreed)
            self._extra_agreed: list[QWidget] = [agreed]
        else:
            self._extra_agreed = []
        self.followup_agreed = agreed
        self.followup_agreed.toggled.connect(self._update_followup_enabled)

        plan = QFormLayout()
        plan.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        plan.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # labels above, if narrow
        self.followup_on = DateField()
        self.followup_on.setAccessibleName(self.tr("Follow-up date"))
        self.followup_on.dateChanged.connect(self.changed)
        self.followup_on.setMinimumWidth(140)
        self.followup_plan = QLineEdit()
        self.followup_plan.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.followup_plan.setMaxLength(PLAN_MAX)
        self.followup_plan.setPlaceholderText(self.tr("e.g. a short call after their next shift"))
        self.followup_plan.setAccessibleName(self.tr("Follow-up plan"))
        self.followup_plan.textChanged.connect(self.changed)
        plan.addRow(self.tr("Follow-up &on:"), self.followup_on)
        plan.addRow(self.tr("P&lan:"), self.followup_plan)
        plan.setContentsMargins(24, 0, 0, 0)
        self.fields.addLayout(plan)

        view = QFormLayout()
        view.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        view.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # labels above, if narrow
        self.helpful = self._combo(flow.HELPFUL, self.tr("Was it helpful, in your view?"))
        self.needs_met = self._combo(flow.NEEDS_MET, self.tr("Were their needs met?"))
        view.addRow(self.tr("&Helpful, in your view:"), self.helpful)
        view.addRow(self.tr("Their needs &met:"), self.needs_met)
        self.self_care = ChoiceBox()
        self.self_care.addItem(self.tr("not recorded"), None)  # words: a reader says it as the name
        for choice in flow.SELF_CARE_SCALE:
            self.self_care.addItem(f"{choice.id} · {flow_text(choice.label)}", int(choice.id))
        self.self_care.setAccessibleName(self.tr("How are you doing yourself?"))
        self.self_care.setMinimumWidth(220)
        self.self_care.currentIndexChanged.connect(self.changed)
        view.addRow(self.tr("How are &you doing:"), self.self_care)
        self.debrief = QCheckBox(self.tr("I'd like a debrief about this one"))
        name_as_shown(self.debrief, self.tr("Debrief wanted"))
        self.debrief.toggled.connect(self.changed)
        view.addRow("", self.debrief)
        self.fields.addSpacing(6)
        self.fields.addWidget(QLabel(self.tr("<b>Your view, and your own check-in</b>")))
        self.fields.addLayout(view)
        self._shortcut = False
        self._update_followup_enabled()

    def _combo(self, choices: tuple[flow.Choice, ...], name: str) -> QComboBox:
        combo = choice_combo(choices, name)
        combo.currentIndexChanged.connect(self.changed)
        return combo

    def load(self, session: Session) -> None:
        super().load(session)
        s = session
        self.followup_on.setMinimumDate(to_qdate(s.held_on))
        if s.followup_on is not None:
            self.followup_agreed.setChecked(True)
            self.followup_on.setDate(to_qdate(s.followup_on))
        else:
            self.followup_on.setDate(to_qdate(max(self._today, s.held_on) + timedelta(days=7)))
        self.followup_plan.setText(s.followup_plan)
        set_combo(self.helpful, s.helpful)
        set_combo(self.needs_met, s.needs_met)
        set_combo(self.self_care, s.self_care)
        self.debrief.setChecked(s.debrief_wanted)

    def collect(self, session: Session) -> Session:
        agreed = self.followup_agreed.isChecked()
        return replace(
            super().collect(session),
            followup_on=to_date(self.followup_on.date()) if agreed else None,
            followup_plan=self.followup_plan.text() if agreed else "",
            helpful=self.helpful.currentData(),
            needs_met=self.needs_met.currentData(),
            self_care=self.self_care.currentData(),
            debrief_wanted=self.debrief.isChecked(),
        )

    def focus_for(self, field: str) -> QWidget | None:
        widgets: dict[str, QWidget] = {
            "followup_on": self.followup_on,
            "followup_plan": self.followup_plan,
            "helpful": self.helpful,
            "needs_met": self.needs_met,
            "self_care": self.self_care,
        }
        return widgets.get(field) or super().focus_for(field)

    def field_chain(self) -> list[QWidget]:
        return [
            *self._extra_agreed,
            self.followup_on,
            self.followup_plan,
            self.helpful,
            self.needs_met,
            self.self_care,
            self.debrief,
        ]

    def first_field(self) -> QWidget | None:
        # With no conversation, the point of this step is planning when to try again.
        return self.followup_agreed if self._shortcut else super().first_field()

    def show_shortcut(self, skip: bool) -> None:
        self._shortcut = skip
        self.close_straight_to_followup_banner.setVisible(skip)

    def set_earliest(self, held_on: QDate) -> None:
        """A follow-up can't be planned before the session it follows."""
        self.followup_on.setMinimumDate(held_on)

    def _update_followup_enabled(self) -> None:
        on = self.followup_agreed.isChecked()
        self.followup_on.setEnabled(on)
        self.followup_plan.setEnabled(on)
