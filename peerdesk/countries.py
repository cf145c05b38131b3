"""The countries PeerDesk ships a resource pack for, and the emergency number(s) of each.

A country is named by its ISO 3166-1 code, the one ``QLocale.territoryToCode`` gives, so that
setup can offer the computer's own country first. Its pack is ``assets/packs/<code>.json``, a
resource directory file (``assets/resource-format.md``). The emergency line printed on every
handout follows the supporter's country (:data:`peerdesk.preferences.COUNTRY`); the names of the
countries are words for the user interface to say.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Country:
    code: str  # ISO 3166-1 alpha-2, upper case
    emergency: tuple[str, ...]  # the number(s) to call in immediate danger, the main one first

    @property
    def pack(self) -> str:
        """The pack's asset name (under ``assets/``)."""
        return f"packs/{self.code.lower()}.json"


COUNTRIES: tuple[Country, ...] = (
    Country("US", ("911",)),
    Country("CA", ("911",)),
    Country("GB", ("999", "112")),
    Country("IE", ("112", "999")),
    Country("AU", ("000",)),
    Country("ES", ("112",)),
    Country("FR", ("112",)),
    Country("DE", ("112",)),
)
CODES = tuple(c.code for c in COUNTRIES)
DEFAULT = "US"  # the journals made before country packs started with the US directory


def country(code: str) -> Country:
    """The country with ``code`` (any case); KeyError for one PeerDesk has no pack for."""
    wanted = code.upper()
    for item in COUNTRIES:
        if item.code == wanted:
            return item
    raise KeyError(code)
