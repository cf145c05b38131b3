"""Core dumps are off from the first line of every command: a core would hold the journal's text
and its key. The limits are read from the running process, as another program would see them."""

from __future__ import annotations

import ctypes
import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest

from peerdesk.keystore import KeyStore, MemoryKeyring
from peerdesk.vault import Vault
from tests.conftest import FAST

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="reads /proc and prctl")


def env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}


def allow_core_dumps() -> None:
    """Run in the child before it starts: the most a shell could allow (``ulimit -c unlimited``)."""
    _soft, hard = resource.getrlimit(resource.RLIMIT_CORE)
    resource.setrlimit(resource.RLIMIT_CORE, (hard, hard))


def core_limit(pid: int) -> list[str]:
    for line in Path(f"/proc/{pid}/limits").read_text().splitlines():
        if line.startswith("Max core file size"):
            return line.split()[4:6]
    raise AssertionError("no core limit in /proc/PID/limits")


def umask(pid: int) -> str:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("Umask:"):
            return line.split()[1]
    raise AssertionError("no umask in /proc/PID/status")


def a_backup(tmp_path: Path) -> tuple[Path, Path, str]:
    data = tmp_path / "data"
    vault = Vault(data, KeyStore(MemoryKeyring()), kdf_cost=FAST)
    _journal, code = vault.create(passphrase="correct horse battery")
    made = vault.backup(tmp_path / "elsewhere")
    vault.lock()
    return data, made.path, code.text


@pytest.mark.parametrize("entry", [["-m", "peerdesk"], ["-m", "ui.launcher"]])
def test_a_command_has_no_core_dumps_while_it_holds_a_journal(
    tmp_path: Path, entry: list[str]
) -> None:
    """`restore` waits for "restore" with the backup open and checked: the limits hold then."""
    data, backup, code = a_backup(tmp_path)
    child = subprocess.Popen(
        [sys.executable, *entry, "--data-dir", str(data), "restore", str(backup),
         "--recovery-code"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env(),
        cwd=tmp_path,
        preexec_fn=allow_core_dumps,
        umask=0,
    )  # fmt: skip
    try:
        assert child.stdin is not None and child.stdout is not None
        child.stdin.write(code + "\n")
        child.stdin.flush()
        assert child.stdout.readline().startswith("The backup holds")  # it read the backup
        seen = core_limit(child.pid), umask(child.pid)
        child.stdin.write("no\n")
        child.stdin.close()
        assert child.wait(timeout=60) == 1  # nothing was restored
    finally:
        child.kill()
        child.wait()
        for stream in (child.stdout, child.stderr):
            if stream is not None:
                stream.close()
    assert seen == (["0", "0"], "0077")


CHILD = """
import ctypes, os, resource, sys
if sys.argv[1] == "protected":
    from peerdesk.process import protect_process
    protect_process()
    print(ctypes.CDLL(None).prctl(3, 0, 0, 0, 0), flush=True)  # PR_GET_DUMPABLE
else:
    print(1, flush=True)
try:  # as root the limit can be raised again: only "not dumpable" still stops the core
    resource.setrlimit(resource.RLIMIT_CORE, (resource.RLIM_INFINITY, resource.RLIM_INFINITY))
except (ValueError, OSError):
    print("cannot raise", flush=True)
    sys.exit(0)
os.abort()
"""


def test_a_protected_process_is_not_dumpable_even_with_the_limit_raised(tmp_path: Path) -> None:
    runs = {}
    for how in ("plain", "protected"):
        folder = tmp_path / how
        folder.mkdir()
        done = subprocess.run(
            [sys.executable, "-c", CHILD, how],
            cwd=folder,
            env=env(),
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        runs[how] = done.stdout.split(), sorted(p.name for p in folder.iterdir())
    assert runs["protected"][0][0] == "0"  # prctl(PR_GET_DUMPABLE) in the child
    if "cannot" in runs["plain"][0] or not runs["plain"][1]:
        pytest.skip("this system writes no core file to the working folder")
    assert runs["plain"][1] and runs["protected"][1] == []


def test_protect_process_leaves_this_process_alone_until_called() -> None:
    # The tests call it in children only; the library does not run it on import.
    import peerdesk.process  # noqa: F401

    assert ctypes.CDLL(None).prctl(3, 0, 0, 0, 0) == 1
