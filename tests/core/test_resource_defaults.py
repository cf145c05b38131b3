"""The default resource directory: the shipped data, and seeding a new journal once."""

from __future__ import annotations

import json
import logging
from dataclasses import replace

import pytest

from peerdesk.assets import asset
from peerdesk.journal import Journal
from peerdesk.preferences import COUNTRY, RESOURCES_SEEDED
from peerdesk.resource_defaults import (
    is_placeholder,
    pack_resources,
    seed_default_resources,
)
from peerdesk.resource_files import FIELDS, FORMAT_NAME, FORMAT_VERSION
from peerdesk.resources import CATEGORIES, Resource

LOCAL = {
    "Employee assistance program (EAP)": "counselling",
    "Our peer support program": "peer_support",
    "Chaplaincy and spiritual care": "other",
    "Risk management and litigation support": "legal_support",
}


def without_directory(journal: Journal) -> Journal:
    """The journal as if the defaults were never added (new journals may start with them)."""
    with journal.transaction():
        journal.conn.execute("DELETE FROM resources")
        journal.conn.execute("DELETE FROM settings WHERE key = ?", (RESOURCES_SEEDED.key,))
    return journal


@pytest.fixture(autouse=True)
def _empty_directory(journal: Journal) -> None:
    without_directory(journal)


def by_name() -> dict[str, Resource]:
    return {r.name: r for r in pack_resources("US")}


def test_the_defaults_are_a_version_one_directory_file() -> None:
    document = json.loads(asset("packs/us.json").read_text(encoding="utf-8"))
    assert document["format"] == FORMAT_NAME and document["version"] == FORMAT_VERSION
    assert all(set(entry) == set(FIELDS) for entry in document["resources"])
    assert "verify" in document["comment"].lower() or "check" in document["comment"].lower()


def test_the_defaults_hold_the_services_of_the_design() -> None:
    found = by_name()
    lifeline = found["988 Suicide & Crisis Lifeline"]
    assert (lifeline.category, lifeline.phone, lifeline.text_line) == ("crisis_line", "988", "988")
    assert lifeline.web == "988lifeline.org" and lifeline.hours == "24 hours, every day"
    assert found["Crisis Text Line"].text_line == "HOME to 741741"
    psl = found["Physician Support Line"]
    assert (psl.category, psl.phone, psl.web) == (
        "physician_health",
        "1-888-409-0141",
        "physiciansupportline.com",
    )
    assert "8 am to 1 am" in psl.hours
    assert found["SAMHSA National Helpline"].phone == "1-800-662-4357"
    distress = found["Disaster Distress Helpline"]
    assert distress.phone == distress.text_line == "1-800-985-5990"
    assert found["Federation of State Physician Health Programs"].web == "fsphp.org"
    breen = found["Dr. Lorna Breen Heroes' Foundation"]
    assert breen.web == "drlornabreen.org" and "not a crisis service" in breen.description.lower()
    assert {r.category for r in found.values()} == set(CATEGORIES)


def test_none_is_marked_verified_and_every_one_is_described() -> None:
    for item in pack_resources("US"):
        assert item.last_verified_on is None, item.name  # the supporter verifies before printing
        assert item.description and not item.archived


def test_local_services_are_placeholders_with_empty_contact_fields() -> None:
    found = by_name()
    for name, category in LOCAL.items():
        item = found[name]
        assert item.category == category
        assert (item.phone, item.text_line, item.web, item.hours) == ("", "", "", "")
        assert is_placeholder(item)
    others = [r for r in found.values() if r.name not in LOCAL]
    assert len(others) == 7 and not any(is_placeholder(r) for r in others)


def test_a_new_journal_is_seeded_once(journal: Journal) -> None:
    assert journal.resources.all(include_archived=True) == []
    assert seed_default_resources(journal) == 11
    assert sorted(r.name for r in journal.resources.all()) == sorted(by_name())
    assert journal.settings.get(RESOURCES_SEEDED.key) is True
    assert seed_default_resources(journal) == 0
    assert len(journal.resources.all()) == 11


def test_a_country_that_cannot_be_read_seeds_no_pack_until_one_is_chosen(journal: Journal) -> None:
    journal.settings.set(COUNTRY.key, "NZ")  # a newer version's pack
    assert seed_default_resources(journal) == 0
    assert journal.resources.all(include_archived=True) == []  # never the US directory
    assert journal.settings.get(RESOURCES_SEEDED.key) is not True
    journal.preferences.set(COUNTRY, "DE")
    assert seed_default_resources(journal) == len(pack_resources("DE"))


def test_archiving_every_default_does_not_bring_them_back(journal: Journal) -> None:
    seed_default_resources(journal)
    for item in journal.resources.all():
        journal.resources.save(replace(item, archived=True))
    assert journal.resources.all() == []
    assert seed_default_resources(journal) == 0
    assert journal.resources.all() == []


def test_a_directory_with_entries_is_left_alone(journal: Journal) -> None:
    journal.resources.save(Resource(category="other", name="Ours"))
    assert seed_default_resources(journal) == 0
    assert [r.name for r in journal.resources.all()] == ["Ours"]
    assert journal.settings.get(RESOURCES_SEEDED.key) is True


def test_missing_defaults_are_logged_and_skipped(
    journal: Journal, caplog: pytest.LogCaptureFixture
) -> None:
    def missing() -> list[Resource]:
        raise FileNotFoundError("PeerDesk asset missing: packs/us.json")

    with caplog.at_level(logging.ERROR, logger="peerdesk.resource_defaults"):
        assert seed_default_resources(journal, load=missing) == 0
    assert "could not be read" in caplog.text
    assert journal.resources.all() == []
    assert journal.settings.get(RESOURCES_SEEDED.key) is None  # tried again next time
    assert seed_default_resources(journal) == 11


@pytest.mark.parametrize(
    "problem",
    [PermissionError(13, "Permission denied"), IsADirectoryError(21, "Is a directory")],
)
def test_an_unreadable_pack_in_the_bundle_does_not_stop_a_new_journal(
    journal: Journal, problem: OSError
) -> None:
    # The key is already in the keyring when the pack is read: setup must not fail here.
    def unreadable() -> list[Resource]:
        raise problem

    assert seed_default_resources(journal, load=unreadable) == 0
    assert journal.settings.get(RESOURCES_SEEDED.key) is None  # tried again next time


def test_seeding_is_one_transaction(journal: Journal) -> None:
    def half_broken() -> list[Resource]:
        return [Resource(category="other", name="Fine"), Resource(category="nope", name="Bad")]

    with pytest.raises(Exception, match="unknown category"):
        seed_default_resources(journal, load=half_broken)
    assert journal.resources.all() == []
    assert journal.settings.get(RESOURCES_SEEDED.key) is None


@pytest.mark.parametrize(
    ("fields", "empty"),
    [
        ({"phone": "tbc"}, True),  # a tired supporter's note to self is not a number to call
        ({"phone": "-", "text_line": "ask HR"}, True),
        ({"phone": "116 123"}, False),
        ({"text_line": "HOME to 50808"}, False),
        ({"phone": "tbc", "web": "intranet/eap"}, False),
    ],
)
def test_an_entry_without_a_number_or_address_to_use_is_a_placeholder(
    fields: dict[str, str], empty: bool
) -> None:
    assert is_placeholder(Resource("counselling", "Our EAP", **fields)) is empty
