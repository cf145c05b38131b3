"""Backups and restore: verified, rotated, and never destroying the current journal."""

from __future__ import annotations

import os
import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest

from peerdesk import backups, schema
from peerdesk.database import SQLITE_HEADER
from peerdesk.errors import BackupInvalid, KeyringEntryMissing, WrongKey
from peerdesk.keyslots import LockMode
from peerdesk.keystore import KeyStore, MemoryKeyring
from peerdesk.sessions import FINISHED, Session
from peerdesk.vault import Vault
from tests.conftest import Clock, day


def _add_session(vault: Vault, note: str) -> int:
    assert vault.journal is not None
    peer = vault.journal.peers.find("Heron") or vault.journal.peers.add("Heron")
    saved = vault.journal.sessions.save(
        Session(
            held_on=day(3),
            status=FINISHED,
            peer_id=peer.id,
            contact_kind="follow_up",
            notes={"cope": note},
        )
    )
    assert saved.id is not None
    return saved.id


def _data_key(vault: Vault) -> bytes:
    """The journal's data key, from the keyring that holds it (never from the vault's insides)."""
    key = vault.keystore.load(vault.read_slots().journal_id)
    assert key is not None
    return key


def test_a_backup_is_encrypted_private_and_verified(vault: Vault) -> None:
    vault.create()
    _add_session(vault, "walks help")
    made = vault.backup()
    assert made.path.parent == vault.backup_dir
    assert made.path.stat().st_mode & 0o777 == 0o600
    assert vault.backup_dir.stat().st_mode & 0o777 == 0o700
    assert not made.path.read_bytes().startswith(SQLITE_HEADER)
    assert backups.keys_path(made.path).exists()
    summary = backups.verify(made.path, _data_key(vault), vault.read_slots().journal_id)
    assert summary.sessions == 1
    assert [p.name for p in vault.backup_dir.iterdir() if p.name.endswith(".tmp")] == []


def test_rotation_keeps_the_newest_and_touches_nothing_else(vault: Vault, clock: Clock) -> None:
    vault.create()
    vault.backup_dir.mkdir(mode=0o700)
    stranger = vault.backup_dir / "peerdesk-backup-20000101-000000.db"
    stranger.write_bytes(b"someone else's file")
    for _ in range(5):
        clock.now += timedelta(hours=1)
        vault.backup(keep=3)
    kept = backups.existing(vault.backup_dir, vault.read_slots().journal_id)
    assert len(kept) == 3
    assert kept[-1].created.hour == (clock.now.hour)
    assert stranger.read_bytes() == b"someone else's file"


def test_two_backups_in_one_second_both_survive(vault: Vault) -> None:
    vault.create()
    first, second = vault.backup(), vault.backup()
    assert first.path != second.path
    assert first.path.exists() and second.path.exists()


def test_backup_to_another_folder(vault: Vault, tmp_path: Path) -> None:
    vault.create()
    made = vault.backup(tmp_path / "usb-drive")
    assert made.path.parent == tmp_path / "usb-drive"
    assert vault.last_backup() is None  # the data folder's own list is separate


def test_restore_sets_the_current_journal_aside(vault: Vault, data_dir: Path) -> None:
    vault.create()
    kept = _add_session(vault, "before the backup")
    made = vault.backup()
    _add_session(vault, "after the backup")
    preview = vault.preview_backup(made.path)
    assert preview.summary.sessions == 1
    assert preview.summary.first_session == day(3)
    journal = vault.restore(made.path)
    assert journal.summary().sessions == 1
    assert journal.sessions.get(kept).notes == {"cope": "before the backup"}
    (aside,) = (data_dir / "set-aside").iterdir()
    assert (aside / "journal.db").exists()
    assert (aside / "journal.db").stat().st_size > 0


def test_restore_on_a_new_computer_with_the_recovery_code(
    vault: Vault, tmp_path: Path, make_vault
) -> None:
    _, code = vault.create()
    note_id = _add_session(vault, "moved laptops")
    made = vault.backup(tmp_path / "usb")
    vault.lock()
    new_keyring = MemoryKeyring()
    laptop = make_vault(tmp_path / "new-laptop", KeyStore(new_keyring))
    with pytest.raises(KeyringEntryMissing):
        laptop.preview_backup(made.path)
    with pytest.raises(WrongKey):
        from peerdesk.recovery import RecoveryCode

        laptop.preview_backup(made.path, RecoveryCode.generate())
    assert not laptop.data_dir.exists()
    assert laptop.preview_backup(made.path, code.text).summary.sessions == 1
    journal = laptop.restore(made.path, code.text)
    assert journal.sessions.get(note_id).notes == {"cope": "moved laptops"}
    assert len(new_keyring.entries) == 1  # the key is registered on the new computer
    laptop.lock()
    laptop.unlock_with_keyring()


def test_a_damaged_backup_is_refused_and_nothing_changes(vault: Vault, data_dir: Path) -> None:
    vault.create()
    _add_session(vault, "keep me")
    made = vault.backup()
    data = bytearray(made.path.read_bytes())
    data[len(data) // 2] ^= 0x10
    made.path.write_bytes(bytes(data))
    vault.lock()
    journal_before = vault.journal_path.read_bytes()
    with pytest.raises(BackupInvalid):
        vault.restore(made.path)
    assert not vault.is_unlocked
    assert not (data_dir / "set-aside").exists()
    assert vault.journal_path.read_bytes() == journal_before
    assert vault.unlock_with_keyring().summary().sessions == 1


def test_a_file_that_is_not_a_backup_is_refused(vault: Vault, tmp_path: Path) -> None:
    vault.create()
    fake = tmp_path / "peerdesk-backup-20260101-000000.db"
    fake.write_bytes(os.urandom(8192))
    with pytest.raises(BackupInvalid):
        vault.preview_backup(fake)


def test_a_migration_is_preceded_by_a_backup(vault: Vault, monkeypatch: pytest.MonkeyPatch) -> None:
    vault.create()
    _add_session(vault, "old schema")
    vault.lock()
    extra = "CREATE TABLE future_thing (id INTEGER PRIMARY KEY);"
    monkeypatch.setattr(schema, "MIGRATIONS", (*schema.MIGRATIONS, extra))
    monkeypatch.setattr(schema, "CURRENT_VERSION", len(schema.MIGRATIONS))
    journal = vault.unlock_with_keyring()
    (made,) = backups.existing(vault.backup_dir, vault.read_slots().journal_id)
    assert journal.conn.execute("PRAGMA user_version").fetchone()[0] == len(schema.MIGRATIONS)
    assert journal.conn.execute("SELECT count(*) FROM future_thing").fetchone()[0] == 0
    import sqlcipher3

    from peerdesk.database import key_pragma

    conn = sqlcipher3.connect(str(made.path))
    conn.execute(key_pragma(_data_key(vault)))
    assert conn.execute("PRAGMA user_version").fetchone()[0] == len(schema.MIGRATIONS) - 1
    conn.close()


def test_a_failing_migration_leaves_the_journal_as_it_was(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault.create()
    _add_session(vault, "stays")
    vault.lock()
    broken = "CREATE TABLE half_done (id INTEGER); INSERT INTO no_such_table VALUES (1);"
    monkeypatch.setattr(schema, "MIGRATIONS", (*schema.MIGRATIONS, broken))
    monkeypatch.setattr(schema, "CURRENT_VERSION", len(schema.MIGRATIONS))
    with pytest.raises(Exception, match="no_such_table"):
        vault.unlock_with_keyring()
    monkeypatch.undo()
    journal = vault.unlock_with_keyring()
    assert journal.conn.execute("PRAGMA user_version").fetchone()[0] == schema.CURRENT_VERSION
    tables = {r[0] for r in journal.conn.execute("SELECT name FROM sqlite_master")}
    assert "half_done" not in tables


def test_rotation_orders_backups_made_in_the_same_second(vault: Vault) -> None:
    vault.create()
    made = [vault.backup(keep=2) for _ in range(4)]  # the same second: -2, -3, -4 suffixes
    kept = backups.existing(vault.backup_dir, vault.read_slots().journal_id)
    assert [b.path for b in kept] == [m.path for m in made[-2:]]
    assert made[-1].path.exists()


def _plain_sqlite(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (text TEXT)")
    conn.execute("INSERT INTO notes VALUES ('not a journal')")
    conn.commit()
    conn.close()


@pytest.mark.parametrize("lock_mode", [LockMode.COMPUTER_LOGIN, LockMode.PASSPHRASE])
@pytest.mark.parametrize("kind", ["empty", "cut short", "plain sqlite"])
def test_a_file_that_is_not_a_backup_is_a_known_problem_and_changes_nothing(
    vault: Vault, data_dir: Path, tmp_path: Path, kind: str, lock_mode: LockMode
) -> None:
    """Checked before any key is asked for (passphrase mode has none at hand): an empty file
    would otherwise be keyed by SQLCipher and fail later as a bug ("no such table: meta")."""
    vault.create("quiet harbour lights", lock_mode=lock_mode)
    vault.lock()
    made = tmp_path / "peerdesk-backup-20261126-093000.db"
    if kind == "plain sqlite":
        _plain_sqlite(made)
    else:
        made.write_bytes(b"" if kind == "empty" else SQLITE_HEADER + b"\0" * 84)
    content = made.read_bytes()
    before = {p: p.read_bytes() for p in sorted(data_dir.rglob("*")) if p.is_file()}
    for attempt in (lambda: vault.preview_backup(made), lambda: vault.restore(made)):
        with pytest.raises(BackupInvalid):
            attempt()
    assert made.read_bytes() == content
    assert {p: p.read_bytes() for p in sorted(data_dir.rglob("*")) if p.is_file()} == before
