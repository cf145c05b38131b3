"""Today: start a session, see who is due a follow-up, pick up unfinished drafts."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from peerdesk.clock import Clock, today
from peerdesk.journal import Journal
from ui.models.roles import Role
from ui.widgets.dates import day_and_month, day_month_year, weekday_and_date

BACKUP_REMINDER_DAYS = 7
DUE_SHOWN = 50  # follow-ups listed on Today; the Follow-ups page lists every one


class TodayPage(QWidget):
    new_session = Signal(int)
    open_session = Signal(int)
    follow_up = Signal(int)

    def __init__(self, journal: Journal, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._journal = journal
        self._clock = clock
        self.heading = QLabel()
        self.heading.setObjectName("pageHeading")
        self.new_button = QPushButton(self.tr("&New session"))
        self.new_button.setAccessibleName(self.tr("Start a new session"))
        self.new_button.clicked.connect(lambda: self.new_session.emit(-1))
        self.backup_note = QLabel()
        self.backup_note.setWordWrap(True)
        self.due_label = QLabel()
        self.due = QListWidget()
        self.due.setAccessibleName(self.tr("Follow-ups due this week"))
        self.due.itemActivated.connect(
            lambda item: self.follow_up.emit(int(item.data(Role.FOLLOWUP_ID)))
        )
        self.drafts_label = QLabel()
        self.drafts = QListWidget()
        self.drafts.setAccessibleName(self.tr("Unfinished drafts"))
        self.drafts.itemActivated.connect(
            lambda item: self.open_session.emit(int(item.data(Role.SESSION_ID)))
        )
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.backup_note)
        layout.addWidget(self.due_label)
        layout.addWidget(self.due, 2)
        layout.addWidget(self.drafts_label)
        layout.addWidget(self.drafts, 1)
        self.last_backup_text = ""
        # What the page last read, for the window's badge and status line (no second query).
        self.overdue = self.due_today = self.draft_count = 0
        self.refresh()

    def set_backup_state(self, text: str) -> None:
        """The main window tells the page how old the last backup is (it knows the vault)."""
        self.last_backup_text = text
        self.backup_note.setText(text)
        self.backup_note.setVisible(bool(text))

    def refresh(self) -> None:
        now = today(self._clock)
        self.heading.setText(self.tr("Today, {date}").format(date=weekday_and_date(now)))
        self.due.clear()
        week = self._journal.followups.open(due_by=now + timedelta(days=7))
        started = self._journal.followups.drafts_started()
        overdue = sum(1 for f in week if f.due_on < now)
        self.overdue, self.due_today = overdue, sum(1 for f in week if f.due_on == now)
        for f in week[:DUE_SHOWN]:  # the longest overdue first
            if f.due_on < now:
                when = self.tr("overdue since {date}").format(date=day_and_month(f.due_on))
            elif f.due_on == now:
                when = self.tr("due today")
            else:
                when = self.tr("due {date}").format(date=day_and_month(f.due_on))
            peer = f.peer or self.tr("(forgotten peer)")
            if f.id in started:
                when = self.tr("{when}, session started (a draft)").format(when=when)
            item = QListWidgetItem(f"{peer} — {when}" + (f" — {f.plan}" if f.plan else ""))
            item.setData(Role.FOLLOWUP_ID, f.id)
            self.due.addItem(item)
        if len(week) > DUE_SHOWN:
            self.due_label.setText(
                self.tr(
                    "Follow-ups this week: {n} ({overdue} overdue). The {shown} longest waiting"
                    " are here; the Follow-ups page has them all. Press Enter to start one."
                ).format(n=len(week), overdue=overdue, shown=DUE_SHOWN)
            )
        elif week:
            self.due_label.setText(
                self.tr(
                    "Follow-ups this week: {n} ({overdue} overdue). Press Enter to start one."
                ).format(n=len(week), overdue=overdue)
            )
        else:
            self.due_label.setText(self.tr("No follow-ups due this week."))
        self.drafts.clear()
        drafts = self._journal.sessions.drafts()
        self.draft_count = len(drafts)
        for d in drafts:
            peer = d.peer or self.tr("no peer chosen yet")
            item = QListWidgetItem(
                self.tr("Draft from {date} — {peer}").format(
                    date=day_month_year(d.held_on), peer=peer
                )
            )
            item.setData(Role.SESSION_ID, d.id)
            self.drafts.addItem(item)
        self.drafts_label.setText(
            self.tr("Unfinished drafts: {n}").format(n=len(drafts))
            if drafts
            else self.tr("No unfinished drafts.")
        )
        self.drafts.setVisible(bool(drafts))
