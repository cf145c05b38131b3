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
from peerdesk.text import fold

log = logging.getLogger(__name__)


def pack_resources(code: str = countries.DEFAULT) -> list[Resource]:
    """A country's pack, checked like any imported file; KeyError for an unknown country."""
    return resource_files.parse_json(asset(countries.country(code).pack).read_bytes())


def default_resources() -> list[Resource]:
    """The pack journals made before country packs started with (the US one)."""
    return pack_resources(countries.DEFAULT)


def is_placeholder(resource: Resource) -> bool:
    """True when an entry has no way to reach the service yet (no phone, text line or web)."""
    return not (resource.phone or resource.text_line or resource.web)


def seed_default_resources(
    journal: Journal, *, load: Callable[[], list[Resource]] | None = None
) -> int:
    """Fill an empty directory with the country's pack, once per journal; return how many.

    The country is the journal's :data:`COUNTRY` setting (``load`` replaces the pack in tests).
    A directory that already holds anything (even archived entries) is left alone, and once the
    defaults were added they are never added again, even if the supporter archives them all.
    A missing or broken pack is logged and skipped: a new journal must not fail for it.
    """
    if journal.preferences.get(RESOURCES_SEEDED):
        return 0
    if journal.resources.all(include_archived=True):
        journal.preferences.set(RESOURCES_SEEDED, True)
        return 0
    code = journal.preferences.get(COUNTRY)
    try:
        defaults = load() if load is not None else pack_resources(code)
    except (FileNotFoundError, InvalidInput) as exc:
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


def _digits(phone: str) -> str:
    return re.sub(r"\D", "", phone)


def add_country_pack(
    journal: Journal, code: str, *, load: Callable[[str], list[Resource]] = pack_resources
) -> PackAdded:
    """Add the entries of a country's pack the directory does not hold yet, in one transaction.

    An entry is already there when an entry of the directory (archived ones too) has the same
    name (ignoring case) or, when it has a phone number, the same number (digits only). Nothing
    already there is changed: the supporter's edits and verifications stay as they are.
    KeyError for a country without a pack; a missing or broken pack raises like any import.
    """
    incoming = load(countries.country(code).code)
    known = journal.resources.all(include_archived=True)
    names = {fold(r.name) for r in known}
    phones = {_digits(r.phone) for r in known if _digits(r.phone)}
    new: list[Resource] = []
    for item in incoming:
        number = _digits(item.phone)
        if fold(item.name) in names or (number and number in phones):
            continue
        new.append(item)
        names.add(fold(item.name))
        if number:
            phones.add(number)
    with journal.transaction():
        for item in new:
            journal.resources.save(item)
    done = PackAdded(added=len(new), skipped=len(incoming) - len(new))
    log.info("added %d resources from the %s pack, skipped %d", done.added, code, done.skipped)
    return done
