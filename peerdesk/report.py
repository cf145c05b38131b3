"""De-identified reports: counts only, by month at most, with small counts suppressed.

A report is built from :class:`peerdesk.insights.Insights` and holds no pseudonym, note, contact
detail or date finer than a month. Counts from 1 up to the threshold (default 5, never below 3)
are held back *when the report is built*, so no small count ever reaches a file, a preview or a
PDF; they are written ``x``.

The CSV format is documented in ``assets/report-format.md`` and versioned (:data:`FORMAT_VERSION`).
Reports read back from several supporters are combined with :func:`combine`; a suppressed count
is held back in the combined figure too, and suppression is applied again to the combined figures.

Holding back the small counts is not enough: the figures add up (the kinds, the modes, the
outcomes and the months all make the contacts), so a lone held-back cell could be worked out by
subtraction; and a reader who knows PeerDesk's rules could tell from *which* cells were held back
beside it which one is small. So a small count is held back with its whole family, every count
tied to it by a relation (:mod:`peerdesk.suppression`, with the relations of :func:`relations`):
all the months of contacts and conversations, all the kinds, the modes, the outcomes; a report
and a program total alike. Every held-back count is written the same way, ``x``. What is held
back depends only on which families hold a small count, never on the sizes of the others, so
replaying the rules on imagined journals says nothing more. And a higher threshold only makes
more counts small: a report at threshold 10 holds back everything the report of the same period
at 5 holds back, so the two together say no more than the one at 5 alone (which shows the counts
from 5 to 9: those are protected only if no report at 5 is sent).
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from peerdesk import flow, suppression
from peerdesk.errors import InvalidInput
from peerdesk.files import read_capped, size_text, storage_error, write_private_atomically
from peerdesk.insights import NOT_RECORDED, NOT_RECORDED_LABEL, Count, Insights, Month, Period
from peerdesk.translation import QT_TRANSLATE_NOOP, Phrase

FORMAT_NAME = "peerdesk-report"
FORMAT_VERSION = 4
# Version 1 files (no complementary suppression, so never an "x"), version 2 files (no
# mentions or handouts) and version 3 files (small counts written "<T") are read too.
READABLE_VERSIONS = (1, 2, 3, 4)
# The first version that writes every held-back count as "x" (never "<T").
ONLY_HELD = 4
DEFAULT_THRESHOLD = 5
MIN_THRESHOLD = 3
MAX_THRESHOLD = 100
HEADER = ("section", "month", "item", "label", "value")
ALL = "all"
CUSTOM = "custom"
CUSTOM_LABEL = QT_TRANSLATE_NOOP("Flow", "Tags added by the supporter")
MAX_FILE_BYTES = 2_000_000
MAX_COUNT = 999_999_999
# A held-back count, small or held back beside a small one: written "x", any count of 0 or more.
HELD = "x"
# The high end of a cell nothing bounds from above (a held-back cell no relation limits).
UNBOUNDED = MAX_COUNT + 1

# Sections, in the order they are written. Monthly sections have one line per month with the
# item "all"; period sections have one line per item with an empty month.
MONTHLY = ("contacts", "conversations", "supporter_minutes", "followups_due", "followups_completed")
PERIOD_TOTALS = (
    "conversations_with_referral",
    "conversations_with_mention",
    "conversations_with_handout",
)
BREAKDOWNS = ("contact_kind", "mode", "outreach_outcome", "event", "driver", "referral")
SECTIONS = MONTHLY + PERIOD_TOTALS + BREAKDOWNS
# Minutes measure the supporter's own time, not the peers: they are never suppressed.
UNSUPPRESSED = frozenset({"supporter_minutes"})
SECTION_TITLES = {
    "contacts": QT_TRANSLATE_NOOP("report", "Contacts"),
    "conversations": QT_TRANSLATE_NOOP("report", "Conversations"),
    "supporter_minutes": QT_TRANSLATE_NOOP("report", "Supporter minutes"),
    "followups_due": QT_TRANSLATE_NOOP("report", "Follow-ups due"),
    "followups_completed": QT_TRANSLATE_NOOP("report", "Follow-ups completed"),
    "conversations_with_referral": QT_TRANSLATE_NOOP("report", "Conversations with a referral"),
    "conversations_with_mention": QT_TRANSLATE_NOOP("report", "Conversations with help mentioned"),
    "conversations_with_handout": QT_TRANSLATE_NOOP("report", "Conversations with a handout"),
    "contact_kind": QT_TRANSLATE_NOOP("report", "Contacts by kind"),
    "mode": QT_TRANSLATE_NOOP("report", "Contacts by mode"),
    "outreach_outcome": QT_TRANSLATE_NOOP("report", "Outreach outcome"),
    "event": QT_TRANSLATE_NOOP("report", "Event categories"),
    "driver": QT_TRANSLATE_NOOP("report", "Stress drivers"),
    "referral": QT_TRANSLATE_NOOP("report", "Referrals by type"),
}
_SLUG = re.compile(r"^[a-z0-9_]{1,60}$")
_COUNT = re.compile(r"^[0-9]{1,9}$")
_SUPPRESSED = re.compile(r"^<([0-9]{1,3})$")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def _labels() -> dict[tuple[str, str], str]:
    """English labels of every item the report can name, by (section, item)."""
    vocab: dict[str, tuple[flow.Choice, ...]] = {
        "contact_kind": flow.CONTACT_KINDS,
        "mode": flow.MODES,
        "outreach_outcome": flow.OUTREACH_OUTCOMES,
        "event": flow.DEFAULT_EVENT_TAGS,
        "driver": flow.DEFAULT_DRIVER_TAGS,
        "referral": flow.REFERRAL_TYPES,
    }
    labels = {(s, c.id): c.label for s, choices in vocab.items() for c in choices}
    for section in ("contact_kind", "mode", "outreach_outcome"):
        labels[(section, NOT_RECORDED)] = NOT_RECORDED_LABEL
    for section in ("event", "driver"):
        labels[(section, CUSTOM)] = CUSTOM_LABEL
    return labels


LABELS = _labels()


# --- cells --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Cell:
    """A count: exact when ``low == high``, else known only to lie in the range.

    ``held`` marks a count held back (written ``x``); its range is then only what a reader can
    work out from the other figures.
    """

    low: int
    high: int
    held: bool = False

    @property
    def exact(self) -> bool:
        return self.low == self.high and not self.held

    def __add__(self, other: Cell) -> Cell:
        """The sum: held back when either part is."""
        return Cell(
            self.low + other.low, min(UNBOUNDED, self.high + other.high), self.held or other.held
        )


ZERO = Cell(0, 0)


def check_threshold(threshold: object) -> int:
    if (
        not isinstance(threshold, int)
        or isinstance(threshold, bool)
        or not MIN_THRESHOLD <= threshold <= MAX_THRESHOLD
    ):
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "errors", "counts are suppressed below a threshold from {low} to {high}"
            ),
            values={"low": MIN_THRESHOLD, "high": MAX_THRESHOLD},
            field="threshold",
        )
    return threshold


def may_be_small(cell: Cell, threshold: int, section: str = "") -> bool:
    """Whether ``cell`` is, or may be, a count from 1 to ``threshold`` - 1 (which is never
    written): an exact small count, a range that reaches into them, or a held-back cell."""
    if section in UNSUPPRESSED:
        return False
    return cell.held or (cell.low < threshold and cell.high >= 1)


def published(count: int, threshold: int, section: str = "") -> Cell:
    """One count on its own, before the counts tied to it are looked at: held back when from 1
    to ``threshold`` - 1 (its range then 1 to ``threshold`` - 1)."""
    if section in UNSUPPRESSED or count == 0 or count >= threshold:
        return Cell(count, count)
    return Cell(1, threshold - 1, held=True)


def shown(cell: Cell, threshold: int, section: str = "") -> str:
    """How a cell is written: ``17`` or ``0``; ``x`` when it is, or may be, a count from 1 to
    ``threshold`` - 1 or was held back beside one; in program totals also ``17–25`` or ``≥17``.
    """
    if section in UNSUPPRESSED:
        return str(cell.low) if cell.exact else f"{cell.low}–{cell.high}"
    if may_be_small(cell, threshold):
        return HELD
    if cell.exact:
        return str(cell.low)
    return f"≥{cell.low}" if cell.high >= UNBOUNDED else f"{cell.low}–{cell.high}"


def is_suppressed(cell: Cell, threshold: int, section: str = "") -> bool:
    return shown(cell, threshold, section) == HELD


# --- the relations a reader knows ----------------------------------------------------------------

Key = tuple[str, str, str]
# Period totals no line shows, but every reader can work out or bound.
TOTAL_CONTACTS: Key = ("", "", "contacts")
TOTAL_CONVERSATIONS: Key = ("", "", "conversations")


def relations(keys: Iterable[Key]) -> list[suppression.Relation[Key]]:
    """Every linear relation between a report's figures (``keys``: section, month, item).

    The months of contacts add up to the contacts, and so do the kinds, the modes and the
    outreach outcomes; the months of conversations add up to the conversations, and so do the
    accepted outreach and the contacts with no outcome recorded (so the other outcomes add up
    to the contacts less the conversations). A month's conversations are at
    most its contacts, its follow-ups completed at most those due; the conversations with a
    referral are at most the conversations, and at most the referral counts added up; those with
    help mentioned, and those with a handout, at most the conversations; an event,
    driver or referral count at most the contacts. A figure a report leaves out counts as 0, so
    it is left out of the sums too (a section left out entirely ties nothing).
    """
    by_section: dict[str, list[Key]] = {}
    for key in keys:
        by_section.setdefault(key[0], []).append(key)
    found = {key for keys_ in by_section.values() for key in keys_}
    out = [
        suppression.parts_sum_to(by_section.get("contacts", []), TOTAL_CONTACTS),
        suppression.parts_sum_to(by_section.get("conversations", []), TOTAL_CONVERSATIONS),
    ]
    for section in ("contact_kind", "mode", "outreach_outcome"):
        if section in by_section:  # a report without the whole section tells nothing of it
            out.append(suppression.parts_sum_to(by_section[section], TOTAL_CONTACTS))
    if "outreach_outcome" in by_section:
        talked = [("outreach_outcome", "", "accepted"), ("outreach_outcome", "", NOT_RECORDED)]
        out.append(suppression.parts_sum_to([k for k in talked if k in found], TOTAL_CONVERSATIONS))
        # The difference of the two: the other outcomes make the contacts that were no
        # conversation (said outright, since subtraction cell by cell does not see it).
        others = [k for k in by_section["outreach_outcome"] if k not in talked]
        out.append(suppression.parts_sum_to([*others, TOTAL_CONVERSATIONS], TOTAL_CONTACTS))
    for part, whole in (("conversations", "contacts"), ("followups_completed", "followups_due")):
        for key in by_section.get(part, []):
            if (whole, key[1], ALL) in found:
                out.append(suppression.at_most(key, (whole, key[1], ALL)))
    for section in ("conversations_with_mention", "conversations_with_handout"):
        out += [
            suppression.at_most(key, TOTAL_CONVERSATIONS) for key in by_section.get(section, [])
        ]
    for key in by_section.get("conversations_with_referral", []):
        out.append(suppression.at_most(key, TOTAL_CONVERSATIONS))
        if "referral" in by_section:  # each of them names a type: the types add up to as many
            terms = ((key, 1), *((k, -1) for k in by_section["referral"]))
            out.append(suppression.Relation(terms, equal=False))
    for section in ("event", "driver", "referral"):
        out += [suppression.at_most(key, TOTAL_CONTACTS) for key in by_section.get(section, [])]
    return out


def _key(line: Line) -> Key:
    return (line.section, line.month, line.item)


def protect(lines: Sequence[Line], threshold: int) -> tuple[Line, ...]:
    """``lines`` with every small count held back, with every count tied to it by a relation.

    ``lines`` hold the counts as they are (exact for a report being built; ranges and held-back
    cells for a program total). A count that is, or may be, from 1 to ``threshold`` - 1 is held
    back with its whole family (:func:`suppression.families` of :func:`relations`): all the
    months of contacts and conversations, all the kinds, all the modes, all the outcomes, a
    month's follow-ups due and completed, the conversations with a referral and the referral
    types. Which of them is small, and by how much, is then not said by anything written, nor
    by the choice of what was held back. A held-back cell keeps only the range a reader of the
    written figures can work out, so totals drawn from it give nothing away.
    """
    keys = [_key(li) for li in lines]
    rels = relations(keys)
    family = suppression.families(rels, (TOTAL_CONTACTS, TOTAL_CONVERSATIONS))
    small = [_key(li) for li in lines if may_be_small(li.cell, threshold, li.section)]
    held = suppression.hold(small, family)
    if not held:
        return tuple(lines)
    view = {_key(li): _bounds(li.cell) for li in lines if _key(li) not in held}
    bounds = suppression.derive(view, rels)
    # A cell of a family that the shown figures pin anyway (no conversations in any month when
    # every outcome is shown and none was accepted) is shown: that says nothing new.
    known = set(suppression.pinned(bounds, held)) - set(small)
    return _held(lines, held - known, bounds)


def _bounds(cell: Cell) -> suppression.Bound:
    """What a reader knows of a shown cell (or of a ``<T`` of an older report): its range."""
    return (cell.low, suppression.INF if cell.high >= UNBOUNDED else cell.high)


def _held(
    lines: Sequence[Line], held: Collection[Key], bounds: Mapping[Key, suppression.Bound]
) -> tuple[Line, ...]:
    """``lines`` with the figures of ``held`` held back, each keeping its ``bounds``."""
    out = []
    for li in lines:
        if _key(li) in held:
            low, high = bounds[_key(li)]
            cell = Cell(low, UNBOUNDED if high == suppression.INF else int(high), held=True)
            li = Line(li.section, li.month, li.item, li.label, cell)
        out.append(li)
    return tuple(out)


# --- the report ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Line:
    """One figure: ``month`` is ``YYYY-MM``, or empty for the whole period."""

    section: str
    month: str
    item: str
    label: str
    cell: Cell


@dataclass(frozen=True)
class Report:
    period: Period
    threshold: int
    lines: tuple[Line, ...]
    # For a combined report: the period of every report that went into it.
    sources: tuple[Period, ...] = ()

    @property
    def combined(self) -> bool:
        return bool(self.sources)

    @property
    def periods_differ(self) -> bool:
        return len(set(self.sources)) > 1

    def cell(self, section: str, item: str = ALL, month: str = "") -> Cell:
        for line in self.lines:
            if (line.section, line.item, line.month) == (section, item, month):
                return line.cell
        return ZERO

    def section(self, section: str) -> tuple[Line, ...]:
        return tuple(line for line in self.lines if line.section == section)

    def shown(self, line: Line) -> str:
        return shown(line.cell, self.threshold, line.section)

    def total(self, section: str) -> Cell:
        """A monthly section summed over the period (a range when any month is suppressed)."""
        total = ZERO
        for line in self.section(section):
            total = total + line.cell
        return total

    def csv_rows(self) -> list[list[str]]:
        """Exactly the rows :func:`write_csv` writes, header first (for previews)."""
        if self.combined:
            raise ValueError("a combined report is shown, not written")
        out = [
            list(HEADER),
            ["format", "", FORMAT_NAME, "", str(FORMAT_VERSION)],
            ["period", "", "from", "", str(self.period.first)],
            ["period", "", "to", "", str(self.period.last)],
            ["suppression", "", "below", "", str(self.threshold)],
        ]
        out += [[li.section, li.month, li.item, li.label, self.shown(li)] for li in self.lines]
        return out

    def csv_text(self) -> str:
        buffer = io.StringIO()
        csv.writer(buffer, lineterminator="\r\n").writerows(self.csv_rows())
        return buffer.getvalue()


def _breakdown_lines(
    section: str, counts: Iterable[Count], extra: Sequence[tuple[str, int]] = ()
) -> list[Line]:
    """Lines for the report's fixed items; counts of other ids (custom tags) are left out."""
    found = {c.id: c.count for c in counts}
    found.update(extra)
    items = [item for (s, item) in LABELS if s == section]
    return [
        Line(section, "", item, LABELS[(section, item)], _exact(found.get(item, 0)))
        for item in items
    ]


def _exact(count: int) -> Cell:
    return Cell(count, count)


def build(insights: Insights, threshold: int = DEFAULT_THRESHOLD) -> Report:
    """The de-identified report of ``insights``, suppressed below ``threshold``."""
    t = check_threshold(threshold)
    lines: list[Line] = []
    values = {
        "contacts": lambda m: m.contacts,
        "conversations": lambda m: m.conversations,
        "supporter_minutes": lambda m: m.minutes,
        "followups_due": lambda m: m.followups_due,
        "followups_completed": lambda m: m.followups_completed,
    }
    for section in MONTHLY:
        for m in insights.months:
            count = int(values[section](m))
            lines.append(Line(section, str(m.month), ALL, "", _exact(count)))
    totals = {
        "conversations_with_referral": insights.conversations_with_referral,
        "conversations_with_mention": insights.conversations_with_mention,
        "conversations_with_handout": insights.conversations_with_handout,
    }
    lines += [Line(s, "", ALL, "", _exact(totals[s])) for s in PERIOD_TOTALS]
    lines += _breakdown_lines("contact_kind", insights.contact_kinds)
    lines += _breakdown_lines("mode", insights.modes)
    lines += _breakdown_lines("outreach_outcome", insights.outcomes)
    lines += _breakdown_lines(
        "event", insights.events, [(CUSTOM, insights.contacts_with_custom_event)]
    )
    lines += _breakdown_lines(
        "driver", insights.drivers, [(CUSTOM, insights.contacts_with_custom_driver)]
    )
    lines += _breakdown_lines("referral", insights.referrals)
    return Report(insights.period, t, protect(lines, t))


def write_csv(report: Report, path: Path) -> None:
    """Write the report as CSV (UTF-8 with a byte-order mark, so spreadsheets read it right)."""
    data = ("\ufeff" + report.csv_text()).encode("utf-8")
    write_private_atomically(path, data)


# --- reading reports back -----------------------------------------------------------------------


class ReportInvalid(InvalidInput):
    """A report file that is not a PeerDesk report of a version this PeerDesk reads."""

    code = "report_invalid"

    def __init__(
        self,
        what: str | InvalidInput,
        *,
        values: Mapping[str, object] | None = None,
        line: int,
        field: str,
    ) -> None:
        """``what`` is a marked template filled from ``values``, or the error found first."""
        problem = what if isinstance(what, InvalidInput) else Phrase(what, values or {})
        super().__init__(
            QT_TRANSLATE_NOOP("errors", "line {line}, {field}: {problem}"),
            values={"line": line, "field": field, "problem": problem},
            field=field,
        )
        self.line = line
        self.what = str(problem)


def _month_in(text: str, period: Period, line: int) -> str:
    try:
        month = Month.parse(text, "month")
    except InvalidInput:
        raise ReportInvalid(
            QT_TRANSLATE_NOOP("errors", "'{text}' is not a month (YYYY-MM)"),
            values={"text": text[:20]},
            line=line,
            field="month",
        ) from None
    if not period.first <= month <= period.last:
        raise ReportInvalid(
            QT_TRANSLATE_NOOP("errors", "{month} is outside the report's period"),
            values={"month": str(month)},
            line=line,
            field="month",
        )
    return str(month)


def _value(text: str, section: str, threshold: int, line: int, version: int) -> Cell:
    if section in UNSUPPRESSED and (text == HELD or text.startswith("<")):
        raise ReportInvalid(
            QT_TRANSLATE_NOOP("errors", "{section} is never held back"),
            values={"section": section},
            line=line,
            field="value",
        )
    if text == HELD and version >= 2:
        return Cell(0, UNBOUNDED, held=True)  # bounded by the other figures once all are read
    suppressed = _SUPPRESSED.match(text) if version < ONLY_HELD else None
    if suppressed:
        if int(suppressed.group(1)) != threshold:
            raise ReportInvalid(
                QT_TRANSLATE_NOOP(
                    "errors", "'{text}' does not match the report's threshold of {threshold}"
                ),
                values={"text": text, "threshold": threshold},
                line=line,
                field="value",
            )
        return Cell(1, threshold - 1)
    if not _COUNT.match(text):
        written = HELD if version >= ONLY_HELD else f"<{threshold}"
        raise ReportInvalid(
            QT_TRANSLATE_NOOP("errors", "'{text}' is not a count or {written}"),
            values={"text": text[:20], "written": written},
            line=line,
            field="value",
        )
    count = int(text)
    if section not in UNSUPPRESSED and 0 < count < threshold:
        raise ReportInvalid(
            QT_TRANSLATE_NOOP(
                "errors",
                "the count {count} is below the threshold of {threshold} but was not suppressed",
            ),
            values={"count": count, "threshold": threshold},
            line=line,
            field="value",
        )
    return Cell(count, count)


def _meta(row: list[str], line: int, section: str, item: str) -> str:
    if row[0] != section or row[2] != item or row[1] or row[3]:
        raise ReportInvalid(
            QT_TRANSLATE_NOOP("errors", "expected the {section} line ({section},,{item},,…)"),
            values={"section": section, "item": item},
            line=line,
            field="section",
        )
    return row[4]


def parse(text: str) -> Report:
    """A report from its CSV text; :class:`ReportInvalid` naming the line and field otherwise."""
    if text.startswith("\ufeff"):
        text = text[1:]
    try:
        table = list(csv.reader(io.StringIO(text, newline=""), strict=True))
    except csv.Error as exc:
        raise ReportInvalid(
            QT_TRANSLATE_NOOP("errors", "this is not well-formed CSV ({why})"),
            values={"why": str(exc)},
            line=1,
            field="file",
        ) from None
    if not table or table[0] != list(HEADER):
        raise ReportInvalid(
            QT_TRANSLATE_NOOP(
                "errors", "this is not a PeerDesk report (the first line should be {header})"
            ),
            values={"header": ",".join(HEADER)},
            line=1,
            field="header",
        )
    for n, row in enumerate(table, start=1):
        if len(row) != len(HEADER):
            raise ReportInvalid(
                QT_TRANSLATE_NOOP("errors", "expected {expected} fields, found {found}"),
                values={"expected": len(HEADER), "found": len(row)},
                line=n,
                field="line",
            )
        for value in row:
            if len(value) > 200 or _CONTROL.search(value):
                raise ReportInvalid(
                    QT_TRANSLATE_NOOP("errors", "a field is too long or holds control characters"),
                    line=n,
                    field="line",
                )
    if len(table) < 5:
        raise ReportInvalid(
            QT_TRANSLATE_NOOP("errors", "the report ends before its period and threshold"),
            line=len(table),
            field="line",
        )
    version = _meta(table[1], 2, "format", FORMAT_NAME)
    if not _COUNT.match(version):
        raise ReportInvalid(
            QT_TRANSLATE_NOOP("errors", "'{version}' is not a format version"),
            values={"version": version[:20]},
            line=2,
            field="format",
        )
    if int(version) not in READABLE_VERSIONS:
        raise ReportInvalid(
            QT_TRANSLATE_NOOP(
                "errors",
                "the report is in format version {version}; this PeerDesk reads versions "
                "{first} to {last}",
            ),
            values={
                "version": int(version),
                "first": READABLE_VERSIONS[0],
                "last": READABLE_VERSIONS[-1],
            },
            line=2,
            field="format",
        )
    first = _meta(table[2], 3, "period", "from")
    last = _meta(table[3], 4, "period", "to")
    try:
        period = Period.parse(first, last)
    except InvalidInput as exc:
        raise ReportInvalid(exc, line=3 if exc.field == "from" else 4, field="period") from None
    raw_threshold = _meta(table[4], 5, "suppression", "below")
    try:
        threshold = check_threshold(int(raw_threshold) if _COUNT.match(raw_threshold) else None)
    except InvalidInput as exc:
        raise ReportInvalid(exc, line=5, field="threshold") from None
    lines: list[Line] = []
    seen: set[tuple[str, str, str]] = set()
    for n, row in enumerate(table[5:], start=6):
        section, month, item, label, value = row
        if section not in SECTIONS:
            raise ReportInvalid(
                QT_TRANSLATE_NOOP("errors", "unknown section '{section}'"),
                values={"section": section[:40]},
                line=n,
                field="section",
            )
        if section in MONTHLY:
            month = _month_in(month, period, n)
            if item != ALL:
                raise ReportInvalid(
                    QT_TRANSLATE_NOOP("errors", "a {section} line has the item 'all'"),
                    values={"section": section},
                    line=n,
                    field="item",
                )
        else:
            if month:
                raise ReportInvalid(
                    QT_TRANSLATE_NOOP("errors", "a {section} line has no month"),
                    values={"section": section},
                    line=n,
                    field="month",
                )
            if not _SLUG.match(item) or (section in PERIOD_TOTALS and item != ALL):
                raise ReportInvalid(
                    QT_TRANSLATE_NOOP("errors", "'{item}' is not an item here"),
                    values={"item": item[:40]},
                    line=n,
                    field="item",
                )
        key = (section, month, item)
        if key in seen:
            raise ReportInvalid(
                QT_TRANSLATE_NOOP("errors", "this figure appears twice"), line=n, field="item"
            )
        seen.add(key)
        label = LABELS.get((section, item), label)
        lines.append(
            Line(section, month, item, label, _value(value, section, threshold, n, int(version)))
        )
    for section in MONTHLY:
        for each in period.months():
            if (section, str(each), ALL) not in seen:
                raise ReportInvalid(
                    QT_TRANSLATE_NOOP("errors", "the {section} figure for {month} is missing"),
                    values={"section": section, "month": str(each)},
                    line=len(table) + 1,
                    field="section",
                )
    return Report(period, threshold, _bound_held(lines, threshold, len(table) + 1))


def _bound_held(lines: list[Line], threshold: int, end: int) -> tuple[Line, ...]:
    """Give each held-back (``x``) figure the range the other figures leave it; refuse figures
    that do not add up (the kinds more than the contacts, say)."""
    held = {_key(li) for li in lines if li.cell.held}
    public = {_key(li): _bounds(li.cell) for li in lines if not li.cell.held}
    try:
        bounds = suppression.derive(public, relations(_key(li) for li in lines))
    except suppression.Inconsistent:
        raise ReportInvalid(
            QT_TRANSLATE_NOOP(
                "errors", "the figures do not add up (the parts of a total disagree with it)"
            ),
            line=end,
            field="value",
        ) from None
    return _held(lines, held, bounds)


def read_csv(path: Path) -> Report:
    """Read a report file; :class:`ReportInvalid` or a storage error when it cannot be used."""
    try:
        with path.open("rb") as handle:
            data, size = read_capped(handle, MAX_FILE_BYTES)
    except OSError as exc:
        raise storage_error(
            exc, Phrase(QT_TRANSLATE_NOOP("errors", "reading {file}"), {"file": path.name})
        ) from exc
    if len(data) > MAX_FILE_BYTES:
        raise ReportInvalid(
            QT_TRANSLATE_NOOP("errors", "the file is {size}; a PeerDesk report is at most {most}"),
            values={"size": size_text(size), "most": size_text(MAX_FILE_BYTES)},
            line=1,
            field="file",
        )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise ReportInvalid(
            QT_TRANSLATE_NOOP("errors", "the file is not UTF-8 text"), line=line, field="encoding"
        ) from None
    return parse(text)


# --- combining ----------------------------------------------------------------------------------


def combine(reports: Sequence[Report], threshold: int = DEFAULT_THRESHOLD) -> Report:
    """The program total of several reports, suppressed again.

    Exact counts add up exactly; a figure with a held-back part stays held back (and a ``<T``
    of an older report adds 1 to T - 1, so the sum becomes a range). The combined threshold is
    the highest of ``threshold`` and every report's own. A month outside a report's period, or
    an item a report does not name, adds nothing. A period total a report does not have (help
    mentioned and handouts: version 2 reports never counted them) is left out of the
    combination, never shown short.
    """
    if not reports:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "choose at least one report"), field="reports"
        )
    t = max([check_threshold(threshold), *(r.threshold for r in reports)])
    period = Period(min(r.period.first for r in reports), max(r.period.last for r in reports))
    cells: dict[tuple[str, str, str], Cell] = {}
    labels: dict[tuple[str, str, str], str] = {}
    for report in reports:
        for line in report.lines:
            key = (line.section, line.month, line.item)
            cells[key] = cells.get(key, ZERO) + line.cell
            labels.setdefault(key, line.label)
    for section in PERIOD_TOTALS:
        if any(not report.section(section) for report in reports):
            cells.pop((section, "", ALL), None)  # counted by some reports only: not a total
    for section in MONTHLY:  # every month of the whole span has a line
        for month in period.months():
            cells.setdefault((section, str(month), ALL), ZERO)
            labels.setdefault((section, str(month), ALL), "")
    order = {s: i for i, s in enumerate(SECTIONS)}
    item_order = {key: i for i, key in enumerate(LABELS)}
    keys = sorted(
        cells,
        key=lambda k: (order[k[0]], k[1], item_order.get((k[0], k[2]), len(item_order)), k[2]),
    )
    lines = [Line(s, m, i, labels[(s, m, i)], cells[(s, m, i)]) for s, m, i in keys]
    return Report(period, t, protect(lines, t), sources=tuple(r.period for r in reports))
