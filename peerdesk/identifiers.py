"""Spotting text in a note that looks like it could identify someone.

Peer-support notes keep the minimum: a pseudonym and a few words. Before a session is saved, the
form highlights anything that looks like an e-mail address, a phone number, a record or ID number
or a date (of birth, or one that could point to a patient), so the supporter is never surprised by
what they kept. This is a reminder, not a filter: it errs on the side of asking, but it leaves
everyday numbers alone ("2 hours", "24/7", "10 minutes", "2024", "14:30").

Every pattern starts only where a word or number starts (a look-behind), so a 4,000-character note
is scanned in linear time whatever it holds.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

__all__ = [
    "DATE_OF_BIRTH",
    "EMAIL",
    "KINDS",
    "PHONE",
    "RECORD_NUMBER",
    "Identifier",
    "Span",
    "find_identifiers",
    "surrounding",
]

EMAIL = "email"
PHONE = "phone"
RECORD_NUMBER = "record_number"
DATE_OF_BIRTH = "date_of_birth"
KINDS: tuple[str, ...] = (EMAIL, PHONE, RECORD_NUMBER, DATE_OF_BIRTH)


@dataclass(frozen=True, order=True)
class Identifier:
    """``text[start:end]`` looks like an identifier of the given kind."""

    start: int
    end: int
    kind: str


# --- Building blocks ----------------------------------------------------------------------------

_MONTHS = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DAY = r"(?:[0-3]?[0-9])(?:st|nd|rd|th)?"
_YEAR4 = r"(?:1[89][0-9]{2}|20[0-9]{2})"
# Numeric dates: day/month/year (either order of day and month), or year-month-day.
_DMY = r"(?P<a>[0-9]{1,2})(?P<sep>[/.\-])(?P<b>[0-9]{1,2})(?P=sep)(?P<y>[0-9]{4}|[0-9]{2})"
_YMD = r"(?P<iy>[0-9]{4})(?P<isep>[/.\-])(?P<im>[0-9]{1,2})(?P=isep)(?P<id>[0-9]{1,2})"
_NUM_END = r"(?![0-9A-Za-z/]|[.\-][0-9])"
_NUM_START = r"(?<![\w/.\-])"
_WORDY = (
    rf"(?:{_DAY}\s+(?:of\s+)?{_MONTHS},?\s+{_YEAR4}"
    rf"|{_MONTHS}\s+{_DAY},?\s+{_YEAR4})(?![0-9])"
)
# After "DOB" or "born on" a partial date is enough: "12/03", "3 March", "March 3", "1985".
_PARTIAL = (
    rf"(?:{_DAY}\s+(?:of\s+)?{_MONTHS}(?:,?\s+{_YEAR4})?"
    rf"|{_MONTHS}\s+{_DAY}(?:,?\s+{_YEAR4})?"
    rf"|[0-9]{{1,2}}[/.\-][0-9]{{1,2}}(?:[/.\-](?:[0-9]{{4}}|[0-9]{{2}}))?"
    rf"|{_YEAR4}[/.\-][0-9]{{1,2}}[/.\-][0-9]{{1,2}}"
    rf"|{_YEAR4})(?![0-9])"
)

_FLAGS = re.IGNORECASE

_EMAIL_RE = re.compile(
    r"(?<![\w.+\-])[\w.+\-]{1,64}@[\w\-]{1,63}(?:\.[\w\-]{1,63}){1,8}(?<![.\-])", _FLAGS
)
_DOB_RE = re.compile(
    r"\b(?:d\.?o\.?b\b\.?|date\s+of\s+birth|birth\s*date|birthday|born)"
    r"(?:\s*[:\-]\s*|\s+)(?:(?:is|was|on|in)\s+)?" + _PARTIAL,
    _FLAGS,
)
_NUMERIC_DATE_RE = re.compile(f"{_NUM_START}(?:{_DMY}|{_YMD}){_NUM_END}")
_WORDY_DATE_RE = re.compile(rf"(?<!\w){_WORDY}", _FLAGS)
_RECORD_KEYWORD_RE = re.compile(
    r"\b(?P<kw>mrn|urn?|nhs|ssn|sin|id|chart"
    r"|(?:medical\s+)?record|case|patient|account|acct|file|member|policy|hospital)"
    r"(?P<qual>\s*(?:no\b\.?|number|num\b|nr\b|id\b))?\s*(?P<mark>[:#.]?)\s*"
    r"(?P<value>[a-z]{0,3}[\-/]?[0-9][0-9\-/]{3,}[0-9a-z]?)(?![\w])",
    _FLAGS,
)
# Keywords that name an identifier on their own; the others ("case", "file") need a "no." or "#".
_STRONG_KEYWORDS = frozenset({"mrn", "ur", "urn", "nhs", "ssn", "sin", "id", "chart"})
_SSN_RE = re.compile(r"(?<![\w\-])[0-9]{3}-[0-9]{2}-[0-9]{4}(?![\w]|-[0-9])")
_PHONE_RE = re.compile(
    r"(?<![\w+])(?:\+[0-9]{1,3}[ \u00a0.\-]?)?(?:\([0-9]{1,5}\)[ \u00a0.\-]?)?"
    r"[0-9]{2,5}(?:[ \u00a0.\-][0-9]{2,6}){1,4}(?![\w]|[.\-][0-9])"
    r"|(?<![\w+])\+[0-9]{7,15}(?![\w])"
)
_LETTERS_DIGITS_RE = re.compile(r"(?<![\w\-])[a-z]{1,4}-?[0-9]{5,}[a-z]?(?![\w])", _FLAGS)
_DIGIT_RUN_RE = re.compile(r"(?<![0-9])(?<![0-9][.,])[0-9]{6,}(?![0-9]|[.,][0-9])")
_YEAR_RANGE_RE = re.compile(r"^(?:1[89]|20)[0-9]{2}\s*-\s*(?:1[89]|20)[0-9]{2}$")


# --- Checks that a regular expression cannot express well ---------------------------------------


def _valid_day_month(day: int, month: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= 31


def _numeric_date_ok(match: re.Match[str]) -> bool:
    if match.group("iy") is not None:
        year = int(match.group("iy"))
        return 1870 <= year <= 2099 and _valid_day_month(
            int(match.group("id")), int(match.group("im"))
        )
    a, b, year_text = int(match.group("a")), int(match.group("b")), match.group("y")
    if match.group("sep") == "." and len(year_text) != 4:
        return False  # "1.2.10" reads as a version or a list number, not a date
    if len(year_text) == 4 and not 1870 <= int(year_text) <= 2099:
        return False
    return _valid_day_month(a, b) or _valid_day_month(b, a)


def _phone_ok(match: re.Match[str]) -> bool:
    found: str = match.group(0)
    digits = sum(ch.isdigit() for ch in found)
    if not 7 <= digits <= 15:
        return False
    if _YEAR_RANGE_RE.match(found):
        return False  # "2019-2024"
    formatted = any(ch in found for ch in "+(.-")
    # Numbers only separated by spaces ("4 5 6 7") need to be long to look like a phone number.
    return formatted or digits >= 9


def _record_ok(match: re.Match[str]) -> bool:
    value: str = match.group("value")
    keyword: str = match.group("kw")
    digits = sum(ch.isdigit() for ch in value)
    named = (
        keyword.lower() in _STRONG_KEYWORDS
        or bool(match.group("qual"))
        or match.group("mark") in (":", "#")
    )
    return digits >= (4 if named else 5)


def _always(match: re.Match[str]) -> bool:
    return True


# In order of preference: where two candidates overlap, the earlier pattern wins.
_PATTERNS: tuple[tuple[re.Pattern[str], str, Callable[[re.Match[str]], bool]], ...] = (
    (_EMAIL_RE, EMAIL, _always),
    (_DOB_RE, DATE_OF_BIRTH, _always),
    (_NUMERIC_DATE_RE, DATE_OF_BIRTH, _numeric_date_ok),
    (_WORDY_DATE_RE, DATE_OF_BIRTH, _always),
    (_RECORD_KEYWORD_RE, RECORD_NUMBER, _record_ok),
    (_SSN_RE, RECORD_NUMBER, _always),
    (_PHONE_RE, PHONE, _phone_ok),
    (_LETTERS_DIGITS_RE, RECORD_NUMBER, _always),
    (_DIGIT_RUN_RE, RECORD_NUMBER, _always),
)


def find_identifiers(text: str) -> list[Identifier]:
    """Spans of ``text`` that look like identifiers: sorted by position, never overlapping."""
    if not text:
        return []
    chosen: list[Identifier] = []  # kept sorted by start
    for pattern, kind, accept in _PATTERNS:
        for match in pattern.finditer(text):
            start, end = match.span()
            if start == end or not accept(match):
                continue
            at = bisect_left(chosen, Identifier(start, end, kind))
            if at > 0 and chosen[at - 1].end > start:
                continue
            if at < len(chosen) and chosen[at].start < end:
                continue
            chosen.insert(at, Identifier(start, end, kind))
    return chosen


class Span(Protocol):
    """A stretch of a note: an :class:`Identifier` or a clinical term (peerdesk.clinical)."""

    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


def surrounding(text: str, found: Span, words: int = 4) -> tuple[str, str, str]:
    """The span's text with up to ``words`` words either side, for showing it in context.

    Returns ``(before, match, after)``; an ellipsis marks text that was cut off.
    """
    start = max(0, min(found.start, len(text)))
    end = max(start, min(found.end, len(text)))
    before_words = text[:start].split()
    after_words = text[end:].split()
    before = " ".join(before_words[-words:]) if words > 0 else ""
    after = " ".join(after_words[:words]) if words > 0 else ""
    if before and text[:start][-1:].isspace():
        before += " "
    if after and text[end:][:1].isspace():
        after = " " + after
    if len(before_words) > words:
        before = "…" + before
    if len(after_words) > words:
        after += "…"
    return before, text[start:end], after
