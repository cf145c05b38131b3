"""The data key in the OS keyring, with every kind of keyring trouble told apart.

The keyring is used through an injected ``keyring`` backend object so tests can hand in their own;
by default it is whatever :func:`keyring.get_keyring` finds. Backends that cannot keep a secret
safely (``fail``, ``null``, plaintext files) never receive the key.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable
from typing import Any

import keyring
import keyring.backend
import keyring.core
import keyring.errors

from peerdesk.errors import (
    KeyringDeleteFailed,
    KeyringLocked,
    KeyringWriteFailed,
    NoKeyringBackend,
    PeerDeskError,
)
from peerdesk.translation import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

SERVICE = "PeerDesk"
_FREEDESKTOP_BACKEND = "keyring.backends.SecretService.Keyring"
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


def _recorded_backend(recorded: str) -> Any | None:
    """The backend named in the key file, made directly, when it is installed and usable.

    Only ``keyring``'s own backends are made this way; anything else goes through discovery.
    """
    module_name, _, class_name = recorded.rpartition(".")
    if not module_name.startswith("keyring.backends."):
        return None
    try:
        found = getattr(importlib.import_module(module_name), class_name)
        if not (isinstance(found, type) and issubclass(found, keyring.backend.KeyringBackend)):
            return None
        backend = found()
    except Exception:  # not installed here, or it cannot start: discovery decides instead
        return None
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
    """Keeps each journal's data key in the keyring, under the journal's id.

    ``backend`` fixes the keyring to use (the demo's and tests' memory keyring); otherwise it is
    found as :meth:`_backend` says. ``find_recorded`` makes the backend a key file names (tests
    hand in their own).
    """

    def __init__(
        self,
        backend: Any | None = None,
        *,
        find_recorded: Callable[[str], Any | None] | None = None,
    ) -> None:
        self._given = backend
        self._find_recorded = find_recorded or _recorded_backend

    def _backend(self, recorded: str | None = None) -> Any:
        """The backend to use: the one given, the one keyring is configured to use, else the one
        the key file names (``recorded``) when it is usable, else what keyring's discovery finds.

        Discovery imports and asks every installed backend (about 70 ms at start-up); the key
        file already says which one holds the key.
        """
        if self._given is not None:
            return self._given
        if recorded is not None:
            configured = keyring.core.load_env() or keyring.core.load_config()
            if configured is not None:
                return configured
            found = self._find_recorded(recorded)
            if found is not None:
                return found
        return keyring.get_keyring()

    def describe(self) -> str:
        """Which backend is in use, for ``doctor`` and the settings page."""
        return backend_id(self._backend())

    def usable_backend(self, recorded: str | None = None) -> str | None:
        """The id of the backend that would hold the key, or None when there is none."""
        chosen = _effective(self._backend(recorded))
        return None if chosen is None else backend_id(chosen)

    def _require(self, recorded: str | None = None) -> Any:
        chosen = _effective(self._backend(recorded))
        if chosen is None:
            raise NoKeyringBackend(
                QT_TRANSLATE_NOOP("errors", "no usable keyring (found {found})"),
                values={"found": self.describe()},
            )
        return chosen

    @staticmethod
    def _entry(journal_id: str) -> str:
        return f"journal-{journal_id}"

    def load(self, journal_id: str, recorded: str | None = None) -> bytes | None:
        """The stored key, or None when the keyring has no entry for this journal.

        ``recorded`` is the backend the journal's key file names as holding the key.
        """
        return self.load_from(journal_id, recorded)[0]

    def load_from(self, journal_id: str, recorded: str | None = None) -> tuple[bytes | None, str]:
        """As :meth:`load`, with the id of the backend read (asking again which one that is
        would make it again: for the Secret Service, one more D-Bus connection)."""
        chosen = self._require(recorded)
        return self._read(chosen, journal_id), backend_id(chosen)

    def _read(self, backend: Any, journal_id: str) -> bytes | None:
        stored = self._read_raw(backend, journal_id)
        if stored is None:
            return None
        try:
            key = bytes.fromhex(stored)
        except ValueError:
            log.warning("the keyring entry for a journal is not a key; ignoring it")
            return None
        return key if len(key) == 32 else None

    def store(self, journal_id: str, key: bytes, recorded: str | None = None) -> str:
        """Store the key, read it back, and return the id of the backend that holds it.

        With ``recorded`` (the backend the key file names) the key goes back where it was, when
        that backend is still usable, so an old key is replaced rather than left behind.
        """
        backend = self._require(recorded)
        try:
            backend.set_password(SERVICE, self._entry(journal_id), key.hex())
        except keyring.errors.KeyringLocked as exc:
            raise KeyringLocked(QT_TRANSLATE_NOOP("errors", "the keyring is locked")) from exc
        except keyring.errors.KeyringError as exc:
            raise KeyringWriteFailed(
                QT_TRANSLATE_NOOP("errors", "the keyring refused the key: {why}"),
                values={"why": type(exc).__name__},
            ) from exc
        if self._read(backend, journal_id) != key:
            raise KeyringWriteFailed(
                QT_TRANSLATE_NOOP("errors", "the keyring did not give back the key it was given")
            )
        return backend_id(backend)

    def delete(self, journal_id: str, recorded: str | None = None) -> bool:
        """Delete this journal's key from the keyring, then read it back to check it is gone.

        Returns whether an entry was there. ``recorded`` is the backend the key file names; the
        backend keyring picks by itself is cleared too when it is another one. Raises
        :class:`NoKeyringBackend` when no usable keyring is reachable (nothing could be checked),
        :class:`KeyringLocked` when the keyring is locked, and :class:`KeyringDeleteFailed` when
        the keyring refuses or still gives the key back afterwards.
        """
        chosen = [self._require(recorded)]
        if recorded is not None:
            default = _effective(self._backend())
            if default is not None and backend_id(default) != backend_id(chosen[0]):
                chosen.append(default)
        found = False
        for backend in chosen:
            found |= self._delete_from(backend, journal_id)
        if any(backend_id(backend) == _FREEDESKTOP_BACKEND for backend in chosen):
            found |= self._delete_from_every_collection(journal_id)
        return found

    def _delete_from_every_collection(self, journal_id: str) -> bool:
        """keyring's Secret Service backend reads only the default collection: a key stored
        while another collection was the default stays there. Search the whole service."""
        try:
            import secretstorage  # only where the Secret Service is used (Linux)
        except ImportError:
            return False
        query = {"service": SERVICE, "username": self._entry(journal_id)}
        try:
            connection = secretstorage.dbus_init()
        except secretstorage.exceptions.SecretServiceNotAvailableException:
            return False  # the backend just answered; nothing more can be searched
        try:
            items = list(secretstorage.search_items(connection, query))
            for item in items:
                if item.is_locked():
                    raise KeyringLocked(
                        QT_TRANSLATE_NOOP("errors", "the keyring that holds the key is locked")
                    )
                item.delete()
            if any(True for _ in secretstorage.search_items(connection, query)):
                raise KeyringDeleteFailed(
                    QT_TRANSLATE_NOOP("errors", "the keyring still holds the key after deleting it")
                )
        except secretstorage.exceptions.SecretStorageException as exc:
            raise _delete_refused(exc) from exc
        finally:
            connection.close()
        return bool(items)

    def _delete_from(self, backend: Any, journal_id: str) -> bool:
        if self._read_raw(backend, journal_id) is None:
            return False
        try:
            backend.delete_password(SERVICE, self._entry(journal_id))
        except keyring.errors.PasswordDeleteError:
            pass  # "no such entry" from some backends: the read-back below decides
        except keyring.errors.KeyringLocked as exc:
            raise KeyringLocked(QT_TRANSLATE_NOOP("errors", "the keyring is locked")) from exc
        except keyring.errors.KeyringError as exc:
            raise _delete_refused(exc) from exc
        if self._read_raw(backend, journal_id) is not None:
            raise KeyringDeleteFailed(
                QT_TRANSLATE_NOOP("errors", "the keyring still holds the key after deleting it")
            )
        return True

    def _read_raw(self, backend: Any, journal_id: str) -> str | None:
        """The entry as stored, whatever it holds (an entry that is not a key still goes)."""
        try:
            stored: str | None = backend.get_password(SERVICE, self._entry(journal_id))
        except keyring.errors.KeyringLocked as exc:
            raise KeyringLocked(QT_TRANSLATE_NOOP("errors", "the keyring is locked")) from exc
        except keyring.errors.KeyringError as exc:
            raise _classify(exc) from exc
        return stored


def _delete_refused(exc: Exception) -> KeyringDeleteFailed:
    return KeyringDeleteFailed(
        QT_TRANSLATE_NOOP("errors", "the keyring refused to delete the key: {why}"),
        values={"why": type(exc).__name__},
    )


def _classify(exc: keyring.errors.KeyringError) -> PeerDeskError:
    if isinstance(exc, keyring.errors.NoKeyringError | keyring.errors.InitError):
        return NoKeyringBackend(
            QT_TRANSLATE_NOOP("errors", "the keyring is not available: {why}"),
            values={"why": type(exc).__name__},
        )
    text = str(exc).lower()
    if "lock" in text:
        return KeyringLocked(QT_TRANSLATE_NOOP("errors", "the keyring is locked"))
    return NoKeyringBackend(
        QT_TRANSLATE_NOOP("errors", "the keyring failed: {why}"), values={"why": type(exc).__name__}
    )
