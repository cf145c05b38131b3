"""Qt tests run on the offscreen platform unless told otherwise (no display is needed)."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from peerdesk.vault import Vault
from tests.conftest import Clock
from tests.support.language import SPOKEN_IN, speaking
from ui.lifecycle import AppController
from ui.system import theme
from ui.system.language import AppLanguage
from ui.system.window_state import WindowState


@pytest.fixture(scope="session", autouse=True)
def english(qapp: QApplication) -> AppLanguage:
    """English, as ui.app installs it ("1 draft", "2 drafts"); a test that speaks another
    language through it puts English back after (``tests.support.language.speaking``)."""
    language = AppLanguage(qapp)
    language.apply("en")
    return language


@pytest.fixture(scope="session", autouse=True)
def app_style(qapp: QApplication) -> None:
    """The app's style, as ui.app sets it (through ``Theme``) before any window is built: Fusion
    with the app's own touches (tests.support.look.look_kept puts it back after a Theme)."""
    qapp.setStyle(theme.app_style())


os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture
def make_controller(
    qtbot: QtBot, qapp: QApplication, clock: Clock, tmp_path: Path
) -> Iterator[Callable[[Vault], AppController]]:
    """Build the app's controller over a vault (another one stands for a restart of the app;
    keyword options go to AppController); their threads and windows are stopped after."""
    made: list[tuple[AppController, Vault]] = []

    def build(vault: Vault, **options: Any) -> AppController:
        state = WindowState(tmp_path / "config")
        made.append((AppController(qapp, vault, clock, state, **options), vault))
        return made[-1][0]

    yield build
    for app_controller, vault in made:
        _stop(app_controller, qapp, vault)


@pytest.fixture
def controller(make_controller: Callable[[Vault], AppController], vault: Vault) -> AppController:
    """The app's controller over the test vault."""
    return make_controller(vault)


def _stop(made: AppController, qapp: QApplication, vault: Vault) -> None:
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


@pytest.fixture(
    scope="module",
    params=[
        pytest.param(code, marks=() if code == "en" else pytest.mark.slow) for code in SPOKEN_IN
    ],
)
def spoken(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """Each language in turn, for every test of a module that asks (the translations are marked
    slow: ``.ci/run`` runs them). Module-scoped, so the translators are installed once per
    language: every install or removal re-translates each widget the application has."""
    language = str(request.param)
    with speaking(qapp, language, SPOKEN_IN[language]):
        yield language
