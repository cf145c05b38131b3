"""Search over peers' pseudonyms and session notes that accepts anything a person types.

The sessions of a peer whose pseudonym matches come first (a supporter often looks for a person),
then the sessions whose notes match. A pseudonym matches as a note would: same words, phrases,
prefixes and exclusions, folded the same way. A journal holds one peer for every few sessions, so
their folded words are kept sorted in memory and looked up by bisection, and read again only
when the journal changed.

The user's text is never handed to FTS5 as syntax. It is read as words, "quoted phrases" and
-excluded words; every word becomes a quoted FTS5 phrase of its tokens, so quotes, ``*``, ``NEAR``,
parentheses, emoji or right-to-left text can never cause a syntax error. Bare words match as
prefixes ("burn" finds "burnout").

Notes are indexed, and queries read, folded for search (:func:`peerdesk.text.search_fold`: case,
ligatures, fullwidth forms, accents and vowel marks), so a word finds what a reader sees as the
same word. The snippet is cut from the note as written, with the matching words marked.

Results come in one of two orders. *Newest first* (the default, as in a journal or a mail app)
walks the matching notes from the most recently written back and stops as soon as it has enough
sessions, so its cost barely grows with the journal. *Best match* ranks every matching note with
bm25, which costs a pass over all of them: a few times a plain match on a large journal.
"""

from __future__ import annotations

import bisect
import itertools
import json
import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from peerdesk import flow
from peerdesk.database import Connection, rows, translated_errors
from peerdesk.errors import InvalidInput
from peerdesk.text import search_fold, search_fold_char, search_fold_traced
from peerdesk.translation import QT_TRANSLATE_NOOP

MAX_QUERY_CHARS = 500
MAX_TERMS = 24
_PIECES = re.compile(r'"([^"]*)"?|(\S+)')
_TOKEN = re.compile(r"[^\W_]+")
_DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2212"
SNIPPET_WORDS = 12


def _tokens(text: str) -> list[str]:
    # FTS5's unicode61 tokenizer splits on everything that is not a letter or a digit.
    return _TOKEN.findall(text)


@dataclass(frozen=True)
class _Phrase:
    """One searched-for word or quoted phrase: its folded words; a bare word is a prefix."""

    words: tuple[str, ...]
    prefix: bool

    def fts(self) -> str:
        return '"' + " ".join(self.words) + '"' + ("*" if self.prefix else "")


@dataclass(frozen=True)
class _Query:
    include: tuple[_Phrase, ...]
    exclude: tuple[_Phrase, ...]

    def fts(self) -> str:
        query = " ".join(p.fts() for p in self.include)
        if self.exclude:
            query = f"({query})" + "".join(f" NOT {p.fts()}" for p in self.exclude)
        return query


def _parse(text: str) -> _Query | None:
    """What the user typed, read as phrases to find and to leave out; None when nothing."""
    if not isinstance(text, str):
        return None
    include: list[_Phrase] = []
    exclude: list[_Phrase] = []
    for match in _PIECES.finditer(search_fold(text[:MAX_QUERY_CHARS])):
        quoted, bare = match.group(1), match.group(2)
        if quoted is not None:
            tokens = _tokens(quoted)
            if tokens:
                include.append(_Phrase(tuple(tokens), prefix=False))
            continue
        negative = bare[0] in _DASHES and len(bare) > 1
        tokens = _tokens(bare[1:] if negative else bare)
        if not tokens:
            continue
        (exclude if negative else include).append(_Phrase(tuple(tokens), prefix=True))
    if not include:
        return None
    return _Query(tuple(include[:MAX_TERMS]), tuple(exclude[:MAX_TERMS]))


def build_query(text: str) -> str | None:
    """The FTS5 query for what the user typed, or None when it holds nothing to search for."""
    parsed = _parse(text)
    return None if parsed is None else parsed.fts()


# Snippets cost little whatever the note: the matches are found by one regular expression, and
# only the first ones (and those a window around them can show) are read.
_WINDOWS_WEIGHED = 32
_SENTENCE_END = re.compile(r"[.!?\n]")


def _pattern(query: _Query) -> re.Pattern[str]:
    """Where the phrases to find occur in folded text; group ``pN`` is phrase N."""
    alternatives = []
    for n, phrase in enumerate(query.include):
        body = r"[\W_]+".join(re.escape(word) for word in phrase.words)
        tail = r"[^\W_]*" if phrase.prefix else ""
        alternatives.append(f"(?P<p{n}>{body}{tail})")
    return re.compile(r"(?<![^\W_])(?:" + "|".join(alternatives) + r")(?![^\W_])")


def _snippet(text: str, query: _Query) -> tuple[tuple[str, bool], ...]:
    """A few words of ``text`` around its best match, with the matching words marked."""
    folded, origin = search_fold_traced(text)
    pattern = _pattern(query)
    matches = list(itertools.islice(pattern.finditer(folded), _WINDOWS_WEIGHED))
    # The words up to the last match read and twice a window beyond (no window around the
    # matches reaches further), and whether the note goes on after them.
    reach = matches[-1].end() if matches else 0
    words: list[tuple[int, int]] = []
    beyond, more = 0, False
    for m in _TOKEN.finditer(folded):
        if m.start() >= reach:
            if beyond == 2 * SNIPPET_WORDS:
                more = True
                break
            beyond += 1
        words.append((m.start(), m.end()))
    if matches and words:  # the matches a window around the first ones can also show
        matches += pattern.finditer(folded, matches[-1].end(), words[-1][1] + 1)
    starts = [start for start, _end in words]
    spans: list[tuple[int, int, int]] = []  # (first word, last word + 1, phrase), in order
    for m in matches:
        first = bisect.bisect_right(starts, m.start()) - 1
        last = bisect.bisect_left(starts, m.end()) - 1
        spans.append((first, last + 1, int(str(m.lastgroup)[1:])))
    first, stop = 0, len(words)
    if len(words) > SNIPPET_WORDS:
        first = _window(folded, starts, spans)
        stop = first + SNIPPET_WORDS
    cut = stop < len(words) or more

    def where(i: int) -> int:  # a position in ``folded`` as a position in ``text``
        return i if origin is None else origin[i]

    def end_of(i: int) -> int:  # the end of a stretch of ``folded`` ending before ``i``
        end = i if origin is None else origin[i - 1] + 1
        while end < len(text) and origin is not None and not search_fold_char(text[end]):
            end += 1  # a mark that folds away belongs to the word it sits on
        return end

    begin = where(words[first][0]) if first > 0 else 0
    end = end_of(words[stop - 1][1]) if cut else len(text)
    parts: list[tuple[str, bool]] = [("…", False)] if first > 0 else []
    at = begin
    for a, b, _n in spans:
        if a < first or b > stop:
            continue
        mark_from, mark_to = where(words[a][0]), end_of(words[b - 1][1])
        if mark_from < at:
            continue
        parts.append((text[at:mark_from], False))
        parts.append((text[mark_from:mark_to], True))
        at = mark_to
    parts.append((text[at:end], False))
    if cut:
        parts.append(("…", False))
    return tuple(_merge(parts))


def _window(folded: str, starts: list[int], spans: list[tuple[int, int, int]]) -> int:
    """The first word of the snippet, much as FTS5's own snippet() chooses it.

    The window shows the most of the different phrases, then the most matches; it starts at the
    beginning of a sentence when that still shows them, else with the match in its middle.
    """
    last = len(starts) - SNIPPET_WORDS
    # The words that begin a sentence: the first, and each after a full stop, ! or ?.
    sentences = sorted(
        {0} | {bisect.bisect_left(starts, m.end()) for m in _SENTENCE_END.finditer(folded)}
    )
    candidates = {0}
    for a, b, _n in spans[:_WINDOWS_WEIGHED]:
        candidates.add(max(0, min(a - (SNIPPET_WORDS - (b - a)) // 2, last)))
        s = sentences[bisect.bisect_right(sentences, a) - 1]  # the sentence the match is in
        if b <= s + SNIPPET_WORDS:
            candidates.add(min(s, last))
    firsts = [a for a, _b, _n in spans]

    def score(begin: int) -> tuple[int, int, bool, int]:
        inside = []
        for a, b, n in spans[bisect.bisect_left(firsts, begin) :]:
            if a >= begin + SNIPPET_WORDS:
                break
            if b <= begin + SNIPPET_WORDS:
                inside.append(n)
        at = bisect.bisect_left(sentences, begin)
        sentence = at < len(sentences) and sentences[at] == begin
        return (len(set(inside)), len(inside), sentence, -begin)

    return max(candidates, key=score)


def _merge(parts: list[tuple[str, bool]]) -> list[tuple[str, bool]]:
    merged: list[tuple[str, bool]] = []
    for chunk, marked in parts:
        if merged and merged[-1][1] == marked:
            merged[-1] = (merged[-1][0] + chunk, marked)
        elif chunk:
            merged.append((chunk, marked))
    return merged


# Where a hit was found: in the session's notes, or in the pseudonym of the session's peer.
IN_NOTES = "notes"
IN_PSEUDONYM = "pseudonym"


@dataclass(frozen=True)
class SearchHit:
    """One session that matches, shown by one of its matching notes or by its peer's pseudonym.

    ``found_in`` is :data:`IN_NOTES` or :data:`IN_PSEUDONYM`. For a note, ``step`` is its step
    and ``snippet`` a few of its words; for a pseudonym, ``step`` is empty and ``snippet`` the
    pseudonym. Either way the matching words are marked. ``score`` is the bm25 rank of the note
    in best-match order (lower is better) and 0.0 otherwise: in newest-first order, which ranks
    nothing, and for a pseudonym, which comes before every note.
    """

    session_id: int
    status: str
    held_on: date
    peer: str | None
    step: str
    snippet: tuple[tuple[str, bool], ...]
    score: float
    found_in: str = IN_NOTES


def _hit(
    session_id: int,
    status: str,
    held_on: str,
    peer: str | None,
    step: str,
    snippet: tuple[tuple[str, bool], ...],
    score: float,
    found_in: str = IN_NOTES,
) -> SearchHit:
    """A hit from the columns the queries read (dates are ISO text in the journal)."""
    return SearchHit(
        int(session_id), status, date.fromisoformat(held_on), peer, step, snippet, score, found_in
    )


# --- pseudonyms -----------------------------------------------------------------------------------

_PEERS = "SELECT id, pseudonym FROM peers"
_PEER_SESSIONS = (
    "SELECT s.id, s.status, s.held_on, s.peer_id FROM sessions s"
    " WHERE s.peer_id IN (SELECT value FROM json_each(?))"
    " ORDER BY s.held_on DESC, s.id DESC LIMIT ?"
)
_AFTER_EVERY_WORD = "\U0010ffff"


def _holds(words: tuple[str, ...], phrase: _Phrase) -> bool:
    """Whether the folded ``words`` of a pseudonym hold ``phrase`` (its last word as a prefix
    when the phrase is a bare word), as the full-text index would find it in a note."""
    *whole, last = phrase.words
    n = len(phrase.words)
    for i in range(len(words) - n + 1):
        if list(words[i : i + n - 1]) != whole:
            continue
        word = words[i + n - 1]
        if word == last or (phrase.prefix and word.startswith(last)):
            return True
    return False


@dataclass(frozen=True)
class _Pseudonyms:
    """Every peer's pseudonym with its words folded for search, and the words sorted.

    A journal holds a peer for every few sessions; a search finds the pseudonyms that can match
    by bisecting the sorted words, so it never reads every pseudonym again.
    """

    version: tuple[int, int]  # the connection's data_version and total_changes when read
    names: dict[int, tuple[str, tuple[str, ...]]]  # peer id -> (pseudonym, its folded words)
    words: list[tuple[str, int]]  # (folded word, peer id), sorted

    @classmethod
    def read(cls, conn: Connection, version: tuple[int, int]) -> _Pseudonyms:
        names: dict[int, tuple[str, tuple[str, ...]]] = {}
        words: list[tuple[str, int]] = []
        for peer_id, pseudonym in rows(conn, _PEERS):
            folded = tuple(_tokens(search_fold(pseudonym)))
            names[int(peer_id)] = (pseudonym, folded)
            words.extend((word, int(peer_id)) for word in set(folded))
        words.sort()
        return cls(version, names, words)

    def _count(self, word: str, prefix: bool) -> tuple[int, int]:
        """Where the words equal to ``word`` (or starting with it) are in :attr:`words`."""
        first = bisect.bisect_left(self.words, (word,))
        end = word + _AFTER_EVERY_WORD if prefix else word + "\0"
        return first, bisect.bisect_left(self.words, (end,), first)

    def matching(self, query: _Query) -> tuple[list[int], list[int]]:
        """The peers whose pseudonym holds every phrase to find and none to leave out: first
        those whose pseudonym is exactly what was typed, then the others."""
        # Only the peers with the rarest of the words looked for can match: check just those.
        spans = [
            self._count(word, phrase.prefix and i == len(phrase.words) - 1)
            for phrase in query.include
            for i, word in enumerate(phrase.words)
        ]
        first, end = min(spans, key=lambda span: span[1] - span[0])
        typed = tuple(word for phrase in query.include for word in phrase.words)
        exact: list[int] = []
        others: list[int] = []
        for peer_id in sorted({peer_id for _word, peer_id in self.words[first:end]}):
            words = self.names[peer_id][1]
            if all(_holds(words, p) for p in query.include) and not any(
                _holds(words, p) for p in query.exclude
            ):
                (exact if words == typed else others).append(peer_id)
        return exact, others


NEWEST = "newest"
BEST = "best"
ORDERS: tuple[str, ...] = (NEWEST, BEST)

# Newest first: FTS5 hands out the matching notes by rowid, newest first, without sorting them,
# and the snippet is made only for the notes shown. Search._newest stops reading (and
# closes the cursor) once it has ``limit`` sessions, so a common word matching tens of thousands of
# notes costs the few hundred notes read, not tens of thousands. Avoid restricting notes_fts by
# a list of rowids instead: FTS5 then scans the whole match.
_NEWEST_NOTES = (
    "SELECT f.rowid, n.session_id, n.step, n.text"
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
# query (SQLite's ORDER BY ... LIMIT keeps just that many rows), and the snippet is made only for
# the notes shown: a common word matching tens of thousands of notes costs one pass over its
# index entries, not tens of thousands of snippets.
_BEST_NOTES = (
    "SELECT rowid, bm25(notes_fts) AS score"
    " FROM notes_fts WHERE notes_fts MATCH ? ORDER BY score, rowid LIMIT ?"
)
_NOTE_SESSIONS = (
    "SELECT n.id, n.session_id, n.step, n.text, s.status, s.held_on, p.pseudonym"
    " FROM notes n JOIN sessions s ON s.id = n.session_id LEFT JOIN peers p ON p.id = s.peer_id"
    " WHERE n.id IN (SELECT value FROM json_each(?))"
)


class Search:
    """Searches of one connection. Keep one per connection: it remembers the pseudonyms it read
    until the journal changes."""

    def __init__(self, conn: Connection) -> None:
        self._conn = conn
        self._pseudonyms: _Pseudonyms | None = None

    @property
    def remembers_pseudonyms(self) -> bool:
        """Whether the pseudonyms last read are held in memory (until :meth:`forget`)."""
        return self._pseudonyms is not None

    def forget(self) -> None:
        """Drop the pseudonyms read so far: the journal is closing (a lock), so none outlive it."""
        self._pseudonyms = None

    def run(self, text: str, limit: int = 50, order: str = NEWEST) -> list[SearchHit]:
        """Sessions whose peer's pseudonym or notes match, one hit per session, at most ``limit``.

        The sessions of the peers whose pseudonym matches come first (found in
        :data:`IN_PSEUDONYM`): the peers whose pseudonym is exactly what was typed, then the
        others; newest session date first. A pseudonym matches as a note would: it holds every
        word or phrase typed (bare words as prefixes, folded the same way) and no excluded one.
        Then the sessions whose notes match (found in :data:`IN_NOTES`), in ``order``, which is
        :data:`NEWEST` or :data:`BEST`:

        - ``NEWEST``: the ``limit`` matching sessions whose notes were written most recently,
          newest session date first (ties: the later-made session first). "Written" is when a
          note was first saved for its step: editing a note keeps its place. A session is shown
          by its most recently written matching note.
        - ``BEST``: the ``limit`` sessions with the best-ranked notes, best first. A session
          ranks by its best note (bm25; ties go to the note written first).

        Raises :class:`~peerdesk.errors.InvalidInput` for any other ``order``.
        """
        if order not in ORDERS:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("errors", "unknown search order '{order}'"),
                values={"order": str(order)[:40]},
                field="order",
            )
        query = _parse(text)
        if query is None or limit <= 0:
            return []
        by_peer = self._by_pseudonym(query, limit)
        if len(by_peer) == limit:
            return by_peer
        by_note = self._newest(query, limit) if order == NEWEST else self._best(query, limit)
        if not by_peer:
            return by_note
        shown = {hit.session_id for hit in by_peer}
        return (by_peer + [hit for hit in by_note if hit.session_id not in shown])[:limit]

    # --- pseudonyms -----------------------------------------------------------------------------

    def _read_pseudonyms(self) -> _Pseudonyms:
        """The peers' pseudonyms, read again only when the journal may have changed since."""
        conn = self._conn
        with translated_errors():
            changed_elsewhere = int(conn.execute("PRAGMA data_version").fetchone()[0])
        version = (changed_elsewhere, conn.total_changes)
        known = self._pseudonyms
        if known is not None and known.version == version and not conn.in_transaction:
            return known
        read = _Pseudonyms.read(conn, version)
        # Inside a transaction what was read may yet be rolled back: keep it for this search only.
        self._pseudonyms = None if conn.in_transaction else read
        return read

    def _by_pseudonym(self, query: _Query, limit: int) -> list[SearchHit]:
        """The sessions of the peers whose pseudonym matches, at most ``limit``."""
        pseudonyms = self._read_pseudonyms()
        hits: list[SearchHit] = []
        for peers in pseudonyms.matching(query):
            if not peers or len(hits) == limit:
                continue
            found = rows(self._conn, _PEER_SESSIONS, (json.dumps(peers), limit - len(hits)))
            for session_id, status, held_on, peer_id in found:
                name = pseudonyms.names[int(peer_id)][0]
                snippet = _snippet(name, query)
                hits.append(_hit(session_id, status, held_on, name, "", snippet, 0.0, IN_PSEUDONYM))
        return hits

    # --- newest first ---------------------------------------------------------------------------

    def _newest(self, query: _Query, limit: int) -> list[SearchHit]:
        first: dict[int, tuple[str, str]] = {}  # session id -> (step, text) of its newest note
        with translated_errors():
            cursor = self._conn.execute(_NEWEST_NOTES, (query.fts(),))
            try:
                for _note_id, session_id, step, text in cursor:
                    # A session's older notes may come before the next session's: skip them.
                    if session_id not in first:
                        first[session_id] = (step, text)
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
            step, text = first[session_id]
            hits.append(_hit(session_id, status, held_on, peer, step, _snippet(text, query), 0.0))
        hits.sort(key=lambda hit: (hit.held_on, hit.session_id), reverse=True)
        return hits

    # --- best match -----------------------------------------------------------------------------

    def _best(self, query: _Query, limit: int) -> list[SearchHit]:
        depth = limit * _NOTES_PER_SESSION
        while True:
            notes = rows(self._conn, _BEST_NOTES, (query.fts(), depth))
            hits = self._best_per_session(notes, limit, query)
            # Fewer sessions than asked for while notes were left unread can only happen if a
            # session has more notes than it has steps: read deeper rather than miss any.
            if len(hits) >= limit or len(notes) < depth:
                return hits
            depth *= 4

    def _best_per_session(self, notes: list[Any], limit: int, query: _Query) -> list[SearchHit]:
        """The first (best) note of each session among ``notes``, for the first ``limit``."""
        if not notes:
            return []
        ids = json.dumps([int(note_id) for note_id, _score in notes])
        where = {int(r[0]): r[1:] for r in rows(self._conn, _NOTE_SESSIONS, (ids,))}
        hits: list[SearchHit] = []
        seen: set[int] = set()
        for note_id, score in notes:
            found = where.get(int(note_id))
            if found is None:
                continue
            session_id, step, text, status, held_on, peer = found
            if session_id in seen:
                continue
            seen.add(session_id)
            snippet = _snippet(text, query)
            hits.append(_hit(session_id, status, held_on, peer, step, snippet, float(score)))
            if len(hits) == limit:
                break
        return hits
