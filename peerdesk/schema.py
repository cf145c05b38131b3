"""The journal's schema, as forward-only migrations numbered by ``PRAGMA user_version``.

Migration N turns a version N-1 journal into version N. A journal from a newer PeerDesk is refused
and left untouched. Before migrating an existing journal, the caller takes an encrypted backup.
"""

from __future__ import annotations

import logging
import unicodedata
from collections.abc import Callable

from peerdesk.database import Connection, translated_errors, user_version
from peerdesk.errors import JournalTooNew

log = logging.getLogger(__name__)

_V1 = """
CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE tags (
    kind TEXT NOT NULL CHECK (kind IN ('event', 'driver')),
    id TEXT NOT NULL,
    label TEXT NOT NULL,
    position INTEGER NOT NULL,
    archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
    PRIMARY KEY (kind, id)
) WITHOUT ROWID;

CREATE TABLE peers (
    id INTEGER PRIMARY KEY,
    pseudonym TEXT NOT NULL,
    pseudonym_key TEXT NOT NULL,
    contact TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    closed_at TEXT,
    contact_purged_at TEXT
);
CREATE UNIQUE INDEX peers_pseudonym ON peers (pseudonym_key);

CREATE TABLE sessions (
    id INTEGER PRIMARY KEY,
    status TEXT NOT NULL CHECK (status IN ('draft', 'finished')),
    peer_id INTEGER REFERENCES peers (id) ON DELETE SET NULL,
    held_on TEXT NOT NULL,
    duration_minutes INTEGER CHECK (duration_minutes BETWEEN 0 AND 1440),
    mode TEXT,
    contact_kind TEXT,
    referred_by TEXT,
    outreach_outcome TEXT,
    role_band TEXT,
    checked TEXT NOT NULL DEFAULT '{}',
    referrals TEXT NOT NULL DEFAULT '[]',
    escalated INTEGER NOT NULL DEFAULT 0 CHECK (escalated IN (0, 1)),
    helpful TEXT,
    needs_met TEXT,
    self_care INTEGER CHECK (self_care BETWEEN 1 AND 5),
    debrief_wanted INTEGER NOT NULL DEFAULT 0 CHECK (debrief_wanted IN (0, 1)),
    followup_on TEXT,
    followup_plan TEXT NOT NULL DEFAULT '',
    follows_up_id INTEGER REFERENCES followups (id) ON DELETE SET NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX sessions_held_on ON sessions (held_on, id);
CREATE INDEX sessions_peer ON sessions (peer_id, held_on);
CREATE INDEX sessions_status ON sessions (status, updated_at);
CREATE INDEX sessions_peer_status ON sessions (peer_id, status, held_on);

CREATE TABLE session_tags (
    session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('event', 'driver')),
    tag TEXT NOT NULL,
    PRIMARY KEY (session_id, kind, tag)
) WITHOUT ROWID;
CREATE INDEX session_tags_tag ON session_tags (kind, tag);

CREATE TABLE notes (
    id INTEGER PRIMARY KEY,
    session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    step TEXT NOT NULL,
    text TEXT NOT NULL,
    UNIQUE (session_id, step)
);

CREATE VIRTUAL TABLE notes_fts USING fts5 (
    text,
    content = 'notes',
    content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);
INSERT INTO notes_fts (notes_fts, rank) VALUES ('secure-delete', 1);

CREATE TRIGGER notes_after_insert AFTER INSERT ON notes BEGIN
    INSERT INTO notes_fts (rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER notes_after_delete AFTER DELETE ON notes BEGIN
    INSERT INTO notes_fts (notes_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE TRIGGER notes_after_update AFTER UPDATE OF text ON notes BEGIN
    INSERT INTO notes_fts (notes_fts, rowid, text) VALUES ('delete', old.id, old.text);
    INSERT INTO notes_fts (rowid, text) VALUES (new.id, new.text);
END;

CREATE TABLE followups (
    id INTEGER PRIMARY KEY,
    peer_id INTEGER REFERENCES peers (id) ON DELETE CASCADE,
    origin_session_id INTEGER UNIQUE REFERENCES sessions (id) ON DELETE SET NULL,
    due_on TEXT NOT NULL,
    plan TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'cancelled')),
    done_session_id INTEGER REFERENCES sessions (id) ON DELETE SET NULL,
    cancel_reason TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX followups_due ON followups (status, due_on);

CREATE TABLE resources (
    id INTEGER PRIMARY KEY,
    category TEXT NOT NULL,
    name TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    text_line TEXT NOT NULL DEFAULT '',
    web TEXT NOT NULL DEFAULT '',
    hours TEXT NOT NULL DEFAULT '',
    audience TEXT NOT NULL DEFAULT '',
    last_verified_on TEXT,
    archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1))
);

CREATE TABLE session_resources (
    session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    resource_id INTEGER NOT NULL REFERENCES resources (id) ON DELETE CASCADE,
    PRIMARY KEY (session_id, resource_id)
) WITHOUT ROWID;
"""

# Version 2: the full-text index holds each note folded for search (peerdesk.text.search_fold,
# which peerdesk.database.connect registers on every connection as ``search_fold``), so "strasse"
# finds "Straße", "file" finds "ﬁle", fullwidth letters find ASCII and Arabic and Hebrew vowel
# marks are ignored. The index reads the folded notes through a view; the old index is dropped and
# rebuilt from the notes. Snippets are made from the notes themselves (peerdesk.search).
_V2 = """
DROP TRIGGER notes_after_insert;
DROP TRIGGER notes_after_delete;
DROP TRIGGER notes_after_update;
DROP TABLE notes_fts;

CREATE VIEW notes_folded (id, text) AS SELECT id, search_fold(text) FROM notes;

CREATE VIRTUAL TABLE notes_fts USING fts5 (
    text,
    content = 'notes_folded',
    content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);
INSERT INTO notes_fts (notes_fts, rank) VALUES ('secure-delete', 1);
INSERT INTO notes_fts (notes_fts) VALUES ('rebuild');

CREATE TRIGGER notes_after_insert AFTER INSERT ON notes BEGIN
    INSERT INTO notes_fts (rowid, text) VALUES (new.id, search_fold(new.text));
END;
CREATE TRIGGER notes_after_delete AFTER DELETE ON notes BEGIN
    INSERT INTO notes_fts (notes_fts, rowid, text) VALUES ('delete', old.id, search_fold(old.text));
END;
CREATE TRIGGER notes_after_update AFTER UPDATE OF text ON notes BEGIN
    INSERT INTO notes_fts (notes_fts, rowid, text) VALUES ('delete', old.id, search_fold(old.text));
    INSERT INTO notes_fts (rowid, text) VALUES (new.id, search_fold(new.text));
END;
"""

MIGRATIONS: tuple[str, ...] = (_V1, _V2)
CURRENT_VERSION = len(MIGRATIONS)
# The Unicode tables (``unicodedata.unidata_version``) the index was folded with: the triggers
# delete a note's words by folding it again, so under other tables (a Python upgrade) deletes
# would miss words and shredded ones could stay in the index. The index is then rebuilt.
SEARCH_UNICODE_KEY = "search_unicode_version"
_FOLDED_INDEX_FROM = 2  # the schema version whose index holds folded notes


def check_version(conn: Connection) -> int:
    """Return the journal's schema version; refuse one written by a newer PeerDesk."""
    found = user_version(conn)
    if found > CURRENT_VERSION:
        raise JournalTooNew(found, CURRENT_VERSION)
    return found


def migrate(conn: Connection, before: Callable[[int], None] | None = None) -> int:
    """Bring the journal to :data:`CURRENT_VERSION`; return the version it had.

    ``before(version)`` runs once before the first migration of an existing journal (the caller
    takes a backup there). Each migration runs in its own transaction with its version bump.
    """
    found = check_version(conn)
    if found < CURRENT_VERSION and found > 0 and before is not None:
        before(found)
    for version in range(found + 1, CURRENT_VERSION + 1):
        log.info("migrating the journal schema to version %d", version)
        script = f"BEGIN IMMEDIATE;\n{MIGRATIONS[version - 1]}\nPRAGMA user_version = {version};"
        try:
            with translated_errors():
                conn.executescript(script)
                conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
    refold_search_index(conn)
    return found


def refold_search_index(conn: Connection) -> bool:
    """Rebuild the full-text index when it was folded under other Unicode tables than Python's
    today (or before they were recorded), and record today's; True when it was rebuilt."""
    if user_version(conn) < _FOLDED_INDEX_FROM:
        return False
    with translated_errors():
        found = conn.execute("SELECT value FROM meta WHERE key = ?", (SEARCH_UNICODE_KEY,))
        row = found.fetchone()
        if row is not None and row[0] == unicodedata.unidata_version:
            return False
        log.info("rebuilding the search index for these Unicode tables")
        conn.execute("BEGIN IMMEDIATE")
        try:
            conn.execute("INSERT INTO notes_fts (notes_fts) VALUES ('rebuild')")
            conn.execute(
                "INSERT INTO meta (key, value) VALUES (?, ?)"
                " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (SEARCH_UNICODE_KEY, unicodedata.unidata_version),
            )
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
    return True
