"""Spotting words in a note that look like clinical detail: diagnoses, procedures, medications.

A peer-support note keeps the minimum, and clinical detail (the peer's or a patient's) belongs in
the record of care. Before a session is saved, the form points out such words beside anything
that looks like an identifier (:mod:`peerdesk.identifiers`). It is a gentle reminder: the
supporter may keep the text, and nothing is ever blocked.

The words come from a curated offline list, ``assets/clinical-terms.txt`` (its header says how to
add terms). They are matched as whole words and phrases, folded as search folds them
(:func:`peerdesk.text.search_fold`: case, width, accents), so "SÉPSIS" is "sepsis". Hyphens and
an apostrophe-s between or after words change nothing, and a plural ending is found too. Matching
reads each word of the note once (a 4,000-character note takes about a millisecond). Nothing
here logs or stores the text it reads.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from peerdesk.assets import asset
from peerdesk.errors import InvalidInput
from peerdesk.text import search_fold, search_fold_char, search_fold_traced
from peerdesk.translation import QT_TRANSLATE_NOOP

__all__ = [
    "DIAGNOSIS",
    "KINDS",
    "MEDICATION",
    "PROCEDURE",
    "TERMS_ASSET",
    "ClinicalTerm",
    "TermList",
    "find_clinical_terms",
    "shipped_terms",
]

DIAGNOSIS = "diagnosis"
PROCEDURE = "procedure"
MEDICATION = "medication"
KINDS: tuple[str, ...] = (DIAGNOSIS, PROCEDURE, MEDICATION)
# Phrases that hold a clinical word but are everyday speech ("a miscarriage of justice").
_EVERYDAY = "everyday"
TERMS_ASSET = "clinical-terms.txt"

# Words are runs of letters or runs of digits, so "50mg" reads as "50" and "mg".
_WORD = re.compile(r"[^\W\d_]+|\d+")
# What may stand between the words of a phrase: spaces and hyphens, nothing that ends a clause
# (or nothing at all, between a number and a word: "50mg").
_BETWEEN = re.compile(r"[\s\-\u2010\u2011\u2012\u2013]*")
_APOSTROPHES = frozenset("'\u2019\u02bc")
# A listed word made of digits stands for any number: "0 mg" finds "50mg" and "20 mg".
_NUMBER = "0"
_SECTION = re.compile(r"^\[(\w+)\]$")


@dataclass(frozen=True, order=True)
class ClinicalTerm:
    """``text[start:end]`` looks like clinical detail of the given kind."""

    start: int
    end: int
    kind: str


def _words(folded: str) -> list[tuple[str, int, int]]:
    """The words of folded text with where each is, an apostrophe-s joined to its word."""
    found: list[tuple[str, int, int]] = []
    for match in _WORD.finditer(folded):
        word, start, end = match.group(), match.start(), match.end()
        if (
            word == "s"
            and found
            and start - found[-1][2] == 1
            and folded[start - 1] in _APOSTROPHES
        ):
            found[-1] = (found[-1][0], found[-1][1], end)  # "crohn's" reads as "crohn"
            continue
        found.append((word, start, end))
    return found


def _forms(word: str) -> frozenset[str]:
    """A listed word and its plural endings (for a number: any number)."""
    if word.isdigit():
        return frozenset({_NUMBER})
    forms = {word, word + "s", word + "es"}
    if word.endswith("y") and len(word) > 2:
        forms.add(word[:-1] + "ies")
    return frozenset(forms)


@dataclass(frozen=True)
class _Term:
    forms: tuple[frozenset[str], ...]  # for each word of the term, the forms it may take
    kind: str


@dataclass(frozen=True)
class TermList:
    """The terms to point out, looked up by the forms of their first word."""

    by_first: dict[str, tuple[_Term, ...]] = field(default_factory=dict)

    @property
    def size(self) -> int:
        return len({id(term) for terms in self.by_first.values() for term in terms})

    def find(self, text: str) -> list[ClinicalTerm]:
        """Where ``text`` holds a listed term: sorted, never overlapping, longest first."""
        if not text or not self.by_first:
            return []
        folded, origin = search_fold_traced(text)
        words = _words(folded)
        found: list[ClinicalTerm] = []
        i = 0
        while i < len(words):
            best: _Term | None = None
            for term in self.by_first.get(_key(words[i][0]), ()):
                if _matches(term, words, i, folded) and (
                    best is None or len(term.forms) > len(best.forms)
                ):
                    best = term
            if best is None:
                i += 1
                continue
            last = i + len(best.forms) - 1
            if best.kind != _EVERYDAY:
                start, end = words[i][1], words[last][2]
                found.append(ClinicalTerm(*_in_text(text, origin, start, end), best.kind))
            i = last + 1
        return found


def _key(word: str) -> str:
    """How a word of a note is looked up: as itself, or a number as any number."""
    return _NUMBER if word.isdigit() else word


def _matches(term: _Term, words: list[tuple[str, int, int]], at: int, folded: str) -> bool:
    if at + len(term.forms) > len(words):
        return False
    for n, forms in enumerate(term.forms):
        word, start, _end = words[at + n]
        if _key(word) not in forms:
            return False
        if n and not _BETWEEN.fullmatch(folded, words[at + n - 1][2], start):
            return False
    return True


def _in_text(text: str, origin: list[int] | None, start: int, end: int) -> tuple[int, int]:
    """A stretch of the folded text as a stretch of ``text``."""
    if origin is None:
        return start, end
    begin, stop = origin[start], origin[end - 1] + 1
    while stop < len(text) and not search_fold_char(text[stop]):
        stop += 1  # a mark that folds away belongs to the word it sits on
    return begin, stop


def parse_terms(source: str) -> TermList:
    """A term list from the text of ``clinical-terms.txt``.

    Raises :class:`~peerdesk.errors.InvalidInput` (``field="clinical_terms"``) naming the line
    of a term outside a known section, an unknown section or a line without a word.
    """
    by_first: dict[str, list[_Term]] = {}
    kind: str | None = None
    for number, raw in enumerate(source.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        section = _SECTION.match(line)
        if section:
            kind = section.group(1)
            if kind not in (*KINDS, _EVERYDAY):
                raise InvalidInput(
                    QT_TRANSLATE_NOOP("errors", "line {line}: unknown section [{kind}]"),
                    values={"line": number, "kind": kind},
                    field="clinical_terms",
                )
            continue
        if kind is None:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("errors", "line {line}: a term before any section"),
                values={"line": number},
                field="clinical_terms",
            )
        words = [word for word, _start, _end in _words(search_fold(line))]
        if not words:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("errors", "line {line}: no word in this term"),
                values={"line": number},
                field="clinical_terms",
            )
        term = _Term(tuple(_forms(word) for word in words), kind)
        for form in term.forms[0]:
            by_first.setdefault(form, []).append(term)
    return TermList({first: tuple(terms) for first, terms in by_first.items()})


@lru_cache(maxsize=1)
def shipped_terms() -> TermList:
    """The list PeerDesk ships (read once; a missing file is a broken build and raises)."""
    return parse_terms(asset(TERMS_ASSET).read_text(encoding="utf-8"))


def find_clinical_terms(text: str, terms: TermList | None = None) -> list[ClinicalTerm]:
    """Spans of ``text`` that look like clinical detail (by default from the shipped list)."""
    return (terms if terms is not None else shipped_terms()).find(text)
