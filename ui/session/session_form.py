"""The guided session form: one page per step of the conversation flow, rendered from the core.

The steps, their checklists, guidance and "phrases to avoid" all come from
:data:`peerdesk.flow.FLOW`; this dialog only lays them out. Drafts are saved on their own a moment
after the supporter stops typing (and every couple of seconds while they keep typing), so a crash
or a lock loses at most two seconds of work. Finishing checks the required fields, then asks about
anything in the notes that looks like an identifier.
"""

from __future__ import annotations

import contextlib
import html
import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from peerdesk import flow
from peerdesk.clock import Clock, today
from peerdesk.errors import InvalidInput, NotFound, PeerDeskError
from peerdesk.journal import Journal
from peerdesk.sessions import DRAFT, FINISHED, Session, checked_session
from peerdesk.tags import DRIVER, EVENT
from peerdesk.text import NOTE_MAX, PLAN_MAX, PSEUDONYM_MAX
from ui.session.identifier_guard import (
    Finding,
    IdentifierHighlighter,
    ask_about_identifiers,
    find_in,
    utf16_offset,
)

# What the supporter chose when closing a form with changes.
KEEP = "keep"
DISCARD = "discard"
CANCEL = "cancel"

CloseAsk = Callable[[bool], str]  # (editing a finished session?) -> KEEP | DISCARD | CANCEL
IdentifierAsk = Callable[[list[Finding]], bool]  # True: keep the text and save

# Autosave: a save follows IDLE_MS after the last change, and never later than MAX_WAIT_MS after
# the first unsaved change, so steady typing is saved too.
IDLE_MS = 1000
MAX_WAIT_MS = 2000

_STEP_NOTE = "followup_plan"
_ERROR_STYLE = (
    "QLabel { background: #fdecea; color: #5f1412; border: 1px solid #f1b8b5;"
    " border-radius: 4px; padding: 6px; }"
)
_INFO_STYLE = (
    "QLabel { background: #e8f1fb; color: #0d3458; border: 1px solid #b6d0ee;"
    " border-radius: 4px; padding: 6px; }"
)
_GUIDE_STYLE = (
    "QFrame#guide { background: palette(alternate-base); border: 1px solid palette(mid);"
    " border-radius: 6px; }"
)


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def _step_caption(step: flow.Step) -> str:
    return f"{step.number}. {step.title}" if step.number is not None else step.title


class SessionForm(QDialog):
    """Record one peer-support conversation, step by step.

    ``session`` edits an existing draft or finished session (same id on save, no duplicates);
    ``peer_id`` preselects the peer of a new session; ``follows_up_id`` records that this session
    completes that follow-up (the core marks it done when the session is finished).
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
    ) -> None:
        super().__init__(parent)
        self._journal = journal
        self._clock = clock
        self._confirm_identifiers = confirm_identifiers or self._ask_identifiers
        self._ask_close = ask_close or self._ask_close_dialog
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
        self._session_id = session.id
        self._finished_mode = session.id is not None and session.status == FINISHED
        self._loading = True
        self._dirty = False  # changes not yet written
        self._touched = False  # anything changed since the form opened
        self._autosaved = False  # written at least once since the form opened
        self._done = False

        self.checks: dict[str, dict[str, QCheckBox]] = {}
        self.notes: dict[str, QPlainTextEdit] = {}
        self._note_hints: dict[str, QLabel] = {}
        self._note_counters: dict[str, QLabel] = {}
        self._highlighters: list[IdentifierHighlighter] = []
        self._skipped_banners: dict[str, QLabel] = {}
        self._first_field: dict[str, QWidget] = {}
        self._step_content: dict[str, QWidget] = {}
        self._tab_chain: list[QWidget] = []

        self._idle_timer = QTimer(self)
        self._idle_timer.setSingleShot(True)
        self._idle_timer.setInterval(IDLE_MS)
        self._idle_timer.timeout.connect(self.save_draft_now)
        self._deadline_timer = QTimer(self)
        self._deadline_timer.setSingleShot(True)
        self._deadline_timer.setInterval(MAX_WAIT_MS)
        self._deadline_timer.timeout.connect(self.save_draft_now)

        self._build()
        self._load(session)
        self._loading = False
        self._update_peer_hint()
        self._update_step_marks()
        self._update_shortcut()
        self._update_followup_enabled()
        self._update_nav()
        self._first_field["context"].setFocus()

    # --- Layout ---------------------------------------------------------------------------------

    def _build(self) -> None:
        if self._finished_mode:
            self.setWindowTitle(self.tr("Edit session"))
        elif self._base.follows_up_id is not None:
            self.setWindowTitle(self.tr("Follow-up session"))
        elif self._base.id is not None:
            self.setWindowTitle(self.tr("Session draft"))
        else:
            self.setWindowTitle(self.tr("New session"))
        self.setSizeGripEnabled(True)

        self.step_list = QListWidget()
        self.step_list.setAccessibleName(self.tr("Steps of the session"))
        self.step_list.setFixedWidth(190)
        self.step_list.setSpacing(2)
        self._tab_chain.append(self.step_list)
        self.stack = QStackedWidget()
        for step in flow.FLOW.steps:
            QListWidgetItem(_step_caption(step), self.step_list)
            self.stack.addWidget(self._build_step(step))
        self.step_list.currentRowChanged.connect(self._show_step)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(_ERROR_STYLE)
        self.message.setAccessibleName(self.tr("Message"))
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.hide()
        self.status = QLabel()
        self.status.setAccessibleName(self.tr("Save status"))
        self.status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        hint = QLabel(
            self.tr("Ctrl+PgDn / Ctrl+PgUp: next or previous step · Ctrl+S: finish · Esc: close")
        )
        hint.setEnabled(False)
        hint.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

        self.close_button = self._button(self.tr("Close"), self.tr("Close the session form"))
        self.back_button = self._button(self.tr("Back"), self.tr("Previous step"))
        self.next_button = self._button(self.tr("Next"), self.tr("Next step"))
        self.finish_button = self._button(self.tr("Finish and save"), self.tr("Finish and save"))
        self.back_button.setToolTip(self.tr("Previous step (Ctrl+PgUp or Alt+Left)"))
        self.next_button.setToolTip(self.tr("Next step (Ctrl+PgDown or Alt+Right)"))
        self.finish_button.setToolTip(self.tr("Finish and save (Ctrl+S or Ctrl+Enter)"))
        font = self.finish_button.font()
        font.setBold(True)
        self.finish_button.setFont(font)
        self.close_button.clicked.connect(self.reject)
        self.back_button.clicked.connect(lambda: self.go_to_step(-1, relative=True))
        self.next_button.clicked.connect(lambda: self.go_to_step(1, relative=True))
        self.finish_button.clicked.connect(self.finish)

        status_column = QVBoxLayout()
        status_column.setSpacing(0)
        status_column.addWidget(self.status)
        status_column.addWidget(hint)
        bottom = QHBoxLayout()
        bottom.addLayout(status_column, 1)
        bottom.addWidget(self.close_button)
        bottom.addSpacing(12)
        bottom.addWidget(self.back_button)
        bottom.addWidget(self.next_button)
        bottom.addSpacing(12)
        bottom.addWidget(self.finish_button)

        middle = QHBoxLayout()
        middle.addWidget(self.step_list)
        middle.addWidget(self.stack, 1)
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
            QShortcut(QKeySequence(keys), self, activated=slot)

        self._tab_chain += [self.close_button, self.back_button, self.next_button]
        self._tab_chain.append(self.finish_button)
        for first, second in zip(self._tab_chain, self._tab_chain[1:], strict=False):
            self.setTabOrder(first, second)
        self.step_list.setCurrentRow(0)
        self._fit_to_screen()

    def _fit_to_screen(self) -> None:
        width, height = 1240, 700
        screen = self.screen()
        if screen is not None:
            area = screen.availableGeometry()
            width = min(width, area.width() - 40)
            height = min(height, area.height() - 60)
        self.setMinimumSize(720, 480)
        self.resize(max(width, 720), max(height, 480))

    def _button(self, text: str, name: str) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(name)
        # No button may grab Enter typed in a field: finishing is an explicit action.
        button.setAutoDefault(False)
        return button

    def _build_step(self, step: flow.Step) -> QWidget:
        body = QWidget()
        form = QVBoxLayout(body)
        form.setContentsMargins(4, 4, 8, 4)
        title = QLabel(_step_caption(step))
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        title.setFont(font)
        purpose = QLabel(step.purpose)
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
            skipped.setStyleSheet(_INFO_STYLE)
            skipped.hide()
            form.addWidget(skipped)
            self._skipped_banners[step.id] = skipped
        if step.id == "close":
            self.close_shortcut_banner = QLabel(
                self.tr(
                    "No conversation this time, and that is still worth a record. "
                    "Agree when to try again below."
                )
            )
            self.close_shortcut_banner.setWordWrap(True)
            self.close_shortcut_banner.setStyleSheet(_INFO_STYLE)
            self.close_shortcut_banner.hide()
            form.addWidget(self.close_shortcut_banner)

        # Everything the supporter fills in sits in one container, so a skipped step is
        # disabled in one go while its explanation stays readable.
        content = QWidget()
        inner = QVBoxLayout(content)
        inner.setContentsMargins(0, 0, 0, 0)
        self._step_content[step.id] = content
        boxes: dict[str, QCheckBox] = {}
        if step.items:
            checklist = QVBoxLayout()
            checklist.setSpacing(4)
            for item in step.items:
                box = QCheckBox(item.label)
                box.setAccessibleName(item.label)
                box.toggled.connect(self._changed)
                checklist.addWidget(box)
                boxes[item.id] = box
                self._tab_chain.append(box)
            inner.addLayout(checklist)
            self._first_field[step.id] = next(iter(boxes.values()))
        self.checks[step.id] = boxes

        if step.id == "context":
            inner.addLayout(self._build_context())
        elif step.id == "resources":
            inner.addLayout(self._build_resources())
        elif step.id == "close":
            inner.addLayout(self._build_close())

        if step.has_notes:
            inner.addWidget(self._build_note(step))
        form.addWidget(content)
        form.addStretch(1)

        page = QWidget()
        row = QHBoxLayout(page)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(body, 3)
        row.addWidget(self._build_guide(step), 2, Qt.AlignmentFlag.AlignTop)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(page)
        scroll.setAccessibleName(step.title)
        return scroll

    def _build_guide(self, step: flow.Step) -> QFrame:
        guide = QFrame()
        guide.setObjectName("guide")
        guide.setStyleSheet(_GUIDE_STYLE)
        guide.setMaximumWidth(360)
        guide.setMinimumWidth(240)
        column = QVBoxLayout(guide)

        def bullets(heading: str, lines: tuple[str, ...]) -> QLabel:
            items = "".join(f"<li>{html.escape(line)}</li>" for line in lines)
            label = QLabel(
                f"<b>{html.escape(heading)}</b>"
                f"<ul style='margin-left:-18px; -qt-list-indent:1'>{items}</ul>"
            )
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setWordWrap(True)
            return label

        column.addWidget(bullets(self.tr("What helps"), step.guidance))
        column.addWidget(bullets(self.tr("Phrases and habits to avoid"), step.avoid))
        guide.setAccessibleName(self.tr("Guidance for {step}").format(step=step.title))
        return guide

    def _choice_combo(self, choices: tuple[flow.Choice, ...], name: str) -> QComboBox:
        combo = QComboBox()
        combo.addItem("—", None)
        for choice in choices:
            combo.addItem(choice.label, choice.id)
        combo.setAccessibleName(name)
        combo.setMinimumWidth(300)
        combo.currentIndexChanged.connect(self._changed)
        self._tab_chain.append(combo)
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
            item = QListWidgetItem(tag.label, picker)
            item.setData(Qt.ItemDataRole.UserRole, tag.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self._fit_rows(picker, most=12)
        picker.itemChanged.connect(self._changed)
        self._tab_chain.append(picker)
        return picker

    @staticmethod
    def _fit_rows(picker: QListWidget, most: int) -> None:
        """Tall enough for its rows (up to ``most``); it scrolls beyond that."""
        rows = max(2, min(most, picker.count()))
        row_height = picker.sizeHintForRow(0)
        if row_height <= 0:
            row_height = picker.fontMetrics().height() + 4
        picker.setFixedHeight(
            rows * (row_height + 2 * picker.spacing()) + 2 * picker.frameWidth() + 4
        )

    def _build_context(self) -> QVBoxLayout:
        column = QVBoxLayout()
        fields = QFormLayout()
        fields.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)

        self.peer = QComboBox()
        self.peer.setEditable(True)
        self.peer.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.peer.setAccessibleName(self.tr("Peer (pseudonym)"))
        self.peer.setToolTip(self.tr("Choose a peer, or type a new pseudonym"))
        line = self.peer.lineEdit()
        line.setMaxLength(PSEUDONYM_MAX)
        line.setPlaceholderText(self.tr("Choose or type a pseudonym"))
        shown = self._journal.peers.all(include_closed=False)
        if self._base.peer_id is not None and all(p.id != self._base.peer_id for p in shown):
            with contextlib.suppress(NotFound):
                shown.append(self._journal.peers.get(self._base.peer_id))
        for peer in shown:
            self.peer.addItem(peer.pseudonym, peer.id)
        completer = QCompleter([p.pseudonym for p in shown], self.peer)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        # A popup, not inline completion: Tab must never turn "Heron" into "Heron 2".
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.peer.setCompleter(completer)
        self.peer.editTextChanged.connect(self._changed)
        self.peer.editTextChanged.connect(self._update_peer_hint)
        self._tab_chain.append(self.peer)
        self._first_field["context"] = self.peer
        self.peer.setMinimumWidth(300)
        self.peer_hint = QLabel()
        self.peer_hint.setEnabled(False)
        peer_box = QVBoxLayout()
        peer_box.setSpacing(2)
        peer_box.addWidget(self.peer)
        peer_box.addWidget(self.peer_hint)
        peer_label = QLabel(self.tr("&Peer:"))
        peer_label.setBuddy(self.peer)
        fields.addRow(peer_label, peer_box)

        self.held_on = QDateEdit()
        self.held_on.setCalendarPopup(True)
        self.held_on.setDisplayFormat("d MMM yyyy")
        self.held_on.setAccessibleName(self.tr("Date of the session"))
        self.held_on.dateChanged.connect(self._changed)
        self.held_on.dateChanged.connect(self._held_on_changed)
        self._tab_chain.append(self.held_on)
        self.duration = QSpinBox()
        self.duration.setRange(0, 1440)
        self.duration.setSingleStep(5)
        self.duration.setSuffix(self.tr(" min"))
        self.duration.setAccessibleName(self.tr("Duration in minutes"))
        self.duration.valueChanged.connect(self._changed)
        self._tab_chain.append(self.duration)
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

        self.mode = self._choice_combo(flow.MODES, self.tr("Mode"))
        fields.addRow(self.tr("&Mode:"), self.mode)
        self.contact_kind = self._choice_combo(flow.CONTACT_KINDS, self.tr("Kind of contact"))
        fields.addRow(self.tr("&Kind of contact:"), self.contact_kind)
        self.referred_by = self._choice_combo(flow.REFERRED_BY, self.tr("Referred by"))
        fields.addRow(self.tr("&Referred by:"), self.referred_by)
        self.outcome = self._choice_combo(flow.OUTREACH_OUTCOMES, self.tr("Outreach outcome"))
        self.outcome.currentIndexChanged.connect(self._update_shortcut)
        fields.addRow(self.tr("&Outcome:"), self.outcome)
        self.role_band = self._choice_combo(flow.ROLE_BANDS, self.tr("Peer's role"))
        fields.addRow(self.tr("Peer's ro&le:"), self.role_band)
        column.addLayout(fields)

        self.shortcut_banner = QLabel(
            self.tr(
                "No conversation this time? That still counts: an unanswered or declined "
                "outreach is worth recording. The conversation steps are skipped; plan when to "
                "try again under Close."
            )
        )
        self.shortcut_banner.setWordWrap(True)
        self.shortcut_banner.setStyleSheet(_INFO_STYLE)
        self.plan_button = self._button(
            self.tr("Plan a follow-up"), self.tr("Go to follow-up planning")
        )
        self.plan_button.clicked.connect(self.go_to_followup)
        self._tab_chain.append(self.plan_button)
        banner_row = QHBoxLayout()
        banner_row.addWidget(self.shortcut_banner, 1)
        banner_row.addWidget(self.plan_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.shortcut_row = QWidget()
        self.shortcut_row.setLayout(banner_row)
        banner_row.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.shortcut_row)

        tags = QGridLayout()
        events_label = QLabel(self.tr("&Events"))
        drivers_label = QLabel(self.tr("&Stress drivers"))
        self.events = self._tag_list(EVENT, self.tr("Events"), self._base.events)
        self.drivers = self._tag_list(DRIVER, self.tr("Stress drivers"), self._base.drivers)
        events_label.setBuddy(self.events)
        drivers_label.setBuddy(self.drivers)
        tags.addWidget(events_label, 0, 0)
        tags.addWidget(drivers_label, 0, 1)
        tallest = max(self.events.height(), self.drivers.height())
        self.events.setFixedHeight(tallest)
        self.drivers.setFixedHeight(tallest)
        tags.addWidget(self.events, 1, 0)
        tags.addWidget(self.drivers, 1, 1)
        column.addLayout(tags)
        return column

    def _build_resources(self) -> QVBoxLayout:
        column = QVBoxLayout()
        escalated = self.checks["resources"].get("escalated_safety_concern")
        if escalated is not None:
            escalated.setToolTip(
                self.tr("Only that an escalation happened is kept, never what was said.")
            )
        note = QLabel(
            self.tr("For a safety concern the journal keeps only yes or no, never the details.")
        )
        note.setWordWrap(True)
        note.setEnabled(False)
        column.addWidget(note)

        column.addWidget(QLabel(self.tr("<b>Referral made to</b>")))
        grid = QGridLayout()
        self.referrals: dict[str, QCheckBox] = {}
        for i, choice in enumerate(flow.REFERRAL_TYPES):
            box = QCheckBox(choice.label)
            box.setAccessibleName(self.tr("Referral: {kind}").format(kind=choice.label))
            box.toggled.connect(self._changed)
            box.toggled.connect(self._referral_toggled)
            grid.addWidget(box, i // 2, i % 2)
            self.referrals[choice.id] = box
            self._tab_chain.append(box)
        column.addLayout(grid)

        resources_label = QLabel(self.tr("<b>Resources offered</b>"))
        column.addWidget(resources_label)
        self.resources_list = QListWidget()
        self.resources_list.setAccessibleName(self.tr("Resources offered"))
        self.resources_list.setAccessibleDescription(
            self.tr("Use the arrow keys and Space to tick")
        )
        from ui.printing.handout import category_label, in_print_order

        offered = self._journal.resources.all()
        known = {r.id for r in offered}
        for resource_id in self._base.resources_offered:
            if resource_id not in known:
                with contextlib.suppress(NotFound):
                    offered.append(self._journal.resources.get(resource_id))
        offered = in_print_order(offered)  # grouped by category, as on the handout
        for resource in offered:
            label = f"{resource.name} — {category_label(resource.category)}"
            item = QListWidgetItem(label, self.resources_list)
            item.setData(Qt.ItemDataRole.UserRole, resource.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            if resource.description:
                item.setToolTip(resource.description)
        if not offered:
            column.addWidget(QLabel(self.tr("The resource directory is empty.")))
            self.resources_list.hide()
        self._fit_rows(self.resources_list, most=6)
        self.resources_list.itemChanged.connect(self._changed)
        self.resources_list.itemChanged.connect(self._resource_toggled)
        self._tab_chain.append(self.resources_list)
        column.addWidget(self.resources_list)
        self.handout_button = self._button(
            self.tr("Print &handout…"), self.tr("Print a handout of the ticked resources")
        )
        self.handout_button.setToolTip(
            self.tr("A page to give the peer: the ticked resources, nothing about them or you")
        )
        self.handout_button.setEnabled(bool(offered))
        self.handout_button.clicked.connect(self._open_handout)
        self._tab_chain.append(self.handout_button)
        column.addWidget(self.handout_button, 0, Qt.AlignmentFlag.AlignLeft)
        return column

    def _open_handout(self) -> None:
        """The handout dialog with the ticked resources: it reads nothing about the session."""
        from ui.dialogs.handout_dialog import HandoutDialog

        chosen = [int(str(r)) for r in self._checked(self.resources_list)]
        self.handout_dialog = HandoutDialog(self._journal, self._clock, self, resource_ids=chosen)
        self.handout_dialog.open()

    def _build_close(self) -> QVBoxLayout:
        column = QVBoxLayout()
        agreed = self.checks["close"].get("agreed_follow_up")
        if agreed is None:  # the flow always has it; keep the form usable if it is renamed
            agreed = QCheckBox(self.tr("Agree a follow-up"))
            agreed.setAccessibleName(self.tr("Agree a follow-up"))
            agreed.toggled.connect(self._changed)
            column.addWidget(agreed)
            self._tab_chain.append(agreed)
        self.followup_agreed = agreed
        self.followup_agreed.toggled.connect(self._update_followup_enabled)

        plan = QFormLayout()
        plan.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.followup_on = QDateEdit()
        self.followup_on.setCalendarPopup(True)
        self.followup_on.setDisplayFormat("d MMM yyyy")
        self.followup_on.setAccessibleName(self.tr("Follow-up date"))
        self.followup_on.dateChanged.connect(self._changed)
        self._tab_chain.append(self.followup_on)
        self.followup_on.setMinimumWidth(180)
        self.followup_plan = QLineEdit()
        self.followup_plan.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.followup_plan.setMaxLength(PLAN_MAX)
        self.followup_plan.setPlaceholderText(self.tr("e.g. a short call after their next shift"))
        self.followup_plan.setAccessibleName(self.tr("Follow-up plan"))
        self.followup_plan.textChanged.connect(self._changed)
        self._tab_chain.append(self.followup_plan)
        plan.addRow(self.tr("Follow-up &on:"), self.followup_on)
        plan.addRow(self.tr("P&lan:"), self.followup_plan)
        plan.setContentsMargins(24, 0, 0, 0)
        column.addLayout(plan)

        view = QFormLayout()
        view.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.helpful = self._choice_combo(flow.HELPFUL, self.tr("Was it helpful, in your view?"))
        self.needs_met = self._choice_combo(flow.NEEDS_MET, self.tr("Were their needs met?"))
        view.addRow(self.tr("&Helpful, in your view:"), self.helpful)
        view.addRow(self.tr("Their needs &met:"), self.needs_met)
        self.self_care = QComboBox()
        self.self_care.addItem("—", None)
        for choice in flow.SELF_CARE_SCALE:
            self.self_care.addItem(f"{choice.id} · {choice.label}", int(choice.id))
        self.self_care.setAccessibleName(self.tr("How are you doing yourself?"))
        self.self_care.setMinimumWidth(300)
        self.self_care.currentIndexChanged.connect(self._changed)
        self._tab_chain.append(self.self_care)
        view.addRow(self.tr("How are &you doing:"), self.self_care)
        self.debrief = QCheckBox(self.tr("I'd like a debrief about this one"))
        self.debrief.setAccessibleName(self.tr("Debrief wanted"))
        self.debrief.toggled.connect(self._changed)
        self._tab_chain.append(self.debrief)
        view.addRow("", self.debrief)
        heading = QLabel(self.tr("<b>Your view, and your own check-in</b>"))
        column.addSpacing(6)
        column.addWidget(heading)
        column.addLayout(view)
        return column

    def _build_note(self, step: flow.Step) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 6, 0, 0)
        column.setSpacing(2)
        edit = QPlainTextEdit()
        edit.setTabChangesFocus(True)
        edit.setPlaceholderText(
            self.tr("Optional, a few words. No names, diagnoses or clinical details.")
        )
        edit.setAccessibleName(self.tr("Note: {step}").format(step=step.title))
        edit.setFixedHeight(84 if step.id != "context" else 64)
        edit.textChanged.connect(lambda: self._note_changed(step.id))
        self._highlighters.append(IdentifierHighlighter(edit.document()))
        label = QLabel(self.tr("Note"))
        label.setBuddy(edit)
        counter = QLabel()
        counter.setEnabled(False)
        hint = QLabel(self.tr("Highlighted text looks like an identifier. Do you need to keep it?"))
        hint.setWordWrap(True)
        hint.hide()
        header = QHBoxLayout()
        header.addWidget(label)
        header.addStretch(1)
        header.addWidget(counter)
        column.addLayout(header)
        column.addWidget(edit)
        column.addWidget(hint)
        self.notes[step.id] = edit
        self._note_hints[step.id] = hint
        self._note_counters[step.id] = counter
        self._tab_chain.append(edit)
        self._first_field.setdefault(step.id, edit)
        return box

    # --- Loading and collecting -----------------------------------------------------------------

    @staticmethod
    def _set_combo(combo: QComboBox, value: object) -> None:
        index = combo.findData(value) if value is not None else 0
        combo.setCurrentIndex(max(index, 0))

    @staticmethod
    def _set_checked(picker: QListWidget, chosen: set[object]) -> None:
        for row in range(picker.count()):
            item = picker.item(row)
            state = item.data(Qt.ItemDataRole.UserRole) in chosen
            item.setCheckState(Qt.CheckState.Checked if state else Qt.CheckState.Unchecked)

    @staticmethod
    def _checked(picker: QListWidget) -> list[object]:
        return [
            picker.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(picker.count())
            if picker.item(row).checkState() == Qt.CheckState.Checked
        ]

    def _load(self, s: Session) -> None:
        if s.peer_id is not None:
            index = self.peer.findData(s.peer_id)
            self.peer.setCurrentIndex(index)
            if index < 0:
                self.peer.setEditText("")
        else:
            self.peer.setCurrentIndex(-1)
            self.peer.setEditText(s.new_peer)
        self.held_on.setMaximumDate(_qdate(max(self._today, s.held_on)))
        self.held_on.setDate(_qdate(s.held_on))
        self.duration.setValue(s.duration_minutes or 0)
        self._set_combo(self.mode, s.mode)
        self._set_combo(self.contact_kind, s.contact_kind)
        self._set_combo(self.referred_by, s.referred_by)
        self._set_combo(self.outcome, s.outreach_outcome)
        self._set_combo(self.role_band, s.role_band)
        self._set_checked(self.events, set(s.events))
        self._set_checked(self.drivers, set(s.drivers))
        for step_id, boxes in self.checks.items():
            ticked = set(s.checked.get(step_id, []))
            for item_id, box in boxes.items():
                box.setChecked(item_id in ticked)
        escalated = self.checks["resources"].get("escalated_safety_concern")
        if escalated is not None and s.escalated:
            escalated.setChecked(True)
        for referral_id, box in self.referrals.items():
            box.setChecked(referral_id in s.referrals)
        self._set_checked(self.resources_list, set(s.resources_offered))
        for step_id, edit in self.notes.items():
            edit.setPlainText(s.notes.get(step_id, ""))
        self.followup_on.setMinimumDate(_qdate(s.held_on))
        if s.followup_on is not None:
            self.followup_agreed.setChecked(True)
            self.followup_on.setDate(_qdate(s.followup_on))
        else:
            self.followup_on.setDate(_qdate(max(self._today, s.held_on) + timedelta(days=7)))
        self.followup_plan.setText(s.followup_plan)
        self._set_combo(self.helpful, s.helpful)
        self._set_combo(self.needs_met, s.needs_met)
        self._set_combo(self.self_care, s.self_care)
        self.debrief.setChecked(s.debrief_wanted)

    def _peer_choice(self) -> tuple[int | None, str]:
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

    def _collect(self, status: str, peer_id: int | None) -> Session:
        checked = {
            step_id: [item_id for item_id, box in boxes.items() if box.isChecked()]
            for step_id, boxes in self.checks.items()
        }
        escalated = self.checks["resources"].get("escalated_safety_concern")
        agreed = self.followup_agreed.isChecked()
        return replace(
            self._base,
            id=self._session_id,
            status=status,
            peer_id=peer_id,
            new_peer="",
            held_on=_pydate(self.held_on.date()),
            duration_minutes=self.duration.value(),
            mode=self.mode.currentData(),
            contact_kind=self.contact_kind.currentData(),
            referred_by=self.referred_by.currentData(),
            outreach_outcome=self.outcome.currentData(),
            role_band=self.role_band.currentData(),
            events=[str(t) for t in self._checked(self.events)],
            drivers=[str(t) for t in self._checked(self.drivers)],
            checked={k: v for k, v in checked.items() if v},
            notes={k: e.toPlainText() for k, e in self.notes.items() if e.toPlainText().strip()},
            referrals=[k for k, box in self.referrals.items() if box.isChecked()],
            escalated=escalated is not None and escalated.isChecked(),
            resources_offered=[int(str(r)) for r in self._checked(self.resources_list)],
            followup_on=_pydate(self.followup_on.date()) if agreed else None,
            followup_plan=self.followup_plan.text() if agreed else "",
            helpful=self.helpful.currentData(),
            needs_met=self.needs_met.currentData(),
            self_care=self.self_care.currentData(),
            debrief_wanted=self.debrief.isChecked(),
        )

    # --- Reacting to changes --------------------------------------------------------------------

    def _update_step_marks(self) -> None:
        """A tick beside every step that holds something, so gaps are easy to spot."""
        for row, step in enumerate(flow.FLOW.steps):
            filled = any(box.isChecked() for box in self.checks[step.id].values())
            edit = self.notes.get(step.id)
            filled = filled or (edit is not None and bool(edit.toPlainText().strip()))
            if step.id == "context":
                filled = filled or bool(self.peer.currentText().strip())
            caption = _step_caption(step) + ("  ✓" if filled else "")
            item = self.step_list.item(row)
            if item.text() != caption:
                item.setText(caption)

    def _changed(self) -> None:
        if self._loading or self._done:
            return
        self._update_step_marks()
        self._dirty = True
        self._touched = True
        self._idle_timer.start()
        if not self._deadline_timer.isActive():
            self._deadline_timer.start()

    def _note_changed(self, step_id: str) -> None:
        edit = self.notes[step_id]
        text = edit.toPlainText()
        if len(text) > NOTE_MAX:
            cursor = edit.textCursor()
            position = cursor.position()
            edit.blockSignals(True)
            edit.setPlainText(text[:NOTE_MAX])
            edit.blockSignals(False)
            cursor = edit.textCursor()
            cursor.setPosition(min(position, len(edit.toPlainText())))
            edit.setTextCursor(cursor)
            text = edit.toPlainText()
            self._show_message(
                self.tr("A note holds at most {max} characters; the rest was cut off.").format(
                    max=NOTE_MAX
                )
            )
        counter = self._note_counters[step_id]
        counter.setText(f"{len(text)} / {NOTE_MAX}" if len(text) > NOTE_MAX * 3 // 4 else "")
        self._note_hints[step_id].setVisible(bool(find_in(step_id, "", text)))
        self._changed()

    def _update_peer_hint(self) -> None:
        peer_id, new_name = self._peer_choice()
        if new_name:
            self.peer_hint.setText(
                self.tr("New peer: “{name}” will be added when you finish.").format(name=new_name)
            )
        elif peer_id is None:
            self.peer_hint.setText(self.tr("A pseudonym only: never a real name."))
        else:
            self.peer_hint.setText("")
        self.peer_hint.setVisible(bool(self.peer_hint.text()))

    def _held_on_changed(self) -> None:
        self.followup_on.setMinimumDate(self.held_on.date())

    def _update_followup_enabled(self) -> None:
        on = self.followup_agreed.isChecked()
        self.followup_on.setEnabled(on)
        self.followup_plan.setEnabled(on)

    def _referral_toggled(self, on: bool) -> None:
        made = self.checks["resources"].get("made_referral")
        if on and made is not None:
            made.setChecked(True)

    def _resource_toggled(self, item: QListWidgetItem) -> None:
        offered = self.checks["resources"].get("offered_resources")
        if item.checkState() == Qt.CheckState.Checked and offered is not None:
            offered.setChecked(True)

    @property
    def is_shortcut(self) -> bool:
        """Declined or unanswered: the conversation steps are skipped."""
        return self.outcome.currentData() in flow.SHORTCUT_OUTCOMES

    def _update_shortcut(self) -> None:
        skip = self.is_shortcut
        for row, step in enumerate(flow.FLOW.steps):
            if step.number is None:
                continue
            item = self.step_list.item(row)
            flags = item.flags()
            enabled = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            item.setFlags(flags & ~enabled if skip else flags | enabled)
            self._step_content[step.id].setEnabled(not skip)
            self._skipped_banners[step.id].setVisible(skip)
        self.shortcut_row.setVisible(skip)
        self.close_shortcut_banner.setVisible(skip)
        if skip:
            self._first_field["close_shortcut"] = self.followup_agreed
        else:
            self._first_field.pop("close_shortcut", None)
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
        self._focus_first(flow.FLOW.steps[row].id)

    def go_to_followup(self) -> None:
        self.go_to_step("close")
        self.followup_agreed.setFocus(Qt.FocusReason.OtherFocusReason)

    def _focus_first(self, step_id: str) -> None:
        if step_id == "close" and "close_shortcut" in self._first_field:
            step_id = "close_shortcut"
        widget = self._first_field.get(step_id)
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_step(self, row: int) -> None:
        if row < 0:
            return
        self.stack.setCurrentIndex(row)
        self._update_nav()

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
        return words.get(exc.code, str(exc))

    def _field_target(self, field: str, message: str = "") -> tuple[str, QWidget | None, str]:
        """For an InvalidInput field: the step, the widget to focus and what to say."""
        peer_problem = (
            "context",
            self.peer,
            self.tr("Peer: choose who this session was with, or type a new pseudonym."),
        )
        kind_problem = (
            "context",
            self.contact_kind,
            self.tr("Kind of contact: choose what kind of contact this was."),
        )
        targets: dict[str, tuple[str, QWidget | None, str]] = {
            "peer_id": peer_problem,
            "peer": peer_problem,
            "pseudonym": ("context", self.peer, self.tr("Peer: this pseudonym can't be used.")),
            "contact_kind": kind_problem,
            "held_on": ("context", self.held_on, self.tr("Date: choose the date of the session.")),
            "duration_minutes": (
                "context",
                self.duration,
                self.tr("Duration: between 0 and 1440 minutes."),
            ),
            "mode": ("context", self.mode, self.tr("Mode: choose one of the choices.")),
            "referred_by": ("context", self.referred_by, self.tr("Referred by: choose again.")),
            "outreach_outcome": ("context", self.outcome, self.tr("Outcome: choose again.")),
            "role_band": ("context", self.role_band, self.tr("Peer's role: choose again.")),
            "events": ("context", self.events, self.tr("Events: one of them is unknown.")),
            "drivers": (
                "context",
                self.drivers,
                self.tr("Stress drivers: one of them is unknown."),
            ),
            "referrals": (
                "resources",
                next(iter(self.referrals.values())),
                self.tr("Referrals: one of them is unknown."),
            ),
            "resources_offered": (
                "resources",
                self.resources_list,
                self.tr("Resources offered: one of them is no longer in the directory."),
            ),
            "follows_up_id": (
                "context",
                None,
                self.tr("The follow-up this session completes no longer exists."),
            ),
            "followup_plan": (
                "close",
                self.followup_plan,
                self.tr("Follow-up plan: keep it to {max} characters.").format(max=PLAN_MAX),
            ),
            "helpful": ("close", self.helpful, self.tr("Helpful: choose again.")),
            "needs_met": ("close", self.needs_met, self.tr("Needs met: choose again.")),
            "self_care": ("close", self.self_care, self.tr("Your check-in: choose 1 to 5.")),
        }
        if field in targets:
            return targets[field]
        if field == "notes":
            # The message names the step, e.g. "the note (listen) is 4100 characters long".
            named = re.search(r"\((\w+)\)", message)
            step_id = named.group(1) if named and named.group(1) in self.notes else ""
            if not step_id:
                step_id = self.current_step() if self.current_step() in self.notes else "context"
            title = flow.FLOW.step(step_id).title
            return (
                step_id,
                self.notes[step_id],
                self.tr(
                    "Note under “{step}”: it is too long or holds characters that can't be stored."
                ).format(step=title),
            )
        return self.current_step(), None, self.tr("Please check the form: {problem}")

    def _show_invalid(self, exc: InvalidInput) -> None:
        step_id, widget, text = self._field_target(exc.field, str(exc))
        self._show_message(text.replace("{problem}", str(exc)))
        row = flow.FLOW.step_ids().index(step_id)
        if self.step_enabled(row):
            self.step_list.setCurrentRow(row)
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- Saving ---------------------------------------------------------------------------------

    @property
    def session_id(self) -> int | None:
        """The id this form writes to (None until the first save)."""
        return self._session_id

    def _stop_timers(self) -> None:
        self._idle_timer.stop()
        self._deadline_timer.stop()

    def save_draft_now(self) -> None:
        """Write pending changes now (the main window calls this before it locks).

        A new session or a draft is saved as a draft; a finished session being edited stays
        finished and is saved only when it is still complete. Errors are shown in the form and
        the next autosave tries again; nothing typed is lost.
        """
        self._stop_timers()
        if not self._dirty or self._done or self._journal.closed:
            return
        peer_id, new_name = self._peer_choice()
        status = FINISHED if self._finished_mode else DRAFT
        # A new peer is added only on finishing; the draft keeps the pseudonym typed till then.
        session = replace(self._collect(status, peer_id), new_peer=new_name)
        try:
            written = self._journal.sessions.save(session)
        except InvalidInput as exc:
            # Only a finished session can be incomplete: wait for the supporter to fix it.
            _step, _widget, text = self._field_target(exc.field, str(exc))
            self._set_status(
                self.tr("Changes not saved yet. {problem}").format(
                    problem=text.replace("{problem}", str(exc))
                )
            )
            return
        except PeerDeskError as exc:
            self._show_message(
                self.tr(
                    "Couldn't save the draft: {problem}. Your text is still here, and "
                    "PeerDesk will try again in a moment."
                ).format(problem=self._problem(exc))
            )
            self._deadline_timer.start()
            return
        self._session_id = written.id
        self._base = replace(self._base, id=written.id, created_at=written.created_at)
        self._dirty = False
        self._autosaved = True
        if self.message.isVisible() and self.message.text().startswith(self.tr("Couldn't save")):
            self._clear_message()
        saved_at = self._clock().astimezone().strftime("%H:%M")
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
                found += find_in(step.id, step.title, edit.toPlainText())
        if self.followup_agreed.isChecked():
            found += find_in(_STEP_NOTE, self.tr("Follow-up plan"), self.followup_plan.text())
        return found

    def _focus_finding(self, finding: Finding) -> None:
        if finding.field == _STEP_NOTE:
            self.go_to_step("close")
            self.followup_plan.setFocus(Qt.FocusReason.OtherFocusReason)
            self.followup_plan.setSelection(
                finding.identifier.start, finding.identifier.end - finding.identifier.start
            )
            return
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
        self._stop_timers()
        self._clear_message()
        peer_id, new_name = self._peer_choice()
        session = self._collect(FINISHED, peer_id)
        # Check everything before asking anything; a new peer is added only once all is well.
        probe = replace(session, peer_id=-1 if peer_id is None and new_name else peer_id)
        try:
            checked_session(probe, self._journal.tags)
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
        try:
            with self._journal.transaction():
                if peer_id is None:
                    peer_id = self._journal.peers.add(new_name).id
                written = self._journal.sessions.save(replace(session, peer_id=peer_id))
        except InvalidInput as exc:
            self._show_invalid(exc)
            self._restart_autosave()
            return
        except PeerDeskError as exc:
            self._show_message(
                self.tr(
                    "Couldn't save the session: {problem}. Nothing was changed, and your text "
                    "is still here; try again in a moment."
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
            self._idle_timer.start()
            self._deadline_timer.start()

    # --- Closing --------------------------------------------------------------------------------

    def reject(self) -> None:
        """Esc, the Close button or the window's close box: ask what to do with changes."""
        if self._done or not self._touched:
            self._close(QDialog.DialogCode.Rejected)
            return
        choice = self._ask_close(self._finished_mode)
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
        self._close(QDialog.DialogCode.Rejected)

    def _discard(self) -> bool:
        self._stop_timers()
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
        self._stop_timers()
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
