"""Run a piece of a test in another language, then English and the locale before it again."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from ui.system.language import AppLanguage

# The catalogues still being translated (issue 16 item 2, on fix/es, fix/fr and fix/de): the
# tests that need a finished catalogue are expected to fail for these, strictly, so a language
# whose catalogue is complete fails them until it is taken off this set when its branch is merged.
BEING_TRANSLATED: frozenset[str] = frozenset()  # every catalogue is complete


# Each language PeerDesk speaks, as a computer in this country would show it (German is longest).
SPOKEN_IN = {
    "en": QLocale.Country.UnitedStates,
    "es": QLocale.Country.Spain,
    "fr": QLocale.Country.France,
    "de": QLocale.Country.Germany,
}


def while_translated(language: str) -> list[pytest.MarkDecorator]:
    """The mark for a test that needs ``language``'s finished catalogue."""
    if language not in BEING_TRANSLATED:
        return []
    reason = f"peerdesk_{language}.ts is being translated (issue 16 item 2, fix/{language})"
    return [pytest.mark.xfail(reason=reason, strict=True)]


@contextmanager
def speaking(app: QCoreApplication, language: str, country: QLocale.Country) -> Iterator[QLocale]:
    """PeerDesk in ``language`` as a computer in ``country`` set to it would show it; yields the
    default locale it makes. The test session's English translators stay installed beneath."""
    before = QLocale()
    spoken = AppLanguage(app, QLocale(QLocale(language).language(), country))
    try:
        spoken.apply(language)
        yield QLocale()
    finally:
        spoken.remove()
        QLocale.setDefault(before)
