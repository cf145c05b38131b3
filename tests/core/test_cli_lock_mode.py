"""The command line in "ask for my passphrase every time" mode: it asks on a terminal, says in
one line what to do without one, never reads the keyring, and doctor names the lock mode."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import termios
from pathlib import Path

import pytest

from peerdesk import cli
from peerdesk.keyslots import LockMode
from peerdesk.keystore import SERVICE, KeyStore
from peerdesk.vault import Vault
from tests.conftest import FAST
from tests.core.test_lock_mode import CountingKeyring
from tests.support.terminal import answered_on_a_terminal, read_until

PASS = "a long enough passphrase"


def run(args: list[str], keystore: KeyStore, stdin: str = "") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = cli.main(args, keystore=keystore, stdin=io.StringIO(stdin), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def counting() -> CountingKeyring:
    return CountingKeyring()


@pytest.fixture
def asks(data_dir: Path, counting: CountingKeyring) -> Vault:
    """A journal in computer-login mode switched to passphrase mode, locked."""
    vault = Vault(data_dir, KeyStore(counting), kdf_cost=FAST)
    journal, _ = vault.create()
    journal.peers.add("SECRET-PSEUDONYM")
    vault.set_lock_mode(LockMode.PASSPHRASE, PASS)
    vault.lock()
    assert not [e for e in counting.entries if e[0] == SERVICE]
    counting.reads = 0
    return vault


def test_doctor_names_the_lock_mode_and_checks_with_the_passphrase(
    asks: Vault, counting: CountingKeyring
) -> None:
    code, out, err = run(["doctor", "--data-dir", str(asks.data_dir)], KeyStore(counting), PASS)
    assert code == 0, out + err
    assert "Lock mode:          ask for my passphrase every time" in out
    assert "Passphrase unlock:  ok" in out
    assert "Integrity:          ok" in out
    assert "SECRET-PSEUDONYM" not in out + err and PASS not in out + err


def test_doctor_names_computer_login_mode(data_dir: Path, counting: CountingKeyring) -> None:
    vault = Vault(data_dir, KeyStore(counting), kdf_cost=FAST)
    vault.create()
    vault.lock()
    code, out, err = run(["doctor", "--data-dir", str(data_dir)], KeyStore(counting))
    assert code == 0, out + err
    assert "Lock mode:          open with my computer login" in out
    assert "anyone using this account can open the journal" in out


def test_backup_asks_for_the_passphrase_and_never_reads_the_keyring(
    asks: Vault, counting: CountingKeyring, tmp_path: Path
) -> None:
    dest = tmp_path / "elsewhere"
    code, _, err = run(["backup", str(dest), "--data-dir", str(asks.data_dir)], KeyStore(counting))
    assert code == 2 and "no answer" in err  # nothing typed: nothing done
    assert not dest.exists()
    code, _, err = run(
        ["backup", str(dest), "--data-dir", str(asks.data_dir)], KeyStore(counting), "wrong one\n"
    )
    assert code == 1 and "passphrase does not open" in err
    assert counting.reads == 0  # the keyring is not asked for the key
    code, out, err = run(
        ["backup", str(dest), "--data-dir", str(asks.data_dir)], KeyStore(counting), PASS + "\n"
    )
    assert code == 0, err
    assert "Backup written and verified" in out
    # once open, the only keyring read is the check that it holds no key for this journal
    assert counting.reads == 1
    assert not [e for e in counting.entries if e[0] == SERVICE]


def _real_command(args: list[str], **kwargs: object) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring")
    return subprocess.run(  # type: ignore[call-overload, no-any-return]
        [sys.executable, "-m", "peerdesk", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        **kwargs,
    )


@pytest.mark.parametrize("command", ["backup", "doctor", "export-report"])
def test_without_a_terminal_one_line_says_what_to_do(asks: Vault, command: str) -> None:
    extra = ["--from", "2026-01", "--to", "2026-02", "--out", "r.csv"]
    args = [command, "--data-dir", str(asks.data_dir)]
    result = _real_command(
        args + (extra if command == "export-report" else []),
        stdin=subprocess.DEVNULL,
        cwd=asks.data_dir.parent,
    )
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    if command == "doctor":
        assert "Lock mode:          ask for my passphrase every time" in result.stdout
        assert "run the command in a terminal to type it" in result.stdout
    else:
        assert result.stderr.count("\n") == 1
        assert result.stderr.startswith(
            "peerdesk: error: this journal asks for its lock passphrase every time; run the "
            "command in a terminal to type it"
        )


def test_on_a_terminal_the_passphrase_is_asked_without_echo(asks: Vault, tmp_path: Path) -> None:
    """The real command on a pseudo-terminal: getpass prompts, the typed text is not echoed."""
    env = dict(os.environ, PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring")
    dest = tmp_path / "by-terminal"
    command = [sys.executable, "-m", "peerdesk", "backup", str(dest)]
    status, seen = answered_on_a_terminal(
        [*command, "--data-dir", str(asks.data_dir)], env, PASS, until=b"KiB)"
    )
    assert status == 0
    assert b"Backup written and verified" in seen
    assert PASS.encode() not in seen  # no echo
    assert list(dest.glob("peerdesk-backup-*.db"))


@pytest.mark.parametrize(("command", "status"), [("backup", 2), ("doctor", 1)])
def test_ctrl_d_at_the_passphrase_prompt_is_one_line_not_a_traceback(
    asks: Vault, command: str, status: int
) -> None:
    """End of input (Ctrl+D) at the terminal's prompt: one clear line (backup: exit 2 like no
    answer on standard input; doctor: a PROBLEM line, exit 1), nothing written."""
    main_fd, sub_fd = os.openpty()
    env = dict(os.environ, PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring")
    before = sorted(p.name for p in asks.data_dir.rglob("*"))
    process = subprocess.Popen(
        [sys.executable, "-m", "peerdesk", command, "--data-dir", str(asks.data_dir)],
        stdin=sub_fd,
        stdout=sub_fd,
        stderr=sub_fd,
        env=env,
        preexec_fn=lambda: os.login_tty(sub_fd),
    )
    os.close(sub_fd)
    seen = b""
    try:
        seen += read_until(main_fd, b"Lock passphrase: ")
        # getpass turns echo off with TCSAFLUSH, which drops what was typed before: wait for it
        while termios.tcgetattr(main_fd)[3] & termios.ECHO:
            assert process.poll() is None, seen
        os.write(main_fd, b"\x04")
        assert process.wait(timeout=120) == status
        seen += read_until(main_fd, b"nothing was changed")
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        os.close(main_fd)
    text = seen.decode(errors="replace")
    assert "Traceback" not in text and "EOFError" not in text, text
    assert "no passphrase was typed" in text, text
    assert sorted(p.name for p in asks.data_dir.rglob("*")) == before


def test_restore_without_the_keyring_says_to_give_the_recovery_code(
    asks: Vault, counting: CountingKeyring
) -> None:
    """Passphrase mode keeps no key in the keyring: a restore must say how to go on."""
    asks.unlock_with_passphrase(PASS)
    made = asks.backup()
    asks.lock()
    code, out, err = run(
        ["restore", str(made.path), "--yes", "--data-dir", str(asks.data_dir)], KeyStore(counting)
    )
    assert code == 1 and err.count("\n") == 1, out + err
    assert "--recovery-code" in err
