"""Sessions: one record per peer-support conversation, shaped by the flow definition.

A session is a *draft* while the supporter is writing it (autosaved) and *finished* once saved
for good. Saving a finished session with a follow-up date keeps exactly one follow-up for it, so
editing a session never duplicates anything.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from peerdesk import flow
from peerdesk.clock import Clock, stamp
from peerdesk.database import Connection, rows, transaction
from peerdesk.errors import InvalidInput, NotFound, SecondOpenFollowUp
from peerdesk.tags import DRIVER, EVENT, Tags
from peerdesk.text import NOTE_MAX, PLAN_MAX, PSEUDONYM, PSEUDONYM_MAX, clean, iso_date
from peerdesk.translation import QT_TRANSLATE_NOOP, Phrase

DRAFT = "draft"
FINISHED = "finished"
# The one note for the whole session ("anything else"), kept beside the steps' own notes.
SESSION_NOTE = "session"
_NOTE_STEPS = frozenset(s.id for s in flow.FLOW.steps if s.has_notes) | {SESSION_NOTE}
RESOURCES_STEP = "resources"
ESCALATED_ITEM = (RESOURCES_STEP, "escalated_safety_concern")  # the checklist twin of `escalated`
# The step of the session form each checked field sits on, so an InvalidInput names it.
_FIELD_STEPS = {
    **dict.fromkeys(
        (
            "held_on",
            "duration_minutes",
            "peer_id",
            "pseudonym",
            "contact_kind",
            "mode",
            "referred_by",
            "outreach_outcome",
            "role_band",
            "events",
            "drivers",
            "follows_up_id",
        ),
        "context",
    ),
    **dict.fromkeys(("referral_marks", "resource_marks"), "resources"),
    **dict.fromkeys(("followup_plan", "helpful", "needs_met", "self_care"), "close"),
}
# A draft's not-yet-added peer is kept in the journal's meta table under this key plus the
# session's id: inside the encrypted journal, with no schema change.
NEW_PEER_KEY = "new_peer."


def drop_orphaned_new_peers(conn: Connection) -> int:
    """Remove ``new_peer.<id>`` rows whose draft is gone (lost in a rescue, or finished): a
    pseudonym must not outlive its draft, nor come back on a new session that reuses the id."""
    cur = conn.execute(
        "DELETE FROM meta WHERE substr(key, 1, ?) = ? AND substr(key, ?) NOT IN"
        " (SELECT CAST(id AS TEXT) FROM sessions WHERE status = 'draft')",
        (len(NEW_PEER_KEY), NEW_PEER_KEY, len(NEW_PEER_KEY) + 1),
    )
    return cur.rowcount


@dataclass
class Session:
    held_on: date
    id: int | None = None
    status: str = DRAFT
    peer_id: int | None = None
    duration_minutes: int | None = None
    mode: str | None = None
    contact_kind: str | None = None
    referred_by: str | None = None
    outreach_outcome: str | None = None
    role_band: str | None = None
    events: list[str] = field(default_factory=list)
    drivers: list[str] = field(default_factory=list)
    ticked: dict[str, list[str]] = field(default_factory=dict)
    notes: dict[str, str] = field(default_factory=dict)
    # Step 6 as one list: each kind of help (flow.REFERRAL_TYPES id) and each resource (its id)
    # the supporter marked, with its mark (flow.MENTIONED, HANDOUT or REFERRED).
    referral_marks: dict[str, str] = field(default_factory=dict)
    escalated: bool = False
    helpful: str | None = None
    needs_met: str | None = None
    self_care: int | None = None
    debrief_wanted: bool = False
    resource_marks: dict[int, str] = field(default_factory=dict)
    followup_on: date | None = None
    followup_plan: str = ""
    follows_up_id: int | None = None
    new_peer: str = ""  # a draft's pseudonym of a peer to be added when it is finished
    created_at: str = ""
    updated_at: str = ""

    @property
    def referrals(self) -> list[str]:
        """The kinds of help marked *referred* (resources marked referred are not included)."""
        return sorted(k for k, mark in self.referral_marks.items() if mark == flow.REFERRED)

    @property
    def resources_offered(self) -> list[int]:
        """The resources marked at all (mentioned, handout given or referred)."""
        return sorted(self.resource_marks)

    @property
    def skips_to_followup(self) -> bool:
        """Declined or unanswered outreach: the record goes straight to follow-up planning."""
        return self.outreach_outcome in flow.STRAIGHT_TO_FOLLOWUP_OUTCOMES


def _refused(
    message: str,
    field: str,
    code: str,
    step: str = "",
    values: Mapping[str, object] | None = None,
) -> InvalidInput:
    return InvalidInput(
        message,
        values=values,
        field=field,
        step=step or _FIELD_STEPS.get(field, ""),
        code=code,
    )


def _choice(s: Session, field: str, choices: tuple[flow.Choice, ...]) -> str | None:
    """The value of a single-choice field, checked; ``.field`` of errors is the attribute."""
    value = getattr(s, field)
    if value is None or value == "":
        return None
    if value not in flow.choice_ids(choices):
        name = field.replace("_", " ")
        raise _refused(
            QT_TRANSLATE_NOOP("errors", "{name} '{value}' is not one of the choices"),
            field,
            "unknown",
            values={"name": name, "value": str(value)[:40]},
        )
    return str(value)


def _unique(values: list[str], allowed: frozenset[str], field: str, what: str) -> list[str]:
    """``what`` is a marked template naming the value ("unknown event: '{value}'")."""
    unknown = [v for v in values if v not in allowed]
    if unknown:
        raise _refused(what, field, "unknown", values={"value": str(unknown[0])[:40]})
    return sorted(set(values))


def _autosaved_text(value: object) -> object:
    """Text saved as the supporter types: a NUL (pasted from another program) is dropped, so
    one odd character never stops the whole draft from being saved."""
    return value.replace("\x00", "") if isinstance(value, str) else value


def _marks(marks: object, keys: frozenset[str] | None, field: str) -> dict[Any, str]:
    """Step-6 marks checked: known keys (resource ids are whole numbers), known marks."""
    if not isinstance(marks, dict):
        raise _refused(
            QT_TRANSLATE_NOOP("errors", "the marks are not a mapping"), field, "not_a_mapping"
        )
    allowed = flow.choice_ids(flow.MARKS)
    out: dict[Any, str] = {}
    for key, mark in marks.items():
        if keys is None and (not isinstance(key, int) or isinstance(key, bool)):
            raise _refused(
                QT_TRANSLATE_NOOP("errors", "'{value}' is not a resource id"),
                field,
                "unknown",
                values={"value": str(key)[:40]},
            )
        if keys is not None and key not in keys:
            raise _refused(
                QT_TRANSLATE_NOOP("errors", "unknown kind of help: '{value}'"),
                field,
                "unknown",
                values={"value": str(key)[:40]},
            )
        if mark not in allowed:
            raise _refused(
                QT_TRANSLATE_NOOP("errors", "unknown mark: '{value}'"),
                field,
                "unknown",
                values={"value": str(mark)[:40]},
            )
        out[key] = mark
    return dict(sorted(out.items()))


def _derived_items(s: Session) -> set[str]:
    """Step 6's derived checklist items, from the marks (see flow.Step.derived)."""
    marks = [*s.referral_marks.values(), *s.resource_marks.values()]
    found = {"offered_resources"} if marks else set()
    return found | ({"made_referral"} if flow.REFERRED in marks else set())


def validated_session(session: Session, tags: Tags) -> Session:
    """A copy with every field checked against the flow and vocabularies; else InvalidInput."""
    s = session
    if not isinstance(s.held_on, date):
        raise _refused(
            QT_TRANSLATE_NOOP("errors", "the session has no date"), "held_on", "required"
        )
    if s.status not in (DRAFT, FINISHED):
        raise _refused(QT_TRANSLATE_NOOP("errors", "unknown session status"), "status", "unknown")
    if s.duration_minutes is not None and not 0 <= s.duration_minutes <= 1440:
        raise _refused(
            QT_TRANSLATE_NOOP("errors", "the duration must be between 0 and 1440 minutes"),
            "duration_minutes",
            "out_of_range",
        )
    if s.self_care is not None and not 1 <= s.self_care <= 5:
        raise _refused(
            QT_TRANSLATE_NOOP("errors", "self-care is rated from 1 to 5"),
            "self_care",
            "out_of_range",
        )
    ticked: dict[str, list[str]] = {}
    for step_id, items in s.ticked.items():
        if step_id not in flow.FLOW.step_ids():
            raise _refused(
                QT_TRANSLATE_NOOP("errors", "unknown step '{value}'"),
                field="ticked",
                code="unknown",
                values={"value": str(step_id)[:40]},
            )
        try:
            picked = _unique(
                list(items),
                flow.FLOW.item_ids(step_id),
                "ticked",
                QT_TRANSLATE_NOOP("errors", "unknown checklist item: '{value}'"),
            )
        except InvalidInput as exc:
            raise _refused(
                exc.template, field="ticked", code=exc.code, step=step_id, values=exc.values
            ) from None
        if picked:
            ticked[step_id] = picked
    s = replace(
        s,
        referral_marks=_marks(
            s.referral_marks, flow.choice_ids(flow.REFERRAL_TYPES), "referral_marks"
        ),
        resource_marks=_marks(s.resource_marks, None, "resource_marks"),
    )
    # Derived items follow the marks whatever was ticked: the list is the record.
    derived = flow.choice_ids(flow.FLOW.step(RESOURCES_STEP).derived)
    kept = [i for i in ticked.get(RESOURCES_STEP, []) if i not in derived]
    ticked[RESOURCES_STEP] = sorted([*kept, *_derived_items(s)])
    if not ticked[RESOURCES_STEP]:
        del ticked[RESOURCES_STEP]
    step, item = ESCALATED_ITEM
    escalated = bool(s.escalated) or item in ticked.get(step, [])
    if escalated and item not in ticked.get(step, []):
        ticked[step] = sorted([*ticked.get(step, []), item])
    notes: dict[str, str] = {}
    for step_id, text in s.notes.items():
        if step_id not in _NOTE_STEPS:
            raise _refused(
                QT_TRANSLATE_NOOP("errors", "step '{value}' has no notes"),
                "notes",
                "unknown",
                values={"value": str(step_id)[:40]},
            )
        cleaned = clean(
            _autosaved_text(text),
            "notes",
            max_len=NOTE_MAX,
            label=Phrase(QT_TRANSLATE_NOOP("errors", "the note ({step})"), {"step": step_id}),
            step=step_id,
        )
        if cleaned:
            notes[step_id] = cleaned
    result = replace(
        s,
        mode=_choice(s, "mode", flow.MODES),
        contact_kind=_choice(s, "contact_kind", flow.CONTACT_KINDS),
        referred_by=_choice(s, "referred_by", flow.REFERRED_BY),
        outreach_outcome=_choice(s, "outreach_outcome", flow.OUTREACH_OUTCOMES),
        role_band=_choice(s, "role_band", flow.ROLE_BANDS),
        helpful=_choice(s, "helpful", flow.HELPFUL),
        needs_met=_choice(s, "needs_met", flow.NEEDS_MET),
        events=_unique(
            list(s.events),
            tags.ids(EVENT),
            "events",
            QT_TRANSLATE_NOOP("errors", "unknown event: '{value}'"),
        ),
        drivers=_unique(
            list(s.drivers),
            tags.ids(DRIVER),
            "drivers",
            QT_TRANSLATE_NOOP("errors", "unknown stress driver: '{value}'"),
        ),
        ticked=ticked,
        escalated=escalated,
        notes=notes,
        followup_plan=clean(
            _autosaved_text(s.followup_plan),
            "followup_plan",
            max_len=PLAN_MAX,
            label=Phrase(QT_TRANSLATE_NOOP("errors", "follow-up plan")),
            step=_FIELD_STEPS["followup_plan"],
        ),
        new_peer=""
        if s.peer_id is not None
        else clean(
            _autosaved_text(s.new_peer),
            "pseudonym",
            max_len=PSEUDONYM_MAX,
            label=PSEUDONYM,
            step=_FIELD_STEPS["pseudonym"],
        ),
    )
    if result.status == FINISHED:
        if result.peer_id is None:
            raise _refused(
                QT_TRANSLATE_NOOP("errors", "choose the peer this session was with"),
                "peer_id",
                "required",
            )
        if result.contact_kind is None:
            raise _refused(
                QT_TRANSLATE_NOOP("errors", "choose the kind of contact"),
                "contact_kind",
                "required",
            )
    # A draft may hold a follow-up date without a peer yet: the follow-up itself is made when
    # the session is finished, and finishing needs a peer.
    return result


_COLUMNS = (
    "id, status, peer_id, held_on, duration_minutes, mode, contact_kind, referred_by,"
    " outreach_outcome, role_band, checked, referral_marks, escalated, helpful, needs_met,"
    " self_care, debrief_wanted, follows_up_id, created_at, updated_at, followup_on, followup_plan"
)


@dataclass(frozen=True)
class SessionSummary:
    """What the sessions list shows for one session: no note text."""

    id: int
    status: str
    held_on: date
    peer: str | None
    contact_kind: str | None
    outreach_outcome: str | None
    followup_on: date | None
    followup_status: str | None = None  # of the follow-up planned in it: open, done, cancelled
    followup_done_on: date | None = None  # the date of the session that completed it
    followup_done_session_id: int | None = None


class Sessions:
    def __init__(self, conn: Connection, clock: Clock, tags: Tags) -> None:
        self._conn = conn
        self._clock = clock
        self._tags = tags

    def save(self, session: Session, *, second_followup: bool = False) -> Session:
        """Insert or update a session with its tags, notes, resources and follow-up.

        A finished session with ``follows_up_id`` completes that follow-up in the same
        transaction (a draft never does, so a discarded draft leaves it open). Planning a
        follow-up for a peer who already has an open one raises
        :class:`~peerdesk.errors.SecondOpenFollowUp` unless ``second_followup`` is true.
        """
        s = validated_session(session, self._tags)
        now = stamp(self._clock)
        with transaction(self._conn):
            values = (
                s.status,
                s.peer_id,
                s.held_on.isoformat(),
                s.duration_minutes,
                s.mode,
                s.contact_kind,
                s.referred_by,
                s.outreach_outcome,
                s.role_band,
                json.dumps(s.ticked, sort_keys=True),
                json.dumps(s.referral_marks, sort_keys=True),
                int(s.escalated),
                s.helpful,
                s.needs_met,
                s.self_care,
                int(s.debrief_wanted),
                s.follows_up_id,
                s.followup_on.isoformat() if s.followup_on else None,
                s.followup_plan,
            )
            self._check_references(s)
            reopens = self._undone_completion(s)
            self._check_followups(s, second_followup, reopens)
            if s.id is None:
                cur = self._conn.execute(
                    "INSERT INTO sessions (status, peer_id, held_on, duration_minutes, mode,"
                    " contact_kind, referred_by, outreach_outcome, role_band, checked,"
                    " referral_marks, escalated, helpful, needs_met, self_care, debrief_wanted,"
                    " follows_up_id, followup_on, followup_plan, created_at, updated_at)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (*values, now, now),
                )
                session_id = int(cur.lastrowid or 0)
                s = replace(s, id=session_id, created_at=now)
                drop_orphaned_new_peers(self._conn)  # left by a journal rescued before
            else:
                session_id = s.id
                cur = self._conn.execute(
                    "UPDATE sessions SET status = ?, peer_id = ?, held_on = ?,"
                    " duration_minutes = ?, mode = ?, contact_kind = ?, referred_by = ?,"
                    " outreach_outcome = ?, role_band = ?, checked = ?, referral_marks = ?,"
                    " escalated = ?, helpful = ?, needs_met = ?, self_care = ?,"
                    " debrief_wanted = ?, follows_up_id = ?, followup_on = ?, followup_plan = ?,"
                    " updated_at = ? WHERE id = ?",
                    (*values, now, session_id),
                )
                if cur.rowcount == 0:
                    raise NotFound(QT_TRANSLATE_NOOP("errors", "no such session"))
            self._save_tags(session_id, s)
            self._save_notes(session_id, s.notes)
            self._conn.execute("DELETE FROM session_resources WHERE session_id = ?", (session_id,))
            self._conn.executemany(
                "INSERT INTO session_resources (session_id, resource_id, mark) VALUES (?, ?, ?)",
                [(session_id, r, mark) for r, mark in s.resource_marks.items()],
            )
            self._save_followup(session_id, s, now, reopens)
            self._save_new_peer(session_id, "" if s.status == FINISHED else s.new_peer)
        return replace(s, updated_at=now)

    def _save_new_peer(self, session_id: int, pseudonym: str) -> None:
        key = f"{NEW_PEER_KEY}{session_id}"
        if pseudonym:
            self._conn.execute(
                "INSERT INTO meta (key, value) VALUES (?, ?)"
                " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, pseudonym),
            )
        else:
            self._conn.execute("DELETE FROM meta WHERE key = ?", (key,))

    def _check_references(self, s: Session) -> None:
        """Refuse ids of peers, resources or follow-ups that do not exist (nothing is written)."""
        if s.peer_id is not None and not rows(
            self._conn, "SELECT 1 FROM peers WHERE id = ?", (s.peer_id,)
        ):
            raise _refused(
                QT_TRANSLATE_NOOP("errors", "this peer no longer exists"), "peer_id", "gone"
            )
        if s.follows_up_id is not None and not rows(
            self._conn, "SELECT 1 FROM followups WHERE id = ?", (s.follows_up_id,)
        ):
            raise _refused(
                QT_TRANSLATE_NOOP("errors", "this follow-up no longer exists"),
                "follows_up_id",
                "gone",
            )
        for resource_id in s.resource_marks:
            if not rows(self._conn, "SELECT 1 FROM resources WHERE id = ?", (resource_id,)):
                raise _refused(
                    QT_TRANSLATE_NOOP("errors", "a resource marked no longer exists"),
                    "resource_marks",
                    "gone",
                )

    def _undone_completion(self, s: Session) -> int | None:
        """The follow-up this stored session completed and ``s`` no longer completes."""
        if s.id is None:
            return None
        found = rows(
            self._conn,
            "SELECT f.id, f.status = 'done' AND f.done_session_id = s.id FROM sessions s"
            " LEFT JOIN followups f ON f.id = s.follows_up_id WHERE s.id = ?",
            (s.id,),
        )
        if not found:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "no such session"))
        completed, by_it = found[0]
        completes = s.follows_up_id if s.status == FINISHED else None
        return int(completed) if by_it and completed != completes else None

    def _check_followups(self, s: Session, second_followup: bool, reopens: int | None) -> None:
        if s.status != FINISHED or s.peer_id is None:
            return
        completes = s.follows_up_id
        if completes is not None:
            (owner,) = rows(self._conn, "SELECT peer_id FROM followups WHERE id = ?", (completes,))
            if owner[0] is not None and owner[0] != s.peer_id:
                raise _refused(
                    QT_TRANSLATE_NOOP("errors", "this follow-up is for another peer"),
                    "follows_up_id",
                    "other_peer",
                )
        if second_followup or s.followup_on is None:
            return
        if s.id is not None and rows(
            self._conn, "SELECT 1 FROM followups WHERE origin_session_id = ?", (s.id,)
        ):
            return  # its own follow-up is kept, not added
        # Open ones (read through the status index: a journal has few), and the one this
        # session completed before and no longer does, which opens again.
        others = rows(
            self._conn,
            "SELECT id, due_on FROM followups WHERE status = 'open' AND peer_id = ?"
            " AND id IS NOT ? UNION ALL SELECT id, due_on FROM followups WHERE id IS ?"
            " ORDER BY 2, 1 LIMIT 1",
            (s.peer_id, completes, reopens),
        )
        if others:
            raise SecondOpenFollowUp(int(others[0][0]), str(others[0][1]))

    def _save_tags(self, session_id: int, s: Session) -> None:
        self._conn.execute("DELETE FROM session_tags WHERE session_id = ?", (session_id,))
        self._conn.executemany(
            "INSERT INTO session_tags (session_id, kind, tag) VALUES (?, ?, ?)",
            [(session_id, EVENT, t) for t in s.events]
            + [(session_id, DRIVER, t) for t in s.drivers],
        )

    def _save_notes(self, session_id: int, notes: dict[str, str]) -> None:
        # Only touch notes that changed: every rewrite costs a full-text index update.
        old = dict(
            rows(self._conn, "SELECT step, text FROM notes WHERE session_id = ?", (session_id,))
        )
        for step in old.keys() - notes.keys():
            self._conn.execute(
                "DELETE FROM notes WHERE session_id = ? AND step = ?", (session_id, step)
            )
        for step, text in notes.items():
            if step not in old:
                self._conn.execute(
                    "INSERT INTO notes (session_id, step, text) VALUES (?, ?, ?)",
                    (session_id, step, text),
                )
            elif old[step] != text:
                self._conn.execute(
                    "UPDATE notes SET text = ? WHERE session_id = ? AND step = ?",
                    (text, session_id, step),
                )

    def _save_followup(
        self, session_id: int, s: Session, now: str, reopens: int | None = None
    ) -> None:
        if s.status == FINISHED and s.followup_on is not None:
            self._conn.execute(
                "INSERT INTO followups (peer_id, origin_session_id, due_on, plan, created_at,"
                " updated_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (origin_session_id) DO UPDATE"
                " SET peer_id = excluded.peer_id, due_on = excluded.due_on,"
                " plan = excluded.plan, updated_at = excluded.updated_at",
                (s.peer_id, session_id, s.followup_on.isoformat(), s.followup_plan, now, now),
            )
        else:
            self._conn.execute(
                "DELETE FROM followups WHERE origin_session_id = ? AND status = 'open'",
                (session_id,),
            )
        if reopens is not None:  # the link was undone (a discarded edit, say): open again
            self._conn.execute(
                "UPDATE followups SET status = 'open', done_session_id = NULL, updated_at = ?"
                " WHERE id = ?",
                (now, reopens),
            )
        if s.status == FINISHED and s.follows_up_id is not None:
            self._conn.execute(
                "UPDATE followups SET status = 'done', done_session_id = ?, updated_at = ?"
                " WHERE id = ? AND status = 'open'",
                (session_id, now, s.follows_up_id),
            )

    def get(self, session_id: int) -> Session:
        found = rows(self._conn, f"SELECT {_COLUMNS} FROM sessions WHERE id = ?", (session_id,))
        if not found:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "no such session"))
        r = found[0]
        tags = rows(
            self._conn, "SELECT kind, tag FROM session_tags WHERE session_id = ?", (session_id,)
        )
        notes = rows(self._conn, "SELECT step, text FROM notes WHERE session_id = ?", (session_id,))
        offered = rows(
            self._conn,
            "SELECT resource_id, mark FROM session_resources WHERE session_id = ?"
            " ORDER BY resource_id",
            (session_id,),
        )
        new_peer = rows(
            self._conn, "SELECT value FROM meta WHERE key = ?", (f"{NEW_PEER_KEY}{session_id}",)
        )
        return Session(
            id=r[0],
            status=r[1],
            peer_id=r[2],
            held_on=iso_date(r[3], "held_on"),
            duration_minutes=r[4],
            mode=r[5],
            contact_kind=r[6],
            referred_by=r[7],
            outreach_outcome=r[8],
            role_band=r[9],
            ticked=json.loads(r[10]),
            referral_marks=json.loads(r[11]),
            escalated=bool(r[12]),
            helpful=r[13],
            needs_met=r[14],
            self_care=r[15],
            debrief_wanted=bool(r[16]),
            follows_up_id=r[17],
            created_at=r[18],
            updated_at=r[19],
            events=sorted(t for k, t in tags if k == EVENT),
            drivers=sorted(t for k, t in tags if k == DRIVER),
            notes=dict(notes),
            resource_marks={int(o[0]): str(o[1]) for o in offered},
            followup_on=iso_date(r[20], "followup_on") if r[20] else None,
            followup_plan=r[21],
            new_peer=new_peer[0][0] if new_peer and r[2] is None else "",
        )

    def shred(self, session_id: int) -> None:
        """Delete a session and everything it holds (secure delete; gone from search too)."""
        with transaction(self._conn):
            # Its open follow-up goes too; a completed one stays for the counts, without its plan.
            self._conn.execute(
                "DELETE FROM followups WHERE origin_session_id = ? AND status = 'open'",
                (session_id,),
            )
            self._conn.execute(
                "UPDATE followups SET plan = '' WHERE origin_session_id = ?", (session_id,)
            )
            cur = self._conn.execute("DELETE FROM sessions WHERE id = ?", (session_id,))
            if cur.rowcount == 0:
                raise NotFound(QT_TRANSLATE_NOOP("errors", "no such session"))
            self._save_new_peer(session_id, "")

    def count(self, status: str = FINISHED) -> int:
        return int(
            rows(self._conn, "SELECT count(*) FROM sessions WHERE status = ?", (status,))[0][0]
        )

    def drafts(self) -> list[SessionSummary]:
        return self._summaries("WHERE s.status = 'draft' ORDER BY s.updated_at DESC", ())

    def for_peer(self, peer_id: int) -> list[SessionSummary]:
        return self._summaries(
            "WHERE s.peer_id = ? AND s.status = 'finished' ORDER BY s.held_on DESC, s.id DESC",
            (peer_id,),
        )

    def page(self, offset: int, limit: int) -> list[SessionSummary]:
        """Finished sessions, newest first, one page at a time (for lazy lists)."""
        return self._summaries(
            "WHERE s.status = 'finished' ORDER BY s.held_on DESC, s.id DESC LIMIT ? OFFSET ?",
            (limit, offset),
        )

    def _summaries(self, tail: str, params: tuple[object, ...]) -> list[SessionSummary]:
        found = rows(
            self._conn,
            "SELECT s.id, s.status, s.held_on, coalesce(p.pseudonym, m.value), s.contact_kind,"
            f" s.outreach_outcome, {SUMMARY_FOLLOWUP_COLUMNS}"
            " FROM sessions s LEFT JOIN peers p ON p.id = s.peer_id"
            " LEFT JOIN meta m ON s.peer_id IS NULL AND m.key = ? || s.id"
            f" {SUMMARY_FOLLOWUP_JOINS} {tail}",
            (NEW_PEER_KEY, *params),
        )
        return [summary_from_row(r) for r in found]


# The follow-up planned in a session, for SessionSummary (also read by peerdesk.session_query).
SUMMARY_FOLLOWUP_COLUMNS = "f.due_on, f.status, d.held_on, f.done_session_id"
SUMMARY_FOLLOWUP_JOINS = (
    "LEFT JOIN followups f ON f.origin_session_id = s.id"
    " LEFT JOIN sessions d ON d.id = f.done_session_id"
)


def summary_from_row(r: Any) -> SessionSummary:
    """A SessionSummary from id, status, held_on, peer, contact kind, outcome and the
    SUMMARY_FOLLOWUP_COLUMNS."""
    return SessionSummary(
        int(r[0]),
        str(r[1]),
        date.fromisoformat(r[2]),
        r[3],
        r[4],
        r[5],
        date.fromisoformat(r[6]) if r[6] else None,
        r[7],
        date.fromisoformat(r[8]) if r[8] else None,
        r[9],
    )
