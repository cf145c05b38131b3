"""The resource directory: where to send a peer when peer support is not enough."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, replace
from datetime import date

from peerdesk.database import Connection, rows, transaction
from peerdesk.errors import InvalidInput, NotFound
from peerdesk.text import LINE_MAX, NOTE_MAX, clean
from peerdesk.translation import QT_TRANSLATE_NOOP, Phrase

CATEGORIES = (
    "crisis_line",
    "physician_health",
    "counselling",
    "peer_support",
    "legal_support",
    "self_care",
    "other",
)

# The kind of referral a resource marked *referred* in a session counts as (Insights, reports).
# A category that names no one kind of help counts as "other"; counselling covers the EAP too,
# and counts as a mental-health referral: a supporter who wants it counted as an EAP referral
# marks the "Employee assistance program" kind as referred instead of (or besides) the entry.
REFERRAL_KIND: dict[str, str] = {
    "crisis_line": "crisis_line",
    "physician_health": "physician_health",
    "counselling": "mental_health",
    "peer_support": "other",
    "legal_support": "legal_support",
    "self_care": "other",
    "other": "other",
}


# A one-line field holds no line break (a spreadsheet cell may): each becomes one space.
_LINE_BREAKS = re.compile("\\s*[\n\r\x85\u2028\u2029]+\\s*")
# Direction overrides, embeddings and isolates show a number or address other than the one kept
# ("\u202e321 611" reads "116 123"); a phone, text line, web address or source needs none.
_DIRECTION_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")


def _one_line(value: object, field: str, *, contact: bool = False, label: str | Phrase = "") -> str:
    text = _LINE_BREAKS.sub(" ", clean(value, field, max_len=LINE_MAX, label=label))
    if contact:
        text = _DIRECTION_CONTROLS.sub("", text)
    return text.strip()


@dataclass(frozen=True)
class Resource:
    category: str
    name: str
    description: str = ""
    phone: str = ""
    text_line: str = ""
    web: str = ""
    hours: str = ""
    audience: str = ""
    last_verified_on: date | None = None
    archived: bool = False
    id: int | None = None
    # The public page the entry was taken from (a country pack's entries carry one).
    source: str = ""

    def validated(self) -> Resource:
        """This resource with its text cleaned; :class:`InvalidInput` names a bad field."""
        if self.category not in CATEGORIES:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("errors", "unknown category '{category}'"),
                values={"category": self.category[:40]},
                field="category",
            )
        return replace(
            self,
            name=_one_line(clean(self.name, "name", max_len=LINE_MAX, required=True), "name"),
            description=clean(self.description, "description", max_len=NOTE_MAX),
            phone=_one_line(self.phone, "phone", contact=True),
            text_line=_one_line(self.text_line, "text_line", contact=True),
            web=_one_line(
                self.web,
                "web",
                contact=True,
                label=Phrase(QT_TRANSLATE_NOOP("errors", "web address")),
            ),
            hours=_one_line(self.hours, "hours"),
            audience=_one_line(self.audience, "audience"),
            source=_one_line(self.source, "source", contact=True),
        )


_COLUMNS = (
    "category, name, description, phone, text_line, web, hours, audience, last_verified_on,"
    " archived, id, source"
)


def _from_row(row: tuple[object, ...]) -> Resource:
    values = list(row)
    values[8] = date.fromisoformat(str(values[8])) if values[8] else None
    values[9] = bool(values[9])
    return Resource(*values)  # type: ignore[arg-type]


class Resources:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def all(self, *, include_archived: bool = False) -> list[Resource]:
        where = "" if include_archived else "WHERE archived = 0"
        sql = f"SELECT {_COLUMNS} FROM resources {where} ORDER BY category, name COLLATE NOCASE"
        return [_from_row(r) for r in rows(self._conn, sql)]

    def get(self, resource_id: int) -> Resource:
        found = rows(self._conn, f"SELECT {_COLUMNS} FROM resources WHERE id = ?", (resource_id,))
        if not found:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "no such resource"))
        return _from_row(found[0])

    def save(self, resource: Resource) -> Resource:
        item = resource.validated()
        values = asdict(item)
        values["last_verified_on"] = (
            item.last_verified_on.isoformat() if item.last_verified_on else None
        )
        values["archived"] = int(item.archived)
        names = [n for n in values if n != "id"]
        with transaction(self._conn):
            if item.id is None:
                cur = self._conn.execute(
                    f"INSERT INTO resources ({', '.join(names)}) "
                    f"VALUES ({', '.join('?' for _ in names)})",
                    [values[n] for n in names],
                )
                return replace(item, id=int(cur.lastrowid or 0))
            cur = self._conn.execute(
                f"UPDATE resources SET {', '.join(f'{n} = ?' for n in names)} WHERE id = ?",
                [*(values[n] for n in names), item.id],
            )
            if cur.rowcount == 0:
                raise NotFound(QT_TRANSLATE_NOOP("errors", "no such resource"))
        return item
