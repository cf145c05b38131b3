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
    """A choice of the countries PeerDesk has a resource pack for; ``code()`` is the choice,
    ``None`` while none is chosen (a journal whose country this version cannot read)."""

    def __init__(self, current: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        for code in countries.CODES:
            self.addItem(country_name(code), code)
        self.setPlaceholderText(self.tr("Not chosen"))
        self.set_code(current)
        self.setAccessibleName(self.tr("Country"))

    def code(self) -> str | None:
        data = self.currentData()
        return data if isinstance(data, str) else None

    def set_code(self, code: str | None) -> None:
        """Show ``code``; nothing chosen for ``None`` or a country without a pack."""
        self.setCurrentIndex(self.findData(code) if code is not None else -1)
