"""Hostile test (round s21, tester hostile-a): the recovery sheet says what the code is for in
"Ask for my passphrase every time" mode too.

Found by hand under Xvfb (``LANG=de_DE.UTF-8 uv run peerdesk --data-dir /tmp/ha-de1``, first run,
"Jedes Mal nach meiner Passphrase fragen", then "Wiederherstellungsblatt drucken…" to a PDF file):
the wizard's screen says the code opens the journal "wenn Sie Ihre Passphrase vergessen", but the
printed sheet, the paper kept for years, says only that it opens the journal "wenn der im
Schlüsselbund des Computers verwahrte Schlüssel nicht da ist", and "Wenn sowohl dieser Code als
auch der Schlüssel des Computers weg sind, kann niemand das Journal öffnen". In passphrase mode no
keyring holds the key: a supporter who has forgotten the passphrase reads that the code is for
something else. The sheet never mentions a passphrase in any language.
Screenshots /work/notes/s21/shots-a/de1-04-code.png, de1-07-printed.png.
"""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QApplication

from peerdesk.keyslots import LockMode
from peerdesk.recovery import RecoveryCode
from ui.printing.recovery_sheet import save_recovery_sheet_pdf


def _text(path: Path) -> str:
    done = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True)
    return " ".join(done.stdout.split())


def test_the_recovery_sheet_says_it_opens_the_journal_when_the_passphrase_is_forgotten(
    qapp: QApplication, tmp_path: Path
) -> None:
    sheet = tmp_path / "sheet.pdf"
    save_recovery_sheet_pdf(
        sheet, RecoveryCode.generate(), date(2026, 12, 3), lock_mode=LockMode.PASSPHRASE
    )
    text = _text(sheet)
    assert "recovery" in text.casefold(), "the sheet was not read back"
    assert "passphrase" in text.casefold(), "the sheet never mentions a forgotten passphrase"
