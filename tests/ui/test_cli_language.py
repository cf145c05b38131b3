"""The command line's papers (``peerdesk handout``, ``peerdesk export-report`` to a PDF) speak
the computer's language, as the app does before a journal is open (issue 16 item 1).

The real command runs in its own process on a pseudo-terminal (the journal asks for its
passphrase there), with a German computer's LANG and LC_ALL, and the PDF is read back with
``pdftotext``.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication

from peerdesk.vault import Vault
from tests.core.test_cli_lock_mode import PASS, asks, counting  # noqa: F401
from tests.support.language import speaking
from tests.support.terminal import answered_on_a_terminal

ROOT = Path(__file__).resolve().parents[2]
GERMAN = {"LANG": "de_DE.UTF-8", "LC_ALL": "de_DE.UTF-8"}


def _pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


@pytest.mark.parametrize(
    ("command", "heading"),
    [
        (["handout", "--keep-empty"], ("Handout", "Support for you")),
        (["export-report", "--from", "2026-01", "--to", "2026-03"], ("report", "PeerDesk report")),
    ],
)
def test_a_paper_from_the_command_line_is_in_the_computers_language(
    qapp: QApplication,
    asks: Vault,  # noqa: F811
    tmp_path: Path,
    command: list[str],
    heading: tuple[str, str],
) -> None:
    with speaking(qapp, "de", QLocale.Country.Germany) as german:
        expected = QCoreApplication.translate(*heading)
        march = german.monthName(3)
    assert expected != heading[1] and march == "März"
    paper = tmp_path / "paper.pdf"
    env = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_MESSAGES")}
    env.update(GERMAN, PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring")
    env["QT_QPA_PLATFORM"] = "offscreen"

    launcher = [sys.executable, "-m", "ui.launcher", *command, "--out", str(paper)]
    status, said = answered_on_a_terminal(
        [*launcher, "--data-dir", str(asks.data_dir)], env, PASS, until=b"\n" * 100, cwd=ROOT
    )  # everything, until the command ends
    assert status == 0, said.decode(errors="replace")

    text = _pdf_text(paper)
    assert expected in text, text[:400]
    assert heading[1] not in text
    if command[0] == "export-report":
        assert march in text  # the months the locale's way
    assert PASS.encode() not in said
