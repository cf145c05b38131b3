"""Country packs: each loads through the real importer, names its sources, invents no number and
marks nothing verified; a new journal starts with its country's pack; adding a pack twice adds
nothing the second time; ``source`` travels through export and import."""

from __future__ import annotations

import json
import os
import unicodedata
from pathlib import Path

import pytest
import sqlcipher3

from peerdesk import countries, resource_files, schema
from peerdesk.assets import asset
from peerdesk.clock import today
from peerdesk.database import Connection, connect
from peerdesk.errors import InvalidInput, PeerDeskError
from peerdesk.journal import Journal
from peerdesk.preferences import COUNTRY
from peerdesk.resource_defaults import (
    PackAdded,
    add_country_pack,
    is_placeholder,
    pack_resources,
)
from peerdesk.resource_files import FIELDS, export_resources, import_file, parse_json, read_file
from peerdesk.resources import Resource
from peerdesk.vault import Vault
from tests.conftest import Clock
from tests.core.test_resource_defaults import without_directory

# Numbers each pack must carry as its public sources give them (issue 16, DESIGN §6).
KNOWN = {
    "US": {"988", "1-888-409-0141"},
    "CA": {"988"},
    "GB": {"116 123", "0300 0303 300"},
    "IE": {"116 123"},
    "AU": {"13 11 14", "1300 374 377"},
    "ES": {"024"},
    "FR": {"3114", "0 805 23 23 36"},
    "DE": {"0800 111 0 111", "0800 111 0 222"},
}


def test_there_is_a_pack_for_each_of_the_eight_countries() -> None:
    assert set(countries.CODES) == set(KNOWN)
    for code in countries.CODES:
        assert asset(countries.country(code).pack).is_file()


# "usted" and the formal words a note would use to speak to the reader (its "su" is "your").
FORMAL_ES = {"usted", "ustedes", "su", "sus", "suyo", "compruebe", "rellénelo", "rellene", "puede"}


def test_the_spanish_pack_says_tu_as_the_app_does() -> None:
    """The glossary: tú throughout, as between colleagues; the pack's notes said "usted"."""
    said = " ".join(
        f"{r.name} {r.description} {r.hours} {r.audience}" for r in pack_resources("ES")
    )
    words = {w.strip(".,:;()«»").casefold() for w in said.split()}
    assert words & FORMAL_ES == set()
    assert words & {"tu", "te", "tuyo", "compruébalo", "pide", "tienes"}  # it speaks to the reader


def test_a_country_is_found_by_its_code_in_any_case() -> None:
    assert countries.country("gb") is countries.country("GB")
    assert countries.country("gb").pack == "packs/gb.json"
    with pytest.raises(KeyError):
        countries.country("IN")


@pytest.mark.parametrize("code", countries.CODES)
def test_a_pack_loads_through_the_importer_with_sources_and_nothing_verified(
    code: str, journal: Journal
) -> None:
    path = asset(countries.country(code).pack)
    document = json.loads(path.read_text(encoding="utf-8"))
    assert all(set(entry) == set(FIELDS) for entry in document["resources"])
    entries = read_file(path, today=today(journal.clock))  # the real importer: no error at all
    assert entries == pack_resources(code)
    for item in entries:
        assert item.last_verified_on is None, item.name  # the supporter verifies each one
        # Every entry names the public page it was taken from, except the local placeholders
        # (the supporter's own programs), which no public page describes.
        if item.source:
            assert item.source.startswith(("https://", "http://")), item.name
        else:
            assert is_placeholder(item) and item.category != "crisis_line", item.name
    assert any(item.source for item in entries)
    crisis = [r for r in entries if r.category == "crisis_line" and r.phone]
    assert crisis, "every pack has a crisis line to call"
    assert KNOWN[code] <= {r.phone for r in entries}
    plan = import_file(without_directory(journal), path)
    assert (len(plan.added), len(plan.updated)) == (len(entries), 0)


def test_a_new_journal_starts_with_its_countrys_pack(vault: Vault) -> None:
    journal, _code = vault.create(country="DE")
    assert journal.preferences.get(COUNTRY) == "DE"
    names = {r.name for r in journal.resources.all()}
    assert names == {r.name for r in pack_resources("DE")}
    assert "TelefonSeelsorge" in names and "988 Suicide & Crisis Lifeline" not in names


def test_an_unknown_country_creates_no_journal(vault: Vault) -> None:
    with pytest.raises(InvalidInput) as caught:
        vault.create(country="XX")
    assert caught.value.field == "country"
    assert not vault.exists()


def test_adding_a_pack_twice_adds_nothing_the_second_time(journal: Journal) -> None:
    assert journal.preferences.get(COUNTRY) == "US"
    before = len(journal.resources.all())
    first = add_country_pack(journal, "GB")
    # The US directory already has "Our peer support program"; the other four are new.
    assert first == PackAdded(added=len(pack_resources("GB")) - 1, skipped=1)
    assert len(journal.resources.all()) == before + first.added
    rows = journal.conn.execute("SELECT * FROM resources ORDER BY id").fetchall()
    again = add_country_pack(journal, "GB")
    assert again == PackAdded(added=0, skipped=len(pack_resources("GB")))
    assert journal.conn.execute("SELECT * FROM resources ORDER BY id").fetchall() == rows


def test_a_pack_skips_a_service_already_there_under_another_name(journal: Journal) -> None:
    add_country_pack(journal, "GB")
    ireland = add_country_pack(journal, "IE")  # Samaritans Ireland: the same 116 123
    assert ireland.skipped >= 1
    samaritans = [r for r in journal.resources.all() if r.phone.replace(" ", "") == "116123"]
    assert [r.name for r in samaritans] == ["Samaritans"]


def test_a_pack_skips_a_name_written_with_other_spaces_case_or_accents(journal: Journal) -> None:
    without_directory(journal)
    mine = [  # as a supporter may have typed them: no accents, two spaces, decomposed, upper case
        Resource("legal_support", "Gestion de riesgos  y apoyo JURIDICO"),
        Resource(
            "peer_support",
            unicodedata.normalize("NFD", "  Nuestro programa de apoyo entre iguales"),
        ),
    ]
    for item in mine:
        journal.resources.save(item)
    spain = add_country_pack(journal, "ES")
    assert spain == PackAdded(added=len(pack_resources("ES")) - 2, skipped=2)
    names = [r.name for r in journal.resources.all()]
    assert "Gestión de riesgos y apoyo jurídico" not in names  # the supporter's one stays
    assert len(names) == len(pack_resources("ES"))


def test_a_pack_skips_a_number_written_with_its_country_code(journal: Journal) -> None:
    without_directory(journal)
    for name, phone in [  # the pack's numbers, written the international way, under other names
        ("PHMP (Dublin)", "+353 (0)1 297 0356"),
        ("Disaster line", "+1 (800) 985-5990"),
        ("Physician line", "(888) 409 0141 / 00 1 888 409 0141"),
    ]:
        journal.resources.save(Resource("other", name, phone=phone))
    assert add_country_pack(journal, "IE").skipped == 1
    assert add_country_pack(journal, "US").skipped == 2
    phones = [r.phone for r in journal.resources.all()]
    assert "01 297 0356" not in phones
    assert "1-800-985-5990" not in phones and "1-888-409-0141" not in phones


def test_a_short_number_that_ends_another_is_not_the_same(journal: Journal) -> None:
    without_directory(journal)
    journal.resources.save(Resource("other", "Switchboard, ext. 123", phone="123"))
    journal.resources.save(Resource("other", "Night desk", phone="0356"))
    assert add_country_pack(journal, "GB").skipped == 0  # Samaritans: 116 123
    add_country_pack(journal, "IE")
    assert "Practitioner Health Matters Programme (PHMP)" in {  # 01 297 0356
        r.name for r in journal.resources.all()
    }


def test_adding_a_pack_keeps_what_the_supporter_changed(journal: Journal) -> None:
    add_country_pack(journal, "FR")
    mine = next(r for r in journal.resources.all() if r.phone == "3114")
    edited = journal.resources.save(
        Resource(**{**mine.__dict__, "hours": "checked: 24/7", "archived": True})
    )
    assert add_country_pack(journal, "FR").added == 0
    assert journal.resources.get(edited.id or 0) == edited


def test_an_unknown_pack_is_refused(journal: Journal) -> None:
    with pytest.raises(KeyError):
        add_country_pack(journal, "XX")


def test_source_survives_export_and_import_in_both_formats(
    journal: Journal, tmp_path: Path
) -> None:
    add_country_pack(journal, "AU")
    for name in ("all.json", "all.csv"):
        export_resources(journal, tmp_path / name)
        again = {r.name: r.source for r in read_file(tmp_path / name)}
        assert (
            again["Lifeline"]
            == "https://lifelineh2h.org.au/get-help/telephone-crisis-support/faqs/"
        )


def test_a_json_file_without_source_still_imports() -> None:
    old = {
        "format": "peerdesk-resources",
        "version": 1,
        "resources": [{"category": "other", "name": "Old line", "phone": "555-0100"}],
    }
    (item,) = parse_json(json.dumps(old).encode())
    assert (item.name, item.source) == ("Old line", "")


def test_a_journal_of_schema_3_gains_an_empty_source(tmp_path: Path, clock: Clock) -> None:
    path = tmp_path / "journal.db"
    conn = connect(path, os.urandom(32), create=True)
    conn.executescript(
        "BEGIN;\n" + "\n".join(schema.MIGRATIONS[:3]) + "\nPRAGMA user_version = 3;\nCOMMIT;"
    )
    conn.execute("INSERT INTO resources (category, name, phone) VALUES ('other', 'Kept', '5')")
    assert schema.migrate(conn) == 3
    journal = Journal(conn, path, clock)
    (kept,) = journal.resources.all()
    assert (kept.name, kept.phone, kept.source) == ("Kept", "5", "")
    conn.close()


def _v3_with_a_resource(path: Path) -> tuple[Connection, bytes]:
    key = os.urandom(32)
    conn = connect(path, key, create=True)
    conn.executescript(
        "BEGIN;\n" + "\n".join(schema.MIGRATIONS[:3]) + "\nPRAGMA user_version = 3;\nCOMMIT;"
    )
    conn.execute("INSERT INTO resources (category, name, phone) VALUES ('other', 'Kept', '5')")
    return conn, key


def _columns(conn: Connection) -> set[str]:
    return {str(row[1]) for row in conn.execute("PRAGMA table_info(resources)")}


def test_migration_4_interrupted_at_every_step_is_whole_or_not_at_all(tmp_path: Path) -> None:
    probe, _key = _v3_with_a_resource(tmp_path / "probe.db")
    steps = [0]

    def count() -> int:
        steps[0] += 1
        return 0

    probe.set_progress_handler(count, 1)
    schema.migrate(probe)
    probe.close()
    total = steps[0]
    assert total > 5
    seen: set[int] = set()
    for cut in sorted({1, 2, 3, *range(1, total, max(1, total // 40)), total - 1}):
        conn, key = _v3_with_a_resource(tmp_path / f"cut-{cut}.db")
        budget = [cut]

        def stop(budget: list[int] = budget) -> int:
            budget[0] -= 1
            return int(budget[0] == 0)

        conn.set_progress_handler(stop, 1)
        with pytest.raises((sqlcipher3.Error, PeerDeskError)):  # wherever it stopped
            schema.migrate(conn)
        conn.set_progress_handler(None, 1)
        assert not conn.in_transaction
        conn.close()
        again = connect(tmp_path / f"cut-{cut}.db", key)
        version = again.execute("PRAGMA user_version").fetchone()[0]
        assert (version, "source" in _columns(again)) in ((3, False), (4, True)), cut
        seen.add(version)
        schema.migrate(again)
        assert again.execute("SELECT name, phone, source FROM resources").fetchall() == [
            ("Kept", "5", "")
        ]
        assert again.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        again.close()
    assert seen == {3, 4}  # stopped inside the migration and after it


def test_every_source_is_one_line_of_text() -> None:
    for code in countries.CODES:
        for item in resource_files.parse_json(asset(countries.country(code).pack).read_bytes()):
            assert "\n" not in item.source and " " not in item.source.strip()
