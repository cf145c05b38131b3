"""The writer that ``test_durability`` kills: it saves sessions in a loop until SIGKILL.

Run as ``python tests/core/durability_child.py DATA_DIR MODE SEED`` with the lock passphrase as the
first line of stdin (never on the command line, where ``ps`` shows it). MODE is ``insert`` (new
finished sessions only) or ``mixed`` (new drafts alternating with edits of existing sessions).

After each ``journal.sessions.save`` returns, one line ``<id> <revision>`` goes to stdout. Nothing
else may: file descriptor 1 is pointed at stderr for everything but those reports. Every session's
content is derived from its id and revision by :func:`expected`, so the parent can recompute it.
Not a test module (no ``test_`` prefix): pytest does not collect it.
"""

from __future__ import annotations

import os
import random
import re
import sys
import time
import traceback
from dataclasses import dataclass, replace
from datetime import date, timedelta
from pathlib import Path

from peerdesk import flow
from peerdesk.database import rows
from peerdesk.journal import Journal
from peerdesk.keystore import KeyStore, MemoryKeyring
from peerdesk.sessions import DRAFT, FINISHED, Session
from peerdesk.vault import Vault

PEER = "Heron"
INSERT = "insert"
MIXED = "mixed"
MODES = (INSERT, MIXED)
# A child left behind by a dead parent stops by itself.
MAX_SECONDS = 120.0

NOTE_STEPS = tuple(step.id for step in flow.FLOW.steps if step.has_notes)
_EVENTS = tuple(sorted(flow.choice_ids(flow.DEFAULT_EVENT_TAGS)))
_DRIVERS = tuple(sorted(flow.choice_ids(flow.DEFAULT_DRIVER_TAGS)))
_KINDS = tuple(sorted(flow.choice_ids(flow.CONTACT_KINDS)))
_WORDS = (
    "night shift",
    "the family",
    "a long silence",
    "felt responsible",
    "talked it through",
    "slept badly",
    "colleague called",
    "after the code",
    "walks help",
    "wants to talk again",
    "the review meeting",
    "was not alone",
    "cried a little",
    "asked about leave",
    "thinking of the patient",
    "resident on call",
)
_REVISION = re.compile(r"^session (\d+) revision (\d+):")


@dataclass(frozen=True)
class Expected:
    """What a session holds at one revision. Revision 0 is always a draft."""

    status: str
    held_on: date
    contact_kind: str | None
    events: list[str]
    drivers: list[str]
    notes: dict[str, str]
    followup_on: date | None
    followup_plan: str


def note_text(session_id: int, revision: int, step: str) -> str:
    """A note of a few hundred characters, the same every time for the same inputs."""
    rng = random.Random(f"note:{session_id}:{revision}:{step}")
    words = [f"session {session_id} revision {revision}: {step}."]
    length = rng.randint(200, 450)
    while sum(len(w) + 1 for w in words) < length:
        words.append(rng.choice(_WORDS))
    return " ".join(words) + "."


def expected(session_id: int, revision: int) -> Expected:
    rng = random.Random(f"session:{session_id}:{revision}")
    steps = sorted(rng.sample(NOTE_STEPS, rng.randint(1, 3)))
    finished = revision > 0
    return Expected(
        status=FINISHED if finished else DRAFT,
        held_on=date(2026, 11, 1) + timedelta(days=session_id % 25),
        contact_kind=rng.choice(_KINDS) if finished else None,
        events=sorted(rng.sample(_EVENTS, rng.randint(0, 3))),
        drivers=sorted(rng.sample(_DRIVERS, rng.randint(0, 2))),
        notes={step: note_text(session_id, revision, step) for step in steps},
        followup_on=date(2026, 12, 1) + timedelta(days=rng.randrange(60)) if finished else None,
        followup_plan=f"check in with {PEER} about session {session_id}" if finished else "",
    )


def revision_of(notes: dict[str, str]) -> int | None:
    """The revision a stored session was saved at, read from its notes (all carry it)."""
    found = {m.group(2) for text in notes.values() if (m := _REVISION.match(text))}
    return int(found.pop()) if len(found) == 1 else None


def apply(session: Session, session_id: int, revision: int, peer_id: int) -> Session:
    want = expected(session_id, revision)
    return replace(
        session,
        status=want.status,
        peer_id=peer_id,
        held_on=want.held_on,
        contact_kind=want.contact_kind,
        events=want.events,
        drivers=want.drivers,
        notes=want.notes,
        followup_on=want.followup_on,
        followup_plan=want.followup_plan,
    )


def _current_revisions(journal: Journal) -> dict[int, int]:
    found: dict[int, int] = {}
    for (session_id,) in rows(journal.conn, "SELECT id FROM sessions ORDER BY id"):
        revision = revision_of(journal.sessions.get(session_id).notes)
        if revision is None:
            raise RuntimeError(f"session {session_id} has no readable revision")
        found[session_id] = revision
    return found


def _next_id(journal: Journal) -> int:
    # Rowids are max + 1 (no AUTOINCREMENT, nothing is deleted here): the notes of a new
    # session can name the id it is about to get.
    return int(rows(journal.conn, "SELECT coalesce(max(id), 0) + 1 FROM sessions")[0][0])


def run(data_dir: Path, mode: str, seed: int, passphrase: str, report: int) -> None:
    vault = Vault(data_dir, KeyStore(MemoryKeyring()))
    journal = vault.unlock_with_passphrase(passphrase)
    peer = journal.peers.find(PEER)
    if peer is None:
        raise RuntimeError("the parent did not add the peer")
    revisions = _current_revisions(journal)
    rng = random.Random(seed)
    stop_at = time.monotonic() + MAX_SECONDS
    step = 0
    while time.monotonic() < stop_at:
        if mode == MIXED and step % 2 == 1 and revisions:
            session_id = rng.choice(sorted(revisions))
            revision = revisions[session_id] + 1
            session = journal.sessions.get(session_id)
        else:
            session_id = _next_id(journal)
            revision = 0 if mode == MIXED else 1
            session = Session(held_on=date(2026, 11, 1))
        # One peer, many follow-ups: every second one is planned on purpose.
        saved = journal.sessions.save(
            apply(session, session_id, revision, peer.id), second_followup=True
        )
        if saved.id != session_id:
            raise RuntimeError(f"expected id {session_id}, the journal gave {saved.id}")
        revisions[session_id] = revision
        os.write(report, f"{session_id} {revision}\n".encode("ascii"))
        step += 1
    vault.lock()


def main(argv: list[str]) -> int:
    # Keep stdout for the reports alone: anything else that writes to fd 1 lands on stderr.
    report = os.dup(1)
    os.dup2(2, 1)
    sys.stdout = sys.stderr
    try:
        data_dir, mode, seed = Path(argv[1]), argv[2], int(argv[3])
        if mode not in MODES:
            raise ValueError(f"unknown mode {mode!r}")
        passphrase = sys.stdin.readline().rstrip("\n")
        run(data_dir, mode, seed, passphrase, report)
    except Exception:
        traceback.print_exc(file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
