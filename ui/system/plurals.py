"""English plurals through Qt's ``%n`` forms.

The ui writes a count as ``self.tr("%n draft(s)", "", n)``. Qt picks the singular or plural only
from a translation, so PeerDesk ships one for English: ``assets/i18n/peerdesk_en.qm``, made from
``assets/i18n/peerdesk_en.ts`` by ``packaging/make_plurals.py`` (run it after adding a ``%n``
text; a test fails until it is run). Without it a count would read "1 draft(s)".
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTranslator

from peerdesk.assets import asset

PLURALS = "i18n/peerdesk_en.qm"


def install_plurals(app: QCoreApplication) -> QTranslator:
    """Load the English plural forms into ``app``; the translator is parented to the app."""
    translator = QTranslator(app)
    path = asset(PLURALS)
    if not translator.load(str(path)):
        raise FileNotFoundError(f"PeerDesk asset unreadable: {PLURALS}")
    app.installTranslator(translator)
    return translator
