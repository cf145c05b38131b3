"""The supporter's preferences, defined once: each setting's key, type, default and validation.

Preferences live in the journal's own, encrypted ``settings`` table (:mod:`peerdesk.settings`, one
JSON value per key) and every read and write goes through :class:`Preferences`
(``journal.preferences``)::

    minutes = journal.preferences.get(IDLE_MINUTES)  # an int, never a raw row
    journal.preferences.set(IDLE_MINUTES, 12)  # InvalidInput(field="idle_minutes") if unusable

A setting is a :class:`Setting`: the row's key (never renamed: stored journals keep their values),
the field name an :class:`InvalidInput` carries, the default, and :meth:`Setting.check`, which
turns a stored or offered value into the typed one or refuses it. Writing refuses what ``check``
refuses and changes nothing; reading a row ``check`` refuses (hand-edited or damaged) gives the
default and logs the key only, never the value. The backup plan and the retention policy are
groups of settings, read and written together.

The lock mode is not a preference: it belongs to the key slots (:mod:`peerdesk.keyslots`).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

from peerdesk import countries
from peerdesk.errors import InvalidInput
from peerdesk.settings import Settings
from peerdesk.text import clean
from peerdesk.translation import QT_TRANSLATE_NOOP, Phrase

log = logging.getLogger(__name__)

T = TypeVar("T")


def _identity(value: Any) -> Any:
    return value


@dataclass(frozen=True)
class Setting(Generic[T]):
    """One preference: where it is kept, what it holds by default and which values it takes."""

    key: str  # the row in the settings table
    field: str  # the name InvalidInput carries (for the user interface to find the widget)
    default: T
    parse: Callable[[object], T]  # a stored or offered value -> the typed value, or InvalidInput
    dump: Callable[[T], Any] = _identity  # the typed value -> what is stored (JSON)
    # What a stored value that cannot be used reads as (None: the default). A setting whose
    # default would be a harmful guess for a row it cannot read says so here.
    unusable: Callable[[], T] | None = None

    def check(self, value: object) -> T:
        """The typed, normalised value; :class:`InvalidInput` naming :attr:`field` if unusable."""
        try:
            return self.parse(value)
        except InvalidInput as exc:
            raise InvalidInput(exc.template, values=exc.values, field=self.field) from None


def _whole(low: int, high: int) -> Callable[[object], int]:
    def parse(value: object) -> int:
        if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("errors", "choose a whole number from {low} to {high}"),
                values={"low": low, "high": high},
            )
        return value

    return parse


def _one_of(allowed: tuple[str, ...]) -> Callable[[object], str]:
    def parse(value: object) -> str:
        if value not in allowed:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("errors", "choose one of {choices}"),
                values={"choices": ", ".join(allowed)},
            )
        assert isinstance(value, str)
        return value

    return parse


def _flag(value: object) -> bool:
    if not isinstance(value, bool):
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "choose yes or no"))
    return value


def _folder(value: object) -> Path | None:
    if value is None:
        return None
    if not isinstance(value, str | Path) or (isinstance(value, str) and "\x00" in value):
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "choose a folder"))
    folder = Path(value)
    if not folder.is_absolute():
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "choose a whole folder path"))
    return folder


def _folder_text(folder: Path | None) -> str | None:
    return None if folder is None else str(folder)


ORGANISATION_MAX = 120
_ORGANISATION = Phrase(QT_TRANSLATE_NOOP("errors", "organisation name"))  # in a message
IDLE_MINUTES_MAX = 240
BACKUP_EVERY_HOURS_MAX = 24 * 30
BACKUP_KEEP_MAX = 100
RETENTION_MIN_DAYS = 1
RETENTION_MAX_DAYS = 3650
THEMES = ("system", "light", "dark")
# "system" follows the computer's language; the others have a catalogue in assets/i18n/.
LANGUAGES = ("system", "en", "es", "fr", "de")


def _organisation(value: object) -> str:
    return clean(value, "organisation", max_len=ORGANISATION_MAX, label=_ORGANISATION)


def _days_or_off(value: object) -> int | None:
    return None if value is None else _whole(RETENTION_MIN_DAYS, RETENTION_MAX_DAYS)(value)


# Lock: minutes without input before the journal locks itself (0: never).
IDLE_MINUTES = Setting("lock.idle_minutes", "idle_minutes", 5, _whole(0, IDLE_MINUTES_MAX))
# Backups: how often (0: only when asked), how many to keep, and a second folder for copies.
BACKUP_EVERY_HOURS = Setting(
    "backup.every_hours", "every_hours", 24, _whole(0, BACKUP_EVERY_HOURS_MAX)
)
BACKUP_KEEP = Setting("backup.keep", "keep", 10, _whole(1, BACKUP_KEEP_MAX))
BACKUP_SECOND_FOLDER: Setting[Path | None] = Setting(
    "backup.second_folder", "second_folder", None, _folder, _folder_text
)
# Retention: days to keep note texts and closed peers' contact details (None: until removed).
RETENTION_NOTES_DAYS = Setting("retention.notes_days", "notes_days", None, _days_or_off)
RETENTION_CONTACT_DAYS = Setting("retention.contact_days", "contact_days", None, _days_or_off)
# Handouts: the organisation name printed on them (empty: none).
ORGANISATION = Setting("handout.organisation", "organisation", "", _organisation)
# Look: kept for the pages that will offer them.
THEME = Setting("look.theme", "theme", "system", _one_of(THEMES))
LANGUAGE = Setting("look.language", "language", "system", _one_of(LANGUAGES))
# Resources: the supporter's country (its pack seeds the directory; its emergency line is printed
# on every handout). No row: a journal made before country packs, whose directory was the US one.
# A row this version cannot read (a newer version's pack, a damaged row) reads as None, "not
# chosen": a wrong crisis number is worse than none, so it never becomes the US.
COUNTRY: Setting[str | None] = Setting(
    "resources.country",
    "country",
    countries.DEFAULT,
    _one_of(countries.CODES),
    unusable=lambda: None,
)
# Whether the default resource directory was added once (never again, even if all archived).
RESOURCES_SEEDED = Setting("resources.defaults_seeded", "defaults_seeded", False, _flag)

ALL: tuple[Setting[Any], ...] = (
    IDLE_MINUTES,
    BACKUP_EVERY_HOURS,
    BACKUP_KEEP,
    BACKUP_SECOND_FOLDER,
    RETENTION_NOTES_DAYS,
    RETENTION_CONTACT_DAYS,
    ORGANISATION,
    THEME,
    LANGUAGE,
    RESOURCES_SEEDED,
    COUNTRY,
)


@dataclass(frozen=True)
class BackupPlan:
    """When automatic backups are written, how many are kept, and where a copy goes."""

    every_hours: int = BACKUP_EVERY_HOURS.default
    keep: int = BACKUP_KEEP.default
    second_folder: Path | None = None


@dataclass(frozen=True)
class RetentionPolicy:
    """Days to keep text; ``None`` keeps it until the supporter removes it (the default)."""

    notes_days: int | None = None
    contact_days: int | None = None

    @property
    def active(self) -> bool:
        return self.notes_days is not None or self.contact_days is not None


class Preferences:
    """Typed reads and checked writes of the journal's preferences."""

    def __init__(self, settings: Settings) -> None:
        self._settings = settings

    def get(self, setting: Setting[T]) -> T:
        """The stored value, or the default when there is none or it cannot be used."""
        try:
            stored = self._settings.get(setting.key, _MISSING)
        except (TypeError, ValueError):  # not JSON: a damaged or hand-edited row
            stored = _UNUSABLE
        if stored is _MISSING:
            return setting.default
        try:
            return setting.check(stored)
        except InvalidInput:
            log.warning("ignoring an unusable setting: %s", setting.key)
            return setting.default if setting.unusable is None else setting.unusable()

    def set(self, setting: Setting[T], value: T) -> T:
        """Keep ``value`` (as checked and normalised); :class:`InvalidInput` changes nothing."""
        validated = setting.check(value)
        self._settings.set_many({setting.key: setting.dump(validated)})
        return validated

    def backup_plan(self) -> BackupPlan:
        return BackupPlan(
            self.get(BACKUP_EVERY_HOURS), self.get(BACKUP_KEEP), self.get(BACKUP_SECOND_FOLDER)
        )

    def set_backup_plan(self, plan: BackupPlan) -> BackupPlan:
        """Keep the whole plan, or nothing of it when one part cannot be used."""
        return BackupPlan(
            *self._set_together(
                (BACKUP_EVERY_HOURS, plan.every_hours),
                (BACKUP_KEEP, plan.keep),
                (BACKUP_SECOND_FOLDER, plan.second_folder),
            )
        )

    def retention(self) -> RetentionPolicy:
        """The retention policy; a damaged setting counts as off (nothing shredded by surprise)."""
        return RetentionPolicy(self.get(RETENTION_NOTES_DAYS), self.get(RETENTION_CONTACT_DAYS))

    def set_retention(self, policy: RetentionPolicy) -> RetentionPolicy:
        return RetentionPolicy(
            *self._set_together(
                (RETENTION_NOTES_DAYS, policy.notes_days),
                (RETENTION_CONTACT_DAYS, policy.contact_days),
            )
        )

    def _set_together(self, *pairs: tuple[Setting[Any], Any]) -> list[Any]:
        validated = [setting.check(value) for setting, value in pairs]
        self._settings.set_many(
            {
                setting.key: setting.dump(value)
                for (setting, _), value in zip(pairs, validated, strict=True)
            }
        )
        return validated


_MISSING = object()
_UNUSABLE = object()  # parse refuses it like any other unusable value
