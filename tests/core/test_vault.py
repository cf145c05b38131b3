"""The vault: create, every unlock path and every failure, key slots, rekey, files untouched."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import keyring
import pytest
import sqlcipher3
from keyring.backends import fail

from peerdesk import database, keyslots, salvage
from peerdesk.database import SQLITE_HEADER, IntegrityCheck
from peerdesk.demo import fill
from peerdesk.errors import (
    InvalidInput,
    InvalidRecoveryCode,
    JournalBusy,
    JournalDamaged,
    JournalExists,
    JournalMissing,
    JournalTooNew,
    KeyringBackendChanged,
    KeyringEntryMissing,
    KeyringLocked,
    KeySlotsDamaged,
    NoKeyringBackend,
    NoPassphrase,
    WrongKey,
)
from peerdesk.keystore import SERVICE, KeyStore, MemoryKeyring, backend_id
from peerdesk.recovery import RecoveryCode
from peerdesk.sessions import FINISHED, Session
from peerdesk.vault import Vault
from tests.conftest import FAST, Clock, day
from tests.core.test_keystore import LockedKeyring


def _digest(folder: Path) -> dict[str, str]:
    """Name and SHA-256 of every file below ``folder``: to prove nothing changed."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and p.name != ".peerdesk.lock"
    }


def _fill(vault: Vault) -> int:
    assert vault.journal is not None
    peer = vault.journal.peers.add("Heron")
    saved = vault.journal.sessions.save(
        Session(
            held_on=day(2),
            status=FINISHED,
            peer_id=peer.id,
            contact_kind="peer_asked",
            notes={"listen": "long talk about the night"},
        )
    )
    assert saved.id is not None
    return saved.id


@pytest.fixture
def made(vault: Vault) -> tuple[Vault, RecoveryCode, int]:
    """A vault with a journal holding one session, locked again."""
    _journal, code = vault.create()
    session_id = _fill(vault)
    vault.lock()
    return vault, code, session_id


def test_create_makes_a_private_encrypted_journal(made, data_dir: Path, keyring_backend) -> None:
    vault, _code, _ = made
    assert data_dir.stat().st_mode & 0o777 == 0o700
    assert vault.journal_path.stat().st_mode & 0o777 == 0o600
    assert vault.slots_path.stat().st_mode & 0o777 == 0o600
    assert not vault.journal_path.read_bytes().startswith(SQLITE_HEADER)
    slots = vault.read_slots()
    assert slots.keyring_backend == "peerdesk.keystore.MemoryKeyring"
    assert (SERVICE, f"journal-{slots.journal_id}") in keyring_backend.entries


def test_unlock_with_keyring_opens_the_journal(made) -> None:
    vault, _, session_id = made
    journal = vault.unlock_with_keyring()
    assert journal.sessions.get(session_id).notes == {"listen": "long talk about the night"}
    assert journal.journal_id == vault.read_slots().journal_id


def test_unlock_with_keyring_makes_the_recorded_backend_once(
    tmp_path: Path, make_vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Making the backend the key file names asks whether it can serve: for the Secret Service,
    a D-Bus connection of its own. Unlocking made it a second time only to learn the entry was
    where it was just read from (about 5 ms of every start)."""
    recorded = MemoryKeyring()
    monkeypatch.setattr(keyring, "get_keyring", lambda: recorded)  # where a new journal's key goes
    made: list[str] = []

    def find_recorded(wanted: str) -> MemoryKeyring | None:
        made.append(wanted)
        return recorded if wanted == backend_id(recorded) else None

    vault = make_vault(tmp_path / "data", KeyStore(find_recorded=find_recorded))
    vault.create()
    vault.lock()
    made.clear()
    vault.unlock_with_keyring()
    assert made == [backend_id(recorded)]  # once (writing the key back would make it again)
    assert list(recorded.entries) == [(SERVICE, f"journal-{vault.read_slots().journal_id}")]


def test_create_refuses_when_a_journal_exists(made, data_dir: Path, make_vault) -> None:
    vault, _, _ = made
    before = _digest(data_dir)
    with pytest.raises(JournalExists):
        vault.create()
    fresh = make_vault(data_dir, KeyStore(MemoryKeyring()))
    with pytest.raises(JournalExists):
        fresh.create(passphrase="a long passphrase")
    assert _digest(data_dir) == before


def test_without_a_keyring_create_needs_a_passphrase(data_dir: Path, make_vault) -> None:
    vault = make_vault(data_dir, KeyStore(fail.Keyring()))
    with pytest.raises(NoKeyringBackend):
        vault.create()
    assert not vault.journal_path.exists()
    journal, code = vault.create(passphrase="only this passphrase")
    assert isinstance(vault.keyring_problem, NoKeyringBackend)
    assert vault.read_slots().keyring_backend is None
    journal.peers.add("Wren")
    vault.lock()
    with pytest.raises(NoKeyringBackend):
        vault.unlock_with_keyring()
    assert vault.unlock_with_passphrase("only this passphrase").peers.find("wren") is not None
    vault.lock()
    assert vault.unlock_with_recovery_code(code.text).peers.find("Wren") is not None


def test_a_too_short_passphrase_creates_nothing(vault: Vault) -> None:
    with pytest.raises(InvalidInput):
        vault.create(passphrase="short")
    assert not vault.data_dir.exists()


def test_locked_keyring_is_reported_and_nothing_changes(made, data_dir: Path, make_vault) -> None:
    vault, _, _ = made
    before = _digest(data_dir)
    locked = make_vault(data_dir, KeyStore(LockedKeyring()))
    with pytest.raises(KeyringLocked):
        locked.unlock_with_keyring()
    assert _digest(data_dir) == before


def test_missing_entry_asks_for_the_recovery_code_and_unlock_restores_it(
    made, keyring_backend
) -> None:
    vault, code, session_id = made
    keyring_backend.entries.clear()
    with pytest.raises(KeyringEntryMissing):
        vault.unlock_with_keyring()
    journal = vault.unlock_with_recovery_code(code.text.lower().replace("-", " "))
    assert journal.sessions.get(session_id).status == FINISHED
    assert len(keyring_backend.entries) == 1  # written back and read back
    vault.lock()
    vault.unlock_with_keyring()


def test_missing_entry_with_another_backend_names_the_old_one(
    made, data_dir: Path, make_vault
) -> None:
    vault, code, _ = made

    class OtherKeyring(MemoryKeyring):
        pass

    other = make_vault(data_dir, KeyStore(OtherKeyring()))
    with pytest.raises(KeyringBackendChanged) as caught:
        other.unlock_with_keyring()
    assert caught.value.recorded == "peerdesk.keystore.MemoryKeyring"
    assert caught.value.current.endswith("OtherKeyring")
    other.unlock_with_recovery_code(code)
    assert other.read_slots().keyring_backend is not None
    assert other.read_slots().keyring_backend.endswith("OtherKeyring")


def test_a_wrong_key_in_the_keyring_is_a_wrong_key(made, keyring_backend, data_dir: Path) -> None:
    vault, _, _ = made
    (entry,) = keyring_backend.entries
    keyring_backend.entries[entry] = os.urandom(32).hex()
    before = _digest(data_dir)
    with pytest.raises(WrongKey):
        vault.unlock_with_keyring()
    assert _digest(data_dir) == before


def test_wrong_and_mistyped_recovery_codes(made, data_dir: Path) -> None:
    vault, _, _ = made
    before = _digest(data_dir)
    with pytest.raises(WrongKey):
        vault.unlock_with_recovery_code(RecoveryCode.generate().text)
    with pytest.raises(InvalidRecoveryCode):
        vault.unlock_with_recovery_code("ABCD-EFGH")
    assert not vault.is_unlocked
    assert _digest(data_dir) == before


def test_passphrase_set_change_and_remove(made) -> None:
    vault, _, _ = made
    with pytest.raises(NoPassphrase):
        vault.unlock_with_passphrase("anything at all")
    vault.unlock_with_keyring()
    vault.set_passphrase("first passphrase")
    vault.lock()
    assert vault.has_passphrase
    with pytest.raises(WrongKey):
        vault.unlock_with_passphrase("not the passphrase")
    vault.unlock_with_passphrase("first passphrase")
    vault.set_passphrase("second passphrase ✓")
    vault.lock()
    with pytest.raises(WrongKey):
        vault.unlock_with_passphrase("first passphrase")
    vault.unlock_with_passphrase("second passphrase ✓")
    vault.remove_passphrase()
    vault.lock()
    assert not vault.has_passphrase
    with pytest.raises(NoPassphrase):
        vault.unlock_with_passphrase("second passphrase ✓")


def test_regenerating_the_recovery_code_retires_the_old_one(made) -> None:
    vault, old, _ = made
    vault.unlock_with_keyring()
    new = vault.regenerate_recovery_code()
    vault.lock()
    with pytest.raises(WrongKey):
        vault.unlock_with_recovery_code(old)
    vault.unlock_with_recovery_code(new)


def test_rekey_changes_the_key_and_leaves_no_copy_under_the_old_one(
    made, keyring_backend, data_dir: Path
) -> None:
    vault, old_code, session_id = made
    vault.unlock_with_keyring()
    old_key = next(iter(keyring_backend.entries.values()))
    new_code = RecoveryCode.generate()
    vault.rekey(new_code, passphrase="a new passphrase")
    assert next(iter(keyring_backend.entries.values())) != old_key
    assert vault.journal is not None
    assert vault.journal.sessions.get(session_id).notes
    vault.lock()
    with pytest.raises(WrongKey):
        vault.unlock_with_recovery_code(old_code)
    vault.unlock_with_recovery_code(new_code)
    vault.lock()
    vault.unlock_with_passphrase("a new passphrase")
    assert not list((data_dir / "set-aside").glob("*"))  # the old journal was the crash net
    assert not list(data_dir.glob(".swap-*"))
    assert vault.last_backup() is not None  # a backup under the new key is made at once


def test_a_damaged_first_page_is_damage_and_the_file_is_untouched(made) -> None:
    vault, _, _ = made
    data = bytearray(vault.journal_path.read_bytes())
    data[100] ^= 0xFF
    vault.journal_path.write_bytes(bytes(data))
    with pytest.raises(JournalDamaged):
        vault.unlock_with_keyring()
    assert vault.journal_path.read_bytes() == bytes(data)
    assert not vault.is_unlocked


def test_a_flipped_byte_deep_in_the_file_fails_the_integrity_check(made, data_dir: Path) -> None:
    vault, _, _ = made
    data = bytearray(vault.journal_path.read_bytes())
    page = 4096
    assert len(data) > 3 * page
    data[2 * page + 500] ^= 0x01
    vault.journal_path.write_bytes(bytes(data))
    before = _digest(data_dir)
    try:
        journal = vault.unlock_with_keyring()
    except JournalDamaged:
        pass
    else:
        assert journal.check()  # reported, not hidden
        vault.lock()
    assert _digest(data_dir) == before


def test_the_integrity_check_on_its_own_connection_finds_a_bad_page(made, data_dir: Path) -> None:
    vault, _, _ = made
    journal = vault.unlock_with_keyring()
    assert vault.integrity_check().run() == []  # whole, beside the open journal
    ((root,),) = journal.conn.execute(
        "SELECT rootpage FROM sqlite_master WHERE name = 'sessions'"
    ).fetchall()
    check = vault.integrity_check()
    vault.lock()
    data = bytearray(vault.journal_path.read_bytes())
    data[(root - 1) * 4096 + 300] ^= 0x01
    vault.journal_path.write_bytes(bytes(data))
    before = _digest(data_dir)
    problems = check.run()
    assert problems  # the bad page is reported
    assert _digest(data_dir) == before


def test_a_cancelled_integrity_check_answers_none(
    made, keyring_backend, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault, _, _ = made
    journal = vault.unlock_with_keyring()
    fill(journal, 1500, seed=3)  # enough pages that the check takes a while
    check = vault.integrity_check()
    check.cancel()
    assert check.run() is None  # cancelled before it started: nothing is opened

    steps = IntegrityCheck.PROGRESS_STEPS
    whole_check = database.integrity_problems
    counted: list[int] = []  # progress calls of a whole check (each one every `steps` steps)
    stopped: list[str] = []

    def spy(conn: sqlcipher3.Connection, go_on: object = None, stop_at: int = 0) -> list[str]:
        if stop_at == 0:  # cancelled from outside: the check's own progress handler stops it
            check.cancel()
        else:  # the check's own handler, which also cancels at a given progress call
            calls = 0

            def handler() -> bool:
                nonlocal calls
                calls += 1
                if calls == stop_at:
                    check.cancel()
                return check.cancelled

            conn.set_progress_handler(handler, steps)
        try:
            return whole_check(conn, go_on)  # type: ignore[arg-type]
        except sqlcipher3.OperationalError as exc:
            stopped.append(str(exc))
            raise

    def count(conn: sqlcipher3.Connection, go_on: object = None) -> list[str]:
        def handler() -> bool:
            counted.append(1)
            return False

        conn.set_progress_handler(handler, steps)
        return whole_check(conn, go_on)  # type: ignore[arg-type]

    monkeypatch.setattr(database, "integrity_problems", count)
    assert vault.integrity_check().run() == []
    whole = len(counted)
    assert whole > 20  # enough pages that a check is stopped part-way
    shares = (0.0, 0.05, 0.2, 0.4)  # within the quick check (about three quarters of the time)
    for share in shares:
        check = vault.integrity_check()
        stop_at = round(whole * share)
        monkeypatch.setattr(
            database,
            "integrity_problems",
            lambda conn, go_on=None, n=stop_at: spy(conn, go_on, n),
        )
        assert check.run() is None, share
    assert stopped == ["interrupted"] * len(shares)  # stopped part-way, not run to its end
    vault.lock()


def test_a_truncated_journal_is_damage(made, data_dir: Path) -> None:
    vault, _, _ = made
    data = vault.journal_path.read_bytes()
    vault.journal_path.write_bytes(data[: len(data) // 2 + 17])
    before = _digest(data_dir)
    try:
        journal = vault.unlock_with_keyring()
    except JournalDamaged:
        pass
    else:
        assert journal.check()
        vault.lock()
    assert _digest(data_dir) == before


def test_a_journal_from_a_newer_version_is_refused_unchanged(made, data_dir: Path) -> None:
    vault, _, _ = made
    journal = vault.unlock_with_keyring()
    journal.conn.execute("PRAGMA user_version = 99")
    vault.lock()
    before = _digest(data_dir)
    with pytest.raises(JournalTooNew) as caught:
        vault.unlock_with_keyring()
    assert caught.value.found == 99
    assert _digest(data_dir) == before
    assert not vault.is_unlocked


def test_missing_or_damaged_key_slots(made) -> None:
    vault, code, _ = made
    vault.slots_path.write_text("{ not json")
    with pytest.raises(KeySlotsDamaged):
        vault.unlock_with_keyring()
    with pytest.raises(KeySlotsDamaged):
        vault.unlock_with_recovery_code(code)
    vault.slots_path.unlink()
    with pytest.raises(KeySlotsDamaged, match="missing"):
        vault.unlock_with_keyring()


def test_no_journal_is_missing(vault: Vault) -> None:
    with pytest.raises(JournalMissing):
        vault.unlock_with_keyring()
    assert not vault.data_dir.exists()


def test_a_second_vault_on_the_same_journal_is_busy(
    made, data_dir: Path, keystore: KeyStore, make_vault
) -> None:
    vault, _, _ = made
    vault.unlock_with_keyring()
    other = make_vault(data_dir, keystore)
    with pytest.raises(JournalBusy):
        other.unlock_with_keyring()
    vault.lock()
    other.unlock_with_keyring()
    other.lock()


def test_a_lone_key_file_is_damage_never_a_place_for_a_new_journal(
    vault: Vault, data_dir: Path
) -> None:
    """A key file without its journal (lost, or an unfinished setup) is damage: no new journal is
    made over it; setting it aside (the damage flow's "start over") keeps it and frees the
    folder."""
    data_dir.mkdir(parents=True)
    key = keyslots.new_key()
    orphan = keyslots.create(key, "0123456789abcdef", None).with_slot("recovery", b"x", key, FAST)
    keyslots.write(vault.slots_path, orphan)
    before = vault.slots_path.read_bytes()
    assert vault.exists()
    with pytest.raises(JournalExists):
        vault.create()
    with pytest.raises(JournalDamaged, match="missing"):
        vault.unlock_with_keyring()
    assert vault.slots_path.read_bytes() == before
    assert sorted(p.name for p in data_dir.iterdir()) == ["journal.keys"]
    salvage.set_damaged_aside(vault)
    vault.create()
    kept = list((data_dir / "set-aside").rglob("journal.keys"))
    assert len(kept) == 1
    assert keyslots.read(kept[0]).journal_id == "0123456789abcdef"


def test_lock_forgets_everything(made) -> None:
    vault, _, _ = made
    journal = vault.unlock_with_keyring()
    vault.lock()
    assert journal.closed
    assert vault.journal is None
    with pytest.raises(RuntimeError):
        vault.set_passphrase("a long passphrase")
    vault.lock()  # twice is fine


def test_the_clock_dates_set_aside_folders(made, clock: Clock, data_dir: Path) -> None:
    vault, _, _ = made
    vault.unlock_with_keyring()
    vault.restore(vault.backup().path)
    (aside,) = (data_dir / "set-aside").iterdir()
    assert aside.name.startswith(f"{clock():%Y%m%d-%H%M%S}")
