"""Swapping a journal and its key file: at every point a crash can stop it, one whole pair opens.

Each test builds the state a crash would leave after one of the swap's steps, then runs
``finish_interrupted`` as the vault would before opening, and checks which journal opens.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from peerdesk import keyslots, swap
from peerdesk.database import connect, rows
from peerdesk.journal import read_journal_id
from peerdesk.keystore import KeyStore, MemoryKeyring
from peerdesk.vault import Vault
from tests import read_only
from tests.conftest import FAST, Clock

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def pair(tmp_path: Path, clock: Clock) -> tuple[Vault, bytes, Vault, bytes]:
    """The journal in place ("old"), and another journal ("new", other key) to swap in."""
    made = []
    for name in ("old", "new"):
        keyring = MemoryKeyring()
        vault = Vault(tmp_path / name, KeyStore(keyring), clock=clock, kdf_cost=FAST)
        journal, _code = vault.create()
        journal.peers.add(f"peer of the {name} journal")
        vault.lock()
        (key,) = [bytes.fromhex(v) for v in keyring.entries.values()]
        made += [vault, key]
    return made[0], made[1], made[2], made[3]  # type: ignore[return-value]


def _stage(old: Vault, new: Vault) -> keyslots.KeySlots:
    """Step 1: the incoming journal written and fsynced beside the journal."""
    shutil.copyfile(new.journal_path, swap.incoming_path(old.journal_path))
    return new.read_slots()


def _opens_as(vault: Vault, key: bytes) -> str:
    slots = keyslots.read(vault.slots_path)
    assert slots.matches(key), "the key file and the journal are not a pair"
    conn = connect(vault.journal_path, key)
    try:
        assert read_journal_id(conn) == slots.journal_id
        return str(rows(conn, "SELECT pseudonym FROM peers")[0][0])
    finally:
        conn.close()


def test_a_whole_swap_keeps_the_old_pair_aside(
    pair: tuple[Vault, bytes, Vault, bytes], tmp_path: Path
) -> None:
    old, old_key, new, new_key = pair
    before = old.journal_path.read_bytes()
    slots = _stage(old, new)
    aside = old.data_dir / "set-aside" / "20261126-093000-before-restore"
    swap.swap_in(old.journal_path, old.slots_path, slots, aside)
    assert _opens_as(old, new_key) == "peer of the new journal"
    assert (aside / "journal.db").read_bytes() == before
    assert keyslots.read(aside / "journal.keys").matches(old_key)
    assert not swap.pending(old.journal_path, old.slots_path)
    assert swap.finish_interrupted(old.journal_path, old.slots_path) is None
    if os.name == "posix":
        assert (aside.stat().st_mode & 0o777, aside.parent.stat().st_mode & 0o777) == (0o700,) * 2


def test_a_crash_before_the_decision_leaves_the_old_journal(
    pair: tuple[Vault, bytes, Vault, bytes],
) -> None:
    old, old_key, new, _new_key = pair
    slots = _stage(old, new)
    keyslots.write(swap.incoming_path(old.slots_path), slots)  # step 1 done, then the crash
    assert swap.pending(old.journal_path, old.slots_path)
    assert swap.finish_interrupted(old.journal_path, old.slots_path) == "cleared"
    assert _opens_as(old, old_key) == "peer of the old journal"
    assert not swap.incoming_path(old.journal_path).exists()
    assert not swap.incoming_path(old.slots_path).exists()


@pytest.mark.parametrize("renamed", ["nothing", "key file", "both"])
def test_a_crash_after_the_decision_is_finished(
    pair: tuple[Vault, bytes, Vault, bytes], renamed: str
) -> None:
    old, _old_key, new, new_key = pair
    slots = _stage(old, new)
    keyslots.write(swap.incoming_path(old.slots_path), slots)
    (old.data_dir / swap.MARKER).write_text('{"aside": "x"}')  # step 3: decided
    Path(f"{old.journal_path}-wal").write_bytes(b"a stale log of the old journal")
    if renamed in ("key file", "both"):
        os.replace(swap.incoming_path(old.slots_path), old.slots_path)
    if renamed == "both":
        Path(f"{old.journal_path}-wal").unlink()
        os.replace(swap.incoming_path(old.journal_path), old.journal_path)
    assert swap.finish_interrupted(old.journal_path, old.slots_path) == "finished"
    assert _opens_as(old, new_key) == "peer of the new journal"
    assert not Path(f"{old.journal_path}-wal").exists() or renamed == "both"
    assert not (old.data_dir / swap.MARKER).exists()


def test_the_old_log_is_kept_aside_and_never_replayed_into_the_new_journal(
    pair: tuple[Vault, bytes, Vault, bytes],
) -> None:
    old, old_key, new, new_key = pair
    journal = old.unlock_with_keyring()
    journal.conn.execute("PRAGMA wal_autocheckpoint = 0")
    journal.peers.add("only in the old log")
    copy = old.data_dir.parent / "copy-of-old"
    shutil.copytree(old.data_dir, copy)  # as if the process had died with the log full
    old.lock()
    old_copy = Vault(copy, old.keystore, kdf_cost=FAST)
    wal = Path(f"{old_copy.journal_path}-wal")
    assert wal.stat().st_size > 0
    slots = _stage(old_copy, new)
    aside = copy / "set-aside" / "x-before-restore"
    swap.swap_in(old_copy.journal_path, old_copy.slots_path, slots, aside)
    assert not wal.exists()
    assert _opens_as(old_copy, new_key) == "peer of the new journal"
    assert (aside / "journal.db-wal").stat().st_size > 0
    kept = connect(aside / "journal.db", old_key)
    try:
        names = {r[0] for r in rows(kept, "SELECT pseudonym FROM peers")}
    finally:
        kept.close()
    assert "only in the old log" in names


def test_nothing_to_swap_in_is_refused_before_anything_changes(
    pair: tuple[Vault, bytes, Vault, bytes],
) -> None:
    old, old_key, new, _new_key = pair
    with pytest.raises(FileNotFoundError):
        swap.swap_in(old.journal_path, old.slots_path, new.read_slots(), old.data_dir / "aside")
    assert _opens_as(old, old_key) == "peer of the old journal"
    assert not (old.data_dir / "aside").exists()


# --- a re-key discards the old pair (under the retired key) --------------------------------------


def _discard_staged(old: Vault, new: Vault, aside: Path) -> None:
    """Steps 1 and 2 of a re-key's swap: incoming pair, the note, the old pair linked aside."""
    slots = _stage(old, new)
    keyslots.write(swap.incoming_path(old.slots_path), slots)
    (old.data_dir / swap.DISCARD).write_text(f'{{"aside": "set-aside/{aside.name}"}}')
    aside.mkdir(parents=True)
    os.link(old.journal_path, aside / "journal.db")
    os.link(old.slots_path, aside / "journal.keys")


def test_a_whole_discarding_swap_removes_the_old_pair_once_asked(
    pair: tuple[Vault, bytes, Vault, bytes],
) -> None:
    old, old_key, new, new_key = pair
    slots = _stage(old, new)
    aside = old.data_dir / "set-aside" / "20261126-093000-before-rekey"
    swap.swap_in(old.journal_path, old.slots_path, slots, aside, discard=True)
    assert _opens_as(old, new_key) == "peer of the new journal"
    assert keyslots.read(aside / "journal.keys").matches(old_key)  # kept until the new one opens
    assert swap.pending(old.journal_path, old.slots_path)
    assert swap.discard_aside(old.journal_path)
    assert not aside.exists() and not (old.data_dir / swap.DISCARD).exists()
    assert not swap.pending(old.journal_path, old.slots_path)


def test_a_crash_before_a_re_key_is_decided_leaves_the_old_journal_and_no_copy(
    pair: tuple[Vault, bytes, Vault, bytes],
) -> None:
    old, old_key, new, _new_key = pair
    aside = old.data_dir / "set-aside" / "x-before-rekey"
    _discard_staged(old, new, aside)
    assert swap.finish_interrupted(old.journal_path, old.slots_path) == "cleared"
    assert _opens_as(old, old_key) == "peer of the old journal"
    assert not aside.exists()  # it only held links to the journal still in use
    assert not swap.pending(old.journal_path, old.slots_path)


@pytest.mark.parametrize("renamed", ["nothing", "both", "marker gone"])
def test_a_crash_after_a_re_key_is_decided_finishes_it_and_drops_the_old_pair(
    pair: tuple[Vault, bytes, Vault, bytes], renamed: str
) -> None:
    old, _old_key, new, new_key = pair
    aside = old.data_dir / "set-aside" / "x-before-rekey"
    _discard_staged(old, new, aside)
    (old.data_dir / swap.MARKER).write_text('{"aside": "x-before-rekey"}')
    if renamed in ("both", "marker gone"):
        os.replace(swap.incoming_path(old.slots_path), old.slots_path)
        os.replace(swap.incoming_path(old.journal_path), old.journal_path)
    if renamed == "marker gone":  # step 5 done, killed before the old pair was removed
        (old.data_dir / swap.MARKER).unlink()
    assert swap.finish_interrupted(old.journal_path, old.slots_path) in ("finished", "cleared")
    assert _opens_as(old, new_key) == "peer of the new journal"
    assert not aside.exists()
    assert not swap.pending(old.journal_path, old.slots_path)


@pytest.mark.parametrize("named", ["../keep-me", "{keep}", "{keep}/x", "set-aside/../../keep-me"])
def test_a_discard_note_never_reaches_outside_the_set_aside_folder(
    pair: tuple[Vault, bytes, Vault, bytes], named: str
) -> None:
    old, old_key, _new, _new_key = pair
    keep = old.data_dir.parent / "keep-me"
    (keep / "x").mkdir(parents=True)
    note = {"aside": named.format(keep=keep)}
    (old.data_dir / swap.DISCARD).write_text(json.dumps(note))
    assert swap.finish_interrupted(old.journal_path, old.slots_path) == "cleared"
    assert (keep / "x").is_dir() and not (old.data_dir / swap.DISCARD).exists()
    assert _opens_as(old, old_key) == "peer of the old journal"


@pytest.mark.parametrize("folder", ["backups", "rescued", "set-aside-not"])
def test_a_discard_note_never_reaches_another_folder_of_the_data_folder(
    pair: tuple[Vault, bytes, Vault, bytes], folder: str
) -> None:
    old, old_key, _new, _new_key = pair
    kept = old.data_dir / folder / "20261126-093000-kept"
    kept.mkdir(parents=True)
    (kept / "journal.db").write_bytes(b"a copy that is not the note's to remove")
    note = {"aside": f"{folder}/{kept.name}"}
    (old.data_dir / swap.DISCARD).write_text(json.dumps(note))
    assert swap.finish_interrupted(old.journal_path, old.slots_path) == "cleared"
    assert (kept / "journal.db").is_file()
    assert _opens_as(old, old_key) == "peer of the old journal"


_KILLED_EXPORT = """
import os, signal, sys
from pathlib import Path
from peerdesk.database import connect
conn = connect(Path(sys.argv[1]), bytes.fromhex(sys.argv[2]), create=True)
conn.execute("PRAGMA cache_size = 2")  # pages spill to the file: its rollback journal is hot
conn.execute("BEGIN")
conn.execute("CREATE TABLE copied (text TEXT)")
conn.executemany("INSERT INTO copied VALUES (?)", [("x" * 2000,) for _ in range(200)])
os.kill(os.getpid(), signal.SIGKILL)  # killed inside the export, as a re-key can be
"""


def test_a_re_key_killed_while_exporting_leaves_no_half_made_file(
    pair: tuple[Vault, bytes, Vault, bytes],
) -> None:
    old, old_key, _new, _new_key = pair
    incoming = swap.incoming_path(old.journal_path)
    killed = subprocess.run(
        [sys.executable, "-c", _KILLED_EXPORT, str(incoming), os.urandom(32).hex()], check=False
    )
    assert killed.returncode == -9
    hot = Path(f"{incoming}-journal")
    assert incoming.exists() and hot.exists()  # what a kill inside sqlcipher_export leaves
    assert swap.finish_interrupted(old.journal_path, old.slots_path) == "cleared"
    assert not incoming.exists() and not hot.exists()
    assert not swap.pending(old.journal_path, old.slots_path)
    assert _opens_as(old, old_key) == "peer of the old journal"


def test_a_crash_while_the_incoming_journal_was_written_leaves_no_log_of_it(
    pair: tuple[Vault, bytes, Vault, bytes],
) -> None:
    # A re-key killed inside sqlcipher_export leaves the incoming file and SQLite's rollback
    # log beside it (``.journal.db.incoming-journal``); both go, not just the file.
    old, old_key, new, new_key = pair
    _stage(old, new)
    incoming = swap.incoming_path(old.journal_path)
    log = Path(f"{incoming}-journal")
    conn = connect(incoming, new_key)
    try:
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("UPDATE peers SET pseudonym = 'half written'")
        assert log.is_file() and log.stat().st_size > 0  # the log of a transaction under way
        kept = log.read_bytes()  # what a SIGKILL at this moment leaves on disk
    finally:
        conn.close()
    log.write_bytes(kept)
    assert swap.pending(old.journal_path, old.slots_path)
    assert swap.finish_interrupted(old.journal_path, old.slots_path) == "cleared"
    assert _opens_as(old, old_key) == "peer of the old journal"
    left = sorted(p.name for p in old.data_dir.iterdir() if p.name.startswith(incoming.name))
    assert left == []


_SWAP_WITH_COPIES = """
import sys
from pathlib import Path
from peerdesk import keyslots, swap
old, new, aside = (Path(a) for a in sys.argv[1:4])
slots = keyslots.read(new / "journal.keys")
swap.swap_in(old / "journal.db", old / "journal.keys", slots, aside)
"""


def test_where_links_fail_the_copies_set_aside_are_whole_and_fsynced_before_the_decision(
    pair: tuple[Vault, bytes, Vault, bytes], tmp_path: Path
) -> None:
    """The set-aside folder on another mount: hard links fail (EXDEV), so the old pair is
    copied. Each copy must be on disk (fsynced) before ``.swap-pending`` decides the swap, or a
    power cut could leave the decided swap with a hollow copy of the journal it replaced."""
    if shutil.which("strace") is None:
        pytest.skip("strace is not installed")
    old, old_key, new, _new_key = pair
    before = old.journal_path.read_bytes()
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (old.data_dir / "set-aside").mkdir(mode=0o700)
    with read_only.bind_view(elsewhere, old.data_dir / "set-aside"):
        shutil.copyfile(new.journal_path, swap.incoming_path(old.journal_path))
        aside = old.data_dir / "set-aside" / "20261126-093000-before-restore"
        trace = tmp_path / "trace"
        done = subprocess.run(
            ["strace", "-f", "-qq", "-e", "trace=openat,close,fsync,rename,renameat,renameat2",
             "-o", str(trace), sys.executable, "-c", _SWAP_WITH_COPIES,
             str(old.data_dir), str(new.data_dir), str(aside)],
            capture_output=True, text=True, cwd=REPO, check=False,
        )  # fmt: skip
        assert done.returncode == 0, done.stderr
        assert (aside / "journal.db").read_bytes() == before  # a copy, whole
        assert (aside / "journal.db").stat().st_nlink == 1
        assert keyslots.read(aside / "journal.keys").matches(old_key)
        conn = connect(aside / "journal.db", old_key)
        try:
            assert rows(conn, "SELECT pseudonym FROM peers") == [("peer of the old journal",)]
        finally:
            conn.close()
    lines = trace.read_text().splitlines()
    decided = next(i for i, line in enumerate(lines) if swap.MARKER in line and "rename" in line)
    assert _fsynced_paths(lines[:decided]) >= {
        str(aside / "journal.db"),
        str(aside / "journal.keys"),
    }


def _fsynced_paths(lines: list[str]) -> set[str]:
    """The paths an strace log (``-f``, openat/close/fsync) shows fsynced through an open fd."""
    open_fds: dict[tuple[str, str], str] = {}
    synced = set()
    for line in lines:
        pid, _, call = line.partition(" ")
        call = call.lstrip()  # strace pads a short pid with spaces ("3510  fsync(3)")
        result = call.rsplit("=", 1)[-1].strip()
        if call.startswith("openat(") and not result.startswith("-1"):
            open_fds[(pid, result)] = call.split('"')[1]
        elif call.startswith("close("):
            open_fds.pop((pid, call[len("close(") :].split(")")[0]), None)
        elif call.startswith("fsync(") and result == "0":
            fd = call[len("fsync(") :].split(")")[0]
            if (pid, fd) in open_fds:
                synced.add(open_fds[(pid, fd)])
    return synced
