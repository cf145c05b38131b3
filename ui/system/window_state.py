"""Window geometry and the colour scheme, remembered between runs. Holds nothing from the journal
but the last System/Light/Dark choice, so that the unlock screen shows in it before the journal
(where the choice is kept) is open."""

from __future__ import annotations

import contextlib
import logging
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QWidget

from peerdesk.files import create_private_file, ensure_private_dir, make_private
from peerdesk.preferences import THEMES
from ui.widgets.screen import keep_on_screen

log = logging.getLogger(__name__)


class WindowState:
    def __init__(self, config_dir: Path | None) -> None:
        self._path = None if config_dir is None else config_dir / "window.ini"

    def _settings(self) -> QSettings | None:
        if self._path is None:
            return None
        try:
            ensure_private_dir(self._path.parent)
            with contextlib.suppress(FileExistsError):  # Qt then keeps its mode when it rewrites it
                create_private_file(self._path)
        except OSError as exc:  # a read-only settings folder: the window keeps its default size
            log.warning("window geometry is not kept: %s", exc.strerror)
            return None
        return QSettings(str(self._path), QSettings.Format.IniFormat)

    def restore(self, window: QWidget) -> None:
        settings = self._settings()
        if settings is None:
            return
        geometry = settings.value("main/geometry")
        if isinstance(geometry, QByteArray):
            window.restoreGeometry(geometry)
            keep_on_screen(window)  # saved on a larger screen, or with a panel since added

    def save(self, window: QWidget) -> None:
        self._keep("main/geometry", window.saveGeometry())

    def theme(self) -> str | None:
        """The System/Light/Dark choice shown last; None when there is none (or it is unusable)."""
        settings = self._settings()
        value = None if settings is None else settings.value("look/theme")
        return value if isinstance(value, str) and value in THEMES else None

    def remember_theme(self, choice: str) -> None:
        if choice != self.theme():
            self._keep("look/theme", choice)

    def _keep(self, key: str, value: object) -> None:
        settings = self._settings()
        if settings is None or self._path is None:
            return
        if settings.value(key) == value:  # unchanged (the usual close): the file is not rewritten
            return
        settings.setValue(key, value)
        settings.sync()
        try:
            make_private(self._path)
        except OSError as exc:
            log.warning("window geometry is not kept: %s", exc.strerror)
