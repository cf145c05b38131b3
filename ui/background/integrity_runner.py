"""The journal's full integrity check, run beside the open window on a worker thread.

Reading every page takes about a quarter of a second for 20,000 sessions and grows with the
journal, so the window opens first and the check runs next to it. The controller holds back
retention (which shreds and rewrites) and scheduled backups until the check has passed, and turns
to the damage flow, without saving drafts into the file, when it finds a problem.
"""

from __future__ import annotations

import contextlib
import logging
import threading

from PySide6.QtCore import QObject, Signal, SignalInstance

from peerdesk.database import IntegrityCheck
from peerdesk.errors import PeerDeskError

log = logging.getLogger(__name__)


class IntegrityRunner(QObject):
    checked = Signal(list)  # the problems found: empty when the journal is whole
    failed = Signal(object)  # the PeerDeskError that kept the check from running

    def __init__(self, check: IntegrityCheck, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._check = check
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        self._thread = threading.Thread(target=self._work, name="peerdesk-check", daemon=True)
        self._thread.start()

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def _work(self) -> None:
        try:
            problems = self._check.run()
        except PeerDeskError as exc:
            log.warning("the journal could not be checked: %s", exc.code)
            self._tell(self.failed, exc)
            return
        if problems is not None:  # None: cancelled, nobody is waiting for the answer
            self._tell(self.checked, problems)

    @staticmethod
    def _tell(signal: SignalInstance, value: object) -> None:
        # Queued to the GUI thread's receivers. Once the runner is deleted (a stop that timed
        # out) nobody is listening, and PySide raises RuntimeError: nothing is lost then.
        with contextlib.suppress(RuntimeError):
            signal.emit(value)

    def stop(self, timeout: float = 10.0) -> bool:
        """Cancel a running check and wait for it; True when none is left running."""
        self._check.cancel()
        if self._thread is not None:
            self._thread.join(timeout)
        return not self.running
