"""Import and export of the resource directory: round trips, bad files, and fuzzing.

Every bad file must give a message naming the line (CSV), the resource (JSON) or the field, and
must change nothing: the importer reads and checks the whole file before it writes anything.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import random
import unicodedata
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from peerdesk import resource_files
from peerdesk.commands import resources as resources_command
from peerdesk.errors import InvalidInput
from peerdesk.journal import Journal
from peerdesk.keystore import KeyStore, MemoryKeyring
from peerdesk.resource_defaults import seed_default_resources
from peerdesk.resource_files import FIELDS, MAX_BYTES, dump_csv, dump_json, parse_csv, parse_json
from peerdesk.resources import CATEGORIES, Resource
from peerdesk.text import fold
from peerdesk.vault import Vault
from tests.core.test_resource_defaults import without_directory

# The header of a file written before entries had a ``source``: such files still import.
HEADER = ",".join(f for f in FIELDS if f != "source")
GOOD_CSV = (
    "# peerdesk-resources version 1\r\n"
    f"{HEADER}\r\n"
    "crisis_line,Night line,Listens at night,555-0100,,example.org,10 pm to 6 am,Staff,"
    "2026-10-01\r\n"
    'counselling,Staff counselling,"Short-term, free",555-0101,,,,,\r\n'
)
FUZZ = settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def snapshot(journal: Journal) -> tuple[int, list[Any], list[Any]]:
    """Everything an import could touch, and SQLite's count of every row ever changed."""
    conn = journal.conn
    return (
        conn.total_changes,
        conn.execute("SELECT * FROM resources ORDER BY id").fetchall(),
        conn.execute("SELECT * FROM settings ORDER BY key").fetchall(),
    )


def fields_of(items: list[Resource]) -> list[tuple[Any, ...]]:
    return sorted(tuple(getattr(r, f) for f in FIELDS) for r in items)


def write(path: Path, text: str | bytes) -> Path:
    path.write_bytes(text.encode("utf-8") if isinstance(text, str) else text)
    return path


def refused(journal: Journal, path: Path) -> InvalidInput:
    before = snapshot(journal)
    with pytest.raises(InvalidInput) as caught:
        resource_files.import_file(journal, path)
    assert snapshot(journal) == before
    return caught.value


@pytest.fixture(autouse=True)
def _empty_directory(journal: Journal) -> None:
    without_directory(journal)


@pytest.fixture
def other_journal(tmp_path: Path, make_vault: Callable[..., Vault]) -> Journal:
    vault = make_vault(tmp_path / "other", KeyStore(MemoryKeyring()))
    made, _code = vault.create()
    return without_directory(made)


# --- round trips --------------------------------------------------------------------------------


@pytest.mark.parametrize("suffix", [".json", ".csv"])
def test_a_directory_exported_from_one_journal_imports_cleanly_into_another(
    journal: Journal, other_journal: Journal, tmp_path: Path, suffix: str
) -> None:
    seed_default_resources(journal)
    night = journal.resources.save(
        Resource(
            category="crisis_line",
            name="Nachtlinie, “Zürich”",
            description='Listens at night.\nSays "hello" first.',
            phone="+41 44 000 00 00",
            text_line="=SUM(A1)",  # looks like a formula to a spreadsheet
            web="example.org/nacht",
            hours="22–06",
            audience="Staff; families",
            last_verified_on=date(2026, 10, 1),
        )
    )
    archived = journal.resources.save(Resource(category="other", name="Old line", archived=True))
    path = tmp_path / f"directory{suffix}"
    assert resource_files.export_resources(journal, path) == len(journal.resources.all())

    plan = resource_files.import_file(other_journal, path)
    assert len(plan.added) == plan.total == len(journal.resources.all())
    assert fields_of(other_journal.resources.all()) == fields_of(journal.resources.all())
    copied = {r.name: r for r in other_journal.resources.all()}
    assert copied[night.name].text_line == "=SUM(A1)"
    assert copied[night.name].description == night.description
    assert archived.name not in copied

    again = resource_files.import_file(other_journal, path)
    assert (len(again.added), len(again.updated), len(again.unchanged)) == (0, 0, again.total)
    assert len(other_journal.resources.all()) == len(journal.resources.all())


def test_csv_cells_that_look_like_formulas_are_guarded(journal: Journal, tmp_path: Path) -> None:
    journal.resources.save(Resource(category="other", name="=HYPERLINK(1)", phone="+1 555 0100"))
    path = tmp_path / "out.csv"
    resource_files.export_resources(journal, path)
    text = path.read_bytes().decode("utf-8-sig")
    assert "'=HYPERLINK(1)" in text and "'+1 555 0100" in text
    (item,) = parse_csv(path.read_bytes())
    assert (item.name, item.phone) == ("=HYPERLINK(1)", "+1 555 0100")


def test_import_updates_by_name_adds_new_names_and_deletes_nothing(
    journal: Journal, tmp_path: Path
) -> None:
    kept = journal.resources.save(Resource(category="self_care", name="Only here"))
    old = journal.resources.save(Resource(category="crisis_line", name="NIGHT LINE", phone="1"))
    gone = journal.resources.save(
        Resource(category="counselling", name="staff counselling", archived=True)
    )
    plan = resource_files.import_file(journal, write(tmp_path / "d.csv", GOOD_CSV))
    assert [r.name for r in plan.added] == []
    assert {r.id for r in plan.updated} == {old.id, gone.id}
    now = {r.id: r for r in journal.resources.all(include_archived=True)}
    assert len(now) == 3 and now[kept.id].name == "Only here"
    assert now[old.id].phone == "555-0100" and now[old.id].name == "Night line"
    assert now[old.id].last_verified_on == date(2026, 10, 1)
    assert now[gone.id].archived  # an archived entry stays archived
    assert now[gone.id].description == "Short-term, free"


def test_a_csv_without_the_version_line_or_optional_columns_is_fine(
    journal: Journal, tmp_path: Path
) -> None:
    text = "Name,Category\n\nMorning line,Crisis line\nCounsel,counseling\n\n"
    plan = resource_files.import_file(journal, write(tmp_path / "hand-made.csv", text))
    assert sorted((r.name, r.category) for r in plan.added) == [
        ("Counsel", "counselling"),
        ("Morning line", "crisis_line"),
    ]


# --- bad files: clear messages, nothing changed -------------------------------------------------


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        (
            "bad.json",
            '{"format": "peerdesk-resources",\n "version": 1,\n "resources": [}',
            "line 3",
        ),
        ("bad.json", "[1, 2, 3]", "not a PeerDesk resource directory"),
        (
            "bad.json",
            json.dumps({"format": "peerdesk-resources", "version": 2, "resources": []}),
            "format version 2, from a newer PeerDesk",
        ),
        (
            "bad.json",
            json.dumps(
                {
                    "format": "peerdesk-resources",
                    "version": 1,
                    "resources": [
                        {"category": "other", "name": "Fine"},
                        {"category": "other", "name": "Wrong", "phone": 5550100},
                    ],
                }
            ),
            "resource 2: phone must be text, not a number",
        ),
        (
            "bad.json",
            json.dumps(
                {
                    "format": "peerdesk-resources",
                    "version": 1,
                    "resources": [{"category": "other", "name": "A", "fax": ""}],
                }
            ),
            "resource 1: unknown field 'fax'",
        ),
        (
            "bad.json",
            '{"format": "peerdesk-resources", "version": 1, "version": 1, "resources": []}',
            "appears twice",
        ),
        (
            "bad.json",
            '{"format": "peerdesk-resources", "version": 1, "resources": [NaN]}',
            "NaN is not a value",
        ),
        ("bad.json", "[" * 100_000, "nested too deeply"),
        (
            "bad.csv",
            f'{HEADER}\ncrisis_line,Line,"unclosed,,,,,,\nother,B,,,,,,,\n',
            "not valid CSV",
        ),
        ("bad.csv", "category,name,fax\nother,A,1\n", "line 1: unknown column 'fax'"),
        ("bad.csv", "category,description\nother,A\n", "line 1: the column 'name' is missing"),
        ("bad.csv", "category,name,name\nother,A,B\n", "the column 'name' appears twice"),
        ("bad.csv", f"{HEADER}\nother,A,,,,,\n", "line 2: 7 cells, but the header has 9"),
        (
            "bad.csv",
            f"{HEADER}\nother,Night line,,,,,,,\ncrisis_line,night LINE,,,,,,,\n",
            "line 3: 'night LINE' is listed twice (also at line 2)",
        ),
        ("bad.csv", f"{HEADER}\nhotlines,A,,,,,,,\n", "line 2: category 'hotlines'"),
        ("bad.csv", f"{HEADER}\nother,A,,,,,,,31/12/2025\n", "line 2: last_verified_on"),
        ("bad.csv", f"{HEADER}\nother,A,,,,,,,2026-02-30\n", "not a real date"),
        ("bad.csv", f"{HEADER}\nother,A,,,,,,,2030-01-01\n", "is in the future"),
        ("bad.csv", f"{HEADER}\nother,A,,{'1' * 301},,,,,\n", "line 2: phone is 301 characters"),
        ("bad.csv", f"{HEADER}\nother,,,,,,,,\n", "line 2: name is empty"),
        ("bad.csv", f"{HEADER}\n", "the file holds no resources"),
        ("bad.csv", "", "the file is empty"),
        ("bad.csv", "# peerdesk-resources version 9\n" + HEADER, "format version 9"),
        ("bad.csv", f"{HEADER}\nother,A\x00,,,,,,,\n", "line 2: the file holds a null character"),
    ],
)
def test_bad_files_name_the_problem_and_change_nothing(
    journal: Journal, tmp_path: Path, name: str, content: str, expected: str
) -> None:
    seed_default_resources(journal)
    error = refused(journal, write(tmp_path / name, content))
    assert expected in str(error)


def test_a_file_in_another_encoding_is_refused_with_its_line(
    journal: Journal, tmp_path: Path
) -> None:
    latin = f"{HEADER}\nother,Caf\u00e9 line,,,,,,,\n".encode("latin-1")
    error = refused(journal, write(tmp_path / "latin.csv", latin))
    assert "line 2: the file is not UTF-8 text" in str(error)
    utf16 = f"{HEADER}\nother,A,,,,,,,\n".encode("utf-16")
    assert "UTF-16" in str(refused(journal, write(tmp_path / "wide.csv", utf16)))


def test_a_huge_file_is_refused_before_it_is_read(journal: Journal, tmp_path: Path) -> None:
    huge = tmp_path / "huge.csv"
    with huge.open("wb") as stream:
        stream.write(f"{HEADER}\n".encode())
        stream.write(b"other,A,,,,,,,\n" * (MAX_BYTES // 14))
        stream.write(b"other,B,,,,,,,\n" * (MAX_BYTES // 14))  # about twice the limit
    size = huge.stat().st_size
    assert size > 2 * MAX_BYTES
    # The message names the file's own size, not the bytes read before giving up.
    message = str(refused(journal, huge))
    assert f"the file is {size / 1024 / 1024:.1f} MB ({size:,} bytes)" in message
    assert "a resource directory is at most 2.0 MB (2,097,152 bytes)" in message


def test_too_many_resources_are_refused(journal: Journal, tmp_path: Path) -> None:
    rows = "".join(f"other,Line {n},,,,,,,\n" for n in range(1001))
    error = refused(journal, write(tmp_path / "many.csv", f"{HEADER}\n{rows}"))
    assert "at most 1000 resources" in str(error)


def test_wrong_ending_missing_file_and_folder(journal: Journal, tmp_path: Path) -> None:
    assert "ending in .json or .csv" in str(refused(journal, write(tmp_path / "d.txt", "x")))
    assert "no such file" in str(refused(journal, tmp_path / "missing.json"))
    (tmp_path / "folder.csv").mkdir()
    assert "is a folder" in str(refused(journal, tmp_path / "folder.csv"))


# --- fuzzing ------------------------------------------------------------------------------------


def _import_bytes(journal: Journal, tmp_path: Path, suffix: str, data: bytes) -> None:
    """Import ``data``: either it works, or it raises InvalidInput and changes nothing."""
    path = write(tmp_path / f"fuzz{suffix}", data)
    before = snapshot(journal)
    try:
        resource_files.import_file(journal, path)
    except InvalidInput as exc:
        assert str(exc)
        assert snapshot(journal) == before
        event(f"refused ({exc.field})")
    else:
        event("imported")


@FUZZ
@given(data=st.binary(max_size=400), suffix=st.sampled_from([".json", ".csv"]))
def test_random_bytes_never_crash_the_importer(
    journal: Journal, tmp_path: Path, data: bytes, suffix: str
) -> None:
    _import_bytes(journal, tmp_path, suffix, data)


_JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner),
    max_leaves=20,
)
_FIELD_NAMES = st.sampled_from([*FIELDS, "fax", "id", ""])


@pytest.mark.slow
@FUZZ
@given(
    entries=st.lists(
        st.dictionaries(
            _FIELD_NAMES,
            st.one_of(
                _JSON_VALUES, st.sampled_from(CATEGORIES), st.sampled_from(["2026-01-05", ""])
            ),
        ),
        max_size=6,
    ),
    version=st.one_of(st.just(1), _JSON_VALUES),
)
def test_random_json_documents_never_crash_and_change_nothing_on_error(
    journal: Journal, tmp_path: Path, entries: list[dict[str, Any]], version: Any
) -> None:
    document = {"format": "peerdesk-resources", "version": version, "resources": entries}
    _import_bytes(journal, tmp_path, ".json", json.dumps(document).encode())


def _mutate(text: str, rng: random.Random, count: int) -> str:
    pieces = list(text)
    alphabet = ',"\n\r{}[]:\\#x0\x00é\ufeff\t;'
    for _ in range(count):
        where = rng.randrange(len(pieces) + 1)
        action = rng.randrange(4)
        if action == 0 and pieces:
            del pieces[min(where, len(pieces) - 1)]
        elif action == 1:
            pieces.insert(where, rng.choice(alphabet))
        elif action == 2 and pieces:
            pieces[min(where, len(pieces) - 1)] = rng.choice(alphabet)
        else:  # duplicate a slice (rows, keys, whole entries)
            end = min(len(pieces), where + rng.randrange(1, 80))
            pieces[where:where] = pieces[where:end]
    return "".join(pieces)


@FUZZ
@given(
    seed=st.integers(min_value=0, max_value=2**32),
    count=st.integers(min_value=1, max_value=8),
    suffix=st.sampled_from([".json", ".csv"]),
)
def test_mutated_exports_never_crash_and_change_nothing_on_error(
    journal: Journal, tmp_path: Path, seed: int, count: int, suffix: str
) -> None:
    if not journal.resources.all():
        seed_default_resources(journal)
    good = tmp_path / f"good{suffix}"
    resource_files.export_resources(journal, good)
    text = good.read_bytes().decode("utf-8-sig")
    mutated = _mutate(text, random.Random(seed), count)
    _import_bytes(journal, tmp_path, suffix, mutated.encode("utf-8", "surrogatepass"))


_CLEAN_TEXT = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp")), max_size=40
).map(lambda s: unicodedata.normalize("NFC", s).strip())
_RESOURCES = st.lists(
    st.builds(
        Resource,
        category=st.sampled_from(CATEGORIES),
        name=_CLEAN_TEXT.filter(bool),
        description=_CLEAN_TEXT,
        phone=_CLEAN_TEXT,
        text_line=_CLEAN_TEXT,
        web=_CLEAN_TEXT,
        hours=_CLEAN_TEXT,
        audience=_CLEAN_TEXT,
        last_verified_on=st.none() | st.dates(date(2000, 1, 1), date(2026, 11, 1)),
    ),
    min_size=1,
    max_size=8,
    unique_by=lambda r: fold(r.name),
)


@settings(max_examples=150, deadline=None)
@given(items=_RESOURCES)
def test_any_directory_survives_a_round_trip_through_both_formats(items: list[Resource]) -> None:
    checked = [r.validated() for r in items]
    assert fields_of(parse_json(dump_json(checked))) == fields_of(checked)
    assert fields_of(parse_csv(dump_csv(checked))) == fields_of(checked)


# --- the command line ---------------------------------------------------------------------------


def run_command(argv: list[str], vault: Vault) -> tuple[int, str, str]:
    parser = argparse.ArgumentParser(prog="peerdesk")
    resources_command.add_parser(parser.add_subparsers(dest="command"))
    args = parser.parse_args(argv)
    out, err = io.StringIO(), io.StringIO()
    code = resources_command.run(args, vault, out, err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def locked(vault: Vault, journal: Journal) -> Vault:
    seed_default_resources(journal)
    journal.peers.add("SECRET-PSEUDONYM")
    vault.lock()
    return vault


def test_command_exports_lists_and_imports(
    locked: Vault, tmp_path: Path, make_vault: Callable[..., Vault]
) -> None:
    path = tmp_path / "program.csv"
    code, out, err = run_command(["resources", "export", str(path)], locked)
    assert (code, err) == (0, "")
    assert f"Wrote 11 resources to {path}" in out
    assert not locked.is_unlocked

    code, out, _ = run_command(["resources", "list"], locked)
    assert code == 0 and "988 Suicide & Crisis Lifeline" in out and "crisis_line" in out
    assert "SECRET-PSEUDONYM" not in out

    keystore = KeyStore(MemoryKeyring())
    other = make_vault(tmp_path / "other", keystore)
    without_directory(other.create()[0])
    other.lock()
    code, out, err = run_command(["resources", "import", str(path)], other)
    assert (code, err) == (0, "")
    assert "Imported 11 resources from program.csv: 11 added, 0 updated, 0 already" in out
    code, out, _ = run_command(["resources", "import", str(path)], other)
    assert "0 added, 0 updated, 11 already up to date" in out


def test_command_refuses_a_bad_file_and_changes_nothing(locked: Vault, tmp_path: Path) -> None:
    bad = write(tmp_path / "bad.csv", f"{HEADER}\nother,New one,,,,,,,\nother,A,,,,\n")
    code, out, err = run_command(["resources", "import", str(bad)], locked)
    assert code == 2 and out == ""
    assert err == (
        "peerdesk: error: bad.csv: line 3: 6 cells, but the header has 9 (nothing was imported)\n"
    )
    journal = locked.unlock_with_keyring()
    assert "New one" not in {r.name for r in journal.resources.all()}
    locked.lock()
    code, _, err = run_command(["resources", "export", str(tmp_path / "out.txt")], locked)
    assert code == 2 and "ending in .json or .csv" in err


def test_three_bad_files_read_as_the_closing_note_shows_them(tmp_path: Path) -> None:
    """The messages quoted in the issue's closing note, kept honest by this test."""
    samples = {
        "directory.csv": f"{HEADER}\ncrisis_line,Night line,,555-0100,,,,,\nother,A,,,,\n",
        "directory.json": '{"format": "peerdesk-resources", "version": 1,\n "resources": [\n'
        '  {"category": "crisis_line", "name": "Night line", "phone": 5550100}]}',
        "latin1.csv": f"{HEADER}\nother,Caf\u00e9 du coin,,,,,,,\n",
    }
    messages = []
    for name, text in samples.items():
        data = text.encode("latin-1" if name.startswith("latin") else "utf-8")
        with pytest.raises(InvalidInput) as caught:
            resource_files.read_file(write(tmp_path / name, data))
        messages.append(str(caught.value))
    assert messages == [
        "line 3: 6 cells, but the header has 9",
        "resource 1: phone must be text, not a number",
        "line 2: the file is not UTF-8 text; save it as UTF-8 and try again",
    ]


def test_exported_json_is_documented_version_one(journal: Journal, tmp_path: Path) -> None:
    seed_default_resources(journal)
    path = tmp_path / "d.json"
    resource_files.export_resources(journal, path)
    document = json.loads(path.read_text(encoding="utf-8"))
    assert document["format"] == "peerdesk-resources" and document["version"] == 1
    assert document["exported_on"] == "2026-11-26"
    assert all(set(entry) == set(FIELDS) for entry in document["resources"])
    if os.name == "posix":
        assert path.stat().st_mode & 0o077 == 0  # written like every other export: private


def _one(**fields: str) -> Resource:
    entry = {"category": "crisis_line", "name": "A line", **fields}
    document = {"format": "peerdesk-resources", "version": 1, "resources": [entry]}
    return parse_json(json.dumps(document).encode())[0]


def test_a_line_break_in_a_one_line_field_becomes_a_space() -> None:
    # As a spreadsheet cell may hold them; the description keeps its lines.
    item = _one(
        name="Samaritans\nIreland",
        phone="116 123\r\n(free)",
        hours="24 hours,\u2028every day",
        source="https://www.samaritans.org/\n",
        description="Line one\nLine two",
    )
    assert item.name == "Samaritans Ireland"
    assert item.phone == "116 123 (free)"
    assert item.hours == "24 hours, every day"
    assert item.source == "https://www.samaritans.org/"
    assert item.description == "Line one\nLine two"


def test_contact_details_keep_no_direction_override() -> None:
    # "\u202e321 611" is shown as "116 123" but is another number; a name keeps its marks.
    item = _one(
        name="\u05e2\u05d6\u05e8\u05d4 \u200f(24/7)",
        phone="\u202e321 611",
        text_line="\u2066HOME\u2069 to 50808",
        web="\u202bexample.org\u202c",
        source="https://\u202eexample.org",
    )
    assert item.phone == "321 611"
    assert item.text_line == "HOME to 50808"
    assert item.web == "example.org"
    assert item.source == "https://example.org"
    assert item.name == "\u05e2\u05d6\u05e8\u05d4 \u200f(24/7)"
