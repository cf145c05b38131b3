"""Automatic encrypted backups while PeerDesk is open, written off the GUI thread.

While the journal is unlocked, :class:`BackupScheduler` looks every few minutes whether a backup
is due (by default once a day) and then writes one: into the data folder's ``backups/`` and, when
the supporter chose one, a copy into a second folder such as an external drive. "Back up now"
uses the same path. The work runs as a :class:`~ui.background.background_job.BackgroundJob` on its
own connection to the journal (:mod:`peerdesk.backup_job`), so typing never waits for it; progress
arrives as signals, and :class:`BackupIndicator` shows it in the status bar. Locking or quitting
calls :meth:`stop`, which cancels a backup in progress (it leaves nothing half-written) and waits
for the thread.

The plan (how often, how many to keep, the second folder) is kept in the journal's own,
encrypted settings (:meth:`peerdesk.preferences.Preferences.backup_plan`).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QWidget

from peerdesk import backup_job
from peerdesk.backup_job import BackupJob, BackupResult, Cancelled
from peerdesk.backups import Backup
from peerdesk.clock import Clock
from peerdesk.errors import PeerDeskError
from peerdesk.preferences import BackupPlan
from peerdesk.vault import Vault
from ui.background.background_job import BackgroundJob, JobControl, JobSlot
from ui.messages import explain

log = logging.getLogger(__name__)

CHECK_MS = 10 * 60 * 1000  # how often to look whether a backup is due
FIRST_CHECK_MS = 60 * 1000  # the first look, a minute after unlocking
STOP_WAIT_S = 30.0

JobMaker = Callable[[Vault, Path | None, int, tuple[Path, ...]], BackupJob]


def _default_job(vault: Vault, dest: Path | None, keep: int, also: tuple[Path, ...]) -> BackupJob:
    return vault.backup_job(dest, keep=keep, also=also)


def backup_age(last: Backup | None, now: datetime) -> timedelta | None:
    """How old the backup is. Times read from backup names carry no zone: they are local time."""
    if last is None:
        return None
    made = last.created if last.created.tzinfo else last.created.replace(tzinfo=now.tzinfo)
    return now - made


class BackupScheduler(QObject):
    """Writes backups when they are due and when asked, one at a time, off the GUI thread."""

    started = Signal()
    progress = Signal(str, int)  # stage (see peerdesk.backup_job), percent of the whole
    finished = Signal(object)  # BackupResult
    failed = Signal(object)  # the PeerDeskError (a bug goes to the crash handler instead)
    cancelled = Signal()
    ended = Signal()  # whatever came of it, a bug too

    def __init__(
        self,
        vault: Vault,
        clock: Clock,
        parent: QObject | None = None,
        *,
        make_job: JobMaker = _default_job,
    ) -> None:
        super().__init__(parent)
        self._vault = vault
        self._clock = clock
        self._make_job = make_job
        self._running = JobSlot(when_idle=self.ended.emit)  # the backup in progress
        self._manual = False
        self.last_result: BackupResult | None = None
        self.last_error: PeerDeskError | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_MS)
        self._timer.timeout.connect(self.check)
        self._first = QTimer(self)
        self._first.setSingleShot(True)
        self._first.setInterval(FIRST_CHECK_MS)
        self._first.timeout.connect(self.check)

    # --- state ----------------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self._running.busy

    @property
    def running(self) -> bool:
        """Whether the schedule is on (between :meth:`start` and :meth:`stop`)."""
        return self._timer.isActive()

    @property
    def manual(self) -> bool:
        """Whether the backup in progress (or the last one) was asked for."""
        return self._manual

    def plan(self) -> BackupPlan:
        journal = self._vault.journal
        return (
            BackupPlan() if journal is None or journal.closed else journal.preferences.backup_plan()
        )

    def last_backup(self) -> Backup | None:
        try:
            return self._vault.last_backup()
        except (PeerDeskError, OSError):
            return None

    def due(self) -> bool:
        every = self.plan().every_hours
        if every <= 0 or not self._vault.is_unlocked:
            return False
        age = backup_age(self.last_backup(), self._clock())
        return age is None or age >= timedelta(hours=every)

    # --- starting and stopping ------------------------------------------------------------------

    def start(self) -> None:
        """Begin looking for due backups (call after unlocking)."""
        self._timer.start()
        self._first.start()

    def stop(self, *, wait_s: float = STOP_WAIT_S) -> bool:
        """Stop the schedule and cancel a backup in progress; True once no backup is running.

        Call before locking or quitting: the worker stops at once and leaves nothing behind.
        """
        self._timer.stop()
        self._first.stop()
        job = self._running.job
        if job is None:
            return True
        job.cancel()
        finished = job.wait(wait_s)
        if finished:
            self._running.forget()  # its news (cancelled, mostly) still arrives
        else:
            log.warning("a backup was still running when PeerDesk stopped waiting for it")
        return finished

    def check(self) -> bool:
        """Start a backup when one is due; True when one was started."""
        if self.busy or not self.due():
            return False
        return self._begin(manual=False)

    def back_up_now(self) -> bool:
        """Start a backup now (Journal ▸ Back up now); False when one is already running."""
        if self.busy:
            return False
        return self._begin(manual=True)

    def _begin(self, *, manual: bool) -> bool:
        plan = self.plan()
        also = () if plan.second_folder is None else (plan.second_folder,)
        try:
            job = self._make_job(self._vault, None, plan.keep, also)
        except RuntimeError:  # locked in the meantime
            return False
        self._manual = manual
        self.last_error = None
        backup = BackgroundJob(
            lambda control: _write(job, control),
            name="peerdesk-backup",
            owner=self,
            cancelled_by=(Cancelled,),
        )
        backup.progressed.connect(lambda percent, stage: self._progress(backup, stage, percent))
        backup.succeeded.connect(self._done)
        backup.failed.connect(self._failed)
        backup.cancelled.connect(self.cancelled)
        self.started.emit()
        self._running.start(backup)
        return True

    # --- news from the worker -------------------------------------------------------------------

    def _progress(self, backup: BackgroundJob, stage: str, percent: int) -> None:
        if backup is self._running.job:  # not news of a backup stopped before
            self.progress.emit(stage, percent)

    def _done(self, result: object) -> None:
        assert isinstance(result, BackupResult)
        self.last_result = result
        self.finished.emit(result)

    def _failed(self, exc: object) -> None:
        assert isinstance(exc, PeerDeskError)
        self.last_error = exc
        self.failed.emit(exc)


def _write(job: BackupJob, control: JobControl) -> BackupResult:
    """On the worker thread: the backup, with its stages as progress."""
    return backup_job.run(
        job, lambda stage, percent: control.progress(percent, stage), control.cancel_event
    )


def describe_result(result: BackupResult, parent: QObject) -> str:
    """One line for the status bar (and the text of a notice when a second folder failed)."""
    text = QCoreApplication.translate(
        "BackupScheduler", "Backup written and checked: {name}"
    ).format(name=result.backup.path.name)
    if result.copies:
        text += " " + QCoreApplication.translate(
            "BackupScheduler", "(a copy is also in {folder})"
        ).format(folder=result.copies[0].path.parent)
    for folder, problem in result.problems:
        text += " " + QCoreApplication.translate(
            "BackupScheduler", "The copy for {folder} was not made: {why}"
        ).format(folder=folder, why=explain(problem).title.lower())
    return text


def describe_failure(exc: PeerDeskError, parent: QObject) -> tuple[str, str]:
    """Title and text for a backup that failed (a bug goes to the crash dialog instead)."""
    words = explain(exc)
    return (
        QCoreApplication.translate("BackupScheduler", "The backup was not made: {why}").format(
            why=words.title.lower()
        ),
        words.as_text(),
    )


class BackupIndicator(QWidget):
    """A small progress bar for the status bar: visible while a backup is being written. The bar
    is made when the first backup starts (most starts show none: it is not paid for at start-up).
    """

    def __init__(self, scheduler: BackupScheduler, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(self.tr("Backing up…"))
        self.bar: QProgressBar | None = None
        self._row = QHBoxLayout(self)
        self._row.setContentsMargins(0, 0, 0, 0)
        self._row.addStretch(1)
        self._row.addWidget(self.label)
        self.setVisible(False)
        if scheduler.busy:
            self._started()
        scheduler.started.connect(self._started)
        scheduler.progress.connect(self._progress)
        scheduler.ended.connect(self._ended)

    def _started(self) -> None:
        if self.bar is None:
            self.bar = QProgressBar()
            self.bar.setRange(0, 100)
            self.bar.setFixedWidth(140)
            self.bar.setTextVisible(False)
            self.bar.setAccessibleName(self.tr("Backup progress"))
            self._row.addWidget(self.bar)
        self.bar.setValue(0)
        self.setVisible(True)

    def _progress(self, stage: str, percent: int) -> None:
        words = {
            backup_job.COPYING: self.tr("Backing up…"),
            backup_job.CHECKING: self.tr("Checking the backup…"),
            backup_job.COPYING_ELSEWHERE: self.tr("Copying to your backup folder…"),
        }
        self.label.setText(words.get(stage, self.label.text()))
        if self.bar is not None:
            self.bar.setValue(max(0, min(100, percent)))
            self.bar.setAccessibleDescription(self.tr("{n} percent").format(n=self.bar.value()))

    def _ended(self) -> None:
        self.setVisible(False)
