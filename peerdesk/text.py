"""Checking text the supporter types before it is stored."""

from __future__ import annotations

import unicodedata
from datetime import date

from peerdesk.errors import InvalidInput

PSEUDONYM_MAX = 60
CONTACT_MAX = 300
NOTE_MAX = 4000
PLAN_MAX = 500
LABEL_MAX = 80
LINE_MAX = 300


def clean(value: object, field: str, *, max_len: int, required: bool = False) -> str:
    """Normalised text without surrounding white space; :class:`InvalidInput` when unusable."""
    if not isinstance(value, str):
        raise InvalidInput(f"{field} must be text", field=field)
    text = unicodedata.normalize("NFC", value).strip()
    if "\x00" in text:
        raise InvalidInput(f"{field} contains a null character", field=field)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise InvalidInput(
            f"{field} contains characters that cannot be stored", field=field
        ) from None
    if required and not text:
        raise InvalidInput(f"{field} is empty", field=field)
    if len(text) > max_len:
        raise InvalidInput(
            f"{field} is {len(text)} characters long; at most {max_len} fit", field=field
        )
    return text


def iso_date(value: str, field: str) -> date:
    """A date stored as ``YYYY-MM-DD``."""
    try:
        return date.fromisoformat(value)
    except (TypeError, ValueError):
        raise InvalidInput(f"{field} is not a date (YYYY-MM-DD)", field=field) from None
