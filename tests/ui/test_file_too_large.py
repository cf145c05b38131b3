"""A file refused for its size is named with its real size (os.stat), not the bytes read before
PeerDesk stopped reading: report files in program totals, and the journal's key file at unlock.
(Resource files: tests/ui/test_resources_page.py.)"""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from peerdesk import keyslots
from peerdesk import report as rep
from peerdesk.vault import Vault
from ui.dialogs.program_totals_dialog import ProgramTotalsDialog
from ui.gates.unlock_dialog import Mode, UnlockDialog


def test_program_totals_name_the_real_size_of_a_huge_file(qtbot: QtBot, tmp_path: Path) -> None:
    huge = tmp_path / "huge.csv"
    huge.write_bytes(b"section,month,item,label,value\r\n" + b"0" * 9_000_000)
    size = huge.stat().st_size
    assert size > 4 * rep.MAX_FILE_BYTES
    dialog = ProgramTotalsDialog(choose_files=lambda: [str(huge)])
    qtbot.addWidget(dialog)
    dialog.add_chosen()
    assert dialog.files.count() == 0
    assert dialog.problems.text() == (
        "huge.csv was not added: Line 1, file: the file is 8.6 MB (9,000,032 bytes); a PeerDesk "
        "report is at most 1.9 MB (2,000,000 bytes)."
    )


def test_a_huge_key_file_is_named_with_its_real_size_at_unlock(qtbot: QtBot, vault: Vault) -> None:
    vault.create()
    vault.lock()
    vault.slots_path.write_bytes(b" " * (5 * keyslots.MAX_FILE_BYTES))
    dialog = UnlockDialog(vault)
    qtbot.addWidget(dialog)
    dialog.try_keyring()
    assert dialog.mode is Mode.DAMAGED
    assert "It is 320 KB (327,680 bytes), far larger than a key file." in (
        dialog.status_text.text()
    )
