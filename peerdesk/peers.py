"""Peers: the colleagues a supporter talks with, known only by a pseudonym."""

from __future__ import annotations

from dataclasses import dataclass

from peerdesk.clock import Clock, stamp
from peerdesk.database import Connection, rows, transaction
from peerdesk.errors import InvalidInput, NotFound
from peerdesk.text import CONTACT, CONTACT_MAX, PSEUDONYM, PSEUDONYM_MAX, clean, fold
from peerdesk.translation import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Peer:
    id: int
    pseudonym: str
    contact: str
    created_at: str
    closed_at: str | None
    contact_purged_at: str | None

    @property
    def is_closed(self) -> bool:
        return self.closed_at is not None


_COLUMNS = "id, pseudonym, contact, created_at, closed_at, contact_purged_at"


class Peers:
    def __init__(self, conn: Connection, clock: Clock) -> None:
        self._conn = conn
        self._clock = clock

    def _taken(self, pseudonym: str, except_id: int | None = None) -> bool:
        found = rows(
            self._conn,
            "SELECT id FROM peers WHERE pseudonym_key = ? AND id IS NOT ?",
            (fold(pseudonym), except_id),
        )
        return bool(found)

    def add(self, pseudonym: str, contact: str = "") -> Peer:
        name = clean(pseudonym, "pseudonym", max_len=PSEUDONYM_MAX, required=True, label=PSEUDONYM)
        details = clean(contact, "contact", max_len=CONTACT_MAX, label=CONTACT)
        with transaction(self._conn):
            if self._taken(name):
                raise InvalidInput(
                    QT_TRANSLATE_NOOP("errors", "another peer already has this pseudonym"),
                    field="pseudonym",
                )
            cur = self._conn.execute(
                "INSERT INTO peers (pseudonym, pseudonym_key, contact, created_at)"
                " VALUES (?, ?, ?, ?)",
                (name, fold(name), details, stamp(self._clock)),
            )
            peer_id = int(cur.lastrowid or 0)
        return self.get(peer_id)

    def get(self, peer_id: int) -> Peer:
        found = rows(self._conn, f"SELECT {_COLUMNS} FROM peers WHERE id = ?", (peer_id,))
        if not found:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "no such peer"))
        return Peer(*found[0])

    def find(self, pseudonym: str) -> Peer | None:
        found = rows(
            self._conn,
            f"SELECT {_COLUMNS} FROM peers WHERE pseudonym_key = ?",
            (fold(pseudonym),),
        )
        return Peer(*found[0]) if found else None

    def all(self, *, include_closed: bool = True) -> list[Peer]:
        where = "" if include_closed else "WHERE closed_at IS NULL"
        sql = f"SELECT {_COLUMNS} FROM peers {where} ORDER BY pseudonym COLLATE NOCASE"
        return [Peer(*r) for r in rows(self._conn, sql)]

    def update(self, peer_id: int, *, pseudonym: str, contact: str) -> Peer:
        name = clean(pseudonym, "pseudonym", max_len=PSEUDONYM_MAX, required=True, label=PSEUDONYM)
        details = clean(contact, "contact", max_len=CONTACT_MAX, label=CONTACT)
        with transaction(self._conn):
            self.get(peer_id)
            if self._taken(name, peer_id):
                raise InvalidInput(
                    QT_TRANSLATE_NOOP("errors", "another peer already has this pseudonym"),
                    field="pseudonym",
                )
            self._conn.execute(
                "UPDATE peers SET pseudonym = ?, pseudonym_key = ?, contact = ? WHERE id = ?",
                (name, fold(name), details, peer_id),
            )
        return self.get(peer_id)

    def close(self, peer_id: int) -> Peer:
        """Mark support as ended; contact details are purged later by retention."""
        with transaction(self._conn):
            self.get(peer_id)
            self._conn.execute(
                "UPDATE peers SET closed_at = ? WHERE id = ? AND closed_at IS NULL",
                (stamp(self._clock), peer_id),
            )
        return self.get(peer_id)

    def reopen(self, peer_id: int) -> Peer:
        with transaction(self._conn):
            self.get(peer_id)
            self._conn.execute("UPDATE peers SET closed_at = NULL WHERE id = ?", (peer_id,))
        return self.get(peer_id)

    def forget(self, peer_id: int) -> None:
        """Remove the peer, their contact details, follow-ups and the notes of their sessions.

        The sessions' structured, de-identified fields stay so the program's counts add up.
        """
        with transaction(self._conn):
            self.get(peer_id)
            self._conn.execute(
                "DELETE FROM notes WHERE session_id IN (SELECT id FROM sessions WHERE peer_id = ?)",
                (peer_id,),
            )
            self._conn.execute(
                "UPDATE sessions SET peer_id = NULL, followup_on = NULL, followup_plan = ''"
                " WHERE peer_id = ?",
                (peer_id,),
            )
            self._conn.execute("DELETE FROM followups WHERE peer_id = ?", (peer_id,))
            self._conn.execute("DELETE FROM peers WHERE id = ?", (peer_id,))
