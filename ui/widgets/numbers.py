"""Numbers as the supporter's locale writes them: "20,000" and "1.5" in English, "20.000" and
"1,5" in German, "20 000" (a narrow no-break space) and "1,5" in French.

Like the dates in :mod:`ui.widgets.dates`, everything goes through ``QLocale()`` (the default
locale, set with the language by :mod:`ui.system.language`). Files (reports, exports) keep plain,
locale-independent numbers and never use these. In a ``tr()`` text with a count, ``%Ln`` (not
``%n``) is what writes the count the locale's way.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QLocale

_WHOLE = re.compile(r"\d+")


def _locale() -> QLocale:
    locale = QLocale()
    if locale.language() == QLocale.Language.C:  # POSIX: PeerDesk writes English (and groups)
        locale.setNumberOptions(QLocale.NumberOption.DefaultNumberOptions)
    return locale


def whole(value: int) -> str:
    """A whole number with the locale's grouping ("20,000", "20.000", "20 000")."""
    return _locale().toString(value)


def counts_in(text: str) -> str:
    """``text`` (a count as the report file writes it: "20000", "<5", "17–25", "≥20000", "x")
    with each number in it written the locale's way."""
    return _WHOLE.sub(lambda found: whole(int(found.group())), text)


def decimal(value: float, places: int = 1) -> str:
    """``value`` with ``places`` decimals ("1.5", "1,5", "1,234.5")."""
    # Python rounds (half to even, as everywhere else in PeerDesk's figures); the locale writes
    # the rounded value, with its decimal sign and grouping.
    return _locale().toString(float(f"{value:.{places}f}"), "f", places)


def number(value: float) -> str:
    """``value`` with as many decimals as it has ("3", "3.5", "3,5")."""
    _whole, _point, decimals = f"{value:f}".rstrip("0").partition(".")
    return decimal(value, len(decimals))


def percent(value: float) -> str:
    """``value`` as a whole percentage ("12%")."""
    return f"{decimal(value, 0)}%"
