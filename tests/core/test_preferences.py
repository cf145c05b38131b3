"""Preferences: each setting's default, round trip, validation and fall-back, without Qt."""

from __future__ import annotations

import io
import json
import logging
import re
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from peerdesk import backup_job, backups, cli
from peerdesk.errors import InvalidInput
from peerdesk.journal import Journal
from peerdesk.keystore import KeyStore
from peerdesk.preferences import (
    ALL,
    BACKUP_EVERY_HOURS,
    BACKUP_KEEP,
    BACKUP_SECOND_FOLDER,
    COUNTRY,
    IDLE_MINUTES,
    LANGUAGE,
    ORGANISATION,
    RESOURCES_SEEDED,
    RETENTION_CONTACT_DAYS,
    RETENTION_NOTES_DAYS,
    THEME,
    BackupPlan,
    RetentionPolicy,
    Setting,
)
from peerdesk.vault import Vault
from tests.conftest import Clock

ROOT = Path(__file__).resolve().parents[2]
FOLDER = Path("/media/usb/peerdesk")

# The keys and defaults journals already hold: renaming a key would lose the supporter's choice.
EXPECTED = {
    IDLE_MINUTES: ("lock.idle_minutes", 5),
    BACKUP_EVERY_HOURS: ("backup.every_hours", 24),
    BACKUP_KEEP: ("backup.keep", 10),
    BACKUP_SECOND_FOLDER: ("backup.second_folder", None),
    RETENTION_NOTES_DAYS: ("retention.notes_days", None),
    RETENTION_CONTACT_DAYS: ("retention.contact_days", None),
    ORGANISATION: ("handout.organisation", ""),
    THEME: ("look.theme", "system"),
    LANGUAGE: ("look.language", "system"),
    RESOURCES_SEEDED: ("resources.defaults_seeded", False),
    COUNTRY: ("resources.country", "US"),
}

GOOD: list[tuple[Setting[Any], Any, Any]] = [  # (setting, offered, kept)
    (IDLE_MINUTES, 0, 0),
    (IDLE_MINUTES, 240, 240),
    (BACKUP_EVERY_HOURS, 0, 0),
    (BACKUP_EVERY_HOURS, 720, 720),
    (BACKUP_KEEP, 1, 1),
    (BACKUP_KEEP, 100, 100),
    (BACKUP_SECOND_FOLDER, FOLDER, FOLDER),
    (BACKUP_SECOND_FOLDER, None, None),
    (RETENTION_NOTES_DAYS, 1, 1),
    (RETENTION_NOTES_DAYS, 3650, 3650),
    (RETENTION_CONTACT_DAYS, 30, 30),
    (RETENTION_CONTACT_DAYS, None, None),
    (ORGANISATION, "  Riverside General\n", "Riverside General"),
    (ORGANISATION, "x" * 120, "x" * 120),
    (THEME, "dark", "dark"),
    (THEME, "light", "light"),
    (LANGUAGE, "en", "en"),
    (RESOURCES_SEEDED, True, True),
    (COUNTRY, "GB", "GB"),
    (COUNTRY, "DE", "DE"),
]

BAD: list[tuple[Setting[Any], Any]] = [
    *((IDLE_MINUTES, v) for v in (-1, 241, True, 1.5, "5", None)),
    *((BACKUP_EVERY_HOURS, v) for v in (-1, 721, "24", None)),
    *((BACKUP_KEEP, v) for v in (0, 101, False, 10.0, None)),
    *((BACKUP_SECOND_FOLDER, v) for v in (Path("relative/folder"), "relative", "/a\x00b", 5)),
    *((RETENTION_NOTES_DAYS, v) for v in (0, 3651, True, "30", 1.5)),
    *((RETENTION_CONTACT_DAYS, v) for v in (0, -30, 3651)),
    *((ORGANISATION, v) for v in ("x" * 121, "a\x00b", 5, None)),
    *((THEME, v) for v in ("blue", "", "System", None, 1)),
    *((LANGUAGE, v) for v in ("xx", "", None)),
    *((RESOURCES_SEEDED, v) for v in ("yes", 1, None)),
    *((COUNTRY, v) for v in ("UK", "gb", "XX", "", None, 1)),
]

# Rows a hand edit or damage can leave; none is usable for any setting. SECRET must never be logged.
CORRUPT_ROWS = [
    "not json SECRET",
    '{"SECRET": 1}',
    '["SECRET"]',
    "NaN",
    "1e999",
    "9" * 5000,  # more digits than Python converts
    '"' + "SECRET " * 40 + '"',  # text, too long for the organisation and no folder or theme
    "",
]


def _row(journal: Journal, key: str) -> Any:
    found = journal.conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchall()
    return found[0][0] if found else None


def _write_row(journal: Journal, key: str, text: str | bytes) -> None:
    journal.conn.execute("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)", (key, text))


def test_every_setting_is_listed_once_with_its_key_and_default() -> None:
    assert set(ALL) == set(EXPECTED)
    assert len({s.key for s in ALL}) == len(ALL)
    for setting, (key, default) in EXPECTED.items():
        assert (setting.key, setting.default) == (key, default)
        assert setting.check(default) == default  # every default passes its own check


@pytest.mark.parametrize("setting", ALL, ids=lambda s: s.key)
def test_an_empty_table_reads_as_the_defaults(journal: Journal, setting: Setting[Any]) -> None:
    journal.conn.execute("DELETE FROM settings")
    assert journal.preferences.get(setting) == setting.default
    assert journal.preferences.backup_plan() == BackupPlan(24, 10, None)
    assert journal.preferences.retention() == RetentionPolicy(None, None)


@pytest.mark.parametrize(
    ("setting", "offered", "kept"), GOOD, ids=lambda v: getattr(v, "key", str(v)[:12])
)
def test_round_trip_through_a_locked_journal(
    vault: Vault, setting: Setting[Any], offered: Any, kept: Any
) -> None:
    journal, _code = vault.create()
    assert journal.preferences.set(setting, offered) == kept
    assert journal.preferences.get(setting) == kept
    vault.lock()
    again = vault.unlock_with_keyring()
    assert again.preferences.get(setting) == kept
    # stored as journals before typed preferences stored it: plain JSON, a folder as its text
    expected = str(kept) if isinstance(kept, Path) else kept
    assert json.loads(_row(again, setting.key)) == expected


def test_rows_written_before_typed_preferences_read_the_same(journal: Journal) -> None:
    old = {
        "lock.idle_minutes": "12",
        "backup.every_hours": "6",
        "backup.keep": "30",
        "backup.second_folder": '"/media/usb/peerdesk"',
        "retention.notes_days": "90",
        "retention.contact_days": "null",
        "handout.organisation": '"Riverside General"',
        "resources.defaults_seeded": "true",
    }
    for key, text in old.items():
        _write_row(journal, key, text)
    prefs = journal.preferences
    assert prefs.get(IDLE_MINUTES) == 12
    assert prefs.backup_plan() == BackupPlan(6, 30, FOLDER)
    assert prefs.retention() == RetentionPolicy(90, None)
    assert prefs.get(ORGANISATION) == "Riverside General"
    assert prefs.get(RESOURCES_SEEDED) is True


@pytest.mark.parametrize(("setting", "value"), BAD, ids=lambda v: getattr(v, "key", repr(v)[:12]))
def test_unusable_values_are_refused_and_change_nothing(
    journal: Journal, setting: Setting[Any], value: Any
) -> None:
    good = next(kept for s, _offered, kept in GOOD if s is setting)
    journal.preferences.set(setting, good)
    before = _row(journal, setting.key)
    with pytest.raises(InvalidInput) as refused:
        journal.preferences.set(setting, value)
    assert refused.value.field == setting.field
    assert refused.value.code == "invalid_input"
    assert _row(journal, setting.key) == before
    assert journal.preferences.get(setting) == good


@pytest.mark.parametrize("setting", ALL, ids=lambda s: s.key)
@pytest.mark.parametrize("text", CORRUPT_ROWS, ids=lambda t: t[:10])
def test_a_corrupt_row_reads_as_the_default_and_logs_only_the_key(
    journal: Journal, caplog: pytest.LogCaptureFixture, setting: Setting[Any], text: str
) -> None:
    _write_row(journal, setting.key, text)
    with caplog.at_level(logging.DEBUG):
        assert journal.preferences.get(setting) == (
            setting.default if setting.unusable is None else setting.unusable()
        )
    (line,) = [r for r in caplog.records if r.name == "peerdesk.preferences"]
    assert line.levelno == logging.WARNING
    assert setting.key in line.getMessage()
    assert "SECRET" not in caplog.text
    journal.preferences.set(setting, setting.default)  # a good write repairs the row
    assert journal.preferences.get(setting) == setting.default


def test_a_row_that_is_not_text_reads_as_the_default(journal: Journal) -> None:
    _write_row(journal, IDLE_MINUTES.key, b"\x00\xff\xfe")
    assert journal.preferences.get(IDLE_MINUTES) == 5
    journal.conn.execute(
        "UPDATE settings SET value = 12.5 WHERE key = ?", (IDLE_MINUTES.key,)
    )  # a REAL in the TEXT column reads back as the text "12.5"
    assert journal.preferences.get(IDLE_MINUTES) == 5


@pytest.mark.parametrize("stored", ["NZ", "de-DE", "gb", 49, None, ["DE"]])
def test_a_country_this_version_cannot_read_is_not_chosen_never_the_us(
    journal: Journal, stored: object
) -> None:
    """A wrong crisis number is worse than none: a newer version's pack or a damaged row reads
    as no country (None), never as the default US and its 911."""
    journal.preferences.set(COUNTRY, "DE")
    journal.settings.set(COUNTRY.key, stored)
    assert journal.preferences.get(COUNTRY) is None
    _write_row(journal, COUNTRY.key, "{not json")
    assert journal.preferences.get(COUNTRY) is None
    with pytest.raises(InvalidInput):  # "not chosen" is what a bad row reads as, never a choice
        journal.preferences.set(COUNTRY, None)
    journal.conn.execute("DELETE FROM settings WHERE key = ?", (COUNTRY.key,))
    assert journal.preferences.get(COUNTRY) == "US"  # no row: a journal made before packs


RANGES = {IDLE_MINUTES: (0, 240), BACKUP_EVERY_HOURS: (0, 720), BACKUP_KEEP: (1, 100)}
RANGES |= {RETENTION_NOTES_DAYS: (1, 3650), RETENTION_CONTACT_DAYS: (1, 3650)}
ANY_TIME = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@ANY_TIME
@given(setting=st.sampled_from(sorted(RANGES, key=lambda s: s.key)), number=st.integers())
def test_a_whole_number_is_kept_exactly_when_it_is_in_range(
    journal: Journal, setting: Setting[Any], number: int
) -> None:
    low, high = RANGES[setting]
    before = journal.preferences.get(setting)
    if low <= number <= high:
        assert journal.preferences.set(setting, number) == number
        assert journal.preferences.get(setting) == number
    else:
        with pytest.raises(InvalidInput) as refused:
            journal.preferences.set(setting, number)
        assert refused.value.field == setting.field
        assert journal.preferences.get(setting) == before


@ANY_TIME
@given(text=st.text(max_size=140))
def test_any_organisation_name_is_kept_tidied_or_refused(journal: Journal, text: str) -> None:
    try:
        kept = journal.preferences.set(ORGANISATION, text)
    except InvalidInput as refused:
        assert refused.field == "organisation"
        return
    assert kept == kept.strip() and len(kept) <= 120
    assert ORGANISATION.check(kept) == kept  # tidying twice changes nothing
    assert journal.preferences.get(ORGANISATION) == kept


def test_the_backup_plan_is_kept_whole_or_not_at_all(journal: Journal) -> None:
    plan = BackupPlan(every_hours=6, keep=3, second_folder=FOLDER)
    assert journal.preferences.set_backup_plan(plan) == plan
    for broken, field in (
        (BackupPlan(every_hours=12, keep=0), "keep"),
        (BackupPlan(every_hours=-1, keep=4), "every_hours"),
        (BackupPlan(keep=4, second_folder=Path("relative")), "second_folder"),
    ):
        with pytest.raises(InvalidInput) as refused:
            journal.preferences.set_backup_plan(broken)
        assert refused.value.field == field
        assert journal.preferences.backup_plan() == plan


def test_the_retention_policy_is_kept_whole_or_not_at_all(journal: Journal) -> None:
    journal.preferences.set_retention(RetentionPolicy(90, 30))
    with pytest.raises(InvalidInput) as refused:
        journal.preferences.set_retention(RetentionPolicy(45, 0))
    assert refused.value.field == "contact_days"
    assert journal.preferences.retention() == RetentionPolicy(90, 30)
    journal.preferences.set_retention(RetentionPolicy())
    assert not journal.preferences.retention().active


def test_every_backup_into_the_data_folder_keeps_as_many_as_the_plan_says(
    vault: Vault, clock: Clock, keystore: KeyStore
) -> None:
    journal, _code = vault.create()
    journal.preferences.set(BACKUP_KEEP, 12)
    journal_id = vault.read_slots().journal_id
    for _ in range(12):
        clock.now += timedelta(minutes=1)
        vault.backup()
    assert len(backups.existing(vault.backup_dir, journal_id)) == 12
    vault.lock()
    clock.now += timedelta(minutes=1)
    out, err = io.StringIO(), io.StringIO()
    code = cli.main(
        ["backup", "--data-dir", str(vault.data_dir)],
        keystore=keystore,
        stdin=io.StringIO(""),
        stdout=out,
        stderr=err,
    )
    assert code == 0, err.getvalue()
    assert len(backups.existing(vault.backup_dir, journal_id)) == 12  # not cut to 10
    vault.unlock_with_keyring()
    clock.now += timedelta(minutes=1)
    backup_job.run(vault.backup_job())  # the worker-thread path of "Back up now"
    assert len(backups.existing(vault.backup_dir, journal_id)) == 12


def test_only_preferences_reads_or_writes_the_settings_table() -> None:
    """No module outside peerdesk/preferences.py touches a setting by its key or raw store."""
    raw = re.compile(r"\bsettings\.(get|set|set_many)\(|\bSettings\(")
    keys = {s.key for s in ALL}
    offenders = []
    for path in sorted([*ROOT.glob("peerdesk/**/*.py"), *ROOT.glob("ui/**/*.py")]):
        name = path.relative_to(ROOT).as_posix()
        if name in ("peerdesk/preferences.py", "peerdesk/settings.py"):
            continue
        text = path.read_text(encoding="utf-8")
        allowed_raw = name in ("peerdesk/journal.py", "peerdesk/vault.py")  # they build the store
        if not allowed_raw and raw.search(text):
            offenders.append(name)
        offenders.extend(f"{name}: {key}" for key in keys if f'"{key}"' in text)
    assert offenders == []
