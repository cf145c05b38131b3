"""Settings ▸ Country and resources: the supporter's country (the emergency line on handouts)
and adding a country's resource pack to the directory without duplicating what is there."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLabel, QWidget

from peerdesk.errors import PeerDeskError
from peerdesk.journal import Journal
from peerdesk.preferences import COUNTRY
from peerdesk.resource_defaults import add_country_pack
from ui.messages import explain
from ui.printing.handout import emergency_line
from ui.widgets.accessible import ResultLine, name_as_shown
from ui.widgets.country_choice import CountryBox, country_name, locale_country
from ui.widgets.labels import PushButton, wrapped_label
from ui.widgets.numbers import whole


class CountrySettings(QGroupBox):
    """The country setting and the "add a country's resources" action, with what each did."""

    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Country and resources"), parent)
        self._journal = journal
        self.country = CountryBox(journal.preferences.get(COUNTRY))
        self.country.setAccessibleName(self.tr("Your country"))
        self.country.currentIndexChanged.connect(self._country_changed)
        self.emergency = QLabel()
        self.emergency.setWordWrap(True)
        self.emergency.setTextFormat(Qt.TextFormat.PlainText)
        self.pack = CountryBox(journal.preferences.get(COUNTRY) or locale_country())
        self.pack.setAccessibleName(self.tr("Country whose resources to add"))
        self.add_pack_button = PushButton(self.tr("Add its resources"))
        name_as_shown(self.add_pack_button, self.tr("Add this country's resources"))
        self.add_pack_button.clicked.connect(self.add_pack)
        self.pack_state = ResultLine()  # announced
        self.pack_state.setWordWrap(True)
        self.pack_state.setTextFormat(Qt.TextFormat.PlainText)
        hint = wrapped_label(
            self.tr(
                "Adds the crisis lines and support services listed for that country to your "
                "resource directory. Entries you already have (same name or phone number) are "
                "left as they are. None is marked verified: check each before you print it."
            )
        )
        add_row = QHBoxLayout()
        add_row.addWidget(self.pack, 1)
        add_row.addWidget(self.add_pack_button)
        form = QFormLayout(self)
        form.addRow(self.tr("&Your country"), self.country)
        form.addRow(self.emergency)
        form.addRow(self.tr("Add a country's resources"), add_row)
        form.addRow(hint)
        form.addRow(self.pack_state)
        self._show_emergency()

    def _show_emergency(self) -> None:
        self.emergency.setText(
            self.tr("Handouts say: {line}").format(line=emergency_line(self.country.code()))
        )

    def _country_changed(self) -> None:
        if self.country.code() is None:  # nothing chosen: nothing to keep
            return
        try:
            self._journal.preferences.set(COUNTRY, self.country.code())
        except PeerDeskError as exc:  # e.g. the disk is full
            self.pack_state.setText(explain(exc).as_text())
            with QSignalBlocker(self.country):  # show the country the journal still has
                self.country.set_code(self._journal.preferences.get(COUNTRY))
            return
        self._show_emergency()

    def add_pack(self) -> bool:
        """Add the chosen country's pack; say how many entries were added and how many skipped."""
        code = self.pack.code()
        if code is None:  # the box always holds a country; nothing to add otherwise
            return False
        try:
            done = add_country_pack(self._journal, code)
        except PeerDeskError as exc:
            self.pack_state.setText(
                self.tr("The resources could not be added: {reason}").format(
                    reason=explain(exc).as_text()
                )
            )
            return False
        self.pack_state.setText(
            self.tr(
                "{country}: {added} added to your resource directory, {skipped} already there."
            ).format(
                country=country_name(code), added=whole(done.added), skipped=whole(done.skipped)
            )
        )
        return True
