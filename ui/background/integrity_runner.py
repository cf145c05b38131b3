"""The journal's full integrity check, run beside the open window on a worker thread.

Reading every page takes about a quarter of a second for 20,000 sessions and grows with the
journal, so the window opens first and the check runs next to it. The controller holds back
retention (which shreds and rewrites) and scheduled backups until the check has passed, and turns
to the damage flow, without saving drafts into the file, when it finds a problem.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal

from peerdesk.database import IntegrityCheck
from peerdesk.errors import PeerDeskError
from ui.background.background_job import BackgroundJob, JobCancelled

log = logging.getLogger(__name__)


class IntegrityRunner(QObject):
    """The check as a :class:`~ui.background.background_job.BackgroundJob`; a cancelled check
    tells nobody (nobody waits for its answer)."""

    checked = Signal(list)  # the problems found: empty when the journal is whole
    failed = Signal(object)  # the PeerDeskError that kept the check from running

    def __init__(self, check: IntegrityCheck, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._job = BackgroundJob(
            lambda _control: _run(check), name="peerdesk-check", owner=self, interrupt=check.cancel
        )
        self._job.succeeded.connect(self._checked)
        self._job.failed.connect(self._failed)

    def start(self) -> None:
        self._job.start()

    @property
    def running(self) -> bool:
        """Whether the worker thread still runs (its answer may still be on its way)."""
        return not self._job.wait(0)

    def _checked(self, problems: object) -> None:
        assert isinstance(problems, list)
        self.checked.emit(problems)

    def _failed(self, exc: object) -> None:
        assert isinstance(exc, PeerDeskError)
        log.warning("the journal could not be checked: %s", exc.code)
        self.failed.emit(exc)

    def stop(self, timeout: float = 10.0) -> bool:
        """Cancel a running check and wait for it; True when none is left running."""
        self._job.cancel()
        return self._job.wait(timeout)


def _run(check: IntegrityCheck) -> list[str]:
    """On the worker thread."""
    problems = check.run()
    if problems is None:  # cancelled: nobody is waiting for the answer
        raise JobCancelled
    return problems
