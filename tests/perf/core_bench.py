"""Benchmarks of the core, in this process: search, save, backup and unlock.

Each function returns one sample per repetition for every figure it measures; a ratio is always
taken against a floor measured in the same repetition, on the same file.
"""

from __future__ import annotations

import gc
import random
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import timedelta
from functools import partial
from pathlib import Path

from peerdesk import flow
from peerdesk.clock import today
from peerdesk.database import Connection
from peerdesk.journal import Journal
from peerdesk.keystore import KeyStore, MemoryKeyring
from peerdesk.search import BEST, build_query
from peerdesk.sessions import DRAFT, FINISHED, Session
from peerdesk.tags import DRIVER, EVENT
from peerdesk.vault import Vault
from tests.perf.figures import percentile
from tests.perf.journals import KDF
from tests.perf.queries import QUERIES

FLOOR_SEARCH = "SELECT rowid FROM notes_fts WHERE notes_fts MATCH ?"
# For context only: the same engine ranking by itself (bm25 through FTS5's ``rank``), the floor
# of the app's best-match order.
RANKED_SEARCH = "SELECT rowid FROM notes_fts WHERE notes_fts MATCH ? ORDER BY rank LIMIT 50"


def _fetch(conn: Connection, sql: str, query: str | None) -> object:
    return conn.execute(sql, (query,)).fetchall()


def _seconds(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


@dataclass
class SearchSamples:
    ratio: list[float] = field(default_factory=list)  # app (default order) total / floor total
    ranked_ratio: list[float] = field(default_factory=list)  # best-match total / ranked floor
    p95_ms: list[float] = field(default_factory=list)  # of the app's 100 per-query times
    mean_ms: list[float] = field(default_factory=list)  # app total / number of queries
    floor_mean_ms: list[float] = field(default_factory=list)


def bench_search(journal: Journal, reps: int, queries: tuple[str, ...] = QUERIES) -> SearchSamples:
    built = [(text, build_query(text)) for text in queries]
    missing = [text for text, query in built if query is None]
    if missing:
        raise ValueError(f"these searches hold nothing to search for: {missing}")
    conn = journal.conn
    out = SearchSamples()
    for text, query in built:  # warm the page cache once, as a journal in use would be
        conn.execute(FLOOR_SEARCH, (query,)).fetchall()
        journal.search.run(text)
        journal.search.run(text, order=BEST)
    for rep in range(reps):
        gc.collect()
        app: list[float] = []
        floor = ranked = best = 0.0
        for i, (text, query) in enumerate(built):
            runs: list[tuple[str, Callable[[], object]]] = [
                ("floor", partial(_fetch, conn, FLOOR_SEARCH, query)),
                ("ranked", partial(_fetch, conn, RANKED_SEARCH, query)),
                ("best", partial(journal.search.run, text, order=BEST)),
                ("app", partial(journal.search.run, text)),  # the default order: newest first
            ]
            if (i + rep) % 2:  # alternate who goes first, so neither always finds a warm cache
                runs.reverse()
            for name, action in runs:
                took = _seconds(action)
                if name == "floor":
                    floor += took
                elif name == "ranked":
                    ranked += took
                elif name == "best":
                    best += took
                else:
                    app.append(took)
        total = sum(app)
        out.ratio.append(total / floor)
        out.ranked_ratio.append(best / ranked)
        out.p95_ms.append(percentile(app, 95) * 1e3)
        out.mean_ms.append(total / len(app) * 1e3)
        out.floor_mean_ms.append(floor / len(app) * 1e3)
    return out


# --- save ----------------------------------------------------------------------------------------

_RARE = {"escalated_safety_concern"}  # fictional sessions invent no emergencies
_NOTES = {
    "context": ("Phoned after the case review.", "Met in the quiet room after rounds."),
    "listen": (
        "Still thinking about the night it went wrong; hard to switch off.",
        "Feels watched by the team since the complaint came in.",
        "Tired and short with family this week.",
    ),
    "reframe": ("Talked about how the system set them up to fail that night.",),
    "cope": ("Will take the dog out before the next shift.", "Plans to call a close friend."),
}


def _finished_session(rng: random.Random, journal: Journal, peer_ids: list[int]) -> Session:
    """A finished session as the form would save it (fictional)."""
    events = sorted(t.id for t in journal.tags.all(EVENT))
    drivers = sorted(t.id for t in journal.tags.all(DRIVER))
    items = {s.id: sorted(i.id for i in s.items if i.id not in _RARE) for s in flow.FLOW.steps}
    held_on = today(journal.clock) - timedelta(days=rng.randint(0, 3))
    follow = rng.random() < 0.5
    return Session(
        held_on=held_on,
        status=FINISHED,
        peer_id=rng.choice(peer_ids),
        duration_minutes=rng.choice([10, 20, 30, 45]),
        mode=rng.choice(flow.MODES).id,
        contact_kind=rng.choice(flow.CONTACT_KINDS).id,
        referred_by=rng.choice(flow.REFERRED_BY).id,
        outreach_outcome="accepted",
        role_band=rng.choice(flow.ROLE_BANDS).id,
        events=rng.sample(events, 2),
        drivers=rng.sample(drivers, 1),
        ticked={k: rng.sample(v, max(1, len(v) // 2)) for k, v in items.items() if v},
        notes={step: rng.choice(texts) for step, texts in _NOTES.items()},
        referral_marks={
            kind: flow.REFERRED
            for kind in rng.sample(sorted(flow.choice_ids(flow.REFERRAL_TYPES)), 1)
        },
        helpful=rng.choice(flow.HELPFUL).id,
        needs_met=rng.choice(flow.NEEDS_MET).id,
        self_care=rng.randint(1, 5),
        followup_on=held_on + timedelta(days=7) if follow else None,
        followup_plan="Check in by phone." if follow else "",
    )


@dataclass
class SaveSamples:
    median_ms: list[float] = field(default_factory=list)
    p99_ms: list[float] = field(default_factory=list)


def bench_save(journal: Journal, reps: int, saves: int) -> SaveSamples:
    """Finishing a session the way the form does: its autosaved draft becomes finished.

    Only the finishing save is timed; it runs with the journal's own settings
    (``synchronous=FULL`` in WAL mode, so each save waits for the disk).
    """
    rng = random.Random(11)
    peer_ids = [p.id for p in journal.peers.all()]
    out = SaveSamples()
    for _ in range(reps):
        gc.collect()
        took: list[float] = []
        for _ in range(saves):
            finished = _finished_session(rng, journal, peer_ids)
            draft_notes = {k: v[: len(v) // 2] for k, v in finished.notes.items()}
            draft = journal.sessions.save(replace(finished, status=DRAFT, notes=draft_notes))
            final = replace(finished, id=draft.id)
            # Random peers with follow-ups open: a second one is planned on purpose.
            took.append(_seconds(partial(journal.sessions.save, final, second_followup=True)))
        out.median_ms.append(percentile(took, 50) * 1e3)
        out.p99_ms.append(percentile(took, 99) * 1e3)
    return out


# --- backup --------------------------------------------------------------------------------------


@dataclass
class BackupSamples:
    ratio: list[float] = field(default_factory=list)  # vault.backup() / VACUUM INTO
    backup_s: list[float] = field(default_factory=list)
    vacuum_s: list[float] = field(default_factory=list)


def bench_backup(vault: Vault, journal: Journal, scratch: Path, reps: int) -> BackupSamples:
    """``vault.backup()`` (copy, fsync, verify, key slots, rotation) vs a bare ``VACUUM INTO``."""
    scratch.mkdir(parents=True, exist_ok=True)
    out = BackupSamples()

    def vacuum() -> None:
        target = scratch / "vacuum-into.db"
        target.unlink(missing_ok=True)
        journal.conn.execute("VACUUM INTO ?", (str(target),))

    for rep in range(reps):
        gc.collect()
        order: list[tuple[str, Callable[[], object]]] = [
            ("vacuum", vacuum),
            ("backup", vault.backup),
        ]
        if rep % 2:
            order.reverse()
        times = {name: _seconds(action) for name, action in order}
        (scratch / "vacuum-into.db").unlink(missing_ok=True)
        # Every repetition starts from an empty backup folder, so each does the same work.
        shutil.rmtree(vault.backup_dir, ignore_errors=True)
        out.backup_s.append(times["backup"])
        out.vacuum_s.append(times["vacuum"])
        out.ratio.append(times["backup"] / times["vacuum"])
    return out


# --- unlock --------------------------------------------------------------------------------------


def bench_unlock(data_dir: Path, key: bytes, reps: int) -> list[float]:
    """Milliseconds for ``unlock_with_keyring`` (key from the keyring, key check, open, schema)."""
    keystore = KeyStore(MemoryKeyring())
    vault = Vault(data_dir, keystore, kdf_cost=KDF)
    keystore.store(vault.read_slots().journal_id, key)
    took: list[float] = []
    for _ in range(reps):
        gc.collect()
        took.append(_seconds(vault.unlock_with_keyring) * 1e3)
        vault.lock()
    return took
