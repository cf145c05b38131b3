"""Every file question opens in the Documents folder, not where PeerDesk was started from.

Each test starts PeerDesk's own question (the real QFileDialog, as the app asks it), looks at
the folder it opened in, and cancels it: a cancelled question changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot

from peerdesk.journal import Journal
from peerdesk.preferences import BackupPlan
from peerdesk.vault import Vault
from tests.conftest import Clock
from ui.dialogs.program_totals_dialog import ProgramTotalsDialog
from ui.dialogs.report_dialog import PDF, ReportDialog
from ui.pages.resources_page import ResourcesPage
from ui.pages.settings_page import SettingsPage


@pytest.fixture
def documents(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The Documents folder of the test's own home, with PeerDesk started somewhere else."""
    folder = Path.home() / "Documents"  # the test's own home (tests/conftest.py)
    folder.mkdir()
    elsewhere = tmp_path / "where-peerdesk-was-started"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    yield folder


def asked(ask: Callable[[], object]) -> tuple[Path, str]:
    """Run ``ask``; the folder its file question opened in and the name it offered (cancelled)."""
    seen: list[tuple[Path, str]] = []

    def cancel() -> None:
        question = QApplication.activeModalWidget()
        assert isinstance(question, QFileDialog)
        offered = question.selectedFiles()
        seen.append(
            (Path(question.directory().absolutePath()), Path(offered[0]).name if offered else "")
        )
        question.reject()

    QTimer.singleShot(0, cancel)
    assert ask() in (None, False, [])  # cancelled: nothing chosen, nothing done
    assert len(seen) == 1
    return seen[0]


def test_the_report_is_saved_from_documents_as_csv_and_pdf(
    qtbot: QtBot, journal: Journal, clock: Clock, documents: Path
) -> None:
    dialog = ReportDialog(journal, clock)
    qtbot.addWidget(dialog)
    folder, name = asked(dialog.save)
    assert folder == documents and name == dialog.suggested_name()
    assert name.endswith(".csv")
    dialog.kind.setCurrentIndex(PDF)
    folder, name = asked(dialog.save)
    assert folder == documents and name.endswith(".pdf")
    assert list(documents.iterdir()) == []


def test_program_totals_read_reports_from_documents(qtbot: QtBot, documents: Path) -> None:
    dialog = ProgramTotalsDialog()
    qtbot.addWidget(dialog)
    assert asked(dialog.add_chosen)[0] == documents


def test_program_totals_are_saved_in_documents(
    qtbot: QtBot, journal: Journal, clock: Clock, documents: Path, tmp_path: Path
) -> None:
    written = tmp_path / "report.csv"
    report = ReportDialog(journal, clock, choose_path=lambda _s, _k: str(written))
    qtbot.addWidget(report)
    assert report.save() == written
    dialog = ProgramTotalsDialog(choose_files=lambda: [str(written)])
    qtbot.addWidget(dialog)
    dialog.add_chosen()
    assert dialog.combined is not None
    folder, name = asked(dialog.save_pdf)
    assert folder == documents and name.startswith("peerdesk-program-totals-")
    assert list(documents.iterdir()) == []


def test_resources_are_imported_and_exported_from_documents(
    qtbot: QtBot, journal: Journal, clock: Clock, documents: Path
) -> None:
    page = ResourcesPage(journal, clock, confirm=lambda _q: True)
    qtbot.addWidget(page)
    assert asked(page.import_file)[0] == documents
    folder, name = asked(page.export_file)
    assert folder == documents and name != ""
    assert list(documents.iterdir()) == []


def test_the_second_backup_folder_is_chosen_from_documents_or_the_current_one(
    qtbot: QtBot, journal: Journal, clock: Clock, vault: Vault, documents: Path, tmp_path: Path
) -> None:
    page = SettingsPage(journal, clock, vault, write_down=lambda _c: False, confirm=lambda _q: True)
    qtbot.addWidget(page)
    assert asked(page.choose_folder_button.click)[0] == documents
    usb = tmp_path / "usb"
    usb.mkdir()
    journal.preferences.set_backup_plan(BackupPlan(second_folder=usb))
    assert asked(page.choose_folder_button.click)[0] == usb
    assert journal.preferences.backup_plan().second_folder == usb  # cancelling changed nothing
