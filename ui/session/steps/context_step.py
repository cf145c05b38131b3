"""Context: who, when, how, and the event and stress tags."""

from __future__ import annotations

import contextlib
from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from peerdesk import flow
from peerdesk.errors import NotFound
from peerdesk.journal import Journal
from peerdesk.sessions import Session
from peerdesk.tags import DRIVER, EVENT
from peerdesk.text import PSEUDONYM_MAX
from ui.messages import flow_text
from ui.session.steps.fields import (
    ChoiceBox,
    DateField,
    button,
    checkable,
    checked_data,
    choice_combo,
    fit_rows,
    set_checked,
    set_combo,
    show_as_note,
)
from ui.session.steps.step import StepWidget
from ui.widgets.accessible import name_editable_box
from ui.widgets.dates import to_date, to_qdate


class ContextStep(StepWidget):
    """The peer (chosen, or a new pseudonym added on finishing), date, duration, the single
    choices, and the tags. ``session`` is the one being edited: its peer and tags show even
    when closed or archived since."""

    def __init__(self, journal: Journal, today: date, session: Session) -> None:
        super().__init__(flow.FLOW.step("context"))
        self._journal = journal
        self._today = today
        fields = QFormLayout()
        fields.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)

        self.peer = ChoiceBox()
        self.peer.setEditable(True)
        self.peer.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        name_editable_box(self.peer, self.tr("Peer (pseudonym)"))
        self.peer.setToolTip(self.tr("Choose a peer, or type a new pseudonym"))
        line = self.peer.lineEdit()
        assert line is not None  # an editable combo box has one
        line.setMaxLength(PSEUDONYM_MAX)
        line.setPlaceholderText(self.tr("Choose or type a pseudonym"))
        shown = journal.peers.all(include_closed=False)
        if session.peer_id is not None and all(p.id != session.peer_id for p in shown):
            with contextlib.suppress(NotFound):
                shown.append(journal.peers.get(session.peer_id))
        for peer in shown:
            self.peer.addItem(peer.pseudonym, peer.id)
        completer = QCompleter([p.pseudonym for p in shown], self.peer)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        # A popup, not inline completion: Tab must never turn "Heron" into "Heron 2".
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.peer.setCompleter(completer)
        self.peer.editTextChanged.connect(self.changed)
        self.peer.editTextChanged.connect(self._update_peer_hint)
        self.peer.setMinimumWidth(220)
        self.peer_hint = QLabel()
        self.peer_hint.setProperty("muted", True)  # read, so never a disabled label
        peer_box = QVBoxLayout()
        peer_box.setSpacing(2)
        peer_box.addWidget(self.peer)
        peer_box.addWidget(self.peer_hint)
        peer_label = QLabel(self.tr("&Peer:"))
        peer_label.setBuddy(self.peer)
        fields.addRow(peer_label, peer_box)

        self.held_on = DateField()
        self.held_on.setAccessibleName(self.tr("Date of the session"))
        self.held_on.dateChanged.connect(self.changed)
        self.duration = QSpinBox()
        self.duration.setRange(0, 1440)
        self.duration.setSingleStep(5)
        self.duration.setSuffix(self.tr(" min"))
        # 0 reads "not recorded" and is saved as no duration: an untouched field (or an
        # unanswered outreach) must not count as a zero-minute conversation in Insights.
        self.duration.setSpecialValueText(self.tr("not recorded"))
        self.duration.setAccessibleName(self.tr("Duration in minutes"))
        self.duration.valueChanged.connect(self.changed)
        when = QHBoxLayout()
        when.addWidget(self.held_on)
        when.addSpacing(12)
        duration_label = QLabel(self.tr("D&uration:"))
        duration_label.setBuddy(self.duration)
        when.addWidget(duration_label)
        when.addWidget(self.duration)
        when.addStretch(1)
        date_label = QLabel(self.tr("&Date:"))
        date_label.setBuddy(self.held_on)
        fields.addRow(date_label, when)

        self.mode = self._combo(flow.MODES, self.tr("Mode"))
        fields.addRow(self.tr("&Mode:"), self.mode)
        self.contact_kind = self._combo(flow.CONTACT_KINDS, self.tr("Kind of contact"))
        fields.addRow(self.tr("&Kind of contact:"), self.contact_kind)
        self.referred_by = self._combo(flow.REFERRED_BY, self.tr("Referred by"))
        fields.addRow(self.tr("&Referred by:"), self.referred_by)
        self.outcome = self._combo(flow.OUTREACH_OUTCOMES, self.tr("Outreach outcome"))
        fields.addRow(self.tr("&Outcome:"), self.outcome)
        self.role_band = self._combo(flow.ROLE_BANDS, self.tr("Peer's role"))
        fields.addRow(self.tr("Peer's ro&le:"), self.role_band)
        self.fields.addLayout(fields)

        self.straight_to_followup_banner = QLabel(
            self.tr(
                "No conversation this time? That still counts: an unanswered or declined "
                "outreach is worth recording. The conversation steps are skipped; plan when to "
                "try again under Closing and follow-up."
            )
        )
        self.straight_to_followup_banner.setWordWrap(True)
        show_as_note(self.straight_to_followup_banner)
        self.plan_button = button(self.tr("Plan a follow-up"), self.tr("Go to follow-up planning"))
        banner_row = QHBoxLayout()
        banner_row.addWidget(self.straight_to_followup_banner, 1)
        banner_row.addWidget(self.plan_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.straight_to_followup_row = QWidget()
        self.straight_to_followup_row.setLayout(banner_row)
        banner_row.setContentsMargins(0, 0, 0, 0)
        self.fields.addWidget(self.straight_to_followup_row)

        tags = QGridLayout()
        events_label = QLabel(self.tr("&Events"))
        drivers_label = QLabel(self.tr("&Stress drivers"))
        self.events = self._tag_list(EVENT, self.tr("Events"), session.events)
        self.drivers = self._tag_list(DRIVER, self.tr("Stress drivers"), session.drivers)
        events_label.setBuddy(self.events)
        drivers_label.setBuddy(self.drivers)
        tags.addWidget(events_label, 0, 0)
        tags.addWidget(drivers_label, 0, 1)
        tags.addWidget(self.events, 1, 0)
        tags.addWidget(self.drivers, 1, 1)
        tags.setRowStretch(1, 1)
        self.fields.addLayout(tags, 1)  # the lists take the room the step leaves

    def _combo(self, choices: tuple[flow.Choice, ...], name: str) -> QComboBox:
        combo = choice_combo(choices, name)
        combo.currentIndexChanged.connect(self.changed)
        return combo

    def _tag_list(self, kind: str, name: str, chosen: list[str]) -> QListWidget:
        tags = self._journal.tags.all(kind)
        offered = {t.id for t in tags}
        # A tag archived since this session was written still shows, so editing never drops it.
        tags += [
            t
            for t in self._journal.tags.all(kind, include_archived=True)
            if t.id in chosen and t.id not in offered
        ]
        picker = QListWidget()
        picker.setAccessibleName(name)
        picker.setAccessibleDescription(self.tr("Use the arrow keys and Space to tick"))
        for tag in tags:
            checkable(picker, flow_text(tag.label), tag.id)
        # A long tag wraps onto a second line: the list never scrolls sideways.
        picker.setWordWrap(True)
        picker.setResizeMode(QListView.ResizeMode.Adjust)
        picker.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # At least six rows; taller where the form has room, so a long list shows every tag.
        fit_rows(picker, most=6, grow=True)
        picker.itemChanged.connect(self.changed)
        return picker

    # --- The step's answers ---------------------------------------------------------------------

    def load(self, session: Session) -> None:
        super().load(session)
        s = session
        if s.peer_id is not None:
            index = self.peer.findData(s.peer_id)
            self.peer.setCurrentIndex(index)
            if index < 0:
                self.peer.setEditText("")
        else:
            self.peer.setCurrentIndex(-1)
            self.peer.setEditText(s.new_peer)
        self.held_on.setMaximumDate(to_qdate(max(self._today, s.held_on)))
        self.held_on.setDate(to_qdate(s.held_on))
        self.duration.setValue(s.duration_minutes or 0)
        set_combo(self.mode, s.mode)
        set_combo(self.contact_kind, s.contact_kind)
        set_combo(self.referred_by, s.referred_by)
        set_combo(self.outcome, s.outreach_outcome)
        set_combo(self.role_band, s.role_band)
        set_checked(self.events, set(s.events))
        set_checked(self.drivers, set(s.drivers))
        self._update_peer_hint()

    def collect(self, session: Session) -> Session:
        """Everything but the peer, which :meth:`peer_choice` gives (a new one is added only
        when the session is finished)."""
        return replace(
            super().collect(session),
            held_on=to_date(self.held_on.date()),
            duration_minutes=self.duration.value() or None,
            mode=self.mode.currentData(),
            contact_kind=self.contact_kind.currentData(),
            referred_by=self.referred_by.currentData(),
            outreach_outcome=self.outcome.currentData(),
            role_band=self.role_band.currentData(),
            events=[str(t) for t in checked_data(self.events)],
            drivers=[str(t) for t in checked_data(self.drivers)],
        )

    def peer_choice(self) -> tuple[int | None, str]:
        """The chosen peer's id, or None and the pseudonym of a peer still to be added."""
        name = self.peer.currentText().strip()
        if not name:
            return None, ""
        index = self.peer.findText(name, Qt.MatchFlag.MatchFixedString)
        if index >= 0:
            return int(self.peer.itemData(index)), ""
        known = self._journal.peers.find(name)
        if known is not None:
            return known.id, ""
        return None, name

    def focus_for(self, field: str) -> QWidget | None:
        widgets: dict[str, QWidget] = {
            "peer_id": self.peer,
            "peer": self.peer,
            "pseudonym": self.peer,
            "held_on": self.held_on,
            "duration_minutes": self.duration,
            "mode": self.mode,
            "contact_kind": self.contact_kind,
            "referred_by": self.referred_by,
            "outreach_outcome": self.outcome,
            "role_band": self.role_band,
            "events": self.events,
            "drivers": self.drivers,
        }
        return widgets.get(field) or super().focus_for(field)

    def field_chain(self) -> list[QWidget]:
        return [
            self.peer,
            self.held_on,
            self.duration,
            self.mode,
            self.contact_kind,
            self.referred_by,
            self.outcome,
            self.role_band,
            self.plan_button,
            self.events,
            self.drivers,
        ]

    def filled(self) -> bool:
        return super().filled() or bool(self.peer.currentText().strip())

    @property
    def skips_to_followup(self) -> bool:
        """Declined or unanswered: the conversation steps are skipped."""
        return self.outcome.currentData() in flow.STRAIGHT_TO_FOLLOWUP_OUTCOMES

    def show_shortcut(self, skip: bool) -> None:
        self.straight_to_followup_row.setVisible(skip)

    def _update_peer_hint(self) -> None:
        peer_id, new_name = self.peer_choice()
        if new_name:
            self.peer_hint.setText(
                self.tr("New peer: “{name}” will be added when you finish.").format(name=new_name)
            )
        elif peer_id is None:
            self.peer_hint.setText(self.tr("A pseudonym only: never a real name."))
        else:
            self.peer_hint.setText("")
        self.peer_hint.setVisible(bool(self.peer_hint.text()))
