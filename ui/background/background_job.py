"""The one way PeerDesk runs long work off the GUI thread: :class:`BackgroundJob`.

A job runs one function on a worker thread of its own and tells the GUI thread how it goes:

- ``progressed(percent, stage)`` while it runs (the work calls :meth:`JobControl.progress`);
- then ``ended``, always, and right after it exactly one of ``succeeded(result)``,
  ``failed(error)`` (a :class:`~peerdesk.errors.PeerDeskError`: the environment, which the
  caller words for the supporter) or ``cancelled``. Any other exception is a bug: it is raised
  again on the GUI thread, where the crash handler (:mod:`ui.system.crash`) shows and logs it;
  it is never swallowed and never delivered as ``failed``.

Every signal is delivered on the GUI thread through a queued connection, so a receiver may touch
widgets. The work itself gets only a :class:`JobControl` (progress, the cancel flag) and
whatever the caller closed over: it must never be handed a widget. Cancelling is cooperative:
:meth:`BackgroundJob.cancel` sets a flag that the work checks between steps
(:meth:`JobControl.stop_if_cancelled`, or the ``threading.Event`` that core functions take), and
calls an optional ``interrupt`` (e.g. one that interrupts a running SQLite statement).

The users: backups (:mod:`~ui.background.backup_scheduler`), the integrity check
(:mod:`~ui.background.integrity_runner`), retention (:mod:`~ui.background.retention_settings`),
restore and rescue (:mod:`ui.gates.restore_dialog`, :mod:`ui.gates.damage_dialog`), the re-key
(:mod:`ui.lifecycle`) and the backups made before it (:mod:`ui.dialogs.old_backups_dialog`).
Only the note search keeps a runner of its own (see :mod:`~ui.background.search_runner`).

The owner keeps a reference to a job until ``ended`` and then lets it go (``deleteLater``): a
:class:`JobSlot` does that for it. A job
has no Qt parent (an owner deleted by Python while a finished child job's ``deleteLater`` was
pending crashed Qt in testing); instead it knows its owner, and once the owner is deleted it
delivers nothing more (but a bug), so a receiver never touches a deleted widget.
"""

from __future__ import annotations

import contextlib
import logging
import threading
import traceback
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal, SignalInstance

from peerdesk.errors import PeerDeskError

log = logging.getLogger(__name__)

_SUCCEEDED, _FAILED, _CANCELLED, _CRASHED = "succeeded", "failed", "cancelled", "crashed"


class JobCancelled(Exception):  # not an error: the job was asked to stop, and stopped
    """Raised by the work (:meth:`JobControl.stop_if_cancelled`) when it stops on request."""


class JobControl:
    """What the work sees of its job, on the worker thread: progress and the cancel flag."""

    def __init__(self, report: Callable[[int, str], None]) -> None:
        self._report = report
        self.cancel_event = threading.Event()  # for core functions that take one

    @property
    def cancelled(self) -> bool:
        return self.cancel_event.is_set()

    def stop_if_cancelled(self) -> None:
        if self.cancel_event.is_set():
            raise JobCancelled

    def progress(self, percent: int, stage: str = "") -> None:
        """Tell the GUI thread how far the work is (0 to 100) and, if it likes, at which stage."""
        self._report(max(0, min(100, percent)), stage)


Work = Callable[[JobControl], object]


class BackgroundJob(QObject):
    """One piece of long work on a worker thread; see the module's description."""

    progressed = Signal(int, str)  # percent (0-100), stage (the work's own word, or "")
    ended = Signal()  # always, first: whatever came of it (a bug too)
    succeeded = Signal(object)  # what the work returned
    failed = Signal(object)  # the PeerDeskError that stopped it
    cancelled = Signal()

    # From the worker thread; queued to this object's (the GUI) thread.
    _progress_news = Signal(int, str)
    _end_news = Signal(str, object)

    def __init__(
        self,
        work: Work,
        *,
        name: str,
        owner: QObject,
        cancelled_by: tuple[type[BaseException], ...] = (),
        interrupt: Callable[[], object] | None = None,
    ) -> None:
        """``name`` names the worker thread (for logs and debuggers); ``owner`` is the object the
        news is for: once it is deleted (a dialog closed, a window locked away), nothing but a
        bug is delivered any more; ``cancelled_by`` are the exceptions besides
        :class:`JobCancelled` that mean "stopped on request" (a core module's own
        ``Cancelled``); ``interrupt`` is called on the GUI thread by :meth:`cancel`."""
        super().__init__()  # no parent: see the module's description
        self._owner = owner
        self._work: Work | None = work
        self._name = name
        self._cancel_types: tuple[type[BaseException], ...] = (JobCancelled, *cancelled_by)
        self._interrupt = interrupt
        self._control = JobControl(self._tell_progress)
        self._thread: threading.Thread | None = None
        self._running = False
        queued = Qt.ConnectionType.QueuedConnection
        self._progress_news.connect(self._progressed, queued)
        self._end_news.connect(self._deliver, queued)

    # --- on the GUI thread ----------------------------------------------------------------------

    def start(self) -> None:
        """Start the work on its worker thread (once)."""
        work, self._work = self._work, None
        if work is None:
            raise RuntimeError("a background job runs once")
        self._running = True
        self._thread = threading.Thread(
            target=self._run, args=(work,), name=self._name, daemon=True
        )
        self._thread.start()

    @property
    def running(self) -> bool:
        """True from :meth:`start` until its outcome has been delivered."""
        return self._running

    @property
    def cancel_requested(self) -> bool:
        return self._control.cancelled

    def cancel(self) -> None:
        """Ask the work to stop at its next check; the outcome still arrives (``cancelled``, or
        what the work finished with if it was past its last check)."""
        self._control.cancel_event.set()
        if self._interrupt is not None and self._thread is not None and self._thread.is_alive():
            self._interrupt()

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the worker thread has ended; True when it has (the outcome may still be
        on its way to the GUI thread)."""
        thread = self._thread
        if thread is None:
            return True
        thread.join(timeout)
        return not thread.is_alive()

    def _progressed(self, percent: int, stage: str) -> None:
        if self._running and shiboken6.isValid(self._owner):
            self.progressed.emit(percent, stage)

    def _deliver(self, kind: str, value: object) -> None:
        self._running = False
        if shiboken6.isValid(self._owner):  # else nobody is left to tell
            self.ended.emit()
            if kind == _SUCCEEDED:
                self.succeeded.emit(value)
            elif kind == _FAILED:
                self.failed.emit(value)
            elif kind == _CANCELLED:
                self.cancelled.emit()
        if kind == _CRASHED:
            assert isinstance(value, BaseException)
            raise value  # a bug: to the crash handler, from the GUI thread

    # --- on the worker thread -------------------------------------------------------------------

    def _run(self, work: Work) -> None:
        kind, value = _attempt(work, self._control, self._cancel_types)
        if isinstance(value, BaseException):
            # The frames the work left are finished now: drop their locals, which hold this job,
            # the data key or journal text. A crash report needs only where it failed.
            seen: BaseException | None = value
            for _ in range(10):  # the exception, and what caused it or happened before
                if seen is None:
                    break
                traceback.clear_frames(seen.__traceback__)
                seen = seen.__cause__ or seen.__context__
            if kind == _FAILED:
                assert isinstance(value, PeerDeskError)
                log.info("%s stopped: %s", self._name, value.code)
        self._tell(self._end_news, kind, value)

    def _tell_progress(self, percent: int, stage: str) -> None:
        self._tell(self._progress_news, percent, stage)

    @staticmethod
    def _tell(signal: SignalInstance, *args: object) -> None:
        # RuntimeError: the job was deleted meanwhile, so nobody is left to tell.
        with contextlib.suppress(RuntimeError):
            signal.emit(*args)


class JobSlot:
    """Where an owner keeps the one job it is running: the job from :meth:`start` until it ends
    (a newer job started meanwhile stays), then let go (``deleteLater``); ``when_idle`` is called
    each time a job ends with no newer one running."""

    def __init__(self, when_idle: Callable[[], object] | None = None) -> None:
        self.job: BackgroundJob | None = None
        self._when_idle = when_idle

    @property
    def busy(self) -> bool:
        return self.job is not None

    def start(self, job: BackgroundJob) -> None:
        """Keep ``job`` and start it. Connect the job's own receivers first: ``ended`` reaches
        them before the slot lets the job go."""
        self.job = job
        job.ended.connect(lambda: self._ended(job))
        job.start()

    def forget(self) -> BackgroundJob | None:
        """Stop keeping the running job (its news still arrives); the job, if any."""
        job, self.job = self.job, None
        return job

    def _ended(self, job: BackgroundJob) -> None:
        if job is self.job:
            self.job = None
        job.deleteLater()
        if self.job is None and self._when_idle is not None:
            self._when_idle()


def _attempt(
    work: Work, control: JobControl, cancel_types: tuple[type[BaseException], ...]
) -> tuple[str, object]:
    """Run the work; say how it went (a known error, a bug: the exception itself)."""
    try:
        return _SUCCEEDED, work(control)
    except cancel_types:
        return _CANCELLED, None
    except PeerDeskError as exc:
        return _FAILED, exc
    except BaseException as exc:  # a bug: carried to the GUI thread, never lost here
        return _CRASHED, exc
