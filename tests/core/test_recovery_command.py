"""``peerdesk new-recovery-code``, run as the administrator would: a real process, a real journal.

The command must print the new code once, re-key only after confirmation, refuse without a
terminal unless ``--yes``, obtain the lock passphrase without putting it on the command line, and
answer every problem with one line and an exit status, never a traceback.
"""

from __future__ import annotations

import hashlib
import io
import os
import pty
import re
import select
import subprocess
import sys
import time
from pathlib import Path

import pytest
from keyring.backends import fail

from peerdesk import backups, cli, keyslots
from peerdesk.errors import WrongKey
from peerdesk.keyslots import LockMode
from peerdesk.keystore import KeyStore, MemoryKeyring
from peerdesk.recovery import RecoveryCode
from peerdesk.vault import Vault
from tests.conftest import FAST

REPO = Path(__file__).resolve().parents[2]
PASSPHRASE = "the administrator's passphrase"
CODE_LINE = re.compile(r"^    ([0-9A-Z]{4}(?:-[0-9A-Z]{4}){7})$", re.MULTILINE)


def _digest(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and p.name != ".peerdesk.lock"
    }


def _env() -> dict[str, str]:
    env = dict(os.environ, PYTHONPATH=str(REPO))
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"  # no keyring: passphrase only
    return env


def _run(data_dir: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "peerdesk", "new-recovery-code", "--data-dir", str(data_dir), *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=REPO,
        env=_env(),
        timeout=120,
    )


@pytest.fixture
def journal_with_passphrase(data_dir: Path) -> tuple[Vault, RecoveryCode, Path]:
    """A journal kept by its passphrase alone (no keyring), with one backup made before."""
    vault = Vault(data_dir, KeyStore(fail.Keyring()), kdf_cost=FAST)
    journal, code = vault.create(PASSPHRASE)
    journal.peers.add("SECRET-PSEUDONYM")
    made = vault.backup()
    vault.lock()
    return vault, code, made.path


def _one_line_error(result: subprocess.CompletedProcess[str]) -> str:
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith("peerdesk: error: ") and result.stderr.count("\n") == 1
    return result.stderr


def test_without_a_terminal_it_refuses_unless_yes(journal_with_passphrase) -> None:
    vault, _code, _ = journal_with_passphrase
    before = _digest(vault.data_dir)
    result = _run(vault.data_dir, "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert result.returncode == 2
    assert "--yes" in _one_line_error(result)
    assert CODE_LINE.search(result.stdout) is None  # no code shown that would not be used
    assert _digest(vault.data_dir) == before


def test_a_passphrase_is_never_guessed_or_skipped(journal_with_passphrase) -> None:
    vault, _code, _ = journal_with_passphrase
    before = _digest(vault.data_dir)
    missing = _run(vault.data_dir, "--yes")
    assert missing.returncode == 2
    assert "--passphrase-stdin" in _one_line_error(missing)
    wrong = _run(vault.data_dir, "--yes", "--passphrase-stdin", stdin="not the passphrase\n")
    assert wrong.returncode == 1
    assert "passphrase" in _one_line_error(wrong)
    assert CODE_LINE.search(wrong.stdout) is None
    assert _digest(vault.data_dir) == before


def test_with_yes_it_prints_the_code_once_and_re_keys(journal_with_passphrase) -> None:
    vault, old_code, old_backup = journal_with_passphrase
    result = _run(vault.data_dir, "--yes", "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert result.returncode == 0, result.stderr
    (printed,) = CODE_LINE.findall(result.stdout)
    assert str(old_backup) in result.stdout and "old code still opens" in result.stdout
    assert "SECRET-PSEUDONYM" not in result.stdout + result.stderr
    new_code = RecoveryCode.parse(printed)
    with pytest.raises(WrongKey):
        vault.unlock_with_recovery_code(old_code)
    assert vault.unlock_with_recovery_code(new_code).peers.find("SECRET-PSEUDONYM")
    vault.lock()
    vault.unlock_with_passphrase(PASSPHRASE)  # the passphrase was kept
    old_key = backups.keys_path(old_backup)
    assert not vault.read_slots().matches(
        keyslots.read(old_key).unwrap("recovery", old_code.secret)
    )
    vault.lock()


def _read_until(fd: int, want: bytes, timeout: float = 60) -> bytes:
    got = b""
    deadline = time.monotonic() + timeout
    while want not in got:
        ready, _, _ = select.select([fd], [], [], max(0.0, deadline - time.monotonic()))
        if not ready:
            raise AssertionError(f"no {want!r} in {got[-300:]!r}")
        try:
            chunk = os.read(fd, 4096)
        except OSError:  # the other side closed
            break
        if not chunk:
            break
        got += chunk
    return got


@pytest.mark.parametrize("answer", ["no", "yes"])
def test_on_a_terminal_it_asks_for_the_passphrase_and_a_yes(
    journal_with_passphrase, answer: str
) -> None:
    vault, old_code, _ = journal_with_passphrase
    before = _digest(vault.data_dir)
    main, child = pty.openpty()
    proc = subprocess.Popen(
        [sys.executable, "-m", "peerdesk", "new-recovery-code", "--data-dir", str(vault.data_dir)],
        stdin=child,
        stdout=child,
        stderr=child,
        cwd=REPO,
        env=_env(),
        start_new_session=True,
    )
    os.close(child)
    try:
        _read_until(main, b"Current lock passphrase: ")
        os.write(main, PASSPHRASE.encode() + b"\n")
        shown = _read_until(main, b"written down: ")
        assert PASSPHRASE.encode() not in shown  # typed without echo
        os.write(main, answer.encode() + b"\n")
        rest = _read_until(main, b"Nothing was changed" if answer == "no" else b"Done")
        proc.wait(timeout=60)
    finally:
        os.close(main)
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    text = (shown + rest).decode(errors="replace").replace("\r\n", "\n")
    (printed,) = CODE_LINE.findall(text)
    if answer == "no":
        assert proc.returncode == 1 and "Nothing was changed" in text
        assert _digest(vault.data_dir) == before
        vault.unlock_with_recovery_code(old_code)
    else:
        assert proc.returncode == 0, text
        vault.unlock_with_recovery_code(printed)
    vault.lock()


def test_a_keyring_journal_gets_its_new_key_in_the_keyring(data_dir: Path) -> None:
    keyring = MemoryKeyring()
    vault = Vault(data_dir, KeyStore(keyring), kdf_cost=FAST)
    _journal, old_code = vault.create()
    vault.lock()
    (old_entry,) = keyring.entries.values()
    out, err = io.StringIO(), io.StringIO()
    status = cli.main(
        ["new-recovery-code", "--yes", "--data-dir", str(data_dir)],
        keystore=KeyStore(keyring),
        stdin=io.StringIO(""),
        stdout=out,
        stderr=err,
    )
    assert status == 0, err.getvalue()
    (stored,) = keyring.entries.values()
    assert stored != old_entry and vault.read_slots().matches(bytes.fromhex(stored))
    with pytest.raises(WrongKey):
        vault.unlock_with_recovery_code(old_code)
    (printed,) = CODE_LINE.findall(out.getvalue())
    vault.unlock_with_recovery_code(printed)
    vault.lock()
    status = cli.main(
        ["new-recovery-code", "--yes", "--passphrase-stdin", "--data-dir", str(data_dir)],
        keystore=KeyStore(keyring),
        stdin=io.StringIO("anything\n"),
        stdout=io.StringIO(),
        stderr=err,
    )
    assert status == 2 and "no lock passphrase" in err.getvalue()


def test_in_passphrase_mode_the_new_key_stays_out_of_the_keyring(data_dir: Path) -> None:
    keyring = MemoryKeyring()
    vault = Vault(data_dir, KeyStore(keyring), kdf_cost=FAST)
    vault.create(PASSPHRASE, lock_mode=LockMode.PASSPHRASE)
    vault.lock()
    assert keyring.entries == {}
    out, err = io.StringIO(), io.StringIO()
    status = cli.main(
        ["new-recovery-code", "--yes", "--passphrase-stdin", "--data-dir", str(data_dir)],
        keystore=KeyStore(keyring),
        stdin=io.StringIO(PASSPHRASE + "\n"),
        stdout=out,
        stderr=err,
    )
    assert status == 0, err.getvalue()
    assert keyring.entries == {}  # passphrase every time: no key in any keyring, new or old
    assert vault.read_slots().lock_mode is LockMode.PASSPHRASE
    (printed,) = CODE_LINE.findall(out.getvalue())
    vault.unlock_with_recovery_code(printed)
    vault.lock()
    vault.unlock_with_passphrase(PASSPHRASE)
    vault.lock()
