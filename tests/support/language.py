"""Run a piece of a test in another language, then English and the locale before it again."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, QLocale

from ui.system.language import AppLanguage


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
