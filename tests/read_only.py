"""A real read-only folder for tests: a read-only bind mount of a temp folder.

chmod cannot make a folder unwritable for root (these tests run as root in CI), so the folder is
bind-mounted and remounted read-only. Where mounts are not allowed the test is skipped, saying
why.
"""

from __future__ import annotations

import contextlib
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest


def _mount(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["mount", *args], capture_output=True, text=True, check=False)


@contextlib.contextmanager
def read_only_view(source: Path, where: Path) -> Iterator[Path]:
    """``source`` seen read-only at ``where`` (created) for the time of the block."""
    if shutil.which("mount") is None:
        pytest.skip("no mount command here: a read-only folder cannot be made")
    where.mkdir(parents=True, exist_ok=True)
    done = _mount("--bind", str(source), str(where))
    if done.returncode != 0:
        pytest.skip(f"bind mounts are not allowed here: {done.stderr.strip()}")
    try:
        done = _mount("-o", "remount,ro,bind", str(where))
        if done.returncode != 0:
            pytest.skip(f"a read-only remount is not allowed here: {done.stderr.strip()}")
        probe = where / ".probe"
        with pytest.raises(OSError):
            probe.write_bytes(b"")
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], capture_output=True, check=False)


@contextlib.contextmanager
def unrenameable(path: Path) -> Iterator[None]:
    """``path`` bind-mounted onto itself for the time of the block: it reads as before, but no
    file can be renamed over it (EBUSY), as when the disk turns read-only at that moment."""
    if shutil.which("mount") is None:
        pytest.skip("no mount command here: a file cannot be made un-renameable")
    done = _mount("--bind", str(path), str(path))
    if done.returncode != 0:
        pytest.skip(f"bind mounts are not allowed here: {done.stderr.strip()}")
    try:
        yield
    finally:
        subprocess.run(["umount", str(path)], capture_output=True, check=False)


@contextlib.contextmanager
def bind_view(source: Path, where: Path) -> Iterator[Path]:
    """``source`` seen (writable) at the existing folder ``where``: another mount, so hard links
    between ``where`` and its parent fail (EXDEV) as between two file systems."""
    if shutil.which("mount") is None:
        pytest.skip("no mount command here: another mount cannot be made")
    done = _mount("--bind", str(source), str(where))
    if done.returncode != 0:
        pytest.skip(f"bind mounts are not allowed here: {done.stderr.strip()}")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], capture_output=True, check=False)
