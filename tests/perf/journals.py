"""Fictional journals for the benchmarks, built once per run with the demo generator.

A built journal is never changed: benchmarks that write (save, backup, start-up) work on a fresh
copy. Each journal has a lock passphrase (cheap KDF) so it can be opened again from another run
when ``--journals DIR`` keeps them; the data key is never written anywhere.
"""

from __future__ import annotations

import shutil
import time
from dataclasses import dataclass
from pathlib import Path

from peerdesk.demo import fill
from peerdesk.journal import Journal
from peerdesk.keyslots import KdfCost
from peerdesk.keystore import KeyStore, MemoryKeyring
from peerdesk.vault import Vault

PASSPHRASE = "a fictional benchmark journal"
KDF = KdfCost(n=2**10, r=8, p=1)  # the key slots are not what is measured
SEED = 7
_DONE = "built.ok"


@dataclass(frozen=True)
class Built:
    path: Path
    sessions: int
    build_seconds: float  # 0 when it came from an earlier run
    megabytes: float


def open_journal(data_dir: Path) -> tuple[Vault, Journal, bytes]:
    """Unlock a benchmark journal; return the vault, the journal and its data key."""
    keystore = KeyStore(MemoryKeyring())
    vault = Vault(data_dir, keystore, kdf_cost=KDF)
    journal = vault.unlock_with_passphrase(PASSPHRASE)
    journal_id = vault.read_slots().journal_id
    key = keystore.load(journal_id)  # unlocking put the key back in the (memory) keyring
    if key is None:
        raise RuntimeError("the benchmark journal's key did not reach the keyring")
    return vault, journal, key


class JournalCache:
    """Journals of given sizes under ``root``, built when first asked for."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self._built: dict[int, Built] = {}

    def get(self, sessions: int) -> Built:
        if sessions in self._built:
            return self._built[sessions]
        path = self.root / f"journal-{sessions}"
        seconds = 0.0
        if not (path / _DONE).exists():
            shutil.rmtree(path, ignore_errors=True)
            start = time.perf_counter()
            vault = Vault(path, KeyStore(MemoryKeyring()), kdf_cost=KDF)
            journal, _code = vault.create(passphrase=PASSPHRASE)
            try:
                fill(journal, sessions, seed=SEED)
                journal.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                vault.lock()
            seconds = time.perf_counter() - start
            (path / _DONE).write_text("", encoding="utf-8")
        size = sum(p.stat().st_size for p in path.iterdir() if p.is_file()) / 1e6
        built = Built(path, sessions, seconds, size)
        self._built[sessions] = built
        return built

    def copy(self, sessions: int, name: str) -> Path:
        """A fresh copy of the journal of ``sessions`` sessions, to change freely."""
        source = self.get(sessions).path
        target = self.root / "work" / f"{name}-{sessions}"
        shutil.rmtree(target, ignore_errors=True)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copytree(source, target, ignore=shutil.ignore_patterns(_DONE, "*.lock", "backups"))
        return target

    def discard_copies(self) -> None:
        shutil.rmtree(self.root / "work", ignore_errors=True)
