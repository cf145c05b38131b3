"""A connection of its own to the open journal, for reading on a worker thread.

The window's connection serves the GUI thread; a long read there (a search over a large journal)
would freeze the window. A :class:`Reader` runs reads on a second connection to the same file, so
the GUI thread never waits for them: :meth:`Reader.interrupt` (from any thread) stops the read
that is running, and the journal closes its readers when it closes. The connection is opened on
first use; it sees what the journal has committed (WAL).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TypeVar

import sqlcipher3

from peerdesk.database import Connection
from peerdesk.errors import PeerDeskError
from peerdesk.translation import QT_TRANSLATE_NOOP

T = TypeVar("T")


class ReadStopped(PeerDeskError):
    """The read was interrupted (a newer one replaced it) or the journal was closed (locked)."""

    code = "read_stopped"


class Reader:
    def __init__(self, connect: Callable[[], Connection]) -> None:
        self._connect: Callable[[], Connection] | None = connect  # holds the key: dropped on close
        self._conn: Connection | None = None
        self._closed = threading.Event()
        self._running = threading.Lock()  # held while a read runs; close() waits for it

    def read(self, work: Callable[[Connection], T]) -> T:
        """``work(connection)``'s result, read on this reader's own connection.

        Raises :class:`ReadStopped` when :meth:`interrupt` stopped it or the journal is closed.
        """
        with self._running:
            if self._closed.is_set() or self._connect is None:
                raise ReadStopped(QT_TRANSLATE_NOOP("errors", "the journal is closed"))
            if self._conn is None:
                self._conn = self._connect()
            try:
                return work(self._conn)
            except sqlcipher3.OperationalError as exc:
                if getattr(exc, "sqlite_errorname", "") == "SQLITE_INTERRUPT":
                    raise ReadStopped(
                        QT_TRANSLATE_NOOP("errors", "the read was interrupted")
                    ) from None
                raise

    def interrupt(self) -> None:
        """Stop the read that is running, if any (safe from any thread)."""
        conn = self._conn
        if conn is not None:
            conn.interrupt()

    def close(self) -> None:
        """Stop any read, wait for it to end and close the connection."""
        self._closed.set()
        self.interrupt()
        with self._running:
            self._connect = None
            if self._conn is not None:
                self._conn.close()
                self._conn = None
