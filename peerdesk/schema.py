"""The journal's schema, as forward-only migrations numbered by ``PRAGMA user_version``.

Migration N turns a version N-1 journal into version N. A journal from a newer PeerDesk is refused
and left untouched. Before migrating an existing journal, the caller takes an encrypted backup.
"""

from __future__ import annotations

import json
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

# Version 3: step 6 as one list. Each kind of help and each resource of a session carries a mark:
# mentioned, handout (given) or referred (the supporter made or arranged the contact); only
# referred counts as a referral. Stored sessions keep what they meant:
# - a kind in the old ``referrals`` list ("referral made to") -> referred;
# - a resource in ``session_resources`` (the old "resources offered") -> mentioned;
# - "made a referral" ticked with no kind named -> the kind "other", referred (it stays a
#   conversation with a referral, as it was counted before);
# - "offered resources" ticked with nothing marked at all -> the kind "other", mentioned;
# - the step-6 items "offered_resources" and "made_referral" are then derived from the marks
#   (:func:`_v3_derive_items`), as every later save derives them.
# The stress drivers of second-victim support join the default tags (:func:`_v3_add_drivers`).
_V3 = """
ALTER TABLE sessions ADD COLUMN referral_marks TEXT NOT NULL DEFAULT '{}';
ALTER TABLE session_resources ADD COLUMN mark TEXT NOT NULL DEFAULT 'mentioned'
    CHECK (mark IN ('mentioned', 'handout', 'referred'));
UPDATE sessions SET referral_marks =
    (SELECT json_group_object(r.value, 'referred') FROM json_each(sessions.referrals) r)
    WHERE json_array_length(referrals) > 0;
UPDATE sessions SET referral_marks = json_object('other', 'referred')
    WHERE referral_marks = '{}' AND EXISTS (SELECT 1 FROM json_each(sessions.checked,
        '$.resources') i WHERE i.value = 'made_referral');
UPDATE sessions SET referral_marks = json_object('other', 'mentioned')
    WHERE referral_marks = '{}' AND EXISTS (SELECT 1 FROM json_each(sessions.checked,
        '$.resources') i WHERE i.value = 'offered_resources')
    AND NOT EXISTS (SELECT 1 FROM session_resources sr WHERE sr.session_id = sessions.id);
ALTER TABLE sessions DROP COLUMN referrals;
"""
# As they were in version 3: later versions change their own copies, never these.
_V3_DERIVED = ("offered_resources", "made_referral")
_V3_DRIVERS = (
    ("self_blame_or_guilt", "Self-blame or guilt"),
    ("feeling_isolated", "Feeling isolated"),
    ("shame_or_fear_of_judgement", "Shame or fear of judgement"),
    ("fear_of_review_or_litigation", "Fear of the review, litigation or licensing process"),
    ("replaying_or_poor_sleep", "Replaying the event or trouble sleeping"),
    ("anxiety_or_low_mood", "Anxiety or low mood"),
    ("work_overload", "Work overload"),
    ("not_feeling_valued", "Not feeling valued"),
    ("loss_of_meaning", "Loss of meaning"),
    ("childcare_or_family_care", "Childcare or family care"),
    ("reducing_hours_or_leaving", "Thinking of reducing hours or leaving"),
    ("fear_of_exposure", "Fear of exposure or transmission"),
)


def _v3_derive_items(conn: Connection) -> None:
    """Tick "offered resources" where anything is marked and "made a referral" where anything
    is referred, and untick them elsewhere (the marks above already hold what the ticks said)."""
    found = conn.execute(
        "SELECT s.id, s.checked, EXISTS (SELECT 1 FROM json_each(s.referral_marks))"
        " OR EXISTS (SELECT 1 FROM session_resources sr WHERE sr.session_id = s.id),"
        " EXISTS (SELECT 1 FROM json_each(s.referral_marks) m WHERE m.value = 'referred')"
        " OR EXISTS (SELECT 1 FROM session_resources sr WHERE sr.session_id = s.id"
        " AND sr.mark = 'referred') FROM sessions s"
    ).fetchall()
    for session_id, text, offered, referred in found:
        stored = json.loads(text)  # the ticks, kept in the column `checked`
        ticked = [i for i in stored.get("resources", []) if i not in _V3_DERIVED]
        ticked += ["offered_resources"] * bool(offered) + ["made_referral"] * bool(referred)
        new = {k: v for k, v in stored.items() if k != "resources"}
        if ticked:
            new["resources"] = sorted(ticked)
        if new != stored:
            conn.execute(
                "UPDATE sessions SET checked = ? WHERE id = ?",
                (json.dumps(new, sort_keys=True), session_id),
            )


def _v3_add_drivers(conn: Connection) -> None:
    """Add the new default stress drivers to a journal that has its defaults (a new journal
    gets them when it is seeded), defaults first in their new order, then the supporter's own
    tags in the order they had; nothing is renamed, archived or removed."""
    found = conn.execute(
        "SELECT id, label FROM tags WHERE kind = 'driver' ORDER BY position, id"
    ).fetchall()
    if not found:
        return
    known = [row[0] for row in found]
    labels = {str(row[1]).casefold() for row in found}
    # A tag the supporter already has under the same name stays the one (never two alike).
    new = [
        (i, label) for i, label in _V3_DRIVERS if i not in known and label.casefold() not in labels
    ]
    conn.executemany(
        "INSERT INTO tags (kind, id, label, position) VALUES ('driver', ?, ?, -1)", new
    )
    defaults = [
        tag_id for tag_id, _label in _V3_DRIVERS if tag_id in known or (tag_id, _label) in new
    ]
    order = defaults + [tag_id for tag_id in known if tag_id not in defaults]
    conn.executemany(
        "UPDATE tags SET position = ? WHERE kind = 'driver' AND id = ?",
        list(enumerate(order)),
    )


# Version 4: a resource names the public page it was taken from (country packs, issue 16).
_V4 = """
ALTER TABLE resources ADD COLUMN source TEXT NOT NULL DEFAULT '';
"""

MIGRATIONS: tuple[str, ...] = (_V1, _V2, _V3, _V4)
# Work a migration's SQL cannot say, run in the same transaction right after it.
_AFTER_SQL: dict[int, tuple[Callable[[Connection], None], ...]] = {
    3: (_v3_derive_items, _v3_add_drivers),
}
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
        try:
            with translated_errors():
                conn.executescript(f"BEGIN IMMEDIATE;\n{MIGRATIONS[version - 1]}")
                for step in _AFTER_SQL.get(version, ()):
                    step(conn)
                conn.execute(f"PRAGMA user_version = {version}")
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
