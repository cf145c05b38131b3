"""Every folder PeerDesk creates is 0700 and every file 0600 from the moment it exists, whatever
the umask: checked on the mode each file is created with (strace), not only on the end result."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from peerdesk.files import create_private_file, make_private_dirs
from tests.core.modes_child import KILLED

ROOT = Path(__file__).resolve().parents[2]
CHILD = ROOT / "tests/core/modes_child.py"
_CREATING = ("mkdir", "mkdirat", "open", "openat", "creat")
SYSCALLS = ",".join(
    [
        *_CREATING,
        "umask",
        "chmod",
        "fchmodat",
        "unlink",
        "unlinkat",
        "rmdir",
        "rename",
        "renameat",
        "renameat2",
        "link",
        "linkat",
    ]
)
_CALL = re.compile(r"^(?:\d+ +)?(?:\d+\.\d+ +)?(\w+)\((.*)\) = (-?\d+)")
_STRING = re.compile(r'"((?:[^"\\]|\\.)*)"')


def created(trace: str, under: Path) -> list[tuple[str, int]]:
    """(path, mode) of every file and folder that came into being under ``under``, from an
    strace log: the first creating call for a path that was not there (SQLite opens existing
    files with ``O_CREAT`` too; then the mode argument means nothing), less the umask, and every
    later change of mode."""
    there: set[str] = set()
    found = []
    umask = 0
    for line in trace.splitlines():
        match = _CALL.match(line)
        if not match or int(match.group(3)) < 0:
            continue  # failed calls change nothing
        call, args = match.group(1), match.group(2)
        if call == "umask":  # what the mode argument is masked with from here on
            umask = int(args, 8)
            continue
        paths = _STRING.findall(args)
        if not paths or not paths[0].startswith(str(under)):
            continue
        if call in ("chmod", "fchmodat"):  # not masked by the umask
            found.append((paths[0], int(args.rsplit(", ", 1)[1], 8)))
        elif "O_TMPFILE" in args:  # an unnamed file in that folder, linked in place later
            found.append((f"{paths[0]}/(unnamed)", int(args.rsplit(", ", 1)[1], 8) & ~umask))
        elif call in ("unlink", "unlinkat", "rmdir"):
            there.discard(paths[0])
        elif call.startswith("rename"):
            there.discard(paths[0])
            there.add(paths[1])
        elif call.startswith("link"):
            there.add(paths[1])
        elif call in _CREATING and paths[0] not in there:
            if call.startswith("open") and "O_CREAT" not in args:
                continue
            there.add(paths[0])
            found.append((paths[0], int(args.rsplit(", ", 1)[1], 8) & ~umask))
    return found


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("strace") is None, reason="needs strace")
def test_everything_is_private_from_creation_under_umask_0(tmp_path: Path) -> None:
    root = tmp_path / "root"
    root.mkdir(mode=0o700)
    log = tmp_path / "strace.log"
    done = subprocess.run(
        ["strace", "-qq", "-e", f"trace={SYSCALLS}", "-o", str(log),
         sys.executable, str(CHILD), str(root)],
        env={**os.environ, "PYTHONPATH": str(ROOT), "PYTHONDONTWRITEBYTECODE": "1"},
        capture_output=True,
        text=True,
        timeout=300,
        umask=0,
        check=False,
    )  # fmt: skip
    assert done.returncode == KILLED, done.stderr
    made = created(log.read_text(), root)
    paths = {path for path, _mode in made}
    seen = ("data/journal.db", "data/backups", "second", "chosen/folder", "exports")
    seen += ("data/rescued", "data/set-aside", "journal.keys", ".peerdesk.lock")
    for expected in seen:
        assert any(expected in p for p in paths), expected  # the trace saw it being made
    assert any(p.endswith(".tmp") and "/data/backups/" in p for p in paths)
    too_open = [(path, oct(mode)) for path, mode in made if mode & 0o077]
    assert too_open == []
    # What is left on disk, the killed backup's temporary file included.
    killed = list((root / "data" / "backups").glob(".peerdesk-backup-*.tmp"))
    assert len(killed) == 1
    for path in [root, *root.rglob("*")]:
        want = 0o700 if path.is_dir() else 0o600
        assert path.stat().st_mode & 0o777 == want, path


def test_the_helpers_make_private_things_whatever_the_umask(tmp_path: Path) -> None:
    old = os.umask(0)
    try:
        make_private_dirs(tmp_path / "a" / "b" / "c")
        create_private_file(tmp_path / "a" / "b" / "c" / "f")
        with pytest.raises(FileExistsError):
            create_private_file(tmp_path / "a" / "b" / "c" / "f")
    finally:
        os.umask(old)
    assert [oct(p.stat().st_mode & 0o777) for p in sorted((tmp_path / "a").rglob("*"))] == [
        "0o700", "0o700", "0o600"
    ]  # fmt: skip
    assert (tmp_path / "a").stat().st_mode & 0o777 == 0o700
