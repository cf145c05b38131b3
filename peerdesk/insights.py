"""Program insights: what a supporter's journal adds up to over a period of months.

Every figure is computed in SQL from the structured fields of finished sessions and follow-ups,
never from notes, pseudonyms or contact details, so shredding text (retention, "forget", etc.)
never changes a figure. Each figure has a written definition in :data:`METRICS`; the Insights page,
the report format and the closing note all quote it from there.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from peerdesk import flow
from peerdesk.database import Connection, rows
from peerdesk.errors import InvalidInput
from peerdesk.resources import REFERRAL_KIND
from peerdesk.tags import DRIVER, EVENT
from peerdesk.translation import QT_TRANSLATE_NOOP

MAX_MONTHS = 120
NOT_RECORDED = "not_recorded"
NOT_RECORDED_LABEL = QT_TRANSLATE_NOOP("Flow", "Not recorded")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")


# --- months and periods -------------------------------------------------------------------------


@dataclass(frozen=True, order=True)
class Month:
    year: int
    month: int

    @classmethod
    def parse(cls, text: object, field: str = "month") -> Month:
        """``YYYY-MM``; :class:`InvalidInput` naming ``field`` otherwise."""
        match = _MONTH.match(text) if isinstance(text, str) else None
        if match is None or not 1 <= int(match.group(2)) <= 12 or int(match.group(1)) < 1900:
            shown = str(text)[:20] if isinstance(text, str) else type(text).__name__
            raise InvalidInput(
                QT_TRANSLATE_NOOP("errors", "{field} '{text}' is not a month (YYYY-MM)"),
                values={"field": field, "text": shown},
                field=field,
            )
        return cls(int(match.group(1)), int(match.group(2)))

    @classmethod
    def of(cls, day: date) -> Month:
        return cls(day.year, day.month)

    def __str__(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"

    def first_day(self) -> date:
        return date(self.year, self.month, 1)

    def plus(self, months: int) -> Month:
        index = self.year * 12 + self.month - 1 + months
        return Month(index // 12, index % 12 + 1)

    def minus(self, other: Month) -> int:
        """How many months after ``other`` this month is."""
        return (self.year - other.year) * 12 + self.month - other.month


@dataclass(frozen=True)
class Period:
    """Whole months from ``first`` to ``last``, both included."""

    first: Month
    last: Month

    def __post_init__(self) -> None:
        if self.last < self.first:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("errors", "the period ends before it starts"), field="to"
            )
        if self.last.minus(self.first) >= MAX_MONTHS:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("errors", "a period is at most {most} months long"),
                values={"most": MAX_MONTHS},
                field="to",
            )

    @classmethod
    def parse(cls, first: object, last: object) -> Period:
        return cls(Month.parse(first, "from"), Month.parse(last, "to"))

    @classmethod
    def months_up_to(cls, day: date, count: int = 12) -> Period:
        """The ``count`` months that end with the month of ``day``."""
        last = Month.of(day)
        return cls(last.plus(1 - count), last)

    def months(self) -> tuple[Month, ...]:
        return tuple(self.first.plus(n) for n in range(self.last.minus(self.first) + 1))

    @property
    def start(self) -> date:
        return self.first.first_day()

    @property
    def end(self) -> date:
        """The first day after the period."""
        return self.last.plus(1).first_day()

    def __str__(self) -> str:
        return f"{self.first} to {self.last}"


# --- the figures --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Metric:
    id: str
    name: str
    definition: str


METRICS: tuple[Metric, ...] = (
    Metric(
        "contacts",
        QT_TRANSLATE_NOOP("Insights", "Contacts"),
        QT_TRANSLATE_NOOP(
            "Insights",
            "Finished session records held in the month or period. An outreach that was declined, "
            "not answered or put off counts too: every attempt is a record. Drafts do not count.",
        ),
    ),
    Metric(
        "conversations",
        QT_TRANSLATE_NOOP("Insights", "Conversations"),
        QT_TRANSLATE_NOOP(
            "Insights",
            "Contacts in which a conversation took place: the outreach was accepted, or no "
            "outreach outcome was recorded (the peer came to the supporter).",
        ),
    ),
    Metric(
        "contact_kind",
        QT_TRANSLATE_NOOP("Insights", "Contacts by kind"),
        QT_TRANSLATE_NOOP(
            "Insights",
            "Contacts counted by their kind (proactive outreach, peer asked, follow-up, group); "
            "contacts without a kind are 'not recorded'. The kinds add up to the contacts.",
        ),
    ),
    Metric(
        "mode",
        QT_TRANSLATE_NOOP("Insights", "Contacts by mode"),
        QT_TRANSLATE_NOOP(
            "Insights",
            "Contacts counted by how they were held (phone, video, in person, text message); "
            "'not recorded' when no mode was chosen. The modes add up to the contacts.",
        ),
    ),
    Metric(
        "outreach_outcome",
        QT_TRANSLATE_NOOP("Insights", "Outreach outcome"),
        QT_TRANSLATE_NOOP(
            "Insights",
            "Contacts counted by the outcome of the outreach (accepted, declined, no answer, asked"
            " to talk later); 'not recorded' when none was chosen. The outcomes add up to the "
            "contacts.",
        ),
    ),
    Metric(
        "event",
        QT_TRANSLATE_NOOP("Insights", "Event categories"),
        QT_TRANSLATE_NOOP(
            "Insights",
            "Contacts tagged with each event category. A contact can carry several tags, so these "
            "add up to more than the contacts; contacts without a tag are not counted here.",
        ),
    ),
    Metric(
        "driver",
        QT_TRANSLATE_NOOP("Insights", "Stress drivers"),
        QT_TRANSLATE_NOOP(
            "Insights",
            "Contacts tagged with each stress driver. A contact can carry several, so these add up "
            "to more than the contacts.",
        ),
    ),
    Metric(
        "referral",
        QT_TRANSLATE_NOOP("Insights", "Referrals by type"),
        QT_TRANSLATE_NOOP(
            "Insights",
            "Contacts in which a referral of each type was made: a kind of help or a resource "
            "marked referred, because the supporter made or arranged the contact. A resource "
            "counts under the type of its category. Mentioned or handed out is not a referral. A "
            "contact with two types of referral counts once under each.",
        ),
    ),
    Metric(
        "conversations_with_referral",
        QT_TRANSLATE_NOOP("Insights", "Conversations with a referral"),
        QT_TRANSLATE_NOOP(
            "Insights",
            "Conversations in which at least one kind of help or resource was marked referred.",
        ),
    ),
    Metric(
        "conversations_with_mention",
        QT_TRANSLATE_NOOP("Insights", "Conversations with help mentioned"),
        QT_TRANSLATE_NOOP(
            "Insights",
            "Conversations in which at least one kind of help or resource was marked mentioned: "
            "named, with no handout and no contact arranged. Not a referral.",
        ),
    ),
    Metric(
        "conversations_with_handout",
        QT_TRANSLATE_NOOP("Insights", "Conversations with a handout"),
        QT_TRANSLATE_NOOP(
            "Insights",
            "Conversations in which at least one resource or kind of help was marked handout "
            "given. Not a referral.",
        ),
    ),
    Metric(
        "referral_rate",
        QT_TRANSLATE_NOOP("Insights", "Referral rate"),
        QT_TRANSLATE_NOOP(
            "Insights", "Conversations with a referral divided by conversations, as a percentage."
        ),
    ),
    Metric(
        "followups_due",
        QT_TRANSLATE_NOOP("Insights", "Follow-ups due"),
        QT_TRANSLATE_NOOP(
            "Insights",
            "Follow-ups agreed in a session whose due date falls in the month or period, whatever "
            "became of them (done, cancelled or still open).",
        ),
    ),
    Metric(
        "followups_completed",
        QT_TRANSLATE_NOOP("Insights", "Follow-ups completed"),
        QT_TRANSLATE_NOOP(
            "Insights", "Of the follow-ups due in the month or period, those marked done."
        ),
    ),
    Metric(
        "followups_overdue",
        QT_TRANSLATE_NOOP("Insights", "Follow-ups overdue"),
        QT_TRANSLATE_NOOP(
            "Insights",
            "Of the follow-ups due in the period, those still open after their due date.",
        ),
    ),
    Metric(
        "median_days_to_followup",
        QT_TRANSLATE_NOOP("Insights", "Median days to follow-up"),
        QT_TRANSLATE_NOOP(
            "Insights",
            "For completed follow-ups due in the period: the median number of days from the "
            "session that agreed the follow-up to the session that completed it. Follow-ups marked"
            " done without a follow-up session are left out.",
        ),
    ),
    Metric(
        "supporter_hours",
        QT_TRANSLATE_NOOP("Insights", "Supporter hours"),
        QT_TRANSLATE_NOOP(
            "Insights",
            "The sum of the recorded durations of the contacts, in hours. Contacts without a "
            "duration add nothing.",
        ),
    ),
    Metric(
        "self_care",
        QT_TRANSLATE_NOOP("Insights", "Your self-care"),
        QT_TRANSLATE_NOOP(
            "Insights",
            "The average of your own self-care rating (1 = struggling, 5 = doing well) over the "
            "contacts of each month where you rated it, with the number of ratings. It stays on "
            "this computer: it is never part of a report.",
        ),
    ),
)
METRIC_BY_ID = {m.id: m for m in METRICS}


@dataclass(frozen=True)
class Count:
    """One bar of a breakdown: a stable id, its label, how many."""

    id: str
    label: str
    count: int


@dataclass(frozen=True)
class MonthFigures:
    month: Month
    contacts: int
    conversations: int
    minutes: int
    followups_due: int
    followups_completed: int
    self_care_ratings: int
    self_care_average: float | None


@dataclass(frozen=True)
class Insights:
    period: Period
    months: tuple[MonthFigures, ...]
    contact_kinds: tuple[Count, ...]
    modes: tuple[Count, ...]
    outcomes: tuple[Count, ...]
    events: tuple[Count, ...]
    drivers: tuple[Count, ...]
    referrals: tuple[Count, ...]
    conversations_with_referral: int
    conversations_with_mention: int
    conversations_with_handout: int
    followups_cancelled: int
    followups_overdue: int
    median_days_to_followup: float | None
    # Contacts carrying at least one tag the supporter added (not in the default vocabulary):
    # reports show these as one "custom" line, because custom labels are free text.
    contacts_with_custom_event: int
    contacts_with_custom_driver: int

    @property
    def contacts(self) -> int:
        return sum(m.contacts for m in self.months)

    @property
    def conversations(self) -> int:
        return sum(m.conversations for m in self.months)

    @property
    def minutes(self) -> int:
        return sum(m.minutes for m in self.months)

    @property
    def hours(self) -> float:
        return self.minutes / 60

    @property
    def followups_due(self) -> int:
        return sum(m.followups_due for m in self.months)

    @property
    def followups_completed(self) -> int:
        return sum(m.followups_completed for m in self.months)

    @property
    def referral_rate(self) -> float | None:
        """Percent of conversations with a referral; None without conversations."""
        if not self.conversations:
            return None
        return 100 * self.conversations_with_referral / self.conversations


# --- computing them -----------------------------------------------------------------------------

_FINISHED_IN = "s.status = 'finished' AND s.held_on >= ? AND s.held_on < ?"


def _breakdown(
    conn: Connection, column: str, choices: tuple[flow.Choice, ...], span: tuple[str, str]
) -> tuple[Count, ...]:
    """Contacts per value of a single-choice column: the vocabulary in order, then the rest."""
    found = dict(
        rows(
            conn,
            f"SELECT coalesce(s.{column}, ''), count(*) FROM sessions s WHERE {_FINISHED_IN}"
            " GROUP BY 1",
            span,
        )
    )
    counts = [Count(c.id, c.label, int(found.pop(c.id, 0))) for c in choices]
    missing = int(found.pop("", 0))
    # Ids no longer in the vocabulary (none today) are counted under their own id.
    counts += [Count(str(k), str(k), int(v)) for k, v in sorted(found.items())]
    counts.append(Count(NOT_RECORDED, NOT_RECORDED_LABEL, missing))
    return tuple(counts)


def _tag_counts(conn: Connection, kind: str, span: tuple[str, str]) -> tuple[Count, ...]:
    """Contacts per tag: every tag of the vocabulary (archived ones only when used)."""
    found = rows(
        conn,
        "SELECT t.id, t.label, t.archived, (SELECT count(*) FROM session_tags st"
        f" JOIN sessions s ON s.id = st.session_id WHERE st.kind = t.kind AND st.tag = t.id"
        f" AND {_FINISHED_IN}) FROM tags t WHERE t.kind = ? ORDER BY t.position, t.id",
        (*span, kind),
    )
    return tuple(Count(i, label, int(n)) for i, label, archived, n in found if n or not archived)


def _custom_tag_contacts(
    conn: Connection, kind: str, defaults: tuple[flow.Choice, ...], span: tuple[str, str]
) -> int:
    ids = sorted(flow.choice_ids(defaults))
    marks = ", ".join("?" for _ in ids)
    ((n,),) = rows(
        conn,
        "SELECT count(DISTINCT st.session_id) FROM session_tags st JOIN sessions s ON"
        f" s.id = st.session_id WHERE st.kind = ? AND st.tag NOT IN ({marks}) AND {_FINISHED_IN}",
        (kind, *ids, *span),
    )
    return int(n)


_CONVERSATION = "(s.outreach_outcome IS NULL OR s.outreach_outcome = 'accepted')"


def _offers(conn: Connection, span: tuple[str, str]) -> tuple[tuple[Count, ...], dict[str, int]]:
    """Step 6 in one pass: contacts with a referral of each kind, and conversations with each
    mark. A resource's mark counts under the kind of help of its category (REFERRAL_KIND)."""
    kinds = sorted(REFERRAL_KIND.items())
    case = " ".join("WHEN ? THEN ?" for _ in kinds)
    found = rows(
        conn,
        "WITH marks (session_id, talked, kind, mark) AS MATERIALIZED ("
        f" SELECT s.id, {_CONVERSATION}, m.key, m.value"
        " FROM sessions s, json_each(s.referral_marks) m"
        f" WHERE {_FINISHED_IN} AND s.referral_marks != '{{}}' UNION ALL"
        f" SELECT s.id, {_CONVERSATION}, CASE r.category {case} ELSE 'other' END, sr.mark"
        " FROM sessions s JOIN session_resources sr ON sr.session_id = s.id"
        f" JOIN resources r ON r.id = sr.resource_id WHERE {_FINISHED_IN})"
        " SELECT 'kind', kind, count(DISTINCT session_id) FROM marks WHERE mark = ? GROUP BY kind"
        " UNION ALL SELECT 'mark', mark, count(DISTINCT session_id) FROM marks WHERE talked"
        " GROUP BY mark",
        (*span, *(text for pair in kinds for text in pair), *span, flow.REFERRED),
    )
    referred = {str(k): int(n) for what, k, n in found if what == "kind"}
    talked = {str(k): int(n) for what, k, n in found if what == "mark"}
    counts = [Count(c.id, c.label, referred.pop(c.id, 0)) for c in flow.REFERRAL_TYPES]
    counts += [Count(k, k, v) for k, v in sorted(referred.items())]
    return tuple(counts), talked


def compute(conn: Connection, period: Period, today: date) -> Insights:
    """The figures of ``period``; ``today`` decides which open follow-ups are overdue."""
    span = (period.start.isoformat(), period.end.isoformat())
    conversation = _CONVERSATION
    per_month = {
        str(r[0]): r[1:]
        for r in rows(
            conn,
            f"SELECT substr(s.held_on, 1, 7), count(*), count(*) FILTER (WHERE {conversation}),"
            " coalesce(sum(s.duration_minutes), 0), count(s.self_care), avg(s.self_care)"
            f" FROM sessions s WHERE {_FINISHED_IN} GROUP BY 1",
            span,
        )
    }
    due_per_month = {
        str(r[0]): r[1:]
        for r in rows(
            conn,
            "SELECT substr(due_on, 1, 7), count(*), count(*) FILTER (WHERE status = 'done')"
            " FROM followups WHERE due_on >= ? AND due_on < ? GROUP BY 1",
            span,
        )
    }
    months = []
    for month in period.months():
        contacts, conversations, minutes, ratings, average = per_month.get(
            str(month), (0, 0, 0, 0, None)
        )
        due, completed = due_per_month.get(str(month), (0, 0))
        months.append(
            MonthFigures(
                month,
                int(contacts),
                int(conversations),
                int(minutes),
                int(due),
                int(completed),
                int(ratings),
                float(average) if average is not None else None,
            )
        )
    referrals, with_mark = _offers(conn, span)
    ((cancelled, overdue),) = rows(
        conn,
        "SELECT count(*) FILTER (WHERE status = 'cancelled'),"
        " count(*) FILTER (WHERE status = 'open' AND due_on < ?)"
        " FROM followups WHERE due_on >= ? AND due_on < ?",
        (today.isoformat(), *span),
    )
    # The median in SQL: the middle row (or the mean of the two middle rows) of the sorted days.
    ((median,),) = rows(
        conn,
        "WITH d AS (SELECT julianday(done.held_on) - julianday(origin.held_on) AS days"
        " FROM followups f JOIN sessions origin ON origin.id = f.origin_session_id"
        " JOIN sessions done ON done.id = f.done_session_id"
        " WHERE f.status = 'done' AND f.due_on >= ? AND f.due_on < ?),"
        " o AS (SELECT days, row_number() OVER (ORDER BY days) AS n, count(*) OVER () AS total"
        " FROM d)"
        " SELECT avg(days) FROM o WHERE n IN ((total + 1) / 2, (total + 2) / 2)",
        span,
    )
    return Insights(
        period=period,
        months=tuple(months),
        contact_kinds=_breakdown(conn, "contact_kind", flow.CONTACT_KINDS, span),
        modes=_breakdown(conn, "mode", flow.MODES, span),
        outcomes=_breakdown(conn, "outreach_outcome", flow.OUTREACH_OUTCOMES, span),
        events=_tag_counts(conn, EVENT, span),
        drivers=_tag_counts(conn, DRIVER, span),
        referrals=referrals,
        conversations_with_referral=with_mark.get(flow.REFERRED, 0),
        conversations_with_mention=with_mark.get(flow.MENTIONED, 0),
        conversations_with_handout=with_mark.get(flow.HANDOUT, 0),
        followups_cancelled=int(cancelled),
        followups_overdue=int(overdue),
        median_days_to_followup=float(median) if median is not None else None,
        contacts_with_custom_event=_custom_tag_contacts(conn, EVENT, flow.DEFAULT_EVENT_TAGS, span),
        contacts_with_custom_driver=_custom_tag_contacts(
            conn, DRIVER, flow.DEFAULT_DRIVER_TAGS, span
        ),
    )


def first_month(conn: Connection) -> Month | None:
    """The month of the earliest finished session, if any (for choosing a period)."""
    ((first,),) = rows(conn, "SELECT min(held_on) FROM sessions WHERE status = 'finished'")
    return Month.parse(str(first)[:7]) if first else None
