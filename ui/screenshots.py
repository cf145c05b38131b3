"""Render every page of a demo journal to PNG: ``uv run python -m ui.screenshots [DIR]``.

Each picture twice, at 1280x720: in the light and in the dark theme (``today-light.png``,
``today-dark.png``, ...). Runs offscreen (no display needed); every session shown is fictional.
The pictures in ``assets/screenshots/`` and the README come from here.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QWidget

from peerdesk.assets import assets_dir
from peerdesk.clock import system_clock
from peerdesk.journal import Journal
from peerdesk.keystore import KeyStore, MemoryKeyring
from peerdesk.vault import Vault
from ui.app import demo_vault
from ui.gates.setup_wizard import SetupWizard
from ui.main_window import (
    FOLLOW_UPS,
    INSIGHTS,
    PEERS,
    RESOURCES,
    SESSIONS,
    SETTINGS,
    TODAY,
    MainWindow,
)
from ui.system.language import AppLanguage
from ui.system.theme import DARK, LIGHT, Theme

WIDTH, HEIGHT = 1280, 720


def _save(widget: QWidget, path: Path) -> None:
    app = QApplication.instance()
    assert app is not None
    for _ in range(3):
        app.processEvents()
    if not widget.grab().save(str(path)):
        raise OSError(f"could not write {path}")
    print(path)


def _render_step6(window: MainWindow, journal: Journal, out: Path, scheme: str) -> None:
    """Step 6 of a session with a referral and a marked resource from the directory."""
    sessions = [journal.sessions.get(s.id) for s in journal.sessions.page(0, 200)]
    shown = next(
        (s for s in sessions if s.referrals and s.resource_marks),
        next(s for s in sessions if s.referral_marks),
    )
    assert shown.id is not None
    form = window.open_session(shown.id)
    assert form is not None
    form.resize(WIDTH, HEIGHT)
    form.go_to_step("resources")
    _save(form, out / f"session-step6-{scheme}.png")
    form.close_for_lock(save=False)


def _render_followup(window: MainWindow, journal: Journal, out: Path, scheme: str) -> None:
    """A new session completing a planned follow-up, with the last session beside the form."""
    planned = next(
        f
        for f in journal.followups.open()
        if f.origin_session_id is not None
        and journal.sessions.get(f.origin_session_id).outreach_outcome == "accepted"
    )
    form = window.start_follow_up(planned.id)
    assert form is not None
    form.resize(WIDTH, HEIGHT)
    _save(form, out / f"session-followup-{scheme}.png")
    form.close_for_lock(save=False)


def _render_window(vault: Vault, out: Path, scheme: str) -> None:
    assert vault.journal is not None
    window = MainWindow(vault.journal, vault, system_clock, demo=True)
    window.resize(WIDTH, HEIGHT)
    window.show()
    pages = (
        (TODAY, "today"),
        (FOLLOW_UPS, "followups"),
        (PEERS, "peers"),
        (RESOURCES, "resources"),
        (INSIGHTS, "insights"),
        (SETTINGS, "settings"),
    )
    for row, name in pages:
        window.nav.setCurrentRow(row)
        _save(window, out / f"{name}-{scheme}.png")
    window.nav.setCurrentRow(SESSIONS)
    window.sessions_page.current_view().selectRow(0)
    _save(window, out / f"sessions-{scheme}.png")
    first = vault.journal.sessions.page(0, 1)[0].id
    form = window.open_session(first)
    assert form is not None
    form.resize(WIDTH, HEIGHT)
    _save(form, out / f"session-form-{scheme}.png")
    form.close_for_lock(save=False)
    _render_step6(window, vault.journal, out, scheme)
    _render_followup(window, vault.journal, out, scheme)
    window.prepare_for_lock()
    window.close()
    window.deleteLater()


def render(out: Path, theme: Theme) -> None:
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="peerdesk-shots-"))
    try:
        vault = demo_vault(work, 600)
        for scheme in (LIGHT, DARK):
            theme.choose(scheme)
            _render_window(vault, out, scheme)
            QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
        vault.lock()
        fresh = Vault(work / "new", KeyStore(MemoryKeyring()))
        for scheme in (LIGHT, DARK):
            theme.choose(scheme)
            wizard = SetupWizard(fresh)
            wizard.show()
            _save(wizard, out / f"first-run-{scheme}.png")
            wizard.deleteLater()
            QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication(sys.argv[:1])
    theme = Theme(app)
    AppLanguage(app).apply()  # the computer's language: LANG=de_DE.UTF-8 for German pages
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else assets_dir() / "screenshots"
    render(target, theme)
    return 0


if __name__ == "__main__":
    sys.exit(main())
