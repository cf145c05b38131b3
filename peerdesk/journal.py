"""An open, unlocked journal: the connection and the repositories over it."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from peerdesk.clock import Clock
from peerdesk.database import (
    Connection,
    DatabaseError,
    integrity_problems,
    rows,
    transaction,
    user_version,
)
from peerdesk.errors import JournalDamaged
from peerdesk.followups import FollowUps
from peerdesk.peers import Peers
from peerdesk.preferences import Preferences
from peerdesk.reader import Reader
from peerdesk.resources import Resources
from peerdesk.search import Search
from peerdesk.sessions import Sessions
from peerdesk.settings import Settings
from peerdesk.tags import Tags
from peerdesk.translation import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class JournalSummary:
    """Counts and a date range: what a restore shows before it changes anything."""

    sessions: int
    drafts: int
    peers: int
    first_session: date | None
    last_session: date | None


def read_summary(conn: Connection) -> JournalSummary:
    ((finished, drafts, first, last),) = rows(
        conn,
        "SELECT count(*) FILTER (WHERE status = 'finished'), count(*) FILTER (WHERE status ="
        " 'draft'), min(held_on), max(held_on) FROM sessions",
    )
    ((peers,),) = rows(conn, "SELECT count(*) FROM peers")
    return JournalSummary(
        finished,
        drafts,
        peers,
        date.fromisoformat(first) if first else None,
        date.fromisoformat(last) if last else None,
    )


def read_journal_id(conn: Connection) -> str | None:
    found = rows(conn, "SELECT value FROM meta WHERE key = 'journal_id'")
    return str(found[0][0]) if found else None


def check_identity(conn: Connection, journal_id: str) -> None:
    """Raise :class:`JournalDamaged` unless the file holds the journal its key file names.

    A file with no schema, no journal id or another journal's id is damage: opening it as this
    journal would hide the lost one behind an empty one. Reads only.
    """
    if user_version(conn) == 0:
        raise JournalDamaged(
            QT_TRANSLATE_NOOP("errors", "the journal file holds no journal"), reason="no_journal_id"
        )
    try:
        found = read_journal_id(conn)
    except DatabaseError:
        found = None  # no meta table at all
    if found is None:
        raise JournalDamaged(
            QT_TRANSLATE_NOOP("errors", "the journal file has no journal id"),
            reason="no_journal_id",
        )
    if found != journal_id:
        raise JournalDamaged(
            QT_TRANSLATE_NOOP(
                "errors", "the journal file belongs to another journal than its key file"
            ),
            reason="other_journal",
        )


class Journal:
    def __init__(
        self,
        conn: Connection,
        path: Path,
        clock: Clock,
        *,
        connect_again: Callable[[], Connection] | None = None,
    ) -> None:
        self.conn = conn
        self.path = path
        self.clock = clock
        self.tags = Tags(conn)
        self.peers = Peers(conn, clock)
        self.sessions = Sessions(conn, clock, self.tags)
        self.followups = FollowUps(conn, clock)
        self.resources = Resources(conn)
        self.settings = Settings(conn)  # raw rows: read and write through preferences
        self.preferences = Preferences(self.settings)
        self.search = Search(conn)
        self._closed = False
        self._connect_again = connect_again  # holds the key: dropped on close
        self._readers: list[Reader] = []

    @property
    def journal_id(self) -> str | None:
        return read_journal_id(self.conn)

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """Group several saves into one transaction (nested saves become savepoints)."""
        with transaction(self.conn):
            yield

    def summary(self) -> JournalSummary:
        return read_summary(self.conn)

    def check(self) -> list[str]:
        """The problems a full integrity check finds; empty when the journal is healthy."""
        return integrity_problems(self.conn)

    @property
    def closed(self) -> bool:
        return self._closed

    def reader(self) -> Reader:
        """A connection of its own to this journal for a worker thread (closed with the journal).

        Raises ``RuntimeError`` for a journal opened without a way to connect again.
        """
        if self._connect_again is None or self._closed:
            raise RuntimeError("this journal cannot open a reader")
        made = Reader(self._connect_again)
        self._readers.append(made)
        return made

    def close(self) -> None:
        if not self._closed:
            self._closed = True
            self._connect_again = None
            self.search.forget()  # no pseudonym outlives the open journal
            for made in self._readers:
                made.close()
            self._readers.clear()
            with contextlib.suppress(Exception):
                self.conn.execute("PRAGMA optimize")
            self.conn.close()
