"""Render the main pages of a demo journal to PNG: ``uv run python -m ui.screenshots [DIR]``.

Runs offscreen (no display needed); every session shown is fictional. The pictures in
``assets/screenshots/`` and the README come from here.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QWidget

from peerdesk.assets import asset, assets_dir
from peerdesk.clock import system_clock
from peerdesk.journal import Journal
from peerdesk.keystore import KeyStore, MemoryKeyring
from peerdesk.vault import Vault
from ui.app import _demo_vault
from ui.gates.setup_wizard import SetupWizard
from ui.main_window import INSIGHTS, PEERS, SESSIONS, SETTINGS, TODAY, MainWindow
from ui.system.language import AppLanguage


def _save(widget: QWidget, path: Path) -> None:
    app = QApplication.instance()
    assert app is not None
    for _ in range(3):
        app.processEvents()
    if not widget.grab().save(str(path)):
        raise OSError(f"could not write {path}")
    print(path)


def _render_step6(window: MainWindow, journal: Journal, out: Path) -> None:
    """Step 6 of a session with a referral and a marked resource from the directory."""
    sessions = [journal.sessions.get(s.id) for s in journal.sessions.page(0, 200)]
    shown = next(
        (s for s in sessions if s.referrals and s.resource_marks),
        next(s for s in sessions if s.referral_marks),
    )
    assert shown.id is not None
    form = window.open_session(shown.id)
    assert form is not None
    form.resize(1280, 720)
    form.go_to_step("resources")
    _save(form, out / "session-step6.png")
    form.close_for_lock(save=False)


def _render_followup(window: MainWindow, journal: Journal, out: Path) -> None:
    """A new session completing a planned follow-up, with the last session beside the form."""
    planned = next(
        f
        for f in journal.followups.open()
        if f.origin_session_id is not None
        and journal.sessions.get(f.origin_session_id).outreach_outcome == "accepted"
    )
    form = window.start_follow_up(planned.id)
    assert form is not None
    form.resize(1280, 720)
    _save(form, out / "session-followup.png")
    form.close_for_lock(save=False)


def render(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="peerdesk-shots-"))
    try:
        vault = _demo_vault(work, 600)
        assert vault.journal is not None
        window = MainWindow(vault.journal, vault, system_clock, demo=True)
        window.resize(1280, 760)
        window.show()
        pages = ((TODAY, "today"), (PEERS, "peers"), (INSIGHTS, "insights"), (SETTINGS, "settings"))
        for row, name in pages:
            window.nav.setCurrentRow(row)
            _save(window, out / f"{name}.png")
        window.nav.setCurrentRow(SESSIONS)
        window.sessions_page.current_view().selectRow(0)
        _save(window, out / "sessions.png")
        first = vault.journal.sessions.page(0, 1)[0].id
        form = window.open_session(first)
        assert form is not None
        form.resize(1240, 700)  # the offscreen screen is small; a 1366x768 laptop fits this
        _save(form, out / "session-form.png")
        form.close_for_lock(save=False)
        _render_step6(window, vault.journal, out)
        _render_followup(window, vault.journal, out)
        window.prepare_for_lock()
        window.close()
        vault.lock()
        fresh = Vault(work / "new", KeyStore(MemoryKeyring()))
        wizard = SetupWizard(fresh)
        wizard.show()
        _save(wizard, out / "first-run.png")
        wizard.deleteLater()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication(sys.argv[:1])
    app.setStyleSheet(asset("peerdesk.qss").read_text(encoding="utf-8"))
    AppLanguage(app).apply()  # the computer's language: LANG=de_DE.UTF-8 for German pages
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else assets_dir() / "screenshots"
    render(target)
    return 0


if __name__ == "__main__":
    sys.exit(main())
