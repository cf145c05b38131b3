"""Searches of the notes, run on a worker thread so the window never waits for one.

Over a large journal a search can take a second or more (best-match order ranks every matching
note). :class:`SearchRunner` runs it on the journal's :class:`~peerdesk.reader.Reader` (a
connection of its own) on a worker thread: :meth:`SearchRunner.ask` returns at once, a newer ask
interrupts the search that is running, and only the answer to the latest ask is delivered; an
older one is dropped. The thread ends when nothing is left to do.

Why not a :class:`~ui.background.background_job.BackgroundJob` per search: every search runs on
the one connection of the journal's :class:`~peerdesk.reader.Reader`, and an interrupted search
still holds it for a moment while the next is asked for (typing asks one per keystroke). One job
per ask would mean two threads taking turns on that connection, or a queue in front of it, which
is this runner again. So it keeps one thread that takes only the latest ask, and lowers that
thread's priority (see :meth:`SearchRunner._work`). Like a job, it delivers on the GUI thread,
reports known errors as ``failed`` and bugs as ``crashed`` (the receiver raises them for the crash
handler), and never touches a widget.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal, SignalInstance

from peerdesk.database import Connection
from peerdesk.errors import PeerDeskError
from peerdesk.reader import Reader, ReadStopped

log = logging.getLogger(__name__)

Work = Callable[[Connection], object]
_NICER = 10  # the search thread's nice value


class SearchRunner(QObject):
    found = Signal(int, object)  # ticket, what the work returned
    failed = Signal(int, object)  # ticket, the PeerDeskError that stopped it
    crashed = Signal(int, object)  # ticket, a bug: the receiver raises it on the GUI thread

    def __init__(self, reader: Reader, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._reader = reader
        self._lock = threading.Lock()
        self._ticket = 0
        self._next: tuple[int, Work] | None = None
        self._thread: threading.Thread | None = None

    def ask(self, work: Work) -> int:
        """Run ``work(connection)`` on the worker thread; return its ticket (the latest one)."""
        with self._lock:
            self._ticket += 1
            self._next = (self._ticket, work)
            if self._thread is None:
                self._thread = threading.Thread(
                    target=self._work, name="peerdesk-search", daemon=True
                )
                self._thread.start()
            else:
                self._reader.interrupt()  # the running search is stale now
            return self._ticket

    def cancel(self) -> None:
        """Drop the search waiting or running, if any: its answer is stale from now on."""
        with self._lock:
            self._ticket += 1
            self._next = None
            if self._thread is not None:
                self._reader.interrupt()

    def is_latest(self, ticket: int) -> bool:
        """Whether ``ticket`` is the latest ask (else its answer is stale)."""
        return ticket == self._ticket

    @property
    def busy(self) -> bool:
        """Whether a search is waiting or running."""
        with self._lock:
            return self._thread is not None

    def _work(self) -> None:
        if sys.platform == "linux":
            # On Linux the nice value belongs to the thread: the window's thread then gets the
            # CPU first whenever it has something to do (measured at 100,000 sessions on two
            # busy cores: the longest pause of the window's event loop went from 42 to 25 ms).
            with contextlib.suppress(OSError):
                os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), _NICER)
        while True:
            with self._lock:
                if self._next is None:
                    self._thread = None
                    return
                ticket, work = self._next
                self._next = None
            try:
                result = self._reader.read(work)
            except ReadStopped:
                continue  # a newer ask replaced it, or the journal closed
            except PeerDeskError as exc:
                log.warning("a search failed: %s", exc.code)
                self._tell(self.failed, ticket, exc)
            except Exception as exc:  # a bug: reported on the GUI thread, never lost here
                self._tell(self.crashed, ticket, exc)
            else:
                self._tell(self.found, ticket, result)

    @staticmethod
    def _tell(signal: SignalInstance, ticket: int, value: object) -> None:
        # Queued to the GUI thread. Once the runner is deleted (the page went with its window)
        # nobody is listening, and PySide raises RuntimeError: nothing is lost then.
        with contextlib.suppress(RuntimeError):
            signal.emit(ticket, value)
