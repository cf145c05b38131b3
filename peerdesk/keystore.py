"""The data key in the OS keyring, with every kind of keyring trouble told apart.

The keyring is used through an injected ``keyring`` backend object so tests can hand in their own;
by default it is whatever :func:`keyring.get_keyring` finds. Backends that cannot keep a secret
safely (``fail``, ``null``, plaintext files) never receive the key.
"""

from __future__ import annotations

import logging
from typing import Any

import keyring
import keyring.errors

from peerdesk.errors import (
    KeyringLocked,
    KeyringWriteFailed,
    NoKeyringBackend,
    PeerDeskError,
)

log = logging.getLogger(__name__)

SERVICE = "PeerDesk"
_UNSAFE_MODULES = ("keyring.backends.fail", "keyring.backends.null", "keyrings.alt")


def backend_id(backend: Any) -> str:
    """A stable name for a backend: its module and class, e.g. ``...SecretService.Keyring``."""
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"


def _safe(backend: Any) -> bool:
    if backend_id(backend).startswith(_UNSAFE_MODULES):
        return False
    try:
        return float(backend.priority) > 0
    except Exception:  # a backend's priority check may raise when its service is absent
        return False


def _effective(backend: Any) -> Any | None:
    """The backend that will really hold the key, or None when none is safe to use."""
    children = getattr(backend, "backends", None)
    if backend_id(backend) == "keyring.backends.chainer.ChainerBackend" and children is not None:
        return next((child for child in children if _safe(child)), None)
    return backend if _safe(backend) else None


class MemoryKeyring:
    """A keyring that lives in this process only: for ``--demo`` journals and for tests.

    It is deliberately not a ``keyring.backend.KeyringBackend`` subclass: those register
    themselves, and ``keyring`` could then pick this one as the system keyring.
    """

    priority = 1.0

    def __init__(self) -> None:
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.entries.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError("no such entry")


class KeyStore:
    """Keeps each journal's data key in the keyring, under the journal's id."""

    def __init__(self, backend: Any | None = None) -> None:
        self._given = backend

    @property
    def _backend(self) -> Any:
        return self._given if self._given is not None else keyring.get_keyring()

    def describe(self) -> str:
        """Which backend is in use, for ``doctor`` and the settings page."""
        return backend_id(self._backend)

    def usable_backend(self) -> str | None:
        """The id of the backend that would hold the key, or None when there is none."""
        chosen = _effective(self._backend)
        return None if chosen is None else backend_id(chosen)

    def _require(self) -> Any:
        chosen = _effective(self._backend)
        if chosen is None:
            raise NoKeyringBackend(f"no usable keyring (found {self.describe()})")
        return chosen

    @staticmethod
    def _entry(journal_id: str) -> str:
        return f"journal-{journal_id}"

    def load(self, journal_id: str) -> bytes | None:
        """The stored key, or None when the keyring has no entry for this journal."""
        backend = self._require()
        try:
            stored = backend.get_password(SERVICE, self._entry(journal_id))
        except keyring.errors.KeyringLocked as exc:
            raise KeyringLocked("the keyring is locked") from exc
        except keyring.errors.KeyringError as exc:
            raise _classify(exc) from exc
        if stored is None:
            return None
        try:
            key = bytes.fromhex(stored)
        except ValueError:
            log.warning("the keyring entry for a journal is not a key; ignoring it")
            return None
        return key if len(key) == 32 else None

    def store(self, journal_id: str, key: bytes) -> str:
        """Store the key, read it back, and return the id of the backend that holds it."""
        backend = self._require()
        try:
            backend.set_password(SERVICE, self._entry(journal_id), key.hex())
        except keyring.errors.KeyringLocked as exc:
            raise KeyringLocked("the keyring is locked") from exc
        except keyring.errors.KeyringError as exc:
            raise KeyringWriteFailed(f"the keyring refused the key: {type(exc).__name__}") from exc
        if self.load(journal_id) != key:
            raise KeyringWriteFailed("the keyring did not give back the key it was given")
        return backend_id(backend)

    def forget(self, journal_id: str) -> None:
        backend = self._require()
        try:
            backend.delete_password(SERVICE, self._entry(journal_id))
        except keyring.errors.PasswordDeleteError:
            pass
        except keyring.errors.KeyringLocked as exc:
            raise KeyringLocked("the keyring is locked") from exc


def _classify(exc: keyring.errors.KeyringError) -> PeerDeskError:
    if isinstance(exc, keyring.errors.NoKeyringError | keyring.errors.InitError):
        return NoKeyringBackend(f"the keyring is not available: {type(exc).__name__}")
    text = str(exc).lower()
    if "lock" in text:
        return KeyringLocked("the keyring is locked")
    return NoKeyringBackend(f"the keyring failed: {type(exc).__name__}")
