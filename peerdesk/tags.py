"""The editable tag vocabularies: events and stress drivers."""

from __future__ import annotations

import re
from dataclasses import dataclass

from peerdesk.database import Connection, rows, transaction
from peerdesk.errors import InvalidInput, NotFound
from peerdesk.flow import DEFAULT_DRIVER_TAGS, DEFAULT_EVENT_TAGS, Choice
from peerdesk.text import LABEL_MAX, clean
from peerdesk.translation import QT_TRANSLATE_NOOP, Phrase

EVENT = "event"
DRIVER = "driver"
KINDS = (EVENT, DRIVER)
_TAG = Phrase(QT_TRANSLATE_NOOP("errors", "tag"))  # how a message names it
DEFAULTS: dict[str, tuple[Choice, ...]] = {EVENT: DEFAULT_EVENT_TAGS, DRIVER: DEFAULT_DRIVER_TAGS}


@dataclass(frozen=True)
class Tag:
    kind: str
    id: str
    label: str
    archived: bool


def _slug(label: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", label.lower()).strip("_")[:40] or "tag"


class Tags:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def seed_defaults(self) -> None:
        with transaction(self._conn):
            for kind, choices in DEFAULTS.items():
                self._conn.executemany(
                    "INSERT OR IGNORE INTO tags (kind, id, label, position) VALUES (?, ?, ?, ?)",
                    [(kind, c.id, c.label, i) for i, c in enumerate(choices)],
                )

    @staticmethod
    def _kind(kind: str) -> str:
        if kind not in KINDS:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("errors", "unknown tag kind '{kind}'"),
                values={"kind": kind},
                field="kind",
            )
        return kind

    def all(self, kind: str, *, include_archived: bool = False) -> list[Tag]:
        where = "" if include_archived else "AND archived = 0"
        found = rows(
            self._conn,
            f"SELECT kind, id, label, archived FROM tags WHERE kind = ? {where} ORDER BY position",
            (self._kind(kind),),
        )
        return [Tag(k, i, label, bool(a)) for k, i, label, a in found]

    def ids(self, kind: str) -> frozenset[str]:
        return frozenset(t.id for t in self.all(kind, include_archived=True))

    def add(self, kind: str, label: str) -> Tag:
        text = clean(label, "tag", max_len=LABEL_MAX, required=True, label=_TAG)
        with transaction(self._conn):
            existing = self.all(kind, include_archived=True)
            if any(t.label.casefold() == text.casefold() for t in existing):
                raise InvalidInput(
                    QT_TRANSLATE_NOOP("errors", "this tag exists already"), field="tag"
                )
            taken = {t.id for t in existing}
            base = tag_id = _slug(text)
            n = 2
            while tag_id in taken:
                tag_id, n = f"{base}_{n}", n + 1
            self._conn.execute(
                "INSERT INTO tags (kind, id, label, position) VALUES (?, ?, ?, ?)",
                (kind, tag_id, text, len(existing)),
            )
        return Tag(kind, tag_id, text, False)

    def rename(self, kind: str, tag_id: str, label: str) -> None:
        text = clean(label, "tag", max_len=LABEL_MAX, required=True, label=_TAG)
        with transaction(self._conn):
            others = self.all(kind, include_archived=True)
            if any(t.id != tag_id and t.label.casefold() == text.casefold() for t in others):
                raise InvalidInput(
                    QT_TRANSLATE_NOOP("errors", "another tag has this name already"), field="tag"
                )
            cur = self._conn.execute(
                "UPDATE tags SET label = ? WHERE kind = ? AND id = ?",
                (text, self._kind(kind), tag_id),
            )
            if cur.rowcount == 0:
                raise NotFound(QT_TRANSLATE_NOOP("errors", "no such tag"))

    def set_archived(self, kind: str, tag_id: str, archived: bool) -> None:
        """Archived tags stay on old sessions but are no longer offered."""
        with transaction(self._conn):
            cur = self._conn.execute(
                "UPDATE tags SET archived = ? WHERE kind = ? AND id = ?",
                (int(archived), self._kind(kind), tag_id),
            )
            if cur.rowcount == 0:
                raise NotFound(QT_TRANSLATE_NOOP("errors", "no such tag"))
