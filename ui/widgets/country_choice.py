"""The supporter's country: its name on screen, a box to choose it, and the computer's own.

The country picks the resource pack a new journal starts with and the emergency line printed
on every handout (:mod:`peerdesk.countries`); setup asks for it and Settings can change it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QComboBox, QWidget

from peerdesk import countries


def country_name(code: str) -> str:
    """The country's name in the app's words."""
    names = {
        "US": QCoreApplication.translate("Country", "United States"),
        "CA": QCoreApplication.translate("Country", "Canada"),
        "GB": QCoreApplication.translate("Country", "United Kingdom"),
        "IE": QCoreApplication.translate("Country", "Ireland"),
        "AU": QCoreApplication.translate("Country", "Australia"),
        "ES": QCoreApplication.translate("Country", "Spain"),
        "FR": QCoreApplication.translate("Country", "France"),
        "DE": QCoreApplication.translate("Country", "Germany"),
    }
    return names.get(code, code)


def locale_country(locale: QLocale | None = None) -> str:
    """The computer's country when PeerDesk has a pack for it, else the default (US)."""
    code = QLocale.territoryToCode((locale or QLocale()).territory())
    return code if code in countries.CODES else countries.DEFAULT


class CountryBox(QComboBox):
    """A choice of the countries PeerDesk has a resource pack for; ``code()`` is the choice."""

    def __init__(self, current: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        for code in countries.CODES:
            self.addItem(country_name(code), code)
        self.set_code(current)
        self.setAccessibleName(self.tr("Country"))

    def code(self) -> str:
        return str(self.currentData())

    def set_code(self, code: str) -> None:
        found = self.findData(code)
        self.setCurrentIndex(found if found >= 0 else self.findData(countries.DEFAULT))
