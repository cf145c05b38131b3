"""Run a piece of a test under another default ``QLocale``, restoring the one before after."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QLocale


@contextmanager
def default_locale(language: QLocale.Language, country: QLocale.Country) -> Iterator[QLocale]:
    """Make ``QLocale(language, country)`` the default for the block; the old default after."""
    before = QLocale()
    chosen = QLocale(language, country)
    QLocale.setDefault(chosen)
    try:
        yield chosen
    finally:
        QLocale.setDefault(before)


@contextmanager
def german() -> Iterator[QLocale]:
    """German as spoken in Germany: month names tell a localised date from a hard-coded one."""
    with default_locale(QLocale.Language.German, QLocale.Country.Germany) as chosen:
        yield chosen
