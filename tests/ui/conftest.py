"""Qt tests run on the offscreen platform unless told otherwise (no display is needed)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from peerdesk.vault import Vault
from tests.conftest import Clock
from ui.controller import AppController
from ui.window_state import WindowState

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture
def controller(
    qtbot: QtBot, qapp: QApplication, vault: Vault, clock: Clock, tmp_path: Path
) -> Iterator[AppController]:
    """The app's controller over the test vault; its threads and windows are stopped after."""
    made = AppController(qapp, vault, clock, WindowState(tmp_path / "config"))
    yield made
    if made.integrity is not None:
        made.integrity.stop()
    if made.retention is not None:
        made.retention.stop()
        made.retention.wait()
    made.backups.stop()
    if made.window is not None:
        made.window.prepare_for_lock()
        made.window.deleteLater()
    if made.gate is not None:
        made.gate.deleteLater()
    made.idle.stop()
    qapp.removeEventFilter(made.idle)
    vault.lock()
    qapp.setQuitOnLastWindowClosed(True)
