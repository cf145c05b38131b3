"""Every kind of keyring trouble, with fake keyring backends (the real one is tested in
tests/integration)."""

from __future__ import annotations

import keyring
import keyring.errors
import pytest
from keyring.backends import fail, null

from peerdesk.errors import (
    KeyringDeleteFailed,
    KeyringLocked,
    KeyringWriteFailed,
    NoKeyringBackend,
)
from peerdesk.keystore import SERVICE, KeyStore, MemoryKeyring, _recorded_backend

KEY = bytes(range(32))


class LockedKeyring(MemoryKeyring):
    def get_password(self, service: str, username: str) -> str | None:
        raise keyring.errors.KeyringLocked("Failed to unlock the collection!")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.KeyringLocked("Failed to unlock the collection!")


class ForgetfulKeyring(MemoryKeyring):
    """Accepts a write but gives back nothing: a write that does not read back."""

    def set_password(self, service: str, username: str, password: str) -> None:
        pass


class GarblingKeyring(MemoryKeyring):
    def set_password(self, service: str, username: str, password: str) -> None:
        super().set_password(service, username, password[:-2] + "00")


class RefusingKeyring(MemoryKeyring):
    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.PasswordSetError("refused")


class BrokenKeyring(MemoryKeyring):
    def get_password(self, service: str, username: str) -> str | None:
        raise keyring.errors.InitError("no D-Bus")


class PlaintextKeyring(MemoryKeyring):
    """Stands for keyrings.alt's plaintext file backend."""


PlaintextKeyring.__module__ = "keyrings.alt.file"


def test_store_reads_back_and_names_the_backend() -> None:
    backend = MemoryKeyring()
    store = KeyStore(backend)
    assert store.store("j1d2e3f4", KEY) == "peerdesk.keystore.MemoryKeyring"
    assert store.load("j1d2e3f4") == KEY
    assert backend.entries == {(SERVICE, "journal-j1d2e3f4"): KEY.hex()}


def test_missing_entry_is_none() -> None:
    assert KeyStore(MemoryKeyring()).load("j1d2e3f4") is None


def test_garbage_entry_is_treated_as_missing() -> None:
    backend = MemoryKeyring()
    backend.entries[(SERVICE, "journal-j1d2e3f4")] = "not hex at all"
    assert KeyStore(backend).load("j1d2e3f4") is None


@pytest.mark.parametrize(
    "backend",
    [fail.Keyring(), null.Keyring(), PlaintextKeyring()],
    ids=["fail", "null", "plaintext"],
)
def test_unsafe_backends_never_receive_the_key(backend: object) -> None:
    store = KeyStore(backend)
    assert store.usable_backend() is None
    with pytest.raises(NoKeyringBackend):
        store.store("j1d2e3f4", KEY)
    with pytest.raises(NoKeyringBackend):
        store.load("j1d2e3f4")
    if isinstance(backend, MemoryKeyring):
        assert backend.entries == {}


def test_the_process_wide_keyring_is_used_by_default() -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        assert KeyStore().describe() == "keyring.backends.fail.Keyring"
        assert KeyStore().usable_backend() is None
    finally:
        keyring.set_keyring(previous)


def test_a_chain_uses_its_first_safe_backend() -> None:
    class Chain:  # stands for keyring's ChainerBackend without registering a new backend
        priority = 10
        backends = [fail.Keyring(), MemoryKeyring()]

    Chain.__module__, Chain.__qualname__ = "keyring.backends.chainer", "ChainerBackend"
    assert KeyStore(Chain()).usable_backend() == "peerdesk.keystore.MemoryKeyring"
    Chain.backends = [fail.Keyring(), null.Keyring()]
    assert KeyStore(Chain()).usable_backend() is None


def test_locked_keyring_is_told_apart() -> None:
    store = KeyStore(LockedKeyring())
    with pytest.raises(KeyringLocked):
        store.load("j1d2e3f4")
    with pytest.raises(KeyringLocked):
        store.store("j1d2e3f4", KEY)


@pytest.mark.parametrize("backend", [ForgetfulKeyring(), GarblingKeyring(), RefusingKeyring()])
def test_a_write_that_does_not_read_back_fails(backend: MemoryKeyring) -> None:
    with pytest.raises(KeyringWriteFailed):
        KeyStore(backend).store("j1d2e3f4", KEY)


def test_a_keyring_without_its_service_is_no_backend() -> None:
    with pytest.raises(NoKeyringBackend):
        KeyStore(BrokenKeyring()).load("j1d2e3f4")


def test_delete_removes_the_entry_reads_back_and_tolerates_absence() -> None:
    backend = MemoryKeyring()
    store = KeyStore(backend)
    store.store("j1d2e3f4", KEY)
    store.store("other123", KEY)
    assert store.delete("j1d2e3f4") is True
    assert store.delete("j1d2e3f4") is False  # nothing there: not an error
    assert backend.entries == {(SERVICE, "journal-other123"): KEY.hex()}


def test_delete_removes_an_entry_that_is_not_a_key() -> None:
    backend = MemoryKeyring()
    backend.set_password(SERVICE, "journal-j1d2e3f4", "not a key")
    assert KeyStore(backend).delete("j1d2e3f4") is True
    assert backend.entries == {}


class UndeletableKeyring(MemoryKeyring):
    """Says it deleted the entry but still gives it back (a backend that ignores deletes)."""

    def delete_password(self, service: str, username: str) -> None:
        pass


class DeleteRefusingKeyring(MemoryKeyring):
    def delete_password(self, service: str, username: str) -> None:
        raise keyring.errors.KeyringError("access denied")


class DeleteLockedKeyring(MemoryKeyring):
    def delete_password(self, service: str, username: str) -> None:
        raise keyring.errors.KeyringLocked("Failed to unlock the collection!")


@pytest.mark.parametrize(
    ("backend", "error"),
    [
        (UndeletableKeyring(), KeyringDeleteFailed),
        (DeleteRefusingKeyring(), KeyringDeleteFailed),
        (DeleteLockedKeyring(), KeyringLocked),
    ],
)
def test_a_delete_that_does_not_happen_is_told_apart(
    backend: MemoryKeyring, error: type[Exception]
) -> None:
    backend.set_password(SERVICE, "journal-j1d2e3f4", KEY.hex())
    with pytest.raises(error):
        KeyStore(backend).delete("j1d2e3f4")
    assert backend.entries  # still there, and PeerDesk said so


def test_delete_from_a_locked_or_missing_keyring_is_told_apart() -> None:
    with pytest.raises(KeyringLocked):
        KeyStore(LockedKeyring()).delete("j1d2e3f4")
    with pytest.raises(NoKeyringBackend):
        KeyStore(BrokenKeyring()).delete("j1d2e3f4")
    with pytest.raises(NoKeyringBackend):
        KeyStore(null.Keyring()).delete("j1d2e3f4")


SECRET_SERVICE = "keyring.backends.SecretService.Keyring"


@pytest.mark.parametrize(
    "recorded",
    [
        "peerdesk.keystore.MemoryKeyring",  # not one of keyring's backends: never made directly
        "keyring.backends.nosuch.Keyring",  # not installed
        "keyring.backends.SecretService.NoSuchClass",
        "keyring.backends.fail.Keyring",  # installed but unsafe
        "keyring.backends.null.Keyring",
        "keyring.backends",  # no class at all
    ],
)
def test_a_recorded_backend_is_made_only_when_it_is_keyrings_own_and_safe(recorded: str) -> None:
    assert _recorded_backend(recorded) is None


def test_keyrings_own_configuration_wins_over_the_recorded_backend(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")
    store = KeyStore()
    assert store.usable_backend(SECRET_SERVICE) is None  # configured: the null keyring, unsafe
    with pytest.raises(NoKeyringBackend):
        store.load("a-journal", SECRET_SERVICE)


def test_a_recorded_backend_that_is_not_usable_falls_back_to_discovery() -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())  # what discovery "finds" in this test
    try:
        assert KeyStore().usable_backend("keyring.backends.nosuch.Keyring") is None
        assert KeyStore().describe() == "keyring.backends.fail.Keyring"
    finally:
        keyring.set_keyring(previous)


def test_the_key_goes_back_to_the_recorded_backend_and_is_read_back_from_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """When the key file names a usable backend that discovery would not pick, reads and writes
    both use it, so a rekey replaces the old key there instead of leaving it behind."""
    recorded, discovered = MemoryKeyring(), MemoryKeyring()
    name = "keyring.backends.Recorded.Keyring"
    monkeypatch.setattr(keyring, "get_keyring", lambda: discovered)
    store = KeyStore(find_recorded=lambda wanted: recorded if wanted == name else None)
    old, new = bytes(range(32)), bytes(range(1, 33))
    store.store("j1", old, name)
    store.store("j1", new, name)  # a rekey
    assert recorded.entries == {(SERVICE, "journal-j1"): new.hex()}
    assert discovered.entries == {}
    assert store.load("j1", name) == new
    assert store.load("j1") is None  # discovery alone looks elsewhere
    store.store("j2", old)  # nothing recorded yet (a new journal): discovery decides
    assert discovered.entries == {(SERVICE, "journal-j2"): old.hex()}


def test_delete_clears_the_recorded_backend_and_the_one_discovery_picks(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """An old install may have left the key where discovery looks, beside the recorded one."""

    class DiscoveredKeyring(MemoryKeyring):
        pass

    recorded, discovered = MemoryKeyring(), DiscoveredKeyring()
    name = "keyring.backends.Recorded.Keyring"
    monkeypatch.setattr(keyring, "get_keyring", lambda: discovered)
    store = KeyStore(find_recorded=lambda wanted: recorded if wanted == name else None)
    store.store("j1", KEY, name)
    store.store("j1", KEY)
    store.store("j2", KEY)
    assert store.delete("j1", name) is True
    assert recorded.entries == {}
    assert discovered.entries == {(SERVICE, "journal-j2"): KEY.hex()}
