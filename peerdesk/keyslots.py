"""The key-slot file kept beside the journal.

It holds no secret in the clear: the journal id, a key-check value (tells a wrong key from a
damaged journal), the name of the keyring backend that holds the key, how the journal opens (its
lock mode), and the data key wrapped with AES-256-GCM under keys derived with scrypt from the
recovery code and, optionally, from the lock passphrase. Like the key slots of disk encryption,
any one slot opens the journal.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import secrets
import unicodedata
from dataclasses import dataclass, field, replace
from enum import StrEnum
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from peerdesk.errors import KeySlotsDamaged, WrongKey
from peerdesk.files import read_capped, size_text, write_private_atomically
from peerdesk.translation import QT_TRANSLATE_NOOP

FORMAT = "peerdesk-key-slots"
VERSION = 1
KEY_BYTES = 32
MAX_FILE_BYTES = 64 * 1024
RECOVERY = "recovery"
PASSPHRASE = "passphrase"  # noqa: S105 - a slot name, not a secret
SLOT_NAMES = (RECOVERY, PASSPHRASE)


class LockMode(StrEnum):
    """How the journal opens (DESIGN §4).

    ``COMPUTER_LOGIN``: the data key is in the OS keyring, so PeerDesk opens without typing and
    anyone using the logged-in account can open it. ``PASSPHRASE``: the key is in no keyring;
    every start and every unlock needs the lock passphrase (or the recovery code).
    """

    COMPUTER_LOGIN = "computer-login"
    PASSPHRASE = "passphrase"  # noqa: S105 - a mode's name, not a secret


@dataclass(frozen=True)
class KdfCost:
    """scrypt cost. The default takes about half a second and 128 MiB, once per unlock."""

    n: int = 2**17
    r: int = 8
    p: int = 1

    def check(self) -> None:
        if not (2**10 <= self.n <= 2**22 and self.n & (self.n - 1) == 0):
            raise ValueError("scrypt n must be a power of two between 2**10 and 2**22")
        if not (1 <= self.r <= 32 and 1 <= self.p <= 16):
            raise ValueError("scrypt r or p out of range")


DEFAULT_COST = KdfCost()


@dataclass(frozen=True, repr=False)
class Slot:
    cost: KdfCost
    salt: bytes
    nonce: bytes
    wrapped: bytes


@dataclass(frozen=True, repr=False)
class KeySlots:
    journal_id: str
    key_check: bytes
    keyring_backend: str | None
    slots: dict[str, Slot] = field(default_factory=dict)
    lock_mode: LockMode = LockMode.COMPUTER_LOGIN

    def __repr__(self) -> str:
        return f"KeySlots(journal_id={self.journal_id!r}, slots={sorted(self.slots)})"

    @property
    def has_passphrase(self) -> bool:
        return PASSPHRASE in self.slots

    def matches(self, key: bytes) -> bool:
        return hmac.compare_digest(key_check_value(key, self.journal_id), self.key_check)

    def with_slot(self, name: str, secret: bytes, key: bytes, cost: KdfCost) -> KeySlots:
        slots = dict(self.slots)
        slots[name] = wrap(key, secret, self.journal_id, name, cost)
        return replace(self, slots=slots)

    def without_slot(self, name: str) -> KeySlots:
        return replace(self, slots={k: v for k, v in self.slots.items() if k != name})

    def with_backend(self, backend: str | None) -> KeySlots:
        return replace(self, keyring_backend=backend)

    def with_lock_mode(self, mode: LockMode) -> KeySlots:
        return replace(self, lock_mode=mode)

    def rekeyed(self, key: bytes) -> KeySlots:
        """The same key file for a new data key: every field is kept except the key check and
        the wrapped slots, which the caller wraps again under ``key``."""
        return replace(self, key_check=key_check_value(key, self.journal_id), slots={})

    def unwrap(self, name: str, secret: bytes) -> bytes:
        """Return the data key from slot ``name``; raise :class:`WrongKey` if ``secret`` fails."""
        slot = self.slots[name]
        kek = derive(secret, slot.salt, slot.cost)
        try:
            key = AESGCM(kek).decrypt(slot.nonce, slot.wrapped, _aad(self.journal_id, name))
        except InvalidTag:
            raise WrongKey(
                QT_TRANSLATE_NOOP("errors", "the {name} does not open this journal"),
                values={"name": name},
            ) from None
        if len(key) != KEY_BYTES or not self.matches(key):
            raise KeySlotsDamaged(
                QT_TRANSLATE_NOOP(
                    "errors", "a key slot holds a key that does not match the journal"
                )
            )
        return key


def unwrap_passphrase(slots: KeySlots, passphrase: str) -> bytes:
    """The key from the passphrase slot: the NFC form first, then the text exactly as typed
    (a passphrase set before PeerDesk normalised them may have been wrapped from that)."""
    if not isinstance(passphrase, str) or not passphrase:
        raise WrongKey(QT_TRANSLATE_NOOP("errors", "the passphrase does not open this journal"))
    nfc = unicodedata.normalize("NFC", passphrase)
    try:
        return slots.unwrap(PASSPHRASE, nfc.encode("utf-8", "surrogatepass"))
    except WrongKey:
        if nfc == passphrase:
            raise
    return slots.unwrap(PASSPHRASE, passphrase.encode("utf-8", "surrogatepass"))


def new_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def key_check_value(key: bytes, journal_id: str) -> bytes:
    return hmac.digest(key, b"peerdesk-key-check-v1:" + journal_id.encode(), hashlib.sha256)[:16]


def derive(secret: bytes, salt: bytes, cost: KdfCost) -> bytes:
    cost.check()
    return Scrypt(salt=salt, length=KEY_BYTES, n=cost.n, r=cost.r, p=cost.p).derive(secret)


def _aad(journal_id: str, name: str) -> bytes:
    return f"peerdesk-slot-v1:{journal_id}:{name}".encode()


def wrap(key: bytes, secret: bytes, journal_id: str, name: str, cost: KdfCost) -> Slot:
    salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
    wrapped = AESGCM(derive(secret, salt, cost)).encrypt(nonce, key, _aad(journal_id, name))
    return Slot(cost=cost, salt=salt, nonce=nonce, wrapped=wrapped)


def create(
    key: bytes,
    journal_id: str,
    keyring_backend: str | None,
    lock_mode: LockMode = LockMode.COMPUTER_LOGIN,
) -> KeySlots:
    return KeySlots(
        journal_id, key_check_value(key, journal_id), keyring_backend, lock_mode=lock_mode
    )


# --- file format ---------------------------------------------------------------------------------


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def dumps(slots: KeySlots) -> bytes:
    doc = {
        "format": FORMAT,
        "version": VERSION,
        "journal_id": slots.journal_id,
        "key_check": _b64(slots.key_check),
        "keyring_backend": slots.keyring_backend,
        "lock_mode": slots.lock_mode.value,
        "slots": {
            name: {
                "kdf": "scrypt",
                "n": s.cost.n,
                "r": s.cost.r,
                "p": s.cost.p,
                "salt": _b64(s.salt),
                "nonce": _b64(s.nonce),
                "wrapped": _b64(s.wrapped),
            }
            for name, s in sorted(slots.slots.items())
        },
    }
    return (json.dumps(doc, indent=2) + "\n").encode()


def _bad(why: str) -> KeySlotsDamaged:
    """``why`` is for the log and the command line: the ui words this error by its class."""
    return KeySlotsDamaged(
        QT_TRANSLATE_NOOP("errors", "the key-slot file is damaged: {why}"), values={"why": why}
    )


def _too_large(size: int) -> KeySlotsDamaged:
    return KeySlotsDamaged(
        QT_TRANSLATE_NOOP(
            "errors",
            "the key-slot file is damaged: it is {size}; a key-slot file is at most {most}",
        ),
        values={"size": size_text(size), "most": size_text(MAX_FILE_BYTES)},
        size=str(size_text(size)),
    )


def _get(doc: dict[str, Any], name: str, kind: type) -> Any:
    value = doc.get(name)
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise _bad(f"{name!r} is missing or not a {kind.__name__}")
    return value


def _bytes(doc: dict[str, Any], name: str, size: int | None = None) -> bytes:
    text = _get(doc, name, str)
    try:
        data = base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError):
        raise _bad(f"{name!r} is not base64") from None
    if size is not None and len(data) != size:
        raise _bad(f"{name!r} has the wrong length")
    return data


def loads(data: bytes) -> KeySlots:
    """Parse a key-slot file; anything unexpected raises :class:`KeySlotsDamaged`."""
    if len(data) > MAX_FILE_BYTES:
        raise _too_large(len(data))
    try:
        doc = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise _bad("it is not readable JSON") from None
    if not isinstance(doc, dict):
        raise _bad("it is not a JSON object")
    if doc.get("format") != FORMAT:
        raise _bad("it is not a PeerDesk key-slot file")
    if _get(doc, "version", int) != VERSION:
        raise _bad(f"format version {doc['version']} is not supported")
    journal_id = _get(doc, "journal_id", str)
    if not (8 <= len(journal_id) <= 64 and journal_id.isascii() and journal_id.isalnum()):
        raise _bad("the journal id is malformed")
    backend = doc.get("keyring_backend")
    if backend is not None and (not isinstance(backend, str) or len(backend) > 200):
        raise _bad("the keyring backend name is malformed")
    mode = doc.get("lock_mode")
    if mode is not None and mode not in tuple(LockMode):
        raise _bad("the lock mode is unknown")
    raw_slots = _get(doc, "slots", dict)
    slots: dict[str, Slot] = {}
    for name, raw in raw_slots.items():
        if name not in SLOT_NAMES or not isinstance(raw, dict):
            raise _bad(f"unknown slot {str(name)[:40]!r}")
        if raw.get("kdf") != "scrypt":
            raise _bad("unknown key derivation")
        cost = KdfCost(_get(raw, "n", int), _get(raw, "r", int), _get(raw, "p", int))
        try:
            cost.check()
        except ValueError as exc:
            raise _bad(str(exc)) from None
        slots[name] = Slot(
            cost=cost,
            salt=_bytes(raw, "salt", 16),
            nonce=_bytes(raw, "nonce", 12),
            wrapped=_bytes(raw, "wrapped", KEY_BYTES + 16),
        )
    if RECOVERY not in slots:
        raise _bad("the recovery slot is missing")
    if mode is None:  # written before lock modes: a recorded keyring meant it opened from there
        legacy_passphrase = backend is None and PASSPHRASE in slots
        lock_mode = LockMode.PASSPHRASE if legacy_passphrase else LockMode.COMPUTER_LOGIN
    else:
        lock_mode = LockMode(mode)
    if lock_mode is LockMode.PASSPHRASE and PASSPHRASE not in slots:
        raise _bad("it asks for a passphrase but holds no passphrase slot")
    return KeySlots(journal_id, _bytes(doc, "key_check", 16), backend, slots, lock_mode)


def read(path: Path) -> KeySlots:
    try:
        with path.open("rb") as fh:
            data, size = read_capped(fh, MAX_FILE_BYTES)
    except FileNotFoundError:
        raise KeySlotsDamaged(QT_TRANSLATE_NOOP("errors", "the key-slot file is missing")) from None
    except OSError as exc:
        raise KeySlotsDamaged(
            QT_TRANSLATE_NOOP("errors", "the key-slot file cannot be read: {why}"),
            values={"why": exc.strerror or str(exc)},
        ) from None
    if len(data) > MAX_FILE_BYTES:  # only the first bytes were read: name the file's own size
        raise _too_large(size)
    return loads(data)


def write(path: Path, slots: KeySlots) -> None:
    write_private_atomically(path, dumps(slots))
