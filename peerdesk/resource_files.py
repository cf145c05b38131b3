"""The resource directory as a file: JSON or CSV, format version 1 (see assets/resource-format.md).

A program coordinator exports the directory once and every supporter imports the same file. A
file is checked completely before anything is written: a bad file (not UTF-8, malformed, wrong
columns or fields, wrong types, too big, duplicate names) raises :class:`InvalidInput` naming the
line (CSV), the resource (JSON) and the field, and the journal stays exactly as it was. A good
file is written in one transaction.

Importing matches resources by name (case and accents as typed, compared case-insensitively):
a known name is updated, a new name is added, nothing is deleted, and an archived resource stays
archived.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from peerdesk.clock import today as local_today
from peerdesk.errors import InvalidInput
from peerdesk.files import read_capped, size_text, storage_error, write_private_atomically
from peerdesk.journal import Journal
from peerdesk.resources import CATEGORIES, Resource
from peerdesk.text import fold
from peerdesk.translation import QT_TRANSLATE_NOOP, Phrase

FORMAT_NAME = "peerdesk-resources"
FORMAT_VERSION = 1
FIELDS = (
    "category",
    "name",
    "description",
    "phone",
    "text_line",
    "web",
    "hours",
    "audience",
    "last_verified_on",
    "source",
)
REQUIRED = ("category", "name")
MAX_BYTES = 2 * 1024 * 1024
MAX_RESOURCES = 1000
JSON = "json"
CSV = "csv"

_TOP_LEVEL = frozenset({"format", "version", "resources", "exported_on", "comment"})
_TEXT_FIELDS = tuple(f for f in FIELDS if f != "last_verified_on")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_MARKER = re.compile(r"^#\s*peerdesk-resources\s+version\s+(\S+)\s*$", re.IGNORECASE)
_CATEGORY_ALIASES = {"counseling": "counselling"}
# Spreadsheets run a cell that starts with one of these as a formula; such cells are written
# with a leading apostrophe, which the importer takes off again (a cell that really starts with
# an apostrophe gets a second one, so the round trip is exact).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_GUARDED = (*_FORMULA_START, "'")


@dataclass(frozen=True)
class ImportPlan:
    """What importing a file would do, worked out before anything is written."""

    added: tuple[Resource, ...] = ()
    updated: tuple[Resource, ...] = ()
    unchanged: tuple[Resource, ...] = field(default=())

    @property
    def total(self) -> int:
        return len(self.added) + len(self.updated) + len(self.unchanged)


# --- reading ------------------------------------------------------------------------------------


def file_kind(path: Path) -> str:
    """``"json"`` or ``"csv"`` from the file's extension; InvalidInput for anything else."""
    suffix = path.suffix.lower()
    if suffix == ".json":
        return JSON
    if suffix == ".csv":
        return CSV
    raise InvalidInput(
        QT_TRANSLATE_NOOP(
            "errors", "{file}: choose a file ending in .json or .csv (the ending picks the format)"
        ),
        values={"file": path.name},
        field="file",
    )


def _line_of(data: bytes, offset: int) -> int:
    return data[:offset].count(b"\n") + 1


def _too_large(size: int) -> InvalidInput:
    return InvalidInput(
        QT_TRANSLATE_NOOP("errors", "the file is {size}; a resource directory is at most {most}"),
        values={"size": size_text(size), "most": size_text(MAX_BYTES)},
        field="file",
    )


def _text(data: bytes) -> str:
    """The file's text: UTF-8 (a byte-order mark is fine), at most :data:`MAX_BYTES`."""
    if len(data) > MAX_BYTES:
        raise _too_large(len(data))
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "the file is UTF-16 text; save it as UTF-8 and try again"),
            field="file",
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "errors", "line {line}: the file is not UTF-8 text; save it as UTF-8 and try again"
            ),
            values={"line": _line_of(data, exc.start)},
            field="file",
        ) from None
    if "\x00" in text:
        line = text[: text.index("\x00")].count("\n") + 1
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "errors", "line {line}: the file holds a null character; is it really a text file?"
            ),
            values={"line": line},
            field="file",
        )
    if not text.strip():
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "the file is empty"), field="file")
    return text


def _category(value: str, where: Phrase) -> str:
    key = re.sub(r"[\s\-/]+", "_", value.strip().lower())
    key = _CATEGORY_ALIASES.get(key, key)
    if key not in CATEGORIES:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "{where}: category '{value}' is not one of {categories}"),
            values={"where": where, "value": value[:40], "categories": ", ".join(CATEGORIES)},
            field="category",
        )
    return key


def _verified_on(value: object, where: Phrase, today: date | None) -> date | None:
    if value is None or value == "":
        return None
    if not isinstance(value, str) or not _DATE.match(value.strip()):
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "errors",
                "{where}: last_verified_on must be a date written like 2026-01-31, or empty",
            ),
            values={"where": where},
            field="last_verified_on",
        )
    try:
        day = date.fromisoformat(value.strip())
    except ValueError:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "{where}: last_verified_on '{value}' is not a real date"),
            values={"where": where, "value": value.strip()},
            field="last_verified_on",
        ) from None
    # A day's grace: the coordinator's time zone may already be a day ahead.
    if today is not None and day > today + timedelta(days=1):
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "{where}: last_verified_on {day} is in the future"),
            values={"where": where, "day": day.isoformat()},
            field="last_verified_on",
        )
    return day


def _resource(values: Mapping[str, object], where: Phrase, today: date | None) -> Resource:
    """One checked resource from a mapping of field names to raw values."""
    text: dict[str, str] = {}
    for name in _TEXT_FIELDS:
        value = values.get(name, "")
        if value is None:
            value = ""
        if not isinstance(value, str):
            raise InvalidInput(
                QT_TRANSLATE_NOOP("errors", "{where}: {name} must be text, not {kind}"),
                values={"where": where, "name": name, "kind": _kind_of(value)},
                field=name,
            )
        text[name] = value
    if not text["name"].strip():
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "{where}: name is empty"),
            values={"where": where},
            field="name",
        )
    if not text["category"].strip():
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "{where}: category is empty"),
            values={"where": where},
            field="category",
        )
    item = Resource(
        category=_category(text["category"], where),
        name=text["name"],
        description=text["description"],
        phone=text["phone"],
        text_line=text["text_line"],
        web=text["web"],
        hours=text["hours"],
        audience=text["audience"],
        last_verified_on=_verified_on(values.get("last_verified_on"), where, today),
        source=text["source"],
    )
    try:
        return item.validated()
    except InvalidInput as exc:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "{where}: {problem}"),
            values={"where": where, "problem": exc},
            field=exc.field,
        ) from None


def _kind_of(value: object) -> Phrase:
    if isinstance(value, bool):
        return Phrase(QT_TRANSLATE_NOOP("errors", "true or false"))
    if isinstance(value, int | float):
        return Phrase(QT_TRANSLATE_NOOP("errors", "a number"))
    if isinstance(value, list):
        return Phrase(QT_TRANSLATE_NOOP("errors", "a list"))
    if isinstance(value, dict):
        return Phrase(QT_TRANSLATE_NOOP("errors", "an object"))
    return Phrase(type(value).__name__)


def _no_duplicates(found: Sequence[tuple[Phrase, Resource]]) -> list[Resource]:
    if not found:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "the file holds no resources"), field="file")
    if len(found) > MAX_RESOURCES:
        raise _too_many(len(found))
    seen: dict[str, Phrase] = {}
    for where, item in found:
        key = fold(item.name)
        if key in seen:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("errors", "{where}: '{name}' is listed twice (also at {other})"),
                values={"where": where, "name": item.name[:60], "other": seen[key]},
                field="name",
            )
        seen[key] = where
    return [item for _where, item in found]


def _json_object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("errors", "the key '{key}' appears twice in one object"),
                values={"key": key[:40]},
                field=key,
            )
        result[key] = value
    return result


def _no_constant(name: str) -> None:
    raise InvalidInput(
        QT_TRANSLATE_NOOP("errors", "{name} is not a value a resource directory can hold"),
        values={"name": name},
        field="file",
    )


# The json module's own (English) words for what is wrong, in words the ui translates; any other
# wording it may use is shown as it is.
_JSON_PROBLEMS = {
    "Expecting value": QT_TRANSLATE_NOOP("errors", "a value was expected"),
    "Expecting ',' delimiter": QT_TRANSLATE_NOOP("errors", "a comma was expected"),
    "Expecting ':' delimiter": QT_TRANSLATE_NOOP("errors", "a colon was expected"),
    "Expecting property name enclosed in double quotes": QT_TRANSLATE_NOOP(
        "errors", "a field name in double quotes was expected"
    ),
    "Unterminated string starting at": QT_TRANSLATE_NOOP(
        "errors", "a text is not closed with its quotation mark"
    ),
    "Extra data": QT_TRANSLATE_NOOP("errors", "something follows the end of the document"),
    "Invalid control character at": QT_TRANSLATE_NOOP("errors", "a text holds a control character"),
    "Invalid \\escape": QT_TRANSLATE_NOOP("errors", "a backslash starts an unknown escape"),
    "Invalid \\uXXXX escape": QT_TRANSLATE_NOOP("errors", "a backslash starts an unknown escape"),
    "Illegal trailing comma before end of object": QT_TRANSLATE_NOOP(
        "errors", "a comma stands before the closing bracket"
    ),
    "Illegal trailing comma before end of array": QT_TRANSLATE_NOOP(
        "errors", "a comma stands before the closing bracket"
    ),
}


def _json_problem(msg: str) -> Phrase | str:
    marked = _JSON_PROBLEMS.get(msg)
    return msg if marked is None else Phrase(marked)


def _line(line: int) -> Phrase:
    return Phrase(QT_TRANSLATE_NOOP("errors", "line {line}"), {"line": line})


def _too_many(count: int) -> InvalidInput:
    return InvalidInput(
        QT_TRANSLATE_NOOP(
            "errors", "the file holds {count} resources; a directory holds at most {most}"
        ),
        values={"count": count, "most": MAX_RESOURCES},
        field="file",
    )


def _check_version(value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "the format version must be a whole number"),
            field="version",
        )
    if value > FORMAT_VERSION:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "errors",
                "the file has format version {found}, from a newer PeerDesk; this one reads "
                "version {supported}",
            ),
            values={"found": value, "supported": FORMAT_VERSION},
            field="version",
        )
    if value < 1:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "format version {found} does not exist"),
            values={"found": value},
            field="version",
        )


def parse_json(data: bytes, *, today: date | None = None) -> list[Resource]:
    """The resources in a JSON file (format version 1); InvalidInput for any problem."""
    text = _text(data)
    try:
        document = json.loads(text, object_pairs_hook=_json_object, parse_constant=_no_constant)
    except json.JSONDecodeError as exc:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "errors", "line {line}, column {column}: this is not valid JSON ({why})"
            ),
            values={"line": exc.lineno, "column": exc.colno, "why": _json_problem(exc.msg)},
            field="file",
        ) from None
    except RecursionError:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "the JSON is nested too deeply"), field="file"
        ) from None
    except ValueError:  # e.g. a number with thousands of digits
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "the JSON holds a value that cannot be read"), field="file"
        ) from None
    if not isinstance(document, dict) or document.get("format") != FORMAT_NAME:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "errors", 'this is not a PeerDesk resource directory (it needs "format": "{name}")'
            ),
            values={"name": FORMAT_NAME},
            field="format",
        )
    unknown = sorted(set(document) - _TOP_LEVEL)
    if unknown:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "unknown field '{name}' at the top"),
            values={"name": unknown[0][:40]},
            field=unknown[0],
        )
    if "version" not in document:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "the format version is missing"), field="version"
        )
    _check_version(document["version"])
    for name in ("exported_on", "comment"):
        if name in document and not isinstance(document[name], str):
            raise InvalidInput(
                QT_TRANSLATE_NOOP("errors", "{name} must be text"),
                values={"name": name},
                field=name,
            )
    entries = document.get("resources")
    if not isinstance(entries, list):
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", '"resources" must be a list of resources'),
            field="resources",
        )
    if len(entries) > MAX_RESOURCES:
        raise _too_many(len(entries))
    found: list[tuple[Phrase, Resource]] = []
    for number, entry in enumerate(entries, start=1):
        where = Phrase(QT_TRANSLATE_NOOP("errors", "resource {number}"), {"number": number})
        if not isinstance(entry, dict):
            raise InvalidInput(
                QT_TRANSLATE_NOOP("errors", "{where}: must be an object with named fields"),
                values={"where": where},
                field="resources",
            )
        extra = sorted(set(entry) - set(FIELDS))
        if extra:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("errors", "{where}: unknown field '{name}'"),
                values={"where": where, "name": extra[0][:40]},
                field=extra[0],
            )
        for name in REQUIRED:
            if name not in entry:
                raise InvalidInput(
                    QT_TRANSLATE_NOOP("errors", "{where}: {name} is missing"),
                    values={"where": where, "name": name},
                    field=name,
                )
        found.append((where, _resource(entry, where, today)))
    return _no_duplicates(found)


def _cell(value: str) -> str:
    """A CSV cell as the supporter meant it (without the formula-guarding apostrophe)."""
    if len(value) > 1 and value[0] == "'" and value[1] in _GUARDED:
        return value[1:]
    return value


def parse_csv(data: bytes, *, today: date | None = None) -> list[Resource]:
    """The resources in a CSV file (format version 1); InvalidInput for any problem."""
    text = _text(data)
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    header: list[str] | None = None
    found: list[tuple[Phrase, Resource]] = []
    first = True
    try:
        for row in reader:
            line = reader.line_num
            if not any(cell.strip() for cell in row):
                continue  # blank lines (spreadsheets often leave some at the end)
            if first and row[0].lstrip().startswith("#"):
                first = False
                _csv_marker(row)
                continue
            first = False
            if header is None:
                header = _csv_header(row, line)
                continue
            if len(row) != len(header):
                raise InvalidInput(
                    QT_TRANSLATE_NOOP(
                        "errors", "line {line}: {cells} cells, but the header has {header}"
                    ),
                    values={"line": line, "cells": len(row), "header": len(header)},
                    field="file",
                )
            if len(found) >= MAX_RESOURCES:
                raise InvalidInput(
                    QT_TRANSLATE_NOOP(
                        "errors", "line {line}: a directory holds at most {most} resources"
                    ),
                    values={"line": line, "most": MAX_RESOURCES},
                    field="file",
                )
            values = {name: _cell(cell) for name, cell in zip(header, row, strict=True)}
            where = _line(line)
            found.append((where, _resource(values, where, today)))
    except csv.Error as exc:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "line {line}: this is not valid CSV ({why})"),
            values={"line": reader.line_num, "why": str(exc)},
            field="file",
        ) from None
    if header is None:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "the file has no header row"), field="file")
    return _no_duplicates(found)


def _csv_marker(row: list[str]) -> None:
    match = _MARKER.match(row[0].strip())
    if not match or any(cell.strip() for cell in row[1:]):
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "errors", "line 1: the first line may only be '# peerdesk-resources version 1'"
            ),
            field="version",
        )
    try:
        version = int(match.group(1))
    except ValueError:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "line 1: the format version must be a whole number"),
            field="version",
        ) from None
    _check_version(version)


def _csv_header(row: list[str], line: int) -> list[str]:
    names = [cell.strip().lower() for cell in row]
    for name in names:
        if name not in FIELDS:
            shown = (
                name[:40] if name else Phrase(QT_TRANSLATE_NOOP("errors", "(an empty column name)"))
            )
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "errors", "line {line}: unknown column '{name}'; the columns are {columns}"
                ),
                values={"line": line, "name": shown, "columns": ", ".join(FIELDS)},
                field=name or "file",
            )
    for name in names:
        if names.count(name) > 1:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("errors", "line {line}: the column '{name}' appears twice"),
                values={"line": line, "name": name},
                field=name,
            )
    for name in REQUIRED:
        if name not in names:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("errors", "line {line}: the column '{name}' is missing"),
                values={"line": line, "name": name},
                field=name,
            )
    return names


def parse(data: bytes, kind: str, *, today: date | None = None) -> list[Resource]:
    if kind == JSON:
        return parse_json(data, today=today)
    if kind == CSV:
        return parse_csv(data, today=today)
    raise ValueError(f"unknown resource file kind {kind!r}")


def read_file(path: Path, *, today: date | None = None) -> list[Resource]:
    """The resources in ``path`` (format by extension); nothing is written anywhere."""
    kind = file_kind(path)
    try:
        with path.open("rb") as stream:
            data, size = read_capped(stream, MAX_BYTES)
    except FileNotFoundError:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "{file}: there is no such file"),
            values={"file": path.name},
            field="file",
        ) from None
    except IsADirectoryError:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "{file} is a folder, not a file"),
            values={"file": path.name},
            field="file",
        ) from None
    except OSError as exc:
        raise storage_error(
            exc, Phrase(QT_TRANSLATE_NOOP("errors", "reading {file}"), {"file": path.name})
        ) from exc
    if len(data) > MAX_BYTES:  # only the first bytes were read: name the file's own size
        raise _too_large(size)
    return parse(data, kind, today=today)


# --- importing ----------------------------------------------------------------------------------


def _same(a: Resource, b: Resource) -> bool:
    return all(getattr(a, name) == getattr(b, name) for name in FIELDS)


def plan_import(journal: Journal, incoming: Iterable[Resource]) -> ImportPlan:
    """Work out what importing ``incoming`` would add, update or leave as it is."""
    known: dict[str, Resource] = {}
    # Active before archived, then oldest first: the entry a supporter most likely means.
    for item in sorted(
        journal.resources.all(include_archived=True), key=lambda r: (r.archived, r.id or 0)
    ):
        known.setdefault(fold(item.name), item)
    added: list[Resource] = []
    updated: list[Resource] = []
    unchanged: list[Resource] = []
    for item in incoming:
        existing = known.get(fold(item.name))
        if existing is None:
            added.append(replace(item, id=None, archived=False))
        elif _same(existing, item):
            unchanged.append(existing)
        else:
            updated.append(replace(item, id=existing.id, archived=existing.archived))
    return ImportPlan(tuple(added), tuple(updated), tuple(unchanged))


def apply_import(journal: Journal, plan: ImportPlan) -> None:
    """Write a plan in one transaction: all of it, or (on any error) none of it."""
    with journal.transaction():
        for item in (*plan.added, *plan.updated):
            journal.resources.save(item)


def import_resources(journal: Journal, incoming: Iterable[Resource]) -> ImportPlan:
    plan = plan_import(journal, incoming)
    apply_import(journal, plan)
    return plan


def import_file(journal: Journal, path: Path) -> ImportPlan:
    """Check ``path`` completely, then import it in one transaction; return what was done."""
    incoming = read_file(path, today=local_today(journal.clock))
    return import_resources(journal, incoming)


# --- writing ------------------------------------------------------------------------------------


def _ordered(resources: Iterable[Resource]) -> list[Resource]:
    order = {c: i for i, c in enumerate(CATEGORIES)}
    return sorted(resources, key=lambda r: (order.get(r.category, 99), fold(r.name)))


def _row(item: Resource) -> dict[str, str]:
    row = {name: str(getattr(item, name)) for name in _TEXT_FIELDS}
    row["last_verified_on"] = item.last_verified_on.isoformat() if item.last_verified_on else ""
    return row


def dump_json(resources: Iterable[Resource], *, exported_on: date | None = None) -> bytes:
    document: dict[str, Any] = {"format": FORMAT_NAME, "version": FORMAT_VERSION}
    if exported_on is not None:
        document["exported_on"] = exported_on.isoformat()
    entries = []
    for row in map(_row, _ordered(resources)):
        entry: dict[str, str | None] = dict(row)
        entry["last_verified_on"] = row["last_verified_on"] or None
        entries.append(entry)
    document["resources"] = entries
    return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def _guard(value: str) -> str:
    return "'" + value if value.startswith(_GUARDED) else value


def dump_csv(resources: Iterable[Resource]) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer)
    writer.writerow([f"# {FORMAT_NAME} version {FORMAT_VERSION}"])
    writer.writerow(FIELDS)
    for row in map(_row, _ordered(resources)):
        writer.writerow([_guard(row[name]) for name in FIELDS])
    # The byte-order mark tells spreadsheet programs that the file is UTF-8.
    return buffer.getvalue().encode("utf-8-sig")


def export_resources(journal: Journal, path: Path) -> int:
    """Write the directory (without archived entries) to ``path``; return how many were written.

    The format follows the extension. The file is replaced in one step, so a reader never sees
    half of it.
    """
    kind = file_kind(path)
    resources = journal.resources.all()
    if kind == JSON:
        data = dump_json(resources, exported_on=local_today(journal.clock))
    else:
        data = dump_csv(resources)
    write_private_atomically(path, data)
    return len(resources)
