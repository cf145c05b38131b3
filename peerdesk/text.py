"""Checking text the supporter types before it is stored."""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from functools import lru_cache

from peerdesk.errors import InvalidInput
from peerdesk.translation import QT_TRANSLATE_NOOP, Phrase

PSEUDONYM_MAX = 60
CONTACT_MAX = 300
NOTE_MAX = 4000
PLAN_MAX = 500
LABEL_MAX = 80
LINE_MAX = 300
# How a message names these texts (``field`` is the name the code gives them).
PSEUDONYM = Phrase(QT_TRANSLATE_NOOP("errors", "pseudonym"))
CONTACT = Phrase(QT_TRANSLATE_NOOP("errors", "contact details"))
# Invisible control characters (pasted from other programs) are dropped; tab and newlines stay.
_CONTROLS = re.compile("[\x01-\x08\x0b\x0c\x0e-\x1f\x7f]")


def clean(
    value: object,
    field: str,
    *,
    max_len: int,
    required: bool = False,
    label: str | Phrase = "",
    step: str = "",
) -> str:
    """Normalised text without surrounding white space; :class:`InvalidInput` when unusable.

    ``field`` is the attribute's name and ``step`` the flow step it sits on, if any (for the
    user interface to find the widget); ``label`` words it in messages (default: the field's
    name with spaces).
    """
    name = label or field.replace("_", " ")

    def refused(template: str, code: str, **values: object) -> InvalidInput:
        return InvalidInput(
            template, values={"name": name, **values}, field=field, step=step, code=code
        )

    if not isinstance(value, str):
        raise refused(QT_TRANSLATE_NOOP("errors", "{name} must be text"), "not_text")
    if "\x00" in value:
        raise refused(QT_TRANSLATE_NOOP("errors", "{name} contains a null character"), "unstorable")
    text = _CONTROLS.sub("", unicodedata.normalize("NFC", value)).strip()
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise refused(
            QT_TRANSLATE_NOOP("errors", "{name} contains characters that cannot be stored"),
            "unstorable",
        ) from None
    if required and not text:
        raise refused(QT_TRANSLATE_NOOP("errors", "{name} is empty"), "required")
    if len(text) > max_len:
        raise refused(
            QT_TRANSLATE_NOOP("errors", "{name} is {length} characters long; at most {most} fit"),
            "too_long",
            length=len(text),
            most=max_len,
        )
    return text


def iso_date(value: str, field: str) -> date:
    """A date stored as ``YYYY-MM-DD``."""
    try:
        return date.fromisoformat(value)
    except (TypeError, ValueError):
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "{field} is not a date (YYYY-MM-DD)"),
            values={"field": field},
            field=field,
        ) from None


def fold(text: str) -> str:
    """The form two names are compared in: NFC, stripped and case-folded (beyond ASCII)."""
    return unicodedata.normalize("NFC", text).strip().casefold()


# Arabic tatweel only stretches a word on the page; a reader does not see it as a letter.
_NOT_LETTERS = dict.fromkeys(map(ord, "\u0640"))


def search_fold(text: str) -> str:
    """The form notes are indexed and searched in, so a word finds what a reader sees as it.

    NFKC turns ligatures and fullwidth or other compatibility forms into plain letters (``ﬁ`` to
    ``fi``, ``Ａ`` to ``A``); case folding goes beyond ASCII (``ß`` to ``ss``); every nonspacing
    mark (Unicode category Mn: accents, Arabic and Hebrew vowel marks, cantillation) is dropped
    after decomposition. Journals register this as the SQL function ``search_fold``.
    """
    if text.isascii():
        return text.lower()
    folded = unicodedata.normalize("NFKC", text).casefold().translate(_NOT_LETTERS)
    decomposed = unicodedata.normalize("NFD", folded)
    kept = "".join(c for c in decomposed if unicodedata.category(c) != "Mn")
    return unicodedata.normalize("NFC", kept)


@lru_cache(maxsize=4096)
def search_fold_char(char: str) -> str:
    """One character folded for search (cached: a note holds few different characters)."""
    return search_fold(char)


def search_fold_traced(text: str) -> tuple[str, list[int] | None]:
    """``text`` folded for search, and where each folded character came from in ``text``.

    None instead of the list when every character folds to exactly one (almost always): then
    every character stays where it was. The same length alone does not say so: "ß" (two
    characters folded) before "q" with a combining accent (none) puts what lies between one off.
    """
    folded = search_fold(text)
    if len(folded) == len(text) and (
        text.isascii() or all(len(search_fold_char(char)) == 1 for char in text)
    ):
        return folded, None
    pieces: list[str] = []
    origin: list[int] = []
    for i, char in enumerate(text):
        piece = search_fold_char(char)
        pieces.append(piece)
        origin.extend([i] * len(piece))
    return "".join(pieces), origin
