"""A read-only data folder: every command says so in one sentence naming the folder, exits 1,
and prints no traceback. The folder is a real read-only bind mount (see tests/read_only.py)."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from peerdesk import cli
from peerdesk.errors import FolderNotWritable
from peerdesk.keystore import KeyStore
from peerdesk.sessions import FINISHED, Session
from peerdesk.vault import Vault
from tests.conftest import day
from tests.read_only import read_only_view

ROOT = Path(__file__).resolve().parents[2]
PASSPHRASE = "correct horse battery"


@pytest.fixture
def read_only_dir(vault: Vault, tmp_path: Path) -> Path:
    """A journal (with a backup) seen through a read-only mount; yields the mounted data folder."""
    journal, _code = vault.create(passphrase=PASSPHRASE)
    peer = journal.peers.add("Heron")
    journal.sessions.save(
        Session(held_on=day(3), status=FINISHED, peer_id=peer.id, contact_kind="peer_asked")
    )
    vault.backup()
    vault.lock()
    with read_only_view(vault.data_dir, tmp_path / "mnt") as mounted:
        yield mounted


def _commands(data: Path, out: Path) -> list[list[str]]:
    backup = next((data / "backups").glob("*.db"))
    return [
        ["backup"],
        ["backup", str(out)],
        ["export-report", "--from", "2026-01", "--to", "2026-12", "--out", str(out / "r.csv")],
        ["resources", "list"],
        ["resources", "export", str(out / "res.json")],
        ["handout", "--out", str(out / "h.pdf")],
        ["restore", str(backup), "--yes"],
    ]


@pytest.mark.slow
def test_every_command_says_the_folder_is_read_only_in_one_line(
    read_only_dir: Path, tmp_path: Path
) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    for args in _commands(read_only_dir, tmp_path):
        result = subprocess.run(
            [sys.executable, "-m", "ui.launcher", *args, "--data-dir", str(read_only_dir)],
            cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
            stdin=subprocess.DEVNULL,
        )  # fmt: skip
        assert result.returncode == cli.EXIT_PROBLEM, (args, result.stderr)
        assert "Traceback" not in result.stderr, args
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1, (args, result.stderr)
        assert lines[0].startswith(
            f"peerdesk: error: PeerDesk cannot write in the folder {read_only_dir}: make it "
            "writable"
        ), args


def test_with_the_key_at_hand_the_answer_is_the_same(
    read_only_dir: Path, keystore: KeyStore
) -> None:
    """The keyring has the key, so nothing but the folder stands in the way."""
    for args in (["backup"], ["resources", "list"]):
        out, err = io.StringIO(), io.StringIO()
        code = cli.main([*args, "--data-dir", str(read_only_dir)], keystore=keystore,
                        stdin=io.StringIO(PASSPHRASE + "\n"), stdout=out, stderr=err)  # fmt: skip
        assert code == cli.EXIT_PROBLEM
        assert f"cannot write in the folder {read_only_dir}" in err.getvalue()


def test_doctor_reads_a_read_only_journal_and_names_the_problem(
    read_only_dir: Path, keystore: KeyStore
) -> None:
    out, err = io.StringIO(), io.StringIO()
    code = cli.main(["doctor", "--data-dir", str(read_only_dir)], keystore=keystore,
                    stdout=out, stderr=err)  # fmt: skip
    assert code == cli.EXIT_PROBLEM
    assert "Writable:           PROBLEM: PeerDesk cannot write in the folder" in out.getvalue()
    assert "Integrity:          ok" in out.getvalue()  # read-only, so doctor could still check
    assert err.getvalue() == ""


def test_a_new_journal_in_a_read_only_place_names_the_folder(
    tmp_path: Path, keystore: KeyStore
) -> None:
    (tmp_path / "empty").mkdir()
    with read_only_view(tmp_path / "empty", tmp_path / "mnt") as mounted:
        vault = Vault(mounted / "PeerDesk", keystore)
        with pytest.raises(FolderNotWritable) as caught:
            vault.create()
        assert caught.value.folder == str(mounted)  # the folder to make writable
        assert not (mounted / "PeerDesk").exists()
