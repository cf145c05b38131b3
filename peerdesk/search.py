"""Full-text search over session notes that accepts anything a person types.

The user's text is never handed to FTS5 as syntax. It is read as words, "quoted phrases" and
-excluded words; every word becomes a quoted FTS5 phrase of its tokens, so quotes, ``*``, ``NEAR``,
parentheses, emoji or right-to-left text can never cause a syntax error. Bare words match as
prefixes ("burn" finds "burnout").
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date

from peerdesk.database import Connection, rows

MAX_QUERY_CHARS = 500
MAX_TERMS = 24
HIGHLIGHT_START = "\x02"
HIGHLIGHT_END = "\x03"
_PIECES = re.compile(r'"([^"]*)"?|(\S+)')
_TOKEN = re.compile(r"[^\W_]+")
_DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2212"


def _tokens(text: str) -> list[str]:
    # FTS5's unicode61 tokenizer splits on everything that is not a letter or a digit. Case is
    # left to FTS5, which folds it inside a quoted phrase with its own tables.
    return _TOKEN.findall(text)


def _phrase(tokens: list[str], prefix: bool) -> str:
    return '"' + " ".join(tokens) + '"' + ("*" if prefix else "")


def build_query(text: str) -> str | None:
    """The FTS5 query for what the user typed, or None when it holds nothing to search for."""
    if not isinstance(text, str):
        return None
    include: list[str] = []
    exclude: list[str] = []
    text = unicodedata.normalize("NFC", text[:MAX_QUERY_CHARS])
    for match in _PIECES.finditer(text):
        quoted, bare = match.group(1), match.group(2)
        if quoted is not None:
            tokens = _tokens(quoted)
            if tokens:
                include.append(_phrase(tokens, prefix=False))
            continue
        negative = bare[0] in _DASHES and len(bare) > 1
        tokens = _tokens(bare[1:] if negative else bare)
        if not tokens:
            continue
        (exclude if negative else include).append(_phrase(tokens, prefix=True))
    include, exclude = include[:MAX_TERMS], exclude[:MAX_TERMS]
    if not include:
        return None
    query = " ".join(include)
    if exclude:
        query = f"({query})" + "".join(f" NOT {term}" for term in exclude)
    return query


def snippet_parts(snippet: str) -> tuple[tuple[str, bool], ...]:
    """Split a snippet into (text, is_highlighted) parts for display."""
    parts: list[tuple[str, bool]] = []
    for i, chunk in enumerate(re.split(f"[{HIGHLIGHT_START}{HIGHLIGHT_END}]", snippet)):
        if chunk:
            parts.append((chunk, i % 2 == 1))
    return tuple(parts)


@dataclass(frozen=True)
class SearchHit:
    session_id: int
    status: str
    held_on: date
    peer: str | None
    step: str
    snippet: tuple[tuple[str, bool], ...]
    score: float


class Search:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def run(self, text: str, limit: int = 50) -> list[SearchHit]:
        """Sessions whose notes match, best first, one hit per session with a snippet."""
        query = build_query(text)
        if query is None or limit <= 0:
            return []
        # The best-ranked note of each session; bm25() cannot be used inside a window, hence
        # the materialised step.
        found = rows(
            self._conn,
            "WITH matched AS MATERIALIZED ("
            " SELECT notes_fts.rowid AS note_id, bm25(notes_fts) AS score,"
            f" snippet(notes_fts, 0, '{HIGHLIGHT_START}', '{HIGHLIGHT_END}', '…', 12) AS snip"
            " FROM notes_fts WHERE notes_fts MATCH ?),"
            " ranked AS (SELECT n.session_id, n.step, m.score, m.snip, row_number() OVER"
            " (PARTITION BY n.session_id ORDER BY m.score) AS nth"
            " FROM matched m JOIN notes n ON n.id = m.note_id)"
            " SELECT r.session_id, s.status, s.held_on, p.pseudonym, r.step, r.snip, r.score"
            " FROM ranked r JOIN sessions s ON s.id = r.session_id"
            " LEFT JOIN peers p ON p.id = s.peer_id"
            " WHERE r.nth = 1 ORDER BY r.score, r.session_id LIMIT ?",
            (query, limit),
        )
        return [
            SearchHit(
                session_id,
                status,
                date.fromisoformat(held_on),
                peer,
                step,
                snippet_parts(snippet),
                float(score),
            )
            for session_id, status, held_on, peer, step, snippet, score in found
        ]
