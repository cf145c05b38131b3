"""Retention settings for the Settings page, and the runner that applies them.

:class:`RetentionSettings` is a group box with the two settings (off by default, suggested values
ready). Turning one on or shortening it asks first, saying what will be shredded now and what
stays; nothing changes until the supporter says yes.

:class:`RetentionRunner` applies the saved settings (at unlock and once a day while the journal is
open) and rewrites the journal file afterwards off the GUI thread with its own connection, so no
old page keeps shredded text.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QSpinBox,
    QWidget,
)

from peerdesk import retention
from peerdesk.clock import Clock
from peerdesk.errors import PeerDeskError
from peerdesk.journal import Journal
from peerdesk.preferences import RETENTION_MAX_DAYS, RETENTION_MIN_DAYS, RetentionPolicy
from peerdesk.retention import CopiesResult, RetentionResult, VacuumResult
from ui.background.background_job import BackgroundJob, JobControl, JobSlot
from ui.messages import explain
from ui.widgets.accessible import name_as_shown
from ui.widgets.dates import day_long_month_year
from ui.widgets.labels import PushButton

log = logging.getLogger(__name__)

DAY_MS = 24 * 60 * 60 * 1000
_VACUUMED, _COPIES_REACHED = "vacuumed", "copies reached"


class RetentionSettings(QGroupBox):
    """The two retention settings with what they remove and what stays."""

    shredded = Signal(object)  # RetentionResult: the journal file should be rewritten now

    def __init__(
        self,
        journal: Journal,
        clock: Clock,
        parent: QWidget | None = None,
        *,
        confirm: Callable[[str], bool] | None = None,
    ) -> None:
        super().__init__(self.tr("Keeping and shredding"), parent)
        self._journal = journal
        self._clock = clock
        self._confirm = confirm or self._ask
        intro = QLabel(
            self.tr(
                "Write as little as you need, and keep it no longer than you need. Shredding "
                "removes text for good; dates, kinds, tags, checklists, referrals and durations "
                "stay, so your counts and reports do not change."
            )
        )
        intro.setWordWrap(True)
        self.reach = QLabel(self.reach_text())
        self.reach.setWordWrap(True)
        self.notes_on = QCheckBox(self.tr("Shred notes and follow-&up plans"))
        name_as_shown(self.notes_on, self.tr("Shred notes and follow-up plans after a while"))
        self.notes_days = QSpinBox()
        self.notes_days.setRange(RETENTION_MIN_DAYS, RETENTION_MAX_DAYS)
        self.notes_days.setSuffix(self.tr(" days after the session"))
        self.notes_days.setAccessibleName(self.tr("Days after the session"))
        self.contacts_on = QCheckBox(self.tr("Shred a closed p&eer's contact details"))
        name_as_shown(
            self.contacts_on, self.tr("Shred the contact details of closed peers after a while")
        )
        self.contact_days = QSpinBox()
        self.contact_days.setRange(RETENTION_MIN_DAYS, RETENTION_MAX_DAYS)
        self.contact_days.setSuffix(self.tr(" days after closing"))
        self.contact_days.setAccessibleName(self.tr("Days after the peer was closed"))
        self.apply_button = PushButton(self.tr("&Apply…"))
        name_as_shown(self.apply_button, self.tr("Apply the retention settings"))
        self.apply_button.clicked.connect(self.apply)
        self.state = QLabel()
        self.state.setWordWrap(True)
        for box, spin in ((self.notes_on, self.notes_days), (self.contacts_on, self.contact_days)):
            box.toggled.connect(spin.setEnabled)
            box.toggled.connect(lambda _on: self._changed())
            spin.valueChanged.connect(lambda _v: self._changed())

        grid = QGridLayout(self)
        grid.addWidget(intro, 0, 0, 1, 3)
        grid.addWidget(self.notes_on, 1, 0)
        grid.addWidget(self.notes_days, 1, 1)
        grid.addWidget(self.contacts_on, 2, 0)
        grid.addWidget(self.contact_days, 2, 1)
        grid.setColumnStretch(2, 1)
        row = QHBoxLayout()
        row.addWidget(self.apply_button)
        row.addWidget(self.state, 1)
        grid.addLayout(row, 3, 0, 1, 3)
        grid.addWidget(self.reach, 4, 0, 1, 3)
        self.setTabOrder(self.notes_on, self.notes_days)
        self.setTabOrder(self.notes_days, self.contacts_on)
        self.setTabOrder(self.contacts_on, self.contact_days)
        self.setTabOrder(self.contact_days, self.apply_button)
        self.refresh()

    # --- showing --------------------------------------------------------------------------------

    def reach_text(self) -> str:
        """Which copies shredding reaches, and which it cannot."""
        return self.tr(
            "Shredding also reaches the backups and the set-aside and rescued journals in "
            "PeerDesk's data folder; a set-aside journal that today's key cannot open is deleted "
            "once it is older than both periods (never while notes are kept for good). It cannot "
            "reach backups in another folder (your second backup folder, or one you chose) or "
            "copies you made yourself: they keep the text until you delete them."
        )

    def chosen(self) -> RetentionPolicy:
        return RetentionPolicy(
            self.notes_days.value() if self.notes_on.isChecked() else None,
            self.contact_days.value() if self.contacts_on.isChecked() else None,
        )

    def saved(self) -> RetentionPolicy:
        return self._journal.preferences.retention()

    def refresh(self) -> None:
        """Show the saved settings (suggested values where a setting is off)."""
        policy = self.saved()
        widgets = (
            (self.notes_on, self.notes_days, policy.notes_days, retention.SUGGESTED_NOTES_DAYS),
            (
                self.contacts_on,
                self.contact_days,
                policy.contact_days,
                retention.SUGGESTED_CONTACT_DAYS,
            ),
        )
        for box, spin, days, suggested in widgets:
            box.blockSignals(True)
            spin.blockSignals(True)
            box.setChecked(days is not None)
            spin.setValue(days if days is not None else suggested)
            spin.setEnabled(days is not None)
            box.blockSignals(False)
            spin.blockSignals(False)
        self._changed()

    def _changed(self) -> None:
        policy = self.chosen()
        dirty = policy != self.saved()
        self.apply_button.setEnabled(dirty)
        self.state.setText(self.tr("Not applied yet.") if dirty else self._describe(self.saved()))

    def _describe(self, policy: RetentionPolicy) -> str:
        if not policy.active:
            return self.tr(
                "Off: text stays until you shred a session or forget a peer. Suggested: notes "
                "after {notes} days, contact details {contacts} days after closing."
            ).format(
                notes=retention.SUGGESTED_NOTES_DAYS, contacts=retention.SUGGESTED_CONTACT_DAYS
            )
        parts = []
        if policy.notes_days is not None:
            parts.append(self.tr("notes go {n} days after a session").format(n=policy.notes_days))
        if policy.contact_days is not None:
            parts.append(
                self.tr("contact details go {n} days after a peer is closed").format(
                    n=policy.contact_days
                )
            )
        return self.tr("On: {what}. Checked at unlock and every day.").format(what="; ".join(parts))

    # --- applying -------------------------------------------------------------------------------

    def confirmation(self, policy: RetentionPolicy, due: RetentionResult) -> str:
        """What the supporter is asked before anything is shredded."""
        lines = [self.tr("Shred now, for good:")]
        if policy.notes_days is not None and due.notes_before is not None:
            lines.append(
                self.tr(
                    "• the notes and follow-up plans of %Ln session(s) held on or before "
                    "{day} ({notes}, {plans})",
                    "",
                    due.sessions,
                ).format(
                    day=day_long_month_year(due.notes_before),
                    notes=self.tr("%Ln note(s)", "", due.notes),
                    plans=self.tr("%Ln plan(s) or reason(s)", "", due.plans),
                )
            )
        if policy.contact_days is not None:
            lines.append(
                self.tr(
                    "• the contact details of %Ln peer(s) closed {days} or more days ago",
                    "",
                    due.contacts,
                ).format(days=policy.contact_days)
            )
        lines += [
            "",
            self.tr(
                "What stays: every session with its date, kind, mode, outcome, tags, "
                "checklist, referrals and duration; peers' pseudonyms; follow-up dates. Your "
                "counts and reports stay the same."
            ),
            self.reach_text(),
            self.tr("This cannot be undone."),
        ]
        return "\n".join(lines)

    def apply(self) -> RetentionResult | None:
        """Save the chosen settings; shred what is due at once, after asking. None if refused."""
        policy = self.chosen()
        due = retention.preview(self._journal, self._clock, policy)
        if due.changed and not self._confirm(self.confirmation(policy, due)):
            self.state.setText(self.tr("Nothing was changed."))
            return None
        try:
            self._journal.preferences.set_retention(policy)
            result = retention.apply_retention(self._journal, self._clock)
        except PeerDeskError as exc:
            self.state.setText(explain(exc).as_text())
            return None
        self.refresh()
        if result.changed:
            self.state.setText(
                self.tr("Shredded {notes}, {plans} and {contacts}. {policy}").format(
                    notes=self.tr("%Ln note(s)", "", result.notes),
                    plans=self.tr("%Ln plan(s)", "", result.plans),
                    contacts=self.tr("%Ln contact detail(s)", "", result.contacts),
                    policy=self._describe(policy),
                )
            )
            self.shredded.emit(result)
        return result

    def _ask(self, question: str) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Warning, self.tr("Shred for good?"), question, parent=self
        )
        shred = box.addButton(self.tr("Shred"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is shred


class RetentionRunner(QObject):
    """Applies the journal's retention settings now and daily; vacuums off the GUI thread.

    ``vacuum`` rewrites the journal file on its own connection (the controller builds it with the
    journal's path and key, see :func:`peerdesk.retention.vacuum`); ``copies`` applies the
    settings to the copies kept in the data folder (:func:`peerdesk.retention.shred_copies`), in
    the same :class:`~ui.background.background_job.BackgroundJob` after every run. Only one job
    runs at a time; work asked for while it runs is done by it right after. What came of each
    step (the result, or the PeerDeskError that stopped it) is told when the job ends.
    """

    applied = Signal(object)  # RetentionResult
    vacuumed = Signal(object)  # VacuumResult, or the PeerDeskError that stopped it
    copies_reached = Signal(object)  # CopiesResult, or the PeerDeskError that stopped it

    def __init__(
        self,
        journal: Journal,
        clock: Clock,
        vacuum: Callable[[], VacuumResult],
        parent: QObject | None = None,
        *,
        copies: Callable[[RetentionPolicy, threading.Event | None], CopiesResult] | None = None,
    ) -> None:
        super().__init__(parent)
        self._journal = journal
        self._clock = clock
        self._vacuum = vacuum
        self._copies = copies
        self._running = JobSlot()
        self._pending: tuple[bool, RetentionPolicy] | None = None  # (rewrite the file, policy)
        self._lock = threading.Lock()  # the pending work, shared with the running job
        self._busy = False  # a job runs and will take pending work (under the lock)
        self._stopped = False  # set by stop(): the copies job ends between two copies
        self.timer = QTimer(self)
        self.timer.setInterval(DAY_MS)
        self.timer.timeout.connect(self.run_now)

    def start(self) -> RetentionResult:
        """Apply now (at unlock) and then once a day while the journal is open."""
        self._stopped = False
        self.timer.start()
        return self.run_now()

    def stop(self) -> None:
        self.timer.stop()
        self._stopped = True
        if self._running.job is not None:
            self._running.job.cancel()

    def run_now(self) -> RetentionResult:
        try:
            result = retention.apply_retention(self._journal, self._clock)
        except PeerDeskError as exc:
            log.warning("retention could not run: %s", exc.code)
            return RetentionResult()
        self._later(vacuum=result.changed)
        self.applied.emit(result)
        return result

    @property
    def vacuuming(self) -> bool:
        with self._lock:
            return self._busy

    def vacuum_later(self) -> None:
        """Rewrite the file off the GUI thread (after a shred, forget or retention run)."""
        self._later(vacuum=True)

    def _later(self, *, vacuum: bool) -> None:
        try:
            policy = self._journal.preferences.retention()  # read on the GUI thread
        except PeerDeskError as exc:
            log.warning("the retention settings could not be read: %s", exc.code)
            policy = RetentionPolicy()
        if not vacuum and (self._copies is None or not policy.active):
            return
        with self._lock:
            if self._busy:  # the running job takes it next
                wanted = vacuum or (self._pending is not None and self._pending[0])
                self._pending = (wanted, policy)
                return
            self._busy = True
        job = BackgroundJob(
            lambda control: self._work((vacuum, policy), control),
            name="peerdesk-vacuum",
            owner=self,
        )
        job.succeeded.connect(self._tell)
        if self._stopped:
            job.cancel()
        self._running.start(job)

    def _work(
        self, first: tuple[bool, RetentionPolicy], control: JobControl
    ) -> list[tuple[str, object]]:
        """On the worker thread: the file, then the copies; then whatever was asked meanwhile.
        Returns what came of each step, to be told on the GUI thread."""
        told: list[tuple[str, object]] = []
        job: tuple[bool, RetentionPolicy] | None = first
        try:
            while job is not None:
                self._one_run(job, control, told)
                with self._lock:
                    job, self._pending = self._pending, None
                    if job is None:
                        self._busy = False
        except BaseException:
            with self._lock:
                self._busy = False
            raise
        return told

    def _one_run(
        self, job: tuple[bool, RetentionPolicy], control: JobControl, told: list[tuple[str, object]]
    ) -> None:
        vacuum, policy = job
        if vacuum:
            try:
                outcome: object = self._vacuum()
            except PeerDeskError as exc:
                log.warning("rewriting the journal file failed: %s", exc.code)
                outcome = exc
            told.append((_VACUUMED, outcome))
        if self._copies is not None and policy.active:
            try:
                reached: object = self._copies(policy, control.cancel_event)
            except PeerDeskError as exc:
                log.warning("retention could not reach the copies: %s", exc.code)
                reached = exc
            told.append((_COPIES_REACHED, reached))

    def _tell(self, told: object) -> None:
        assert isinstance(told, list)
        for step, outcome in told:
            (self.vacuumed if step == _VACUUMED else self.copies_reached).emit(outcome)

    def wait(self, timeout: float = 30.0) -> bool:
        """Wait for a running job (before quitting); True when none is left running."""
        job = self._running.job
        return job is None or job.wait(timeout)
