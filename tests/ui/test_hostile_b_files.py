"""Hostile files handed to PeerDesk as backups (README, Command line: "Errors print one line and
exit with status 1 ... or 2"; DESIGN §7: "every bad input ... gets a clear message and changes
nothing"). A bug reaches the crash dialog; a bad file chosen by the supporter is not a bug.
"""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

import pytest

from peerdesk.cli import main
from peerdesk.errors import PeerDeskError
from peerdesk.keystore import KeyStore
from peerdesk.vault import Vault


def _digest(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and p.name != ".peerdesk.lock"
    }


@pytest.mark.parametrize(
    "content",
    [b"", b"\0" * 4096],
    ids=["empty", "a page of zeros"],
)
def test_restoring_an_empty_backup_file_is_one_line_and_changes_nothing(
    vault: Vault, keystore: KeyStore, data_dir: Path, tmp_path: Path, content: bytes
) -> None:
    """``peerdesk restore EMPTY.db --yes``: an empty file (a copy cut short to nothing, a
    placeholder) given as a backup. Today: an OperationalError traceback ("no such table:
    meta") from backups.verify, because SQLCipher opens an empty file as a new database."""
    vault.create()
    vault.lock()
    before = _digest(data_dir)
    backup = tmp_path / "peerdesk-backup-20261126-093000.db"
    backup.write_bytes(content)
    out, err = io.StringIO(), io.StringIO()
    try:
        status = main(
            ["--data-dir", str(data_dir), "restore", str(backup), "--yes"],
            keystore=keystore,
            stdin=io.StringIO(""),
            stdout=out,
            stderr=err,
        )
    except Exception as exc:
        pytest.fail(f"peerdesk restore of an empty file ends in a traceback: {exc!r}")
    assert status == 1
    assert err.getvalue().startswith("peerdesk: error: ") and err.getvalue().count("\n") == 1
    assert _digest(data_dir) == before
    assert backup.read_bytes() == content


def test_the_restore_window_checks_an_empty_backup_as_a_known_problem(
    vault: Vault, tmp_path: Path
) -> None:
    """The restore window (ui/gates/restore_dialog.py) checks the chosen file with
    ``vault.preview_backup``: a bad file must be a known problem (PeerDeskError, shown beside
    the field), not an unexpected error (the crash dialog)."""
    vault.create()
    backup = tmp_path / "peerdesk-backup-20261126-093000.db"
    backup.write_bytes(b"")
    try:
        vault.preview_backup(backup)
    except PeerDeskError:
        pass
    except Exception as exc:
        pytest.fail(f"checking an empty backup raises a bug, not a known problem: {exc!r}")
    else:
        pytest.fail("an empty file passed the backup check")
