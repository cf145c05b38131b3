"""The resource directory a new journal starts with: the supporter's country pack.

A pack is ``assets/packs/<country>.json`` (:mod:`peerdesk.countries`), a file in the same format
as an exported directory, read by the same importer. None of its entries is marked as verified:
the supporter checks each entry before printing it, and each names in ``source`` the public page
its details were taken from. Local services (the employee assistance program, the organisation's
own peer support program, risk management) are placeholders without a phone, text line or web
address, for the supporter to fill in; so is a service whose number no public source confirmed.

Setup seeds the directory with the chosen country's pack once; Settings can add another
country's pack later (:func:`add_country_pack`) without duplicating what is already there.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass

from peerdesk import countries, resource_files
from peerdesk.assets import asset
from peerdesk.errors import InvalidInput
from peerdesk.journal import Journal
from peerdesk.preferences import COUNTRY, RESOURCES_SEEDED
from peerdesk.resources import Resource
from peerdesk.text import search_fold

log = logging.getLogger(__name__)


def pack_resources(code: str = countries.DEFAULT) -> list[Resource]:
    """A country's pack, checked like any imported file; KeyError for an unknown country."""
    return resource_files.parse_json(asset(countries.country(code).pack).read_bytes())


def is_placeholder(resource: Resource) -> bool:
    """True when an entry has no way to reach the service yet: no phone or text line with a
    digit in it ("tbc" is nothing to call), and no web address."""
    return not (_has_digit(resource.phone) or _has_digit(resource.text_line) or resource.web)


def _has_digit(text: str) -> bool:
    return any(c.isdigit() for c in text)


def seed_default_resources(
    journal: Journal, *, load: Callable[[], list[Resource]] | None = None
) -> int:
    """Fill an empty directory with the country's pack, once per journal; return how many.

    The country is the journal's :data:`COUNTRY` setting (``load`` replaces the pack in tests).
    A directory that already holds anything (even archived entries) is left alone, and once the
    defaults were added they are never added again, even if the supporter archives them all.
    A missing, unreadable or broken pack is logged and skipped: a new journal must not fail for it.
    """
    if journal.preferences.get(RESOURCES_SEEDED):
        return 0
    if journal.resources.all(include_archived=True):
        journal.preferences.set(RESOURCES_SEEDED, True)
        return 0
    code = journal.preferences.get(COUNTRY)
    if code is None:  # unreadable: wait until the supporter picks a country
        log.warning("no resource pack added: the country is not chosen")
        return 0
    try:
        defaults = load() if load is not None else pack_resources(code)
    except (OSError, InvalidInput) as exc:  # missing, unreadable or damaged
        log.error("the resource pack for %s could not be read: %s", code, exc)
        return 0
    with journal.transaction():
        for item in defaults:
            journal.resources.save(item)
        journal.preferences.set(RESOURCES_SEEDED, True)
    log.info("added %d default resources (%s)", len(defaults), code)
    return len(defaults)


@dataclass(frozen=True)
class PackAdded:
    """What adding a country pack did: entries added, and entries already in the directory."""

    added: int
    skipped: int


# A phone field may hold more than one number ("0800 111 0 111 / 0800 111 0 222").
_BETWEEN_NUMBERS = re.compile(r"[/,;]|\bor\b", re.IGNORECASE)
# A number at least this long is the same with a country code or trunk 0 before it.
_NATIONAL_MIN = 7
_PREFIX_MAX = 4  # a country code of up to three digits and a trunk 0: "+353 (0)1 ..."


def _numbers(phone: str) -> set[str]:
    """The numbers in a phone field, as digits without leading zeros (no "+", "00" or trunk 0)."""
    found = (re.sub(r"\D", "", part).lstrip("0") for part in _BETWEEN_NUMBERS.split(phone))
    return {number for number in found if number}


def _same_number(a: str, b: str) -> bool:
    """True for "01 297 0356" and "+353 1 297 0356"; a short number never matches a long one's
    end ("123" is not "116 123")."""
    short, long = sorted((a, b), key=len)
    if short == long:
        return True
    return (
        len(short) >= _NATIONAL_MIN
        and long.endswith(short)
        and len(long) - len(short) <= _PREFIX_MAX
    )


def _same_name(name: str) -> str:
    """The form two names are compared in: case, accents and runs of spaces do not count."""
    return " ".join(search_fold(name).split())


def add_country_pack(
    journal: Journal, code: str, *, load: Callable[[str], list[Resource]] = pack_resources
) -> PackAdded:
    """Add the entries of a country's pack the directory does not hold yet, in one transaction.

    An entry is already there when an entry of the directory (archived ones too) has the same
    name (ignoring case, accents and spaces) or, when it has a phone number, the same number
    (digits only, with or without a country code or trunk 0). Nothing already there is changed:
    the supporter's edits and verifications stay as they are.
    KeyError for a country without a pack; a missing or broken pack raises like any import.
    """
    incoming = load(countries.country(code).code)
    known = journal.resources.all(include_archived=True)
    names = {_same_name(r.name) for r in known}
    phones = {number for r in known for number in _numbers(r.phone)}
    new: list[Resource] = []
    for item in incoming:
        numbers = _numbers(item.phone)
        if _same_name(item.name) in names or any(
            _same_number(number, phone) for number in numbers for phone in phones
        ):
            continue
        new.append(item)
        names.add(_same_name(item.name))
        phones |= numbers
    with journal.transaction():
        for item in new:
            journal.resources.save(item)
    done = PackAdded(added=len(new), skipped=len(incoming) - len(new))
    log.info("added %d resources from the %s pack, skipped %d", done.added, code, done.skipped)
    return done
