"""The two lock modes (DESIGN §4) and Unicode-normalised passphrases and recovery codes.

"Open with my computer login": the key is in the keyring. "Ask for my passphrase every time": the
key is in no keyring (switching deletes it and reads back that it is gone), the keyring is never
read to open the journal, and the passphrase or the recovery code opens it, also after a restart.
"""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest

from peerdesk import backups, keyslots, salvage
from peerdesk.errors import (
    InvalidInput,
    KeyringDeleteFailed,
    KeyringEntryMissing,
    KeySlotsDamaged,
    PassphraseNeeded,
    WrongKey,
)
from peerdesk.keyslots import PASSPHRASE, RECOVERY, LockMode
from peerdesk.keystore import SERVICE, KeyStore, MemoryKeyring
from peerdesk.recovery import RecoveryCode
from peerdesk.vault import WEAK_COMMON, WEAK_REPEATED, WEAK_RUN, Vault
from tests.conftest import FAST
from tests.core.test_keystore import UndeletableKeyring

PASS = "a long enough passphrase"


class CountingKeyring(MemoryKeyring):
    """The in-memory keyring, counting every read: passphrase mode must not read at all."""

    def __init__(self) -> None:
        super().__init__()
        self.reads = 0

    def get_password(self, service: str, username: str) -> str | None:
        self.reads += 1
        return super().get_password(service, username)


def _entries(backend: MemoryKeyring) -> list[tuple[str, str]]:
    return [entry for entry in backend.entries if entry[0] == SERVICE]


def _restart(vault: Vault, make_vault, keystore: KeyStore | None = None) -> Vault:
    """The same data folder opened by a new PeerDesk process (the old one quit)."""
    vault.lock()
    return make_vault(vault.data_dir, keystore or vault.keystore)


# --- key-slot file ------------------------------------------------------------------------------


def _file_doc(slots: keyslots.KeySlots) -> dict[str, object]:
    doc: dict[str, object] = json.loads(keyslots.dumps(slots))
    return doc


def _slots(backend: str | None, *, passphrase: bool) -> keyslots.KeySlots:
    key = keyslots.new_key()
    slots = keyslots.create(key, "0123456789abcdef", backend)
    slots = slots.with_slot(RECOVERY, b"recovery-secret", key, FAST)
    return slots.with_slot(PASSPHRASE, b"passphrase", key, FAST) if passphrase else slots


def test_the_lock_mode_round_trips_and_survives_other_changes() -> None:
    slots = _slots("some.Backend", passphrase=True).with_lock_mode(LockMode.PASSPHRASE)
    again = keyslots.loads(keyslots.dumps(slots))
    assert again.lock_mode is LockMode.PASSPHRASE
    assert _file_doc(slots)["lock_mode"] == "passphrase"
    assert again.with_backend(None).lock_mode is LockMode.PASSPHRASE
    assert again.without_slot(RECOVERY).lock_mode is LockMode.PASSPHRASE


@pytest.mark.parametrize(
    ("backend", "passphrase", "expected"),
    [
        ("keyring.backends.SecretService.Keyring", True, LockMode.COMPUTER_LOGIN),
        ("keyring.backends.SecretService.Keyring", False, LockMode.COMPUTER_LOGIN),
        (None, True, LockMode.PASSPHRASE),
        (None, False, LockMode.COMPUTER_LOGIN),  # nothing else could open it every day
    ],
)
def test_a_key_file_from_before_lock_modes_reads_by_its_keyring(
    backend: str | None, passphrase: bool, expected: LockMode
) -> None:
    doc = _file_doc(_slots(backend, passphrase=passphrase))
    del doc["lock_mode"]
    assert keyslots.loads(json.dumps(doc).encode()).lock_mode is expected


@pytest.mark.parametrize("mode", ["", "PASSPHRASE", "never", 1, None, ["passphrase"]])
def test_an_unknown_lock_mode_is_damage(mode: object) -> None:
    doc = _file_doc(_slots("some.Backend", passphrase=True))
    doc["lock_mode"] = mode
    if mode is None:  # an explicit null reads like an old file
        assert keyslots.loads(json.dumps(doc).encode()).lock_mode is LockMode.COMPUTER_LOGIN
        return
    with pytest.raises(KeySlotsDamaged):
        keyslots.loads(json.dumps(doc).encode())


def test_passphrase_mode_without_a_passphrase_slot_is_damage() -> None:
    doc = _file_doc(_slots(None, passphrase=False))
    doc["lock_mode"] = "passphrase"
    with pytest.raises(KeySlotsDamaged):
        keyslots.loads(json.dumps(doc).encode())


# --- the vault ----------------------------------------------------------------------------------


@pytest.fixture
def counting() -> CountingKeyring:
    return CountingKeyring()


@pytest.fixture
def opened(data_dir: Path, make_vault, counting: CountingKeyring) -> Vault:
    """A new journal in computer-login mode (the default), open, with one peer."""
    vault: Vault = make_vault(data_dir, KeyStore(counting))
    journal, _code = vault.create()
    journal.peers.add("Heron")
    return vault


def test_computer_login_is_the_default_and_keeps_the_key_in_the_keyring(
    opened: Vault, counting: CountingKeyring, make_vault
) -> None:
    assert opened.lock_mode is LockMode.COMPUTER_LOGIN
    assert len(_entries(counting)) == 1
    again = _restart(opened, make_vault)
    assert again.unlock_with_keyring().peers.find("Heron") is not None


def test_switching_to_passphrase_mode_deletes_the_key_and_a_restart_asks(
    opened: Vault, counting: CountingKeyring, make_vault
) -> None:
    opened.set_lock_mode(LockMode.PASSPHRASE, PASS)
    assert _entries(counting) == []
    assert opened.keyring_problem is None
    assert opened.lock_mode is LockMode.PASSPHRASE
    slots = opened.read_slots()
    assert slots.lock_mode is LockMode.PASSPHRASE and slots.keyring_backend is None

    again = _restart(opened, make_vault)
    counting.reads = 0
    with pytest.raises(PassphraseNeeded):
        again.unlock_with_keyring()
    assert counting.reads == 0  # the keyring was not even asked
    assert not again.is_unlocked
    with pytest.raises(WrongKey):
        again.unlock_with_passphrase("not the passphrase at all")
    assert again.unlock_with_passphrase(PASS).peers.find("Heron") is not None
    assert _entries(counting) == []  # an unlock does not put the key back
    again.lock()


def test_the_recovery_code_still_opens_in_passphrase_mode(
    data_dir: Path, make_vault, counting: CountingKeyring
) -> None:
    vault: Vault = make_vault(data_dir, KeyStore(counting))
    _journal, code = vault.create(PASS, lock_mode=LockMode.PASSPHRASE)
    assert _entries(counting) == []  # never stored, not even at creation
    again = _restart(vault, make_vault)
    with pytest.raises(PassphraseNeeded):
        again.unlock_with_keyring()
    again.unlock_with_recovery_code(code.text)
    assert _entries(counting) == []
    assert again.lock_mode is LockMode.PASSPHRASE


def test_passphrase_mode_needs_a_passphrase(opened: Vault, counting: CountingKeyring) -> None:
    with pytest.raises(InvalidInput):
        opened.set_lock_mode(LockMode.PASSPHRASE)
    with pytest.raises(InvalidInput):
        opened.set_lock_mode(LockMode.PASSPHRASE, "short")
    assert opened.read_slots().lock_mode is LockMode.COMPUTER_LOGIN
    assert len(_entries(counting)) == 1


def test_with_a_passphrase_set_switching_needs_that_passphrase(
    opened: Vault, counting: CountingKeyring
) -> None:
    opened.set_passphrase(PASS)
    before = opened.slots_path.read_bytes()
    with pytest.raises(WrongKey):
        opened.set_lock_mode(LockMode.PASSPHRASE, "another long passphrase")
    assert opened.slots_path.read_bytes() == before
    assert len(_entries(counting)) == 1
    opened.set_lock_mode(LockMode.PASSPHRASE, PASS)
    assert _entries(counting) == []


def test_switching_back_stores_the_key_and_reads_it_back(
    opened: Vault, counting: CountingKeyring, make_vault
) -> None:
    opened.set_lock_mode(LockMode.PASSPHRASE, PASS)
    counting.reads = 0
    opened.set_lock_mode(LockMode.COMPUTER_LOGIN)
    assert len(_entries(counting)) == 1
    assert counting.reads >= 1  # read back after writing
    slots = opened.read_slots()
    assert slots.lock_mode is LockMode.COMPUTER_LOGIN
    assert slots.keyring_backend == "tests.core.test_lock_mode.CountingKeyring"
    again = _restart(opened, make_vault)
    assert again.unlock_with_keyring().peers.find("Heron") is not None
    again.lock()
    assert again.unlock_with_passphrase(PASS)  # the passphrase still works as well


def test_an_entry_found_in_passphrase_mode_is_deleted_at_unlock(
    opened: Vault, counting: CountingKeyring, make_vault
) -> None:
    """A restored backup or an old install can leave the key in the keyring again."""
    opened.set_lock_mode(LockMode.PASSPHRASE, PASS)
    journal_id = opened.read_slots().journal_id
    again = _restart(opened, make_vault)
    old_install = make_vault(Path(str(again.data_dir) + "-old"), KeyStore(counting))
    old_install.create()  # another journal's entry must stay
    old_install.lock()
    counting.set_password(SERVICE, f"journal-{journal_id}", "00" * 32)
    again.unlock_with_passphrase(PASS)
    assert (SERVICE, f"journal-{journal_id}") not in counting.entries
    assert len(_entries(counting)) == 1  # the other journal's key is left alone
    assert again.keyring_problem is None


def test_a_keyring_that_will_not_delete_is_reported_and_the_mode_holds(
    data_dir: Path, make_vault
) -> None:
    stubborn = UndeletableKeyring()
    vault: Vault = make_vault(data_dir, KeyStore(stubborn))
    vault.create()
    with pytest.raises(KeyringDeleteFailed):
        vault.set_lock_mode(LockMode.PASSPHRASE, PASS)
    # The mode is written first: PeerDesk no longer opens from the keyring even so.
    assert vault.read_slots().lock_mode is LockMode.PASSPHRASE
    again = _restart(vault, make_vault)
    with pytest.raises(PassphraseNeeded):
        again.unlock_with_keyring()
    again.unlock_with_passphrase(PASS)
    assert isinstance(again.keyring_problem, KeyringDeleteFailed)  # told, retried each unlock
    assert again.read_slots().keyring_backend is not None  # still names where the key is


def test_the_passphrase_cannot_be_removed_in_passphrase_mode(opened: Vault) -> None:
    opened.set_lock_mode(LockMode.PASSPHRASE, PASS)
    with pytest.raises(InvalidInput):
        opened.remove_passphrase()
    assert opened.has_passphrase


def test_a_rekey_keeps_the_lock_mode(opened: Vault, counting: CountingKeyring, make_vault) -> None:
    opened.set_lock_mode(LockMode.PASSPHRASE, PASS)
    opened.set_passphrase("the next passphrase")  # a changed passphrase re-keys
    assert opened.read_slots().lock_mode is LockMode.PASSPHRASE
    assert _entries(counting) == []
    opened.regenerate_recovery_code("the next passphrase")  # so does a new recovery code
    assert opened.read_slots().lock_mode is LockMode.PASSPHRASE
    assert _entries(counting) == []
    again = _restart(opened, make_vault)
    with pytest.raises(PassphraseNeeded):
        again.unlock_with_keyring()
    again.unlock_with_passphrase("the next passphrase")


def test_an_old_passphrase_only_journal_opens_in_passphrase_mode(
    data_dir: Path, make_vault, counting: CountingKeyring
) -> None:
    """Made before lock modes while the keyring failed: no keyring recorded, no mode field."""
    vault: Vault = make_vault(data_dir, KeyStore(counting))
    vault.create(PASS, lock_mode=LockMode.PASSPHRASE)
    doc = json.loads(vault.slots_path.read_bytes())
    del doc["lock_mode"]
    vault.lock()
    vault.slots_path.write_text(json.dumps(doc))
    again = make_vault(data_dir, KeyStore(counting))
    assert again.lock_mode is LockMode.PASSPHRASE
    with pytest.raises(PassphraseNeeded):
        again.unlock_with_keyring()
    again.unlock_with_passphrase(PASS)
    assert _entries(counting) == []


# --- Unicode: NFC before use --------------------------------------------------------------------

COMPOSED = "caf\u00e9 cr\u00e8me br\u00fbl\u00e9e"
DECOMPOSED = unicodedata.normalize("NFD", COMPOSED)


@pytest.mark.parametrize(("set_as", "typed"), [(COMPOSED, DECOMPOSED), (DECOMPOSED, COMPOSED)])
def test_an_accented_passphrase_opens_however_it_is_composed(
    data_dir: Path, make_vault, set_as: str, typed: str
) -> None:
    assert set_as != typed
    vault: Vault = make_vault(data_dir, KeyStore(MemoryKeyring()))
    vault.create(set_as, lock_mode=LockMode.PASSPHRASE)
    again = _restart(vault, make_vault)
    assert again.unlock_with_passphrase(typed) is not None
    again.lock()
    assert again.unlock_with_passphrase(set_as) is not None
    again.lock()
    with pytest.raises(WrongKey):
        again.unlock_with_passphrase(unicodedata.normalize("NFC", "cafe creme brulee"))


def test_switching_mode_accepts_the_passphrase_however_it_is_composed(opened: Vault) -> None:
    opened.set_passphrase(COMPOSED)
    opened.set_lock_mode(LockMode.PASSPHRASE, DECOMPOSED)
    assert opened.lock_mode is LockMode.PASSPHRASE


def test_a_passphrase_wrapped_before_normalising_still_opens(
    opened: Vault, counting: CountingKeyring, make_vault
) -> None:
    """Older PeerDesk wrapped the bytes exactly as typed: try NFC first, then the exact text."""
    slots = opened.read_slots()
    key = bytes.fromhex(counting.entries[(SERVICE, f"journal-{slots.journal_id}")])
    legacy = slots.with_slot(PASSPHRASE, DECOMPOSED.encode("utf-8"), key, FAST)
    opened.lock()
    keyslots.write(opened.slots_path, legacy)
    again = make_vault(opened.data_dir, KeyStore(counting))
    assert again.unlock_with_passphrase(DECOMPOSED).peers.find("Heron") is not None


def _code_with(letter: str) -> RecoveryCode:
    for n in range(1000):
        code = RecoveryCode(n.to_bytes(17, "big"))
        if letter in code.text:
            return code
    raise AssertionError(f"no code with {letter}")


def test_a_recovery_code_is_normalised_before_reading() -> None:
    code = _code_with("K")
    kelvin = code.text.replace("K", "\u212a")  # KELVIN SIGN: NFC makes it a plain K
    assert RecoveryCode.parse(kelvin) == code


# --- restore and rescue keep to the lock mode ---------------------------------------------------


def test_restoring_a_backup_from_computer_login_days_keeps_passphrase_mode(
    opened: Vault, counting: CountingKeyring, make_vault
) -> None:
    made = opened.backup()  # its key file says computer login and names the keyring
    assert keyslots.read(backups.keys_path(made.path)).lock_mode is LockMode.COMPUTER_LOGIN
    opened.set_lock_mode(LockMode.PASSPHRASE, PASS)
    opened.restore(made.path)
    assert opened.lock_mode is LockMode.PASSPHRASE
    assert _entries(counting) == []  # the restore did not put the key back
    again = _restart(opened, make_vault)
    with pytest.raises(PassphraseNeeded):
        again.unlock_with_keyring()
    assert again.unlock_with_passphrase(PASS).peers.find("Heron") is not None


def test_a_rescue_does_not_read_the_keyring_in_passphrase_mode(
    opened: Vault, counting: CountingKeyring
) -> None:
    from peerdesk import salvage

    opened.set_passphrase(COMPOSED)
    opened.set_lock_mode(LockMode.PASSPHRASE, COMPOSED)
    opened.lock()
    counting.reads = 0
    with pytest.raises(PassphraseNeeded):
        salvage.key_for(opened)
    assert counting.reads == 0
    key, _slots = salvage.key_for(opened, passphrase=DECOMPOSED)
    assert opened.read_slots().matches(key)


def test_a_restore_while_locked_does_not_open_from_the_keyring_in_passphrase_mode(
    data_dir: Path, make_vault
) -> None:
    """A keyring that would not give up the key (reported, the mode holds) must not become a
    way around the passphrase: a restore from the unlock screen asks for the recovery code."""
    stubborn = UndeletableKeyring()
    vault: Vault = make_vault(data_dir, KeyStore(stubborn))
    journal, code = vault.create()
    journal.peers.add("Heron")
    made = vault.backup()
    with pytest.raises(KeyringDeleteFailed):
        vault.set_lock_mode(LockMode.PASSPHRASE, PASS)
    assert len(_entries(stubborn)) == 1  # the key is still there
    locked = _restart(vault, make_vault)
    with pytest.raises(KeyringEntryMissing):
        locked.preview_backup(made.path)
    with pytest.raises(KeyringEntryMissing):
        locked.restore(made.path)
    assert not locked.is_unlocked
    assert locked.restore(made.path, code).peers.find("Heron") is not None
    assert locked.lock_mode is LockMode.PASSPHRASE


def test_restoring_a_backup_under_the_same_key_keeps_todays_secrets(
    opened: Vault, make_vault
) -> None:
    """A backup's key file can be older than today's slots for the same key (a passphrase added
    since; a recovery code changed before changing it re-keyed): the restored journal opens with
    the passphrase and the recovery code the supporter has now, and the old code opens nothing."""
    made = opened.backup()  # no passphrase slot yet
    key = salvage.key_for(opened)[0]
    old_code = RecoveryCode.generate()  # the backup's code, retired since without a re-key
    with_old = keyslots.read(backups.keys_path(made.path)).with_slot(
        RECOVERY, old_code.secret, key, FAST
    )
    keyslots.write(backups.keys_path(made.path), with_old)
    opened.set_passphrase(PASS)  # the first passphrase adds a slot, same key
    today = opened.read_slots()
    opened.restore(made.path)
    assert opened.has_passphrase
    again = _restart(opened, make_vault)
    assert again.unlock_with_passphrase(PASS).peers.find("Heron") is not None
    assert again.read_slots().slots[RECOVERY] == today.slots[RECOVERY]
    with pytest.raises(WrongKey):
        again.read_slots().unwrap(RECOVERY, old_code.secret)


def test_a_restore_that_cannot_keep_passphrase_mode_says_so_as_a_fact(
    data_dir: Path, tmp_path: Path, counting: CountingKeyring, make_vault
) -> None:
    """Another journal's backup (from computer-login days, no passphrase slot) restored over a
    journal in passphrase mode: today's key has nothing to do with it, and its key file cannot
    keep passphrase mode. That the restored journal now opens with the computer login is a fact
    the vault returns, never only a log line. (A backup of the same journal from before a new
    key comes back under today's key and keeps the mode: see
    test_a_backup_from_before_a_new_key_needs_todays_passphrase_to_come_back in test_rekey.py.)"""
    other: Vault = make_vault(tmp_path / "other", KeyStore(counting))
    journal, other_code = other.create()
    journal.peers.add("Heron")
    made = other.backup()
    other.lock()
    vault: Vault = make_vault(data_dir, KeyStore(counting))
    vault.create(PASS, lock_mode=LockMode.PASSPHRASE)
    assert not keyslots.read(backups.keys_path(made.path)).has_passphrase
    locked = _restart(vault, make_vault)
    assert locked.lock_mode is LockMode.PASSPHRASE
    assert locked.restore_left_passphrase_mode is False
    assert locked.restore(made.path, other_code).peers.find("Heron") is not None
    assert locked.lock_mode is LockMode.COMPUTER_LOGIN
    assert locked.restore_left_passphrase_mode is True  # the fact the app tells the supporter
    locked.lock()
    assert locked.restore_left_passphrase_mode is False  # told once, for this restore


# --- passphrases too easily guessed -------------------------------------------------------------

WEAK = {
    "password": WEAK_COMMON,
    "Pass Word": WEAK_COMMON,  # letter case and spaces do not hide it
    "iloveyou": WEAK_COMMON,
    "12345678": WEAK_RUN,
    "87654321": WEAK_RUN,
    "abcdefghij": WEAK_RUN,
    "qwertyui": WEAK_RUN,
    "aaaaaaaa": WEAK_REPEATED,
    "12121212": WEAK_REPEATED,
}


@pytest.mark.parametrize("weak", sorted(WEAK))
def test_a_passphrase_too_easily_guessed_is_refused_with_why_and_nothing_changes(
    data_dir: Path, make_vault, counting: CountingKeyring, weak: str
) -> None:
    """The key file travels with every backup, so a backup on a lost stick can be guessed at
    offline: the obvious ones are refused when set, at setup, added, or switched to."""
    vault: Vault = make_vault(data_dir, KeyStore(counting))
    with pytest.raises(InvalidInput) as refused:
        vault.create(weak, lock_mode=LockMode.PASSPHRASE)
    assert str(refused.value) == WEAK[weak] and refused.value.field == "passphrase"
    assert not vault.exists()
    vault.create()
    slots = vault.read_slots()
    for attempt in (
        lambda: vault.set_passphrase(weak),
        lambda: vault.set_lock_mode(LockMode.PASSPHRASE, weak),
    ):
        with pytest.raises(InvalidInput):
            attempt()
        assert vault.read_slots() == slots and vault.lock_mode is LockMode.COMPUTER_LOGIN
    vault.set_passphrase(PASS)
    slots = vault.read_slots()
    with pytest.raises(InvalidInput):  # changing it: refused before any re-key
        vault.set_passphrase(weak)
    assert vault.read_slots() == slots


def test_a_weak_passphrase_set_before_the_check_still_opens_and_is_kept_by_a_new_code(
    opened: Vault, make_vault
) -> None:
    key = salvage.key_for(opened)[0]
    keyslots.write(
        opened.slots_path, opened.read_slots().with_slot(PASSPHRASE, b"password", key, FAST)
    )
    again = _restart(opened, make_vault)
    again.unlock_with_passphrase("password")
    again.regenerate_recovery_code("password")
    again.lock()
    assert again.unlock_with_passphrase("password").peers.find("Heron") is not None
