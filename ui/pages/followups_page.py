"""Follow-ups: who is due a check-in, grouped as overdue, due today, this week and later.

Completing a follow-up starts a follow-up session for that peer (the main window opens the form
pre-filled and linked; finishing it marks the follow-up done). A follow-up can also be snoozed
(tomorrow, next week or a chosen date) or cancelled with a short reason.
"""

from __future__ import annotations

import contextlib
import itertools
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import (
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCalendarWidget,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMenu,
    QSplitter,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from peerdesk import due
from peerdesk.clock import Clock
from peerdesk.errors import InvalidInput, NotFound, PeerDeskError
from peerdesk.followups import DONE, FollowUp
from peerdesk.journal import Journal
from peerdesk.text import PLAN_MAX
from ui.messages import core_message
from ui.models.followups_model import PEER, WHEN, FollowUpsModel, first_day_of_week
from ui.widgets.accessible import ResultLine, name_as_shown, name_editable_box
from ui.widgets.dates import (
    day_and_month,
    day_long_month_year,
    to_date,
    to_qdate,
    weekday_and_date,
    weekday_day_and_month,
)
from ui.widgets.labels import PushButton
from ui.widgets.numbers import whole

PickDate = Callable[[date, date], date | None]  # (earliest, suggested) -> chosen date or None
AskReason = Callable[[FollowUp], str | None]  # -> the reason, or None to keep it open


class FollowUpsPage(QWidget):
    """The follow-ups list and what can be done with one."""

    follow_up = Signal(int)  # complete: start the follow-up session for this follow-up id
    open_session = Signal(int)  # show the session a follow-up was agreed in
    changed = Signal()  # a follow-up was snoozed or cancelled (the navigation badge may change)

    def __init__(
        self,
        journal: Journal,
        clock: Clock,
        parent: QWidget | None = None,
        *,
        pick_date: PickDate | None = None,
        ask_reason: AskReason | None = None,
    ) -> None:
        super().__init__(parent)
        self._journal = journal
        self._clock = clock
        self._pick_date = pick_date or self._pick_date_dialog
        self._ask_reason = ask_reason or self._ask_reason_dialog
        self._started: dict[int, int] = {}  # follow-ups whose session is a draft: -> its id

        heading = QLabel(self.tr("Follow-ups"))
        heading.setObjectName("pageHeading")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        heading.setFont(font)
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setAccessibleDescription(self.tr("Follow-ups due"))

        self.model = FollowUpsModel(journal.followups, clock, self)
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setAccessibleName(self.tr("Open follow-ups"))
        self.tree.setAccessibleDescription(
            self.tr("Press Enter on a follow-up to start the follow-up session")
        )
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setAllColumnsShowFocus(True)
        header = self.tree.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # The due day is what a supporter scans the list for: "When" is always as wide as its
        # longest text, in every language; the plan takes the width left over.
        header.setSectionResizeMode(WHEN, QHeaderView.ResizeMode.ResizeToContents)
        metrics = self.fontMetrics()
        self.tree.setColumnWidth(PEER, metrics.horizontalAdvance("x" * 14))
        self.tree.activated.connect(self._activated)
        self.tree.selectionModel().currentChanged.connect(self._current_changed)

        # --- the chosen follow-up ---------------------------------------------------------------
        self.detail_heading = QLabel()
        self.detail_heading.setTextFormat(Qt.TextFormat.PlainText)
        bold = self.detail_heading.font()
        bold.setBold(True)
        bold.setPointSizeF(bold.pointSizeF() * 1.15)
        self.detail_heading.setFont(bold)
        self.detail_due = QLabel()
        self.detail_plan = QLabel()
        self.detail_contact = QLabel()
        self.detail_origin = QLabel()
        for label in (self.detail_due, self.detail_plan, self.detail_contact, self.detail_origin):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.complete_button = PushButton(self.tr("&Complete: start the follow-up session"))
        name_as_shown(
            self.complete_button,
            self.tr("Complete this follow-up by starting the follow-up session"),
        )
        self.complete_button.clicked.connect(self.complete)
        self.snooze_button = QToolButton()
        self.snooze_button.setText(self.tr("&Snooze"))
        name_as_shown(self.snooze_button, self.tr("Snooze this follow-up"))
        self.snooze_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.snooze_menu = QMenu(self.snooze_button)
        self.snooze_tomorrow = QAction(self.snooze_menu)
        self.snooze_tomorrow.triggered.connect(lambda: self.snooze_to(self._tomorrow()))
        self.snooze_next_week = QAction(self.snooze_menu)
        self.snooze_next_week.triggered.connect(lambda: self.snooze_to(self._next_week()))
        self.snooze_pick = QAction(self.tr("Pick a date…"), self.snooze_menu)
        self.snooze_pick.triggered.connect(self.snooze_to_picked_date)
        for action in (self.snooze_tomorrow, self.snooze_next_week, self.snooze_pick):
            self.snooze_menu.addAction(action)
        self.snooze_button.setMenu(self.snooze_menu)
        self.cancel_button = PushButton(self.tr("Ca&ncel follow-up…"))
        name_as_shown(self.cancel_button, self.tr("Cancel this follow-up, with a reason"))
        self.cancel_button.clicked.connect(self.cancel)
        self.origin_button = PushButton(self.tr("Open the session it came &from"))
        name_as_shown(self.origin_button, self.tr("Open the session this follow-up came from"))
        self.origin_button.clicked.connect(self._open_origin)
        self.status = ResultLine()  # announced
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.status.setAccessibleDescription(self.tr("Status"))
        self.empty_hint = QLabel()
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignTop)

        self._build_layout(heading)
        self.refresh()

    def _build_layout(self, heading: QLabel) -> None:
        self.details = QWidget()
        facts = QFormLayout()
        facts.addRow(self.tr("Due:"), self.detail_due)
        facts.addRow(self.tr("Plan:"), self.detail_plan)
        facts.addRow(self.tr("Contact:"), self.detail_contact)
        facts.addRow(self.tr("Agreed in:"), self.detail_origin)
        actions = QVBoxLayout()
        actions.addWidget(self.complete_button)
        row = QHBoxLayout()
        row.addWidget(self.snooze_button)
        row.addWidget(self.cancel_button)
        row.addStretch(1)
        actions.addLayout(row)
        actions.addWidget(self.origin_button)
        details_layout = QVBoxLayout(self.details)
        details_layout.setContentsMargins(0, 0, 0, 0)
        details_layout.addWidget(self.detail_heading)
        details_layout.addLayout(facts)
        details_layout.addSpacing(8)
        details_layout.addLayout(actions)
        details_layout.addStretch(1)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(8, 0, 0, 0)
        right_layout.addWidget(self.empty_hint)
        right_layout.addWidget(self.details, 1)
        right_layout.addWidget(self.status)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.tree)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addSpacing(12)
        top.addWidget(self.summary, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        order: list[QWidget] = [
            self.tree,
            self.complete_button,
            self.snooze_button,
            self.cancel_button,
            self.origin_button,
        ]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)

    # --- state ----------------------------------------------------------------------------------

    def counts(self) -> due.Due:
        """What is due, read fresh from the journal: for the navigation badge."""
        return self._journal.followups.due_counts(
            due.local_today(self._clock()), first_day_of_week()
        )

    def current_followup(self) -> FollowUp | None:
        return self.model.followup(self.tree.currentIndex())

    def refresh(self) -> None:
        """Read the follow-ups again, keeping the chosen one when it is still open."""
        chosen = self.current_followup()
        self.model.refresh()
        self._started = self._journal.followups.drafts_started()
        self.tree.expandAll()
        self.tree.collapse(self.model.group_index(due.LATER))
        shown = due.Due(
            self.model.count(due.OVERDUE),
            self.model.count(due.DUE_TODAY),
            self.model.count(due.THIS_WEEK),
        )
        if shown.total:
            self.summary.setText(
                self.tr(
                    "{n} due: {overdue} overdue · {today} today · {week} later this week"
                ).format(
                    n=whole(shown.total),
                    overdue=whole(shown.overdue),
                    today=whole(shown.today),
                    week=whole(shown.this_week),
                )
            )
        else:
            self.summary.setText(self.tr("Nothing due this week."))
        self.snooze_tomorrow.setText(
            self.tr("Tomorrow ({date})").format(date=day_and_month(self._tomorrow()))
        )
        self.snooze_next_week.setText(
            self.tr("Next week ({date})").format(date=day_and_month(self._next_week()))
        )
        index = self.model.index_of(chosen.id) if chosen is not None else QModelIndex()
        if not index.isValid():
            if chosen is not None:
                self._tell_what_became_of(chosen)
            index = self._first_followup()
        if index.isValid():
            self.tree.setCurrentIndex(index)
            self.tree.scrollTo(index)
        self._show(self.model.followup(index))

    def _tell_what_became_of(self, chosen: FollowUp) -> None:
        """The follow-up that was chosen has left the list: say so when a session completed it."""
        try:
            now = self._journal.followups.get(chosen.id)
        except NotFound:
            return
        if now.status == DONE:
            peer = now.peer or self.tr("(forgotten peer)")
            if now.done_on is not None:
                text = self.tr("Done: {peer}'s follow-up, completed by the session of {date}.")
                self.status.setText(text.format(peer=peer, date=day_long_month_year(now.done_on)))
            else:
                self.status.setText(self.tr("Done: {peer}'s follow-up.").format(peer=peer))

    def _first_followup(self) -> QModelIndex:
        for bucket in due.BUCKETS:
            group = self.model.group_index(bucket)
            if self.model.rowCount(group):
                return self.model.index(0, 0, group)
        return QModelIndex()

    def select(self, followup_id: int) -> bool:
        index = self.model.index_of(followup_id)
        if not index.isValid():
            return False
        self.tree.setCurrentIndex(index)
        return True

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show(self.model.followup(current))

    def _show(self, item: FollowUp | None) -> None:
        self.details.setVisible(item is not None)
        self.empty_hint.setVisible(item is None)
        if item is None:
            if any(self.model.count(b) for b in due.BUCKETS):
                self.empty_hint.setText(
                    self.tr(
                        "Choose a follow-up to see its plan. Press Enter on one to start the "
                        "follow-up session."
                    )
                )
            else:
                self.empty_hint.setText(
                    self.tr(
                        "No open follow-ups. When you agree one in a session, it shows up here."
                    )
                )
            return
        self.detail_heading.setText(item.peer or self.tr("(forgotten peer)"))
        self.complete_button.setText(
            self.tr("&Complete: go on with the follow-up session (a draft)")
            if item.id in self._started
            else self.tr("&Complete: start the follow-up session")
        )
        self.detail_due.setText(f"{weekday_and_date(item.due_on)} · {self._distance(item.due_on)}")
        self.detail_plan.setText(item.plan or self.tr("No plan written down."))
        contact = ""
        if item.peer_id is not None:
            with contextlib.suppress(NotFound):
                contact = self._journal.peers.get(item.peer_id).contact
        self.detail_contact.setText(contact or self.tr("None kept"))
        origin = ""
        if item.origin_session_id is not None:
            with contextlib.suppress(NotFound):
                held = self._journal.sessions.get(item.origin_session_id).held_on
                origin = self.tr("the session of {date}").format(date=day_long_month_year(held))
        self.detail_origin.setText(origin or self.tr("a session that is no longer kept"))
        self.origin_button.setEnabled(bool(origin))

    def _distance(self, due_on: date) -> str:
        today = self.model.today
        days = (due_on - today).days
        if days < -1:
            return self.tr("{n} days late").format(n=whole(-days))
        if days == -1:
            return self.tr("since yesterday")
        if days == 0:
            return self.tr("today")
        if days == 1:
            return self.tr("tomorrow")
        return self.tr("in {n} days").format(n=whole(days))

    def _tomorrow(self) -> date:
        return due.tomorrow(due.local_today(self._clock()))

    def _next_week(self) -> date:
        return due.next_week(due.local_today(self._clock()))

    # --- actions --------------------------------------------------------------------------------

    def _activated(self, index: QModelIndex) -> None:
        if self.model.followup(index) is not None:
            self.complete()
        elif index.isValid():
            self.tree.setExpanded(index, not self.tree.isExpanded(index))

    def complete(self) -> None:
        """Start the follow-up session; finishing it marks this follow-up done."""
        item = self.current_followup()
        if item is not None:
            self.status.clear()
            self.follow_up.emit(item.id)

    def snooze_to(self, until: date) -> bool:
        item = self.current_followup()
        if item is None:
            return False
        try:
            self._journal.followups.snooze(item.id, until)
        except (InvalidInput, NotFound):
            self.refresh()
            self.status.setText(self.tr("That follow-up is no longer open."))
            return False
        except PeerDeskError as exc:
            self.status.setText(
                self.tr("It could not be snoozed: {reason}").format(reason=core_message(exc))
            )
            return False
        self.refresh()
        self.select(item.id)
        self.status.setText(
            self.tr("Snoozed until {date}.").format(date=weekday_day_and_month(until))
        )
        self.changed.emit()
        return True

    def snooze_to_picked_date(self) -> bool:
        if self.current_followup() is None:
            return False
        earliest = self._tomorrow()
        chosen = self._pick_date(earliest, self._next_week())
        if chosen is None:
            return False
        return self.snooze_to(max(chosen, earliest))

    def cancel(self) -> bool:
        item = self.current_followup()
        if item is None:
            return False
        reason = self._ask_reason(item)
        if reason is None:
            return False
        try:
            self._journal.followups.cancel(item.id, reason)
        except InvalidInput as exc:
            if exc.field == "reason":
                self.status.setText(
                    self.tr("Keep the reason to {n} characters; nothing was changed.").format(
                        n=PLAN_MAX
                    )
                )
            else:
                self.refresh()
                self.status.setText(self.tr("That follow-up is no longer open."))
            return False
        except NotFound:
            self.refresh()
            self.status.setText(self.tr("That follow-up is no longer open."))
            return False
        except PeerDeskError as exc:
            self.status.setText(
                self.tr("It could not be cancelled: {reason}").format(reason=core_message(exc))
            )
            return False
        self.refresh()
        self.status.setText(self.tr("Follow-up cancelled."))
        self.changed.emit()
        return True

    def _open_origin(self) -> None:
        item = self.current_followup()
        if item is not None and item.origin_session_id is not None:
            self.open_session.emit(item.origin_session_id)

    # --- default questions (tests inject their own) ---------------------------------------------

    def _pick_date_dialog(self, earliest: date, suggested: date) -> date | None:
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Snooze until"))
        calendar = QCalendarWidget()
        calendar.setAccessibleName(self.tr("Snooze until this date"))
        calendar.setMinimumDate(to_qdate(earliest))
        calendar.setSelectedDate(to_qdate(suggested))
        calendar.activated.connect(dialog.accept)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(calendar)
        layout.addWidget(buttons)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        picked = calendar.selectedDate()
        dialog.deleteLater()
        if not accepted:
            return None
        return to_date(picked)

    def _ask_reason_dialog(self, item: FollowUp) -> str | None:
        reasons = [
            self.tr("They are doing well and need no more check-ins"),
            self.tr("They asked not to be contacted again"),
            self.tr("Someone else is following up"),
            self.tr("I could not reach them"),
        ]
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Cancel follow-up"))
        dialog.setLabelText(
            self.tr("Why is this follow-up no longer needed? (No names or details.)")
        )
        dialog.setComboBoxItems(reasons)
        dialog.setComboBoxEditable(True)
        box = dialog.findChild(QComboBox)
        if box is not None:  # named for a screen reader, which reads it as "the reason"
            name_editable_box(box, self.tr("Reason"))
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        text = dialog.textValue()
        dialog.deleteLater()
        return text if accepted else None
