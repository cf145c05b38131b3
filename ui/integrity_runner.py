"""The journal's full integrity check, run beside the open window on a worker thread.

Reading every page takes about a quarter of a second for 20,000 sessions and grows with the
journal, so the window opens first and the check runs next to it. The controller holds back the
work that writes (retention, scheduled backups) until the check has passed, and turns to the
damage flow when it finds a problem.
"""

from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QObject, Signal

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
            self.failed.emit(exc)  # queued to the GUI thread's receivers
            return
        if problems is not None:  # None: cancelled, nobody is waiting for the answer
            self.checked.emit(problems)

    def stop(self, timeout: float = 10.0) -> bool:
        """Cancel a running check and wait for it; True when none is left running."""
        self._check.cancel()
        if self._thread is not None:
            self._thread.join(timeout)
        return not self.running
