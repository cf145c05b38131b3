"""Today: the start page.

Before the first session it is a short "start here" (a new session, the local resources, the
organisation name, where backups go), each with the key or button that goes there. Afterwards it
lists the follow-ups that are due, grouped as on the Follow-ups page (overdue ones marked through
the ``due`` property, styled in assets/peerdesk.qss), the unfinished drafts and the backup reminder.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from peerdesk import due
from peerdesk.clock import Clock, today
from peerdesk.followups import FollowUp
from peerdesk.journal import Journal
from ui.models.followups_model import first_day_of_week
from ui.models.roles import Role
from ui.widgets.accessible import name_as_shown
from ui.widgets.dates import day_and_month, day_month_year, weekday_and_date
from ui.widgets.labels import PushButton
from ui.widgets.numbers import whole

BACKUP_REMINDER_DAYS = 7
DUE_SHOWN = 50  # follow-ups listed on Today; the Follow-ups page lists every one
DUE_GROUPS = (due.OVERDUE, due.DUE_TODAY, due.THIS_WEEK)  # what "due" means (peerdesk.due.Due)
RESOURCES, SETTINGS = "resources", "settings"  # where "start here" can go


class TodayPage(QWidget):
    new_session = Signal(int)
    open_session = Signal(int)
    follow_up = Signal(int)
    go_to = Signal(str)  # RESOURCES or SETTINGS: a "start here" step asks for that page

    def __init__(self, journal: Journal, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._journal = journal
        self._clock = clock
        self.heading = QLabel()
        self.heading.setObjectName("pageHeading")
        self.new_button = PushButton(self.tr("&New session"))
        name_as_shown(self.new_button, self.tr("Start a new session"))
        self.new_button.clicked.connect(lambda: self.new_session.emit(-1))
        self.backup_note = QLabel()
        self.backup_note.setWordWrap(True)
        self.start_here = self._start_here()
        self.due_label = QLabel()
        self.due_label.setWordWrap(True)
        self.group_labels: dict[str, QLabel] = {}
        self.groups: dict[str, QListWidget] = {}
        names = {
            due.OVERDUE: self.tr("Overdue"),
            due.DUE_TODAY: self.tr("Due today"),
            due.THIS_WEEK: self.tr("This week"),
        }
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.start_here)
        layout.addWidget(self.backup_note)
        layout.addWidget(self.due_label)
        self._names = names
        for name in DUE_GROUPS:
            label = QLabel()
            label.setProperty("due", name)
            listing = QListWidget()
            listing.setProperty("due", name)
            listing.setAccessibleName(names[name])
            listing.itemActivated.connect(
                lambda item: self.follow_up.emit(int(item.data(Role.FOLLOWUP_ID)))
            )
            label.setBuddy(listing)
            self.group_labels[name], self.groups[name] = label, listing
            layout.addWidget(label)
            layout.addWidget(listing, 1)
        self.drafts_label = QLabel()
        self.drafts = QListWidget()
        self.drafts.setAccessibleName(self.tr("Unfinished drafts"))
        self.drafts.itemActivated.connect(
            lambda item: self.open_session.emit(int(item.data(Role.SESSION_ID)))
        )
        layout.addWidget(self.drafts_label)
        layout.addWidget(self.drafts, 1)
        layout.addStretch(1)  # the height the lists do not need stays below them
        self.last_backup_text = ""
        # What the page last read, for the window's badge and status line (no second query).
        self.counts = due.Due()
        self.overdue = self.due_today = self.draft_count = 0
        self.refresh()

    def _start_here(self) -> QFrame:
        box = QFrame()
        box.setObjectName("startHere")
        box.setFrameShape(QFrame.Shape.StyledPanel)
        grid = QGridLayout(box)
        title = QLabel(self.tr("Start here"))
        title.setObjectName("sectionHeading")
        grid.addWidget(title, 0, 0, 1, 2)
        self.start_steps: list[QPushButton] = []
        steps = (
            (
                self.tr("Write your first session (Ctrl+N)"),
                self.tr("A session is written step by step; a draft is kept as you type."),
                lambda: self.new_session.emit(-1),
            ),
            (
                self.tr("Fill in your local resources (Ctrl+5)"),
                self.tr("The services you refer peers to, with their phone numbers and hours."),
                lambda: self.go_to.emit(RESOURCES),
            ),
            (
                self.tr("Set your organisation's name (Resources)"),
                self.tr("Asked when you print a handout from Resources; printed at its top."),
                lambda: self.go_to.emit(RESOURCES),
            ),
            (
                self.tr("See where backups go (Ctrl+7)"),
                self.tr("Settings, under Backups and storage: a daily backup and a second folder."),
                lambda: self.go_to.emit(SETTINGS),
            ),
        )
        for row, (text, hint, slot) in enumerate(steps, start=1):
            button = PushButton(text)
            button.clicked.connect(lambda _checked=False, go=slot: go())
            words = QLabel(hint)
            words.setWordWrap(True)
            grid.addWidget(button, row, 0)
            grid.addWidget(words, row, 1)
            self.start_steps.append(button)
        grid.setColumnStretch(1, 1)
        return box

    def set_backup_state(self, text: str) -> None:
        """The main window tells the page how old the last backup is (it knows the vault)."""
        self.last_backup_text = text
        self.backup_note.setText(text)
        self.backup_note.setVisible(bool(text))

    def due_items(self) -> list[QListWidgetItem]:
        """Every follow-up listed, group by group (overdue first)."""
        return [g.item(row) for g in self.groups.values() for row in range(g.count())]

    def refresh(self) -> None:
        now = today(self._clock)
        self.heading.setText(self.tr("Today, {date}").format(date=weekday_and_date(now)))
        followups = self._journal.followups
        first_day = first_day_of_week()
        waiting = followups.open(due_by=due.last_due_day(now, first_day))
        started = followups.drafts_started()
        self.counts = due.counts(waiting, now, first_day)
        self.overdue, self.due_today = self.counts.overdue, self.counts.today
        grouped = due.group(waiting[:DUE_SHOWN], now, first_day)  # the longest waiting first
        for name in DUE_GROUPS:
            listing = self.groups[name]
            listing.clear()
            for f in grouped[name]:
                item = QListWidgetItem(self._line(f, now, f.id in started))
                item.setData(Role.FOLLOWUP_ID, f.id)
                listing.addItem(item)
            count = {
                due.OVERDUE: self.counts.overdue,
                due.DUE_TODAY: self.counts.today,
                due.THIS_WEEK: self.counts.this_week,
            }[name]
            self.group_labels[name].setText(f"{self._names[name]} ({count})")
            self.group_labels[name].setVisible(bool(count))
            listing.setVisible(listing.count() > 0)
            _fit_rows(listing)
        self.due_label.setText(self._due_words(len(waiting)))
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
            self.tr("Unfinished drafts: {n}").format(n=whole(len(drafts)))
            if drafts
            else self.tr("No unfinished drafts.")
        )
        self.drafts.setVisible(bool(drafts))
        _fit_rows(self.drafts)
        first_run = not drafts and not waiting and self._journal.sessions.count() == 0
        self.start_here.setVisible(first_run)
        self.due_label.setVisible(not first_run)
        self.drafts_label.setVisible(not first_run)

    def _line(self, f: FollowUp, now: date, started: bool) -> str:
        if f.due_on < now:
            when = self.tr("overdue since {date}").format(date=day_and_month(f.due_on))
        elif f.due_on == now:
            when = self.tr("due today")
        else:
            when = self.tr("due {date}").format(date=day_and_month(f.due_on))
        if started:
            when = self.tr("{when}, session started (a draft)").format(when=when)
        peer = f.peer or self.tr("(forgotten peer)")
        return f"{peer} — {when}" + (f" — {f.plan}" if f.plan else "")

    def _due_words(self, n: int) -> str:
        if n > DUE_SHOWN:
            return self.tr(
                "Follow-ups due: {n}. The {shown} longest waiting are here; the Follow-ups page"
                " has them all. Press Enter on one to start its session."
            ).format(n=whole(n), shown=whole(DUE_SHOWN))
        if n:
            return self.tr("Follow-ups due: {n}. Press Enter on one to start its session.").format(
                n=whole(n)
            )
        return self.tr("No follow-ups due this week.")


def _fit_rows(listing: QListWidget) -> None:
    """A list is no taller than its rows (a long one scrolls), so short lists leave no gaps."""
    rows = max(1, listing.count())
    height = listing.sizeHintForRow(0) if listing.count() else listing.fontMetrics().height()
    listing.setMaximumHeight(rows * max(height, 1) + 2 * listing.frameWidth() + 4)
