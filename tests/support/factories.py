"""Builders of journal content for tests."""

from __future__ import annotations

import os
import time
from pathlib import Path

from peerdesk import backups
from peerdesk.journal import Journal
from peerdesk.sessions import FINISHED, Session
from tests.conftest import day


def add_sessions(
    journal: Journal,
    n: int,
    *,
    note: str = "walks help",
    filler: str = "x" * 300,
    first_day: int = 1,
    spread: int = 25,
) -> list[int]:
    """``n`` finished sessions with the peer "Heron", spread over ``spread`` days from
    ``first_day``; each note is ``note``, its number and ``filler`` (to give backups and pages
    real work). Returns the new sessions' ids."""
    peer = journal.peers.find("Heron") or journal.peers.add("Heron")
    ids = []
    for i in range(n):
        saved = journal.sessions.save(
            Session(
                held_on=day(first_day + i % spread),
                status=FINISHED,
                peer_id=peer.id,
                contact_kind="peer_asked",
                notes={"cope": f"{note} {i} {filler}"},
            )
        )
        assert saved.id is not None
        ids.append(saved.id)
    return ids


def save_session(
    journal: Journal,
    notes: dict[str, str] | None = None,
    *,
    peer: str = "Heron",
    held_on: int = 3,
    status: str = FINISHED,
) -> int:
    """One session with ``peer`` (added when new) on day ``held_on``, with ``notes``; its id."""
    peer_id = (journal.peers.find(peer) or journal.peers.add(peer)).id
    saved = journal.sessions.save(
        Session(
            held_on=day(held_on),
            status=status,
            peer_id=peer_id,
            contact_kind="peer_asked",
            notes=notes or {},
        )
    )
    assert saved.id is not None
    return saved.id


def killed_backup(folder: Path) -> Path:
    """A temporary file as a backup killed half-way leaves it, old enough to be stale."""
    folder.mkdir(exist_ok=True)
    path = folder / ".peerdesk-backup-20261101-090000.db.1a2b3c4d.tmp"
    path.write_bytes(b"half a journal")
    long_ago = time.time() - 2 * backups.STALE_SECONDS
    os.utime(path, (long_ago, long_ago))
    return path
