"""The language PeerDesk speaks and the locale it writes dates, numbers and paper sizes in.

PeerDesk's own catalogue (``assets/i18n/peerdesk_<lang>.qm``, made by
``packaging/translations.py``) translates every text; Qt's own (``qtbase_<lang>.qm`` from
``QLibraryInfo``'s translations folder) translates the standard dialogs' buttons. English has a
catalogue too: it holds the singular and plural of each ``%n`` text ("1 draft", "2 drafts").

The Language setting (``peerdesk.preferences.LANGUAGE``) lives in the journal, so it is applied
when the journal is unlocked, before the main window is built: a change shows the next time the
journal opens (after a lock or a restart). Until then, the setup and unlock windows speak the
computer's language when PeerDesk has it, English otherwise.
"""

from __future__ import annotations

import logging
from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from peerdesk.assets import asset
from peerdesk.preferences import LANGUAGES

log = logging.getLogger(__name__)

SYSTEM = "system"
# The languages with a catalogue, in the order Settings offers them.
SHIPPED = tuple(language for language in LANGUAGES if language != SYSTEM)


def language_for(setting: str, system: QLocale) -> str:
    """The catalogue to use: the one chosen, or the computer's first language PeerDesk has."""
    if setting in SHIPPED:
        return setting
    for name in system.uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in SHIPPED:
            return code
    return "en"


def locale_for(language: str, system: QLocale) -> QLocale:
    """The computer's locale when it speaks ``language``; otherwise ``language`` as it is written
    in the computer's country (where Qt knows that pairing), so dates and numbers read naturally
    in the language of the text around them."""
    wanted = QLocale(language).language()
    speaks = QLocale.Language.English if system.language() == QLocale.Language.C else None
    if wanted in (system.language(), speaks):  # the "C" (POSIX) locale writes English
        return system
    return QLocale(wanted, system.territory())


class AppLanguage:
    """Installs one language's translators in the application and makes its locale the default
    (``QLocale()``); applying another removes the previous ones first."""

    def __init__(self, app: QCoreApplication, system: QLocale | None = None) -> None:
        self._app = app
        self._system = QLocale.system() if system is None else system
        self._translators: list[QTranslator] = []
        self.language = ""

    def apply(self, setting: str = SYSTEM) -> str:
        """Speak the language ``setting`` names (a value of ``LANGUAGES``); returns its code."""
        language = language_for(setting, self._system)
        if language == self.language:
            return language
        self.remove()
        if language != "en":
            self._install_qt(language)
        catalogue = f"i18n/peerdesk_{language}.qm"
        translator = QTranslator(self._app)
        if not translator.load(str(asset(catalogue))):
            raise FileNotFoundError(f"PeerDesk asset unreadable: {catalogue}")
        self._app.installTranslator(translator)
        self._translators.append(translator)
        QLocale.setDefault(locale_for(language, self._system))
        self.language = language
        return language

    def remove(self) -> None:
        """Take this language's translators out of the application (the default locale stays)."""
        for translator in self._translators:
            self._app.removeTranslator(translator)
            translator.deleteLater()
        self._translators = []
        self.language = ""

    def _install_qt(self, language: str) -> None:
        """Qt's own words (standard buttons, file dialogs); without them those stay English."""
        translator = QTranslator(self._app)
        for folder in _qt_translation_folders():
            if translator.load(f"qtbase_{language}", folder):
                self._app.installTranslator(translator)
                self._translators.append(translator)
                return
        log.warning("Qt's own %s translation was not found; its dialogs stay English", language)
        translator.deleteLater()


def _qt_translation_folders() -> tuple[str, ...]:
    """Where Qt keeps its translations: as Qt says, then inside the PySide6 package (where the
    bundle keeps them, whatever prefix the frozen Qt reports)."""
    return (
        QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
        str(Path(PySide6.__file__).parent / "Qt" / "translations"),
    )
