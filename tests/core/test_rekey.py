"""Re-keying: a new recovery code or a changed passphrase makes a new data key, and the old
secrets open nothing written afterwards; backups made before are found, re-encrypted or deleted.

Every test works on real SQCipher files in a temp folder. The attack tried throughout is the one
from issue 12: keep an old backup's key file and the old recovery code (or passphrase), unwrap the
old key from it, and try that key on everything in the data folder.
"""

from __future__ import annotations

import dataclasses
import hashlib
import io
import threading
from pathlib import Path

import pytest

from peerdesk import backups, keyslots, old_backups, salvage
from peerdesk.cli import main
from peerdesk.database import connect, rows
from peerdesk.errors import (
    InvalidInput,
    PassphraseNeeded,
    PeerDeskError,
    RekeyUnfinished,
    WrongKey,
)
from peerdesk.keyslots import PASSPHRASE, RECOVERY, KeySlots, LockMode
from peerdesk.keystore import KeyStore, MemoryKeyring
from peerdesk.recovery import RecoveryCode
from peerdesk.sessions import FINISHED, Session
from peerdesk.vault import Vault
from tests.conftest import Clock, day
from tests.read_only import unrenameable

MARKER = "written after the re-key: the heron by the weir"


def _digest(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and p.name != ".peerdesk.lock"
    }


def _write_marker(vault: Vault) -> int:
    assert vault.journal is not None
    peer = vault.journal.peers.find("Heron") or vault.journal.peers.add("Heron")
    saved = vault.journal.sessions.save(
        Session(
            held_on=day(3),
            status=FINISHED,
            peer_id=peer.id,
            contact_kind="peer_asked",
            notes={"listen": MARKER},
        )
    )
    assert saved.id is not None
    return saved.id


def _opens(path: Path, key: bytes) -> bool:
    """Whether ``key`` reads ``path`` as a SQLCipher database (an empty file holds nothing)."""
    if path.stat().st_size == 0:
        return False
    try:
        conn = connect(path, key)
    except PeerDeskError:
        return False
    try:
        rows(conn, "SELECT count(*) FROM sqlite_master")
        return True
    except Exception:
        return False
    finally:
        conn.close()


def _nothing_since_opens_with(data_dir: Path, key: bytes, made_before: set[Path]) -> list[Path]:
    """Every file in the data folder, except the backups made before, that ``key`` opens."""
    return [
        p
        for p in sorted(data_dir.rglob("*"))
        if p.is_file() and p not in made_before and _opens(p, key)
    ]


@pytest.fixture
def opened(vault: Vault, clock: Clock, keyring_backend: MemoryKeyring):
    """A journal with one session and a backup made before any re-key."""
    _journal, code = vault.create()
    _write_marker(vault)
    before = vault.backup()
    clock.now = clock.now.replace(minute=45)
    return vault, code, before


def test_a_new_recovery_code_retires_the_old_key_for_everything_written_since(
    opened, keyring_backend: MemoryKeyring, data_dir: Path
) -> None:
    vault, old_code, before = opened
    old_key = keyslots.read(backups.keys_path(before.path)).unwrap(RECOVERY, old_code.secret)
    new_code = vault.regenerate_recovery_code()
    session_id = _write_marker(vault)
    vault.lock()

    # The attack: the old code unwraps the old key from the old backup's key file...
    unwrapped = keyslots.read(backups.keys_path(before.path)).unwrap(RECOVERY, old_code.secret)
    assert unwrapped == old_key
    # ...and that key opens nothing in the data folder written since, today's journal included.
    made_before = {before.path, backups.keys_path(before.path)}
    assert _nothing_since_opens_with(data_dir, unwrapped, made_before) == []
    assert not _opens(vault.journal_path, unwrapped)
    assert old_key.hex() not in keyring_backend.entries.values()
    with pytest.raises(WrongKey):
        vault.unlock_with_recovery_code(old_code)
    # The new code opens today's journal, with the session written after the re-key.
    journal = vault.unlock_with_recovery_code(new_code)
    assert journal.sessions.get(session_id).notes["listen"] == MARKER
    assert journal.check() == []
    # The keyring holds the new key, read back, and it opens the journal.
    (stored,) = keyring_backend.entries.values()
    assert vault.read_slots().matches(bytes.fromhex(stored))
    vault.lock()
    assert vault.unlock_with_keyring().sessions.get(session_id).notes["listen"] == MARKER


def test_a_changed_passphrase_retires_the_old_key_and_keeps_the_typed_code(
    opened, data_dir: Path
) -> None:
    vault, code, _ = opened
    vault.set_passphrase("the first passphrase")
    first = vault.backup()
    made_before = set((data_dir / "backups").iterdir())
    kept = vault.set_passphrase("the second passphrase", recovery_code=code.text.lower())
    assert kept is None  # the code typed back is kept: nothing new to write down
    session_id = _write_marker(vault)
    vault.lock()

    old_slots = keyslots.read(backups.keys_path(first.path))
    old_key = old_slots.unwrap(PASSPHRASE, b"the first passphrase")
    assert _nothing_since_opens_with(data_dir, old_key, made_before) == []
    with pytest.raises(WrongKey):
        vault.unlock_with_passphrase("the first passphrase")
    assert vault.unlock_with_passphrase("the second passphrase").sessions.get(session_id)
    vault.lock()
    assert vault.unlock_with_recovery_code(code).sessions.get(session_id)  # still the same code


def test_changing_the_passphrase_without_the_code_makes_a_new_code(opened) -> None:
    vault, old_code, _ = opened
    vault.set_passphrase("the first passphrase")
    new_code = vault.set_passphrase("the second passphrase")
    assert isinstance(new_code, RecoveryCode) and new_code != old_code
    vault.lock()
    with pytest.raises(WrongKey):
        vault.unlock_with_recovery_code(old_code)
    vault.unlock_with_recovery_code(new_code)
    vault.lock()
    vault.unlock_with_passphrase("the second passphrase")


def test_a_mistyped_code_or_passphrase_changes_nothing(opened, data_dir: Path) -> None:
    vault, code, _ = opened
    vault.set_passphrase("the first passphrase")
    before = _digest(data_dir)
    with pytest.raises(WrongKey):
        vault.set_passphrase("the second passphrase", recovery_code=RecoveryCode.generate())
    with pytest.raises(InvalidInput) as missing:
        vault.regenerate_recovery_code()
    assert missing.value.field == "passphrase"
    with pytest.raises(WrongKey):
        vault.regenerate_recovery_code("not the passphrase")
    assert _digest(data_dir) == before
    vault.lock()
    vault.unlock_with_passphrase("the first passphrase")
    vault.lock()
    vault.unlock_with_recovery_code(code)


def test_a_new_code_with_a_passphrase_keeps_the_passphrase(opened) -> None:
    vault, old_code, _ = opened
    vault.set_passphrase("the first passphrase")
    chosen = RecoveryCode.generate()
    assert vault.regenerate_recovery_code("the first passphrase", code=chosen) == chosen
    vault.lock()
    with pytest.raises(WrongKey):
        vault.unlock_with_recovery_code(old_code)
    vault.unlock_with_passphrase("the first passphrase")
    vault.lock()
    vault.unlock_with_recovery_code(chosen)


def test_rekeyed_slots_keep_every_field_but_the_key_check_and_the_slots() -> None:
    key, other = keyslots.new_key(), keyslots.new_key()
    slots = keyslots.create(key, "0123456789abcdef", "SecretService").with_slot(
        RECOVERY, b"secret", key, keyslots.KdfCost(n=2**10)
    )
    fresh = slots.rekeyed(other)
    for f in dataclasses.fields(KeySlots):  # so fields added later (a lock mode) survive too
        if f.name not in ("key_check", "slots"):
            assert getattr(fresh, f.name) == getattr(slots, f.name), f.name
    assert fresh.slots == {} and fresh.matches(other) and not fresh.matches(key)


# --- backups made before ------------------------------------------------------------------------


@pytest.fixture
def rekeyed(opened, tmp_path: Path, clock: Clock):
    """Two backups before the re-key (one also in a second folder), then a new code."""
    vault, old_code, first = opened
    second_folder = tmp_path / "usb"
    second_folder.mkdir()
    clock.now = clock.now.replace(minute=50)
    elsewhere = vault.backup(second_folder)
    clock.now = clock.now.replace(minute=55)
    new_code = vault.regenerate_recovery_code()
    return vault, old_code, new_code, second_folder, [first, elsewhere]


def test_backups_made_before_are_listed_with_the_old_key(rekeyed) -> None:
    vault, _old, _new, second_folder, before = rekeyed
    found = vault.old_key_backups((second_folder,))
    assert [b.path for b in found] == [b.path for b in before]
    assert all(vault.can_reencrypt(b) for b in found)
    assert vault.last_backup() not in found  # the one made under the new key is not listed
    vault.forget_retired_key()
    assert not any(vault.can_reencrypt(b) for b in found)


def test_re_encrypting_an_old_backup_puts_it_under_the_new_key(rekeyed) -> None:
    vault, old_code, new_code, second_folder, before = rekeyed
    progress: list[tuple[int, int]] = []
    job = vault.old_backups_job(before, old_backups.REENCRYPT)
    result = old_backups.run(job, lambda done, total: progress.append((done, total)))
    assert result.problems == () and set(result.done) == {b.path for b in before}
    assert progress == [(0, 2), (1, 2), (2, 2)]
    assert vault.old_key_backups((second_folder,)) == []
    for made in before:
        assert not made.path.exists() and not backups.keys_path(made.path).exists()
    again = backups.existing(second_folder, vault.read_slots().journal_id)
    assert len(again) == 1
    with pytest.raises(WrongKey):  # the old code no longer opens it...
        vault.preview_backup(again[0].path, old_code)
    preview = vault.preview_backup(again[0].path, new_code)  # ...the new one does
    assert preview.summary.sessions == 1
    assert again[0].path.name.startswith(before[1].path.stem)  # it keeps its time
    vault.lock()
    assert vault.restore(again[0].path, new_code).check() == []


def test_deleting_old_backups_removes_both_files(rekeyed) -> None:
    vault, _old, _new, second_folder, before = rekeyed
    vault.forget_retired_key()  # later: only deleting is possible without the old code
    job = vault.old_backups_job(before, old_backups.REENCRYPT)
    result = old_backups.run(job)
    assert [p for p, _e in result.problems] == [b.path for b in before]
    assert all(isinstance(e, WrongKey) for _p, e in result.problems)
    assert all(b.path.exists() for b in before)  # a refused re-encryption changes nothing
    old_backups.run(vault.old_backups_job(before, old_backups.DELETE))
    for made in before:
        assert not made.path.exists() and not backups.keys_path(made.path).exists()
    assert vault.old_key_backups((second_folder,)) == []
    assert vault.last_backup() is not None  # the backup under the new key stays


def test_a_cancelled_job_stops_between_backups(rekeyed) -> None:
    vault, _old, _new, second_folder, before = rekeyed
    stop = threading.Event()
    job = vault.old_backups_job(before, old_backups.DELETE)

    def progress(done: int, _total: int) -> None:
        if done == 1:
            stop.set()

    with pytest.raises(old_backups.Cancelled):
        old_backups.run(job, progress, stop)
    assert not before[0].path.exists() and before[1].path.exists()
    assert len(vault.old_key_backups((second_folder,))) == 1


def test_lock_forgets_the_retired_key(rekeyed) -> None:
    vault, _old, _new, _second, before = rekeyed
    vault.lock()
    vault.unlock_with_keyring()
    assert not vault.has_retired_key
    assert not any(vault.can_reencrypt(b) for b in before)


def test_killed_before_the_keyring_had_the_new_key_the_new_code_opens_and_mends_it(
    opened, keyring_backend: MemoryKeyring
) -> None:
    """The new code is shown and checked before the switch, so a crash between the swap and the
    keyring write never leaves a journal that only an unseen code opens."""
    vault, _old_code, _ = opened
    (entry,) = keyring_backend.entries
    old_entry = keyring_backend.entries[entry]
    new_code = vault.regenerate_recovery_code()
    vault.lock()
    keyring_backend.entries[entry] = old_entry  # as if killed before the keyring was written
    with pytest.raises(WrongKey):
        vault.unlock_with_keyring()
    vault.lock()
    vault.unlock_with_recovery_code(new_code)
    vault.lock()
    assert keyring_backend.entries[entry] != old_entry
    assert vault.unlock_with_keyring().sessions.get(1)


def test_removing_the_passphrase_retires_the_old_key_too(opened, data_dir: Path) -> None:
    vault, code, _ = opened
    vault.set_passphrase("the old passphrase")
    first = vault.backup()
    made_before = set((data_dir / "backups").iterdir())
    assert vault.remove_passphrase(recovery_code=code) is None  # the code typed back is kept
    session_id = _write_marker(vault)
    vault.lock()
    old_key = keyslots.read(backups.keys_path(first.path)).unwrap(PASSPHRASE, b"the old passphrase")
    assert _nothing_since_opens_with(data_dir, old_key, made_before) == []
    assert not vault.has_passphrase
    assert vault.unlock_with_recovery_code(code).sessions.get(session_id)


def test_a_re_key_that_cannot_swap_changes_nothing_and_the_journal_stays_open(
    opened, data_dir: Path, keyring_backend: MemoryKeyring
) -> None:
    vault, code, _ = opened
    (data_dir / "set-aside").write_bytes(b"not a folder")  # the old pair cannot be kept aside
    entries = dict(keyring_backend.entries)
    slots_before = vault.slots_path.read_bytes()
    with pytest.raises(PeerDeskError) as failed:
        vault.regenerate_recovery_code()
    assert failed.value.code in ("storage_error", "storage_full")
    assert vault.journal is not None and vault.journal.peers.find("Heron")  # open, old key
    assert vault.slots_path.read_bytes() == slots_before
    assert keyring_backend.entries == entries
    assert not [p for p in data_dir.iterdir() if p.name.startswith(".swap") or "incoming" in p.name]
    vault.check_recovery_code(code)
    assert not vault.has_retired_key


def test_a_re_key_deletes_none_of_the_backups_made_before(opened) -> None:
    """The supporter keeps more backups than the default ten (their plan says 30): the backup
    made right after a re-key must not rotate the older ones away before they are offered."""
    vault, _code, before = opened
    made = [before.path] + [vault.backup(keep=30).path for _ in range(backups.DEFAULT_KEEP + 1)]
    vault.regenerate_recovery_code()
    assert all(path.exists() for path in made)
    assert len(vault.old_key_backups()) == len(made)


@pytest.mark.parametrize("unlocked", [True, False])
def test_restoring_a_backup_from_before_the_re_key_brings_back_no_old_secret(
    opened, keyring_backend: MemoryKeyring, data_dir: Path, unlocked: bool
) -> None:
    # A new code, then a restore of a backup made before it (the old code is typed to read
    # it). Before, the backup's key file came back with it: the old code and the old key in
    # the keyring opened the journal again, and everything written after the restore.
    vault, old_code, before = opened
    old_key = keyslots.read(backups.keys_path(before.path)).unwrap(RECOVERY, old_code.secret)
    new_code = vault.regenerate_recovery_code()
    if not unlocked:
        vault.lock()  # a restore from the lock screen: today's key is still in the keyring
    restored = vault.restore(before.path, old_code)
    assert restored.sessions.count() == 1  # the backup's session is back
    session_id = _write_marker(vault)
    vault.lock()

    made_before = {before.path, backups.keys_path(before.path)}
    assert _nothing_since_opens_with(data_dir, old_key, made_before) == []
    assert old_key.hex() not in keyring_backend.entries.values()
    with pytest.raises(WrongKey):
        vault.unlock_with_recovery_code(old_code)
    reopened = vault.unlock_with_recovery_code(new_code)
    assert MARKER in reopened.sessions.get(session_id).notes["listen"]
    vault.lock()
    assert vault.unlock_with_keyring().sessions.get(session_id) is not None
    vault.lock()


def test_a_re_key_decided_but_not_finished_says_the_new_code_opens_the_journal(
    opened, data_dir: Path
) -> None:
    """The swap was decided (its marker written) but renaming the new key file into place fails,
    and so does the retry: the next start finishes the swap, so the error must say the NEW code
    opens the journal, and the old journal must not stay open to take writes that would vanish."""
    vault, old_code, _ = opened
    new_code = RecoveryCode.generate()
    with unrenameable(vault.slots_path):
        with pytest.raises(RekeyUnfinished) as failed:
            vault.regenerate_recovery_code(code=new_code)
        assert failed.value.code == "rekey_unfinished"
        assert vault.journal is None  # nothing may be written into the old journal now
    vault.lock()
    with pytest.raises(WrongKey):  # the next start finishes the swap: the old code is retired
        vault.unlock_with_recovery_code(old_code)
    vault.lock()
    journal = vault.unlock_with_recovery_code(new_code)
    assert journal.peers.find("Heron") and journal.check() == []


PASS = "quiet harbour lights"


@pytest.fixture
def passphrase_mode_rekeyed(vault: Vault, clock: Clock):
    """Passphrase mode; a backup; then a new recovery code; the journal locked (the lock screen
    or the command line: today's key is in no keyring and not in memory)."""
    _journal, old_code = vault.create(PASS, lock_mode=LockMode.PASSPHRASE)
    _write_marker(vault)
    before = vault.backup()
    clock.now = clock.now.replace(minute=45)
    new_code = vault.regenerate_recovery_code(PASS)
    vault.lock()
    return vault, before, old_code, new_code


def test_a_backup_from_before_a_new_key_needs_todays_passphrase_to_come_back(
    passphrase_mode_rekeyed, data_dir: Path
) -> None:
    """Without today's passphrase the restore would bring back the retired key and key file
    (the old code then opens what is written afterwards): it asks for it, and a missing or
    wrong one changes nothing."""
    vault, before, old_code, new_code = passphrase_mode_rekeyed
    old_key = keyslots.read(backups.keys_path(before.path)).unwrap(RECOVERY, old_code.secret)
    assert vault.preview_backup(before.path, old_code).needs_todays_passphrase
    unchanged = _digest(data_dir)
    with pytest.raises(PassphraseNeeded):
        vault.restore(before.path, old_code)
    with pytest.raises(WrongKey):
        vault.restore(before.path, old_code, todays_passphrase="not the passphrase of today")
    assert _digest(data_dir) == unchanged and not vault.is_unlocked
    vault.restore(before.path, old_code, todays_passphrase=PASS)
    session_id = _write_marker(vault)
    vault.lock()
    assert not vault.read_slots().matches(old_key)
    assert vault.lock_mode is LockMode.PASSPHRASE
    with pytest.raises(WrongKey):
        vault.unlock_with_recovery_code(old_code)
    assert MARKER in vault.unlock_with_passphrase(PASS).sessions.get(session_id).notes["listen"]
    vault.lock()
    assert vault.unlock_with_recovery_code(new_code).sessions.get(session_id) is not None


def test_the_restore_command_asks_for_todays_passphrase_and_changes_nothing_without_it(
    passphrase_mode_rekeyed, data_dir: Path, keystore: KeyStore
) -> None:
    vault, before, old_code, _new_code = passphrase_mode_rekeyed
    unchanged = _digest(data_dir)
    for typed in (old_code.text + "\n", old_code.text + "\nnot the passphrase of today\n"):
        out, err = io.StringIO(), io.StringIO()
        status = main(
            ["--data-dir", str(data_dir), "restore", str(before.path), "--recovery-code", "--yes"],
            keystore=keystore,
            stdin=io.StringIO(typed),
            stdout=out,
            stderr=err,
        )
        assert status in (1, 2), out.getvalue()  # a problem, or an answer missing
        assert err.getvalue().startswith("peerdesk: error: ") and err.getvalue().count("\n") == 1
        assert "the lock passphrase you use today" in out.getvalue()
        assert _digest(data_dir) == unchanged


@pytest.mark.parametrize("action", [old_backups.REENCRYPT, old_backups.DELETE])
@pytest.mark.parametrize("retire", ["new code", "new passphrase"])
def test_set_aside_and_rescued_journals_are_dealt_with_like_old_backups(
    vault: Vault, clock: Clock, data_dir: Path, action: str, retire: str
) -> None:
    """A restore sets today's journal aside (``set-aside/…-before-restore``) and a rescue writes
    ``rescued/peerdesk-rescued-….db``, each with its own key file. After a new code or a changed
    passphrase the old secrets still open them: they are listed with the old backups, saying
    what they are, and re-encrypted or deleted the same way."""
    _journal, old_code = vault.create(PASS)
    first = vault.backup()
    clock.now = clock.now.replace(minute=40)
    _write_marker(vault)
    vault.restore(first.path)  # today's journal, with the marker, is set aside
    rescued = data_dir / "rescued" / "peerdesk-rescued-20261101-094500.db"
    rescued.parent.mkdir()
    made = vault.backup()
    made.path.rename(rescued)  # a rescue is a journal under the same key, with its key file
    backups.keys_path(made.path).rename(backups.keys_path(rescued))
    old_key = keyslots.read(vault.slots_path).unwrap(RECOVERY, old_code.secret)
    clock.now = clock.now.replace(minute=50)
    if retire == "new code":
        vault.regenerate_recovery_code(PASS)
    else:
        vault.set_passphrase("another long passphrase", recovery_code=old_code)
    kept = [b for b in vault.old_key_backups() if b.kind != backups.BACKUP]
    assert sorted(b.kind for b in kept) == [backups.RESCUED, backups.SET_ASIDE]
    (aside,) = [b.path for b in kept if b.kind == backups.SET_ASIDE]
    assert aside.name == "journal.db" and aside.parent.name.endswith("-before-restore")
    assert all(vault.can_reencrypt(b) for b in kept)
    result = old_backups.run(vault.old_backups_job(kept, action))
    assert result.problems == () and set(result.done) == {aside, rescued}
    assert not aside.exists() and not rescued.exists()
    assert [b for b in vault.old_key_backups() if b.kind != backups.BACKUP] == []
    made_before = {first.path, backups.keys_path(first.path)}
    assert _nothing_since_opens_with(data_dir, old_key, made_before) == []
    if action == old_backups.REENCRYPT:  # what was set aside is kept, under today's key
        again = aside.with_name("journal-2.db")
        key = salvage.key_for(vault)[0]
        assert keyslots.read(backups.keys_path(again)).matches(key)
        conn = connect(again, key)
        try:
            assert MARKER in str(rows(conn, "SELECT text FROM notes"))
        finally:
            conn.close()
    else:
        assert not aside.parent.exists()  # the emptied set-aside folder goes too
