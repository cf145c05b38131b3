"""The command line: doctor, backup, restore, and one-line errors."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest
from keyring.backends import fail

from peerdesk import cli, schema
from peerdesk.cli import AppOptions
from peerdesk.keystore import KeyStore, MemoryKeyring
from peerdesk.paths import default_data_dir
from peerdesk.vault import Vault
from tests.conftest import FAST


def run(args: list[str], keystore: KeyStore, stdin: str = "") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = cli.main(args, keystore=keystore, stdin=io.StringIO(stdin), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def made(data_dir: Path, keystore: KeyStore) -> Vault:
    vault = Vault(data_dir, keystore, kdf_cost=FAST)
    journal, _ = vault.create()
    journal.peers.add("SECRET-PSEUDONYM")
    vault.lock()
    return vault


def test_doctor_reports_health_without_journal_content(made: Vault, keystore: KeyStore) -> None:
    code, out, err = run(["doctor", "--data-dir", str(made.data_dir)], keystore)
    assert code == 0, err
    assert "peerdesk.keystore.MemoryKeyring (usable)" in out
    assert "Unlock by keyring:  ok" in out
    assert "Integrity:          ok" in out
    assert f"Schema version:     {schema.CURRENT_VERSION}" in out
    assert "Last backup:        none yet" in out
    assert "4.19" in out or "community" in out
    assert "SECRET-PSEUDONYM" not in out + err


def test_doctor_without_a_journal(tmp_path: Path) -> None:
    code, out, _ = run(["--data-dir", str(tmp_path / "none"), "doctor"], KeyStore(MemoryKeyring()))
    assert code == 0
    assert "none yet" in out


def test_doctor_names_keyring_trouble(made: Vault) -> None:
    code, out, _ = run(["doctor", "--data-dir", str(made.data_dir)], KeyStore(MemoryKeyring()))
    assert code == 1
    assert "PROBLEM (keyring_entry_missing)" in out


def test_backup_and_restore_round_trip(made: Vault, keystore: KeyStore, tmp_path: Path) -> None:
    dest = tmp_path / "elsewhere"
    code, out, err = run(["backup", str(dest), "--data-dir", str(made.data_dir)], keystore)
    assert code == 0, err
    (backup,) = dest.glob("peerdesk-backup-*.db")
    assert str(backup) in out
    code, out, err = run(
        ["restore", str(backup), "--data-dir", str(made.data_dir)], keystore, stdin="no\n"
    )
    assert code == 1
    assert "Nothing was changed" in out
    assert not (made.data_dir / "set-aside").exists()
    code, out, err = run(
        ["restore", str(backup), "--data-dir", str(made.data_dir)], keystore, stdin="restore\n"
    )
    assert code == 0, err
    assert "holds 0 sessions" in out and "1 peers" in out
    assert (made.data_dir / "set-aside").exists()


def test_restore_with_the_recovery_code_on_a_new_computer(
    data_dir: Path, keystore: KeyStore, tmp_path: Path
) -> None:
    vault = Vault(data_dir, keystore, kdf_cost=FAST)
    _, code_text = vault.create()
    made = vault.backup(tmp_path / "usb")
    vault.lock()
    laptop = KeyStore(MemoryKeyring())
    args = [
        "restore",
        str(made.path),
        "--recovery-code",
        "--yes",
        "--data-dir",
        str(tmp_path / "new"),
    ]
    code, out, err = run(args, laptop, stdin="not a code\n")
    assert code == 2
    assert err.count("\n") == 1 and err.startswith("peerdesk: error:")
    assert not (tmp_path / "new").exists()
    code, out, err = run(args, laptop, stdin=code_text.text + "\n")
    assert code == 0, err
    assert (tmp_path / "new" / "journal.db").exists()


def test_errors_are_one_line(tmp_path: Path) -> None:
    code, _, err = run(["backup", "--data-dir", str(tmp_path / "none")], KeyStore(MemoryKeyring()))
    assert code == 1
    assert err.startswith("peerdesk: error: there is no journal")
    assert err.count("\n") == 1
    code, _, err = run(["backup", "--data-dir", str(tmp_path)], KeyStore(fail.Keyring()))
    assert code == 1


def test_bad_arguments_exit_2(tmp_path: Path) -> None:
    afile = tmp_path / "a-file"
    afile.write_text("x")
    for args in (["--data-dir", str(afile)], ["frobnicate"], ["--demo-sessions", "many"]):
        with pytest.raises(SystemExit) as caught:
            cli.main(args, keystore=KeyStore(MemoryKeyring()), stderr=io.StringIO())
        assert caught.value.code == 2


def test_the_gui_gets_its_options(tmp_path: Path) -> None:
    seen: list[AppOptions] = []
    code = cli.main(["--demo", "--data-dir", str(tmp_path)], gui=lambda o: seen.append(o) or 0)
    assert code == 0
    assert seen == [AppOptions(tmp_path.resolve(), True, 400)]


def test_the_apps_own_options_are_read_without_the_commands(tmp_path: Path) -> None:
    """``app_options`` reads what opens the app, as ``main`` would; anything else (a command,
    help, a mistake, an abbreviation) is left to ``main``, which knows every command."""
    args = ["--data-dir", str(tmp_path), "--demo-sessions", "9", "--exit-when-ready"]
    assert cli.app_options(args) == AppOptions(tmp_path.resolve(), False, 9, True)
    assert cli.app_options(["--smoke-test"]) == AppOptions(
        default_data_dir(), False, 400, False, True
    )
    afile = tmp_path / "a-file"
    afile.write_text("x")
    for other in (
        ["backup"], ["doctor", "--data-dir", str(tmp_path)], ["-h"], ["--help"], ["--dem"],
        ["--demo-sessions", "many"], ["--data-dir", str(afile)], ["--frobnicate"],
    ):  # fmt: skip
        assert cli.app_options(other) is None, other


def test_no_traceback_from_the_real_command(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "peerdesk", "backup", "--data-dir", str(tmp_path / "x")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith("peerdesk: error:")
