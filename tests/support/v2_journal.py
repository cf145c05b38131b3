"""A journal as PeerDesk wrote it at schema version 2, before step 6 became one list.

Built with version 2's own SQL (the shipped migrations 1 and 2, and the INSERTs that version's
``Sessions.save`` and ``Tags.seed_defaults`` ran), so a migration test starts from what a
supporter's journal really holds: referrals as a JSON list of kinds, resources offered as rows
without a mark, and "offered_resources" / "made_referral" as ticks of their own.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from peerdesk import schema
from peerdesk.database import Connection, connect

STAMP = "2026-11-01T09:00:00+00:00"
# The default tags as version 2 seeded them, in their order.
V2_EVENTS = (
    ("adverse_event_or_error", "Adverse event or error"),
    ("unexpected_death_or_outcome", "Unexpected death or outcome"),
    ("trauma_or_mass_casualty", "Trauma or mass casualty"),
    ("lawsuit_or_complaint", "Lawsuit or complaint"),
    ("licensing_board_matter", "Licensing board matter"),
    ("patient_aggression", "Patient aggression"),
    ("conflict", "Conflict"),
    ("colleague_death_or_illness", "Colleague's death or illness"),
    ("burnout_or_moral_injury", "Burnout or moral injury"),
    ("change_at_work", "Change at work"),
    ("personal_life_stressor", "Personal life stressor"),
)
V2_DRIVERS = (
    ("fear_of_exposure", "Fear of exposure or transmission"),
    ("anxiety_or_low_mood", "Anxiety or low mood"),
    ("work_overload", "Work overload"),
    ("not_feeling_valued", "Not feeling valued"),
    ("loss_of_meaning", "Loss of meaning"),
    ("childcare_or_family_care", "Childcare or family care"),
    ("reducing_hours_or_leaving", "Thinking of reducing hours or leaving"),
)


@dataclass
class V2Session:
    """The fields of a version 2 session that step 6 and the counts touch."""

    held_on: str
    peer_id: int | None
    status: str = "finished"
    contact_kind: str | None = "peer_asked"
    outreach_outcome: str | None = None
    ticked: dict[str, list[str]] = field(default_factory=dict)
    referrals: list[str] = field(default_factory=list)
    resources: list[int] = field(default_factory=list)
    notes: dict[str, str] = field(default_factory=dict)
    drivers: list[str] = field(default_factory=list)
    escalated: bool = False


def create(path: Path, key: bytes) -> Connection:
    """A new, empty version 2 journal with version 2's default tags."""
    conn = connect(path, key, create=True)
    conn.executescript(
        f"BEGIN;\n{schema.MIGRATIONS[0]}\n{schema.MIGRATIONS[1]}\nPRAGMA user_version = 2;\nCOMMIT;"
    )
    conn.execute("BEGIN")
    for kind, tags in (("event", V2_EVENTS), ("driver", V2_DRIVERS)):
        conn.executemany(
            "INSERT OR IGNORE INTO tags (kind, id, label, position) VALUES (?, ?, ?, ?)",
            [(kind, tag_id, label, i) for i, (tag_id, label) in enumerate(tags)],
        )
    conn.execute("COMMIT")
    return conn


def add_peer(conn: Connection, pseudonym: str) -> int:
    cur = conn.execute(
        "INSERT INTO peers (pseudonym, pseudonym_key, created_at) VALUES (?, ?, ?)",
        (pseudonym, pseudonym.casefold(), STAMP),
    )
    return int(cur.lastrowid or 0)


def add_resource(conn: Connection, category: str, name: str) -> int:
    cur = conn.execute("INSERT INTO resources (category, name) VALUES (?, ?)", (category, name))
    return int(cur.lastrowid or 0)


def add_tag(
    conn: Connection, kind: str, tag_id: str, label: str, *, archived: bool = False
) -> None:
    (position,) = conn.execute("SELECT count(*) FROM tags WHERE kind = ?", (kind,)).fetchone()
    conn.execute(
        "INSERT INTO tags (kind, id, label, position, archived) VALUES (?, ?, ?, ?, ?)",
        (kind, tag_id, label, position, int(archived)),
    )


def add_session(conn: Connection, s: V2Session) -> int:
    """Write ``s`` the way version 2's ``Sessions.save`` did (one transaction)."""
    conn.execute("BEGIN")
    session_id = _insert(conn, s)
    conn.execute("COMMIT")
    return session_id


def add_sessions(conn: Connection, sessions: list[V2Session]) -> None:
    """Write many sessions in one transaction (a big journal, quickly)."""
    conn.execute("BEGIN")
    for s in sessions:
        _insert(conn, s)
    conn.execute("COMMIT")


def _insert(conn: Connection, s: V2Session) -> int:
    cur = conn.execute(
        "INSERT INTO sessions (status, peer_id, held_on, contact_kind, outreach_outcome,"
        " checked, referrals, escalated, created_at, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            s.status,
            s.peer_id,
            s.held_on,
            s.contact_kind,
            s.outreach_outcome,
            json.dumps(s.ticked, sort_keys=True),
            json.dumps(sorted(set(s.referrals))),
            int(s.escalated),
            STAMP,
            STAMP,
        ),
    )
    session_id = int(cur.lastrowid or 0)
    conn.executemany(
        "INSERT INTO session_tags (session_id, kind, tag) VALUES (?, 'driver', ?)",
        [(session_id, t) for t in s.drivers],
    )
    conn.executemany(
        "INSERT INTO notes (session_id, step, text) VALUES (?, ?, ?)",
        [(session_id, step, text) for step, text in s.notes.items()],
    )
    conn.executemany(
        "INSERT INTO session_resources (session_id, resource_id) VALUES (?, ?)",
        [(session_id, r) for r in sorted(set(s.resources))],
    )
    return session_id


def v2_referral_figures(conn: Connection) -> tuple[dict[str, int], int]:
    """Version 2's Insights over every finished session: contacts per referral kind, and
    conversations with a referral (its SQL, which read only the ``referrals`` list)."""
    per_kind = dict(
        conn.execute(
            "SELECT r.value, count(DISTINCT s.id) FROM sessions s, json_each(s.referrals) r"
            " WHERE s.status = 'finished' GROUP BY r.value"
        ).fetchall()
    )
    ((with_referral,),) = conn.execute(
        "SELECT count(*) FROM sessions s WHERE s.status = 'finished' AND"
        " (s.outreach_outcome IS NULL OR s.outreach_outcome = 'accepted')"
        " AND json_array_length(s.referrals) > 0"
    ).fetchall()
    return per_kind, int(with_referral)
