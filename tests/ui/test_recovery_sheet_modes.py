"""The printed recovery sheet says what the code is for in the lock mode the journal uses: with
the computer's login, when the key in the keyring is gone; with a passphrase asked every time,
when the passphrase is forgotten (hostile-a s21: the sheet spoke of the keyring only). In every
language, read back from the PDF with pdftotext."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from peerdesk.keyslots import LockMode
from peerdesk.recovery import RecoveryCode
from tests.support.language import SPOKEN_IN, speaking
from tests.ui.test_handout import pdf_text
from ui.printing.recovery_sheet import save_recovery_sheet_pdf

# Words only the sheet of one mode has, in each language.
FORGOTTEN_PASSPHRASE = {
    "en": "if you forget your lock passphrase",
    "es": "si olvidas tu contraseña de bloqueo",
    "fr": "si vous oubliez votre phrase secrète de verrouillage",
    "de": "wenn Sie Ihre Sperr-Passphrase vergessen",
}
KEYRING = {
    "en": "keyring is not there",
    "es": "llavero",
    "fr": "trousseau",
    "de": "Schlüsselbund",
}


@pytest.mark.parametrize("language", ["en", "es", "fr", "de"])
@pytest.mark.parametrize("mode", [LockMode.PASSPHRASE, LockMode.COMPUTER_LOGIN])
def test_the_sheet_says_what_the_code_is_for_in_the_journals_lock_mode(
    qapp: QApplication, tmp_path: Path, language: str, mode: LockMode
) -> None:
    sheet = tmp_path / "sheet.pdf"
    code = RecoveryCode.generate()
    with speaking(qapp, language, SPOKEN_IN[language]):
        save_recovery_sheet_pdf(sheet, code, date(2026, 12, 3), lock_mode=mode)
    text = pdf_text(sheet)
    assert all(group in text for group in code.groups)  # the sheet was read back
    passphrase, keyring = FORGOTTEN_PASSPHRASE[language] in text, KEYRING[language] in text
    if mode is LockMode.PASSPHRASE:
        assert passphrase and not keyring, text
    else:
        assert keyring and not passphrase, text
