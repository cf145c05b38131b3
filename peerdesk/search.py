"""Full-text search over session notes that accepts anything a person types.

The user's text is never handed to FTS5 as syntax. It is read as words, "quoted phrases" and
-excluded words; every word becomes a quoted FTS5 phrase of its tokens, so quotes, ``*``, ``NEAR``,
parentheses, emoji or right-to-left text can never cause a syntax error. Bare words match as
prefixes ("burn" finds "burnout").

Results come in one of two orders. *Newest first* (the default, as in a journal or a mail app)
walks the matching notes from the most recently written back and stops as soon as it has enough
sessions, so its cost barely grows with the journal. *Best match* ranks every matching note with
bm25, which costs a pass over all of them: a few times a plain match on a large journal.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from typing import Any

from peerdesk import flow
from peerdesk.database import Connection, rows, translated_errors
from peerdesk.errors import InvalidInput

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
    """One session whose notes match, shown by one of its matching notes.

    ``score`` is the bm25 rank of that note in best-match order (lower is better) and 0.0 in
    newest-first order, which ranks nothing.
    """

    session_id: int
    status: str
    held_on: date
    peer: str | None
    step: str
    snippet: tuple[tuple[str, bool], ...]
    score: float


def _hit(
    session_id: int,
    status: str,
    held_on: str,
    peer: str | None,
    step: str,
    snippet: str,
    score: float,
) -> SearchHit:
    """A hit from the columns the queries read (dates are ISO text in the journal)."""
    return SearchHit(
        int(session_id),
        status,
        date.fromisoformat(held_on),
        peer,
        step,
        snippet_parts(snippet),
        score,
    )


NEWEST = "newest"
BEST = "best"
ORDERS: tuple[str, ...] = (NEWEST, BEST)

_SNIPPET = f"snippet(notes_fts, 0, '{HIGHLIGHT_START}', '{HIGHLIGHT_END}', '…', 12)"

# Newest first: FTS5 hands out the matching notes by rowid, newest first, without sorting them,
# and the snippet is made only for the rows actually read. Search._newest stops reading (and
# closes the cursor) once it has ``limit`` sessions, so a common word matching tens of thousands of
# notes costs the few hundred notes read, not tens of thousands. Avoid restricting notes_fts by
# a list of rowids instead: FTS5 then scans the whole match.
_NEWEST_NOTES = (
    f"SELECT f.rowid, n.session_id, n.step, {_SNIPPET}"
    " FROM notes_fts f JOIN notes n ON n.id = f.rowid"
    " WHERE notes_fts MATCH ? ORDER BY f.rowid DESC"
)
_SESSIONS = (
    "SELECT s.id, s.status, s.held_on, p.pseudonym"
    " FROM sessions s LEFT JOIN peers p ON p.id = s.peer_id"
    " WHERE s.id IN (SELECT value FROM json_each(?))"
)

# A session keeps at most one note per step, so the best ``limit`` sessions are found among the
# best ``limit * _NOTES_PER_SESSION`` notes; only that many notes are read past the ranking.
_NOTES_PER_SESSION = sum(1 for step in flow.FLOW.steps if step.has_notes)

# Best match: every matching note is ranked (bm25), but only the best ``?`` of them leave the
# query. SQLite's ORDER BY ... LIMIT keeps just that many rows, so the snippet is made only for
# notes that were among the best when they were read, not for every match: a common word matching
# tens of thousands of notes costs one pass over its index entries, not tens of thousands of
# snippets.
_BEST_NOTES = (
    f"SELECT rowid, bm25(notes_fts) AS score, {_SNIPPET}"
    " FROM notes_fts WHERE notes_fts MATCH ? ORDER BY score, rowid LIMIT ?"
)
_NOTE_SESSIONS = (
    "SELECT n.id, n.session_id, n.step, s.status, s.held_on, p.pseudonym"
    " FROM notes n JOIN sessions s ON s.id = n.session_id LEFT JOIN peers p ON p.id = s.peer_id"
    " WHERE n.id IN (SELECT value FROM json_each(?))"
)


class Search:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def run(self, text: str, limit: int = 50, order: str = NEWEST) -> list[SearchHit]:
        """Sessions whose notes match, one hit per session with a snippet, at most ``limit``.

        ``order`` is :data:`NEWEST` or :data:`BEST`:

        - ``NEWEST``: the ``limit`` matching sessions whose notes were written most recently,
          newest session date first (ties: the later-made session first). "Written" is when a
          note was first saved for its step: editing a note keeps its place. A session is shown
          by its most recently written matching note.
        - ``BEST``: the ``limit`` sessions with the best-ranked notes, best first. A session
          ranks by its best note (bm25; ties go to the note written first).

        Raises :class:`~peerdesk.errors.InvalidInput` for any other ``order``.
        """
        if order not in ORDERS:
            raise InvalidInput(f"unknown search order {str(order)[:40]!r}", field="order")
        query = build_query(text)
        if query is None or limit <= 0:
            return []
        if order == NEWEST:
            return self._newest(query, limit)
        return self._best(query, limit)

    # --- newest first ---------------------------------------------------------------------------

    def _newest(self, query: str, limit: int) -> list[SearchHit]:
        first: dict[int, tuple[str, str]] = {}  # session id -> (step, snippet) of its newest note
        with translated_errors():
            cursor = self._conn.execute(_NEWEST_NOTES, (query,))
            try:
                for _note_id, session_id, step, snippet in cursor:
                    # A session's older notes may come before the next session's: skip them.
                    if session_id not in first:
                        first[session_id] = (step, snippet)
                        if len(first) == limit:
                            break
            finally:
                cursor.close()
        if not first:
            return []
        hits: list[SearchHit] = []
        for session_id, status, held_on, peer in rows(
            self._conn, _SESSIONS, (json.dumps(list(first)),)
        ):
            step, snippet = first[session_id]
            hits.append(_hit(session_id, status, held_on, peer, step, snippet, 0.0))
        hits.sort(key=lambda hit: (hit.held_on, hit.session_id), reverse=True)
        return hits

    # --- best match -----------------------------------------------------------------------------

    def _best(self, query: str, limit: int) -> list[SearchHit]:
        depth = limit * _NOTES_PER_SESSION
        while True:
            notes = rows(self._conn, _BEST_NOTES, (query, depth))
            hits = self._best_per_session(notes, limit)
            # Fewer sessions than asked for while notes were left unread can only happen if a
            # session has more notes than it has steps: read deeper rather than miss any.
            if len(hits) >= limit or len(notes) < depth:
                return hits
            depth *= 4

    def _best_per_session(self, notes: list[Any], limit: int) -> list[SearchHit]:
        """The first (best) note of each session among ``notes``, for the first ``limit``."""
        if not notes:
            return []
        ids = json.dumps([int(note_id) for note_id, _score, _snippet in notes])
        where = {int(r[0]): r[1:] for r in rows(self._conn, _NOTE_SESSIONS, (ids,))}
        hits: list[SearchHit] = []
        seen: set[int] = set()
        for note_id, score, snippet in notes:
            found = where.get(int(note_id))
            if found is None:
                continue
            session_id, step, status, held_on, peer = found
            if session_id in seen:
                continue
            seen.add(session_id)
            hits.append(_hit(session_id, status, held_on, peer, step, snippet, float(score)))
            if len(hits) == limit:
                break
        return hits
