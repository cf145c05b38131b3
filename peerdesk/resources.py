"""The resource directory: where to send a peer when peer support is not enough."""

from __future__ import annotations

from dataclasses import asdict, dataclass, replace
from datetime import date

from peerdesk.database import Connection, rows, transaction
from peerdesk.errors import InvalidInput, NotFound
from peerdesk.text import LINE_MAX, NOTE_MAX, clean

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
            raise InvalidInput(f"unknown category {self.category[:40]!r}", field="category")
        return replace(
            self,
            name=clean(self.name, "name", max_len=LINE_MAX, required=True),
            description=clean(self.description, "description", max_len=NOTE_MAX),
            phone=clean(self.phone, "phone", max_len=LINE_MAX),
            text_line=clean(self.text_line, "text_line", max_len=LINE_MAX),
            web=clean(self.web, "web", max_len=LINE_MAX, label="web address"),
            hours=clean(self.hours, "hours", max_len=LINE_MAX),
            audience=clean(self.audience, "audience", max_len=LINE_MAX),
            source=clean(self.source, "source", max_len=LINE_MAX),
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
            raise NotFound("no such resource")
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
                raise NotFound("no such resource")
        return item
