"""An empty, short, id-less or missing journal is damage, never a new journal; doctor reads only.

Each case is made from a real journal; then every way in (the three unlocks, a backup, doctor)
must refuse it and leave every file in the data folder exactly as it was: bytes, modification
time, and no file added or removed.
"""

from __future__ import annotations

import io
import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from peerdesk import cli
from peerdesk.database import connect
from peerdesk.errors import JournalDamaged, JournalExists
from peerdesk.keyslots import LockMode
from peerdesk.keystore import KeyStore
from peerdesk.recovery import RecoveryCode
from peerdesk.sessions import FINISHED, Session
from peerdesk.vault import Vault
from tests.conftest import day

PASSPHRASE = "correct horse battery"
PAGE_SIZE = 4096  # SQLCipher's page
Snapshot = dict[str, tuple[bytes, int]]


def snapshot(folder: Path) -> Snapshot:
    """Every file below ``folder`` (the lock file too) with its bytes and modification time."""
    return {
        str(p.relative_to(folder)): (p.read_bytes(), p.stat().st_mtime_ns)
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def _key(vault: Vault, keystore: KeyStore) -> bytes:
    slots = vault.read_slots()
    key = keystore.load(slots.journal_id, slots.keyring_backend)
    assert key is not None
    return key


def _empty(vault: Vault, keystore: KeyStore) -> None:
    vault.journal_path.write_bytes(b"")  # what `: > journal.db` does


def _short(vault: Vault, keystore: KeyStore) -> None:
    with vault.journal_path.open("r+b") as f:
        f.truncate(PAGE_SIZE - 1)


def _missing(vault: Vault, keystore: KeyStore) -> None:
    vault.journal_path.unlink()


def _no_journal_id(vault: Vault, keystore: KeyStore) -> None:
    conn = connect(vault.journal_path, _key(vault, keystore))
    conn.execute("DELETE FROM meta WHERE key = 'journal_id'")
    conn.close()


def _other_journal_id(vault: Vault, keystore: KeyStore) -> None:
    conn = connect(vault.journal_path, _key(vault, keystore))
    conn.execute("UPDATE meta SET value = 'someone-else' WHERE key = 'journal_id'")
    conn.close()


def _empty_schema(vault: Vault, keystore: KeyStore) -> None:
    """A keyed file with no tables: what today's main made of an emptied file."""
    vault.journal_path.unlink()
    connect(vault.journal_path, _key(vault, keystore), create=True).close()


DAMAGE: dict[str, Callable[[Vault, KeyStore], None]] = {
    "empty": _empty,
    "short": _short,
    "missing": _missing,
    "no-journal-id": _no_journal_id,
    "other-journal-id": _other_journal_id,
    "empty-schema": _empty_schema,
}


@pytest.fixture
def made(vault: Vault, keystore: KeyStore) -> tuple[Vault, RecoveryCode]:
    journal, code = vault.create(passphrase=PASSPHRASE)
    peer = journal.peers.add("Heron")
    journal.sessions.save(
        Session(held_on=day(3), status=FINISHED, peer_id=peer.id, contact_kind="peer_asked")
    )
    vault.backup()
    vault.lock()
    return vault, code


@pytest.mark.parametrize("damage", DAMAGE)
def test_every_unlock_refuses_damage_and_writes_nothing(
    made: tuple[Vault, RecoveryCode], keystore: KeyStore, damage: str
) -> None:
    vault, code = made
    DAMAGE[damage](vault, keystore)
    before = snapshot(vault.data_dir)
    for unlock in (
        vault.unlock_with_keyring,
        lambda: vault.unlock_with_passphrase(PASSPHRASE),
        lambda: vault.unlock_with_recovery_code(code),
    ):
        with pytest.raises(JournalDamaged):
            unlock()
        assert not vault.is_unlocked
        assert snapshot(vault.data_dir) == before
    with pytest.raises(JournalExists):  # never a new journal over the key file
        vault.create()
    out, err = io.StringIO(), io.StringIO()
    assert cli.main(["backup", "--data-dir", str(vault.data_dir)], keystore=keystore,
                    stdout=out, stderr=err) == cli.EXIT_PROBLEM  # fmt: skip
    assert err.getvalue().startswith("peerdesk: error: the journal file")
    assert "Traceback" not in err.getvalue()
    assert snapshot(vault.data_dir) == before


@pytest.mark.parametrize("damage", DAMAGE)
def test_restore_first_brings_the_journal_back_and_keeps_the_damaged_file(
    made: tuple[Vault, RecoveryCode], keystore: KeyStore, damage: str
) -> None:
    vault, _code = made
    backup = vault.last_backup()
    assert backup is not None
    DAMAGE[damage](vault, keystore)
    journal = vault.restore(backup.path)
    assert journal.summary().sessions == 1
    vault.lock()
    if damage != "missing":  # the damaged file is set aside, not deleted
        assert list((vault.data_dir / "set-aside").rglob("journal.db"))


def _doctor(vault: Vault, keystore: KeyStore) -> tuple[int, str]:
    out, err = io.StringIO(), io.StringIO()
    code = cli.main(["doctor", "--data-dir", str(vault.data_dir)], keystore=keystore,
                    stdout=out, stderr=err)  # fmt: skip
    assert err.getvalue() == ""
    return code, out.getvalue()


def test_doctor_on_a_healthy_journal_changes_no_byte_and_no_time(
    made: tuple[Vault, RecoveryCode], keystore: KeyStore
) -> None:
    vault, _code = made
    before = snapshot(vault.data_dir)
    entry = keystore.load(vault.read_slots().journal_id)
    code, out = _doctor(vault, keystore)
    assert code == cli.EXIT_OK, out
    assert "Unlock by keyring:  ok" in out
    assert "Integrity:          ok" in out
    assert snapshot(vault.data_dir) == before
    assert keystore.load(vault.read_slots().journal_id) == entry


@pytest.mark.parametrize("damage", DAMAGE)
def test_doctor_reports_damage_exits_1_and_changes_nothing(
    made: tuple[Vault, RecoveryCode], keystore: KeyStore, damage: str
) -> None:
    vault, _code = made
    DAMAGE[damage](vault, keystore)
    before = snapshot(vault.data_dir)
    code, out = _doctor(vault, keystore)
    assert code == cli.EXIT_PROBLEM, out
    assert "Journal file:       PROBLEM (journal_damaged)" in out
    assert "Integrity:          ok" not in out
    assert snapshot(vault.data_dir) == before


def test_doctor_while_the_journal_is_open_elsewhere_adds_no_file(
    made: tuple[Vault, RecoveryCode], keystore: KeyStore
) -> None:
    """With the app running the -wal and -shm are there: doctor reads through them, and makes no
    lock file, log or anything else of its own."""
    vault, _code = made
    vault.unlock_with_keyring()
    names = sorted(p.name for p in vault.data_dir.iterdir())
    other = Vault(vault.data_dir, keystore)
    code, out = _doctor(other, keystore)
    assert code == cli.EXIT_OK, out
    assert sorted(p.name for p in vault.data_dir.iterdir()) == names
    vault.lock()


def test_a_healthy_journal_still_opens_after_all_this(
    made: tuple[Vault, RecoveryCode], keystore: KeyStore
) -> None:
    vault, _code = made
    _doctor(vault, keystore)
    journal = vault.unlock_with_keyring()
    assert journal.summary().sessions == 1
    assert os.path.getsize(vault.journal_path) >= PAGE_SIZE
    vault.lock()


def test_doctor_leaves_an_interrupted_restore_for_the_app_to_finish(
    made: tuple[Vault, RecoveryCode], keystore: KeyStore
) -> None:
    """A restore killed while copying left its incoming file: finishing or clearing it is the
    app's work at the next unlock, never doctor's."""
    vault, _code = made
    backup = vault.last_backup()
    assert backup is not None
    incoming = vault.data_dir / ".journal.db.incoming"
    incoming.write_bytes(backup.path.read_bytes())
    before = snapshot(vault.data_dir)
    code, out = _doctor(vault, keystore)
    assert code == cli.EXIT_OK, out
    assert snapshot(vault.data_dir) == before
    vault.unlock_with_keyring()  # the app clears it
    assert not incoming.exists()
    vault.lock()


@pytest.mark.parametrize("damage", ["empty", "short", "missing"])
def test_doctor_in_passphrase_mode_reports_file_damage_without_the_passphrase(
    made: tuple[Vault, RecoveryCode], keystore: KeyStore, damage: str
) -> None:
    """An empty, short or missing file is seen without any key: doctor says so even when no
    passphrase can be typed (a script, cron), instead of only "passphrase needed"."""
    vault, _code = made
    vault.unlock_with_passphrase(PASSPHRASE)
    vault.set_lock_mode(LockMode.PASSPHRASE, PASSPHRASE)
    vault.lock()
    DAMAGE[damage](vault, keystore)
    before = snapshot(vault.data_dir)
    out, err = io.StringIO(), io.StringIO()
    code = cli.main(["doctor", "--data-dir", str(vault.data_dir)], keystore=keystore,
                    stdin=io.StringIO(""), stdout=out, stderr=err)  # fmt: skip
    assert code == cli.EXIT_PROBLEM, out.getvalue()
    assert "Journal file:       PROBLEM (journal_damaged)" in out.getvalue()
    assert "invalid_input" not in out.getvalue() and "passphrase_needed" not in out.getvalue()
    assert snapshot(vault.data_dir) == before


def test_doctor_with_a_log_but_no_index_writes_nothing_and_says_what_it_did_not_check(
    made: tuple[Vault, RecoveryCode], keystore: KeyStore, tmp_path: Path
) -> None:
    """A ``-wal`` without its ``-shm`` (a folder copied while the app ran, without the index):
    SQLite can read that log only by making a ``-shm``. doctor makes none; it checks what the
    main file holds and says the changes still in the log were not checked."""
    vault, _code = made
    journal = vault.unlock_with_keyring()
    journal.peers.add("Kestrel")  # in the log, not yet in the main file
    copied = tmp_path / "copied"
    copied.mkdir(mode=0o700)
    for name in ("journal.db", "journal.db-wal", "journal.keys"):
        shutil.copyfile(vault.data_dir / name, copied / name)
    vault.lock()
    other = Vault(copied, keystore)
    before = snapshot(copied)
    code, out = _doctor(other, keystore)
    assert snapshot(copied) == before, out  # no -shm, no byte, no time changed
    assert code == cli.EXIT_OK, out
    assert "Unlock by keyring:  ok" in out
    assert "not checked" in out and "journal.db-wal" in out
