"""The resource directory a new journal starts with (``assets/resources.json``).

The defaults are data, in the same format as an exported directory. None of them is marked as
verified: the supporter checks each entry before printing it. Local services (the employee
assistance program, the organisation's own peer support program, chaplaincy, risk management)
are placeholders without a phone, text line or web address, for the supporter to fill in.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from peerdesk import resource_files
from peerdesk.assets import asset
from peerdesk.errors import InvalidInput
from peerdesk.journal import Journal
from peerdesk.preferences import RESOURCES_SEEDED
from peerdesk.resources import Resource

log = logging.getLogger(__name__)

DEFAULTS_ASSET = "resources.json"


def default_resources() -> list[Resource]:
    """The shipped defaults, checked like any imported file."""
    return resource_files.parse_json(asset(DEFAULTS_ASSET).read_bytes())


def is_placeholder(resource: Resource) -> bool:
    """True when an entry has no way to reach the service yet (no phone, text line or web)."""
    return not (resource.phone or resource.text_line or resource.web)


def seed_default_resources(
    journal: Journal, *, load: Callable[[], list[Resource]] = default_resources
) -> int:
    """Fill an empty directory with the defaults, once per journal; return how many were added.

    A directory that already holds anything (even archived entries) is left alone, and once the
    defaults were added they are never added again, even if the supporter archives them all.
    A missing or broken defaults file is logged and skipped: a new journal must not fail for it.
    """
    if journal.preferences.get(RESOURCES_SEEDED):
        return 0
    if journal.resources.all(include_archived=True):
        journal.preferences.set(RESOURCES_SEEDED, True)
        return 0
    try:
        defaults = load()
    except (FileNotFoundError, InvalidInput) as exc:
        log.error("the default resource directory could not be read: %s", exc)
        return 0
    with journal.transaction():
        for item in defaults:
            journal.resources.save(item)
        journal.preferences.set(RESOURCES_SEEDED, True)
    log.info("added %d default resources", len(defaults))
    return len(defaults)
