"""Recovery codes: 136 random bits the supporter writes down, with a checksum that catches typos.

A code is 32 characters of Crockford base32 in eight groups of four, for example
``7Q2M-K9XD-...``. The first 17 bytes are random; the last 3 bytes are a SHA-256 checksum of them,
so a mistyped or swapped character is reported as a typo instead of as a wrong code. Reading is
case- and spacing-insensitive and forgives the usual look-alikes (O for 0, I and L for 1).
"""

from __future__ import annotations

import hashlib
import secrets
import unicodedata
from dataclasses import dataclass

from peerdesk.errors import InvalidRecoveryCode
from peerdesk.translation import QT_TRANSLATE_NOOP

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_DECODE = {ch: i for i, ch in enumerate(ALPHABET)}
_DECODE.update({"O": 0, "I": 1, "L": 1})
RANDOM_BYTES = 17
CHECK_BYTES = 3
LENGTH = 32  # characters: (17 + 3) bytes * 8 / 5
GROUP = 4
_SEPARATORS = frozenset(" -_.\t\r\n\u00a0\u2010\u2011\u2012\u2013\u2014")
_MAX_INPUT = 200


def _checksum(payload: bytes) -> bytes:
    return hashlib.sha256(b"peerdesk-recovery-v1" + payload).digest()[:CHECK_BYTES]


def _encode(data: bytes) -> str:
    number = int.from_bytes(data, "big")
    chars = [ALPHABET[(number >> (5 * i)) & 31] for i in range(LENGTH)]
    return "".join(reversed(chars))


@dataclass(frozen=True, repr=False)
class RecoveryCode:
    """A parsed, checksum-verified recovery code."""

    secret: bytes

    def __post_init__(self) -> None:
        if len(self.secret) != RANDOM_BYTES:
            raise ValueError("a recovery code holds exactly 17 random bytes")

    def __repr__(self) -> str:  # never show the secret in logs or tracebacks
        return "RecoveryCode(<hidden>)"

    @classmethod
    def generate(cls) -> RecoveryCode:
        return cls(secrets.token_bytes(RANDOM_BYTES))

    @property
    def text(self) -> str:
        """The code as shown to the supporter: eight groups of four."""
        plain = _encode(self.secret + _checksum(self.secret))
        return "-".join(plain[i : i + GROUP] for i in range(0, LENGTH, GROUP))

    @property
    def groups(self) -> tuple[str, ...]:
        return tuple(self.text.split("-"))

    @classmethod
    def parse(cls, typed: str) -> RecoveryCode:
        """Read a code as typed; raise :class:`InvalidRecoveryCode` saying what is wrong."""
        if len(typed) > _MAX_INPUT:
            raise InvalidRecoveryCode(
                QT_TRANSLATE_NOOP("errors", "the recovery code is far too long"),
                field="recovery_code",
            )
        # NFC first, like passphrases: e.g. the Kelvin sign another keyboard may give for "K"
        typed = unicodedata.normalize("NFC", typed)
        chars = [ch for ch in typed.upper() if ch not in _SEPARATORS]
        unknown = sorted({ch for ch in chars if ch not in _DECODE})
        if unknown:
            shown = " ".join(repr(ch) for ch in unknown[:5])
            raise InvalidRecoveryCode(
                QT_TRANSLATE_NOOP("errors", "the recovery code cannot contain {shown}"),
                values={"shown": shown},
                field="recovery_code",
            )
        if len(chars) != LENGTH:
            raise InvalidRecoveryCode(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "a recovery code has {length} letters and digits; this one has {found}",
                ),
                values={"length": LENGTH, "found": len(chars)},
                field="recovery_code",
            )
        number = 0
        for ch in chars:
            number = (number << 5) | _DECODE[ch]
        data = number.to_bytes(RANDOM_BYTES + CHECK_BYTES, "big")
        secret, check = data[:RANDOM_BYTES], data[RANDOM_BYTES:]
        if _checksum(secret) != check:
            raise InvalidRecoveryCode(
                QT_TRANSLATE_NOOP(
                    "errors", "the recovery code has a typo: please check each group"
                ),
                field="recovery_code",
            )
        return cls(secret)
