"""Numbers as the supporter's locale writes them: "1.5" in English, "1,5" in German.

Like the dates in :mod:`ui.widgets.dates`, everything goes through ``QLocale()`` (the default
locale, set with the language by :mod:`ui.system.language`). Files (reports, exports) keep plain,
locale-independent numbers and never use these.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale


def _localised(text: str) -> str:
    # Python rounds (half to even, as everywhere else in PeerDesk's figures); the locale only
    # chooses the decimal sign.
    return text.replace(".", QLocale().decimalPoint())


def decimal(value: float, places: int = 1) -> str:
    """``value`` with ``places`` decimals ("1.5", "1,5")."""
    return _localised(f"{value:.{places}f}")


def number(value: float) -> str:
    """``value`` with as many decimals as it has ("3", "3.5", "3,5")."""
    return _localised(f"{value:g}")


def percent(value: float) -> str:
    """``value`` as a whole percentage ("12%")."""
    return f"{decimal(value, 0)}%"
