"""Small file-system helpers: private directories, atomic private writes, and OS error sorting."""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import shutil
from pathlib import Path

from peerdesk.errors import FolderNotWritable, StorageError, StorageFull

PRIVATE_DIR = 0o700
PRIVATE_FILE = 0o600
_FULL = {errno.ENOSPC, errno.EDQUOT}
_NOT_WRITABLE = {errno.EROFS, errno.EACCES, errno.EPERM}


def make_private_dirs(path: Path) -> None:
    """Create ``path`` and any missing parents, each owner-only from the moment it exists
    (whatever the umask); folders that are already there are left as they are."""
    missing = []
    while not path.exists() and path.parent != path:
        missing.append(path)
        path = path.parent
    for folder in reversed(missing):
        with contextlib.suppress(FileExistsError):
            folder.mkdir(mode=PRIVATE_DIR)
            os.chmod(folder, PRIVATE_DIR)  # mkdir applies the umask only to take bits away


def ensure_private_dir(path: Path) -> Path:
    """Create ``path`` (and parents) if needed and make it readable by the owner only."""
    make_private_dirs(path)
    if os.name == "posix":
        path.chmod(PRIVATE_DIR)
    return path


def create_private_file(path: Path) -> None:
    """Create ``path`` empty and owner-only; SQLite or Qt then write into it and keep its mode.

    Raises ``FileExistsError`` when it is already there. SQLite and Qt would otherwise create the
    file with 0644 (less the umask) and it could only be made private afterwards.
    """
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE))


def copy_private(source: Path, target: Path) -> None:
    """Copy ``source`` to a new file ``target`` that is owner-only from the moment it exists."""
    create_private_file(target)
    shutil.copyfile(source, target)


def make_private(path: Path) -> None:
    if os.name == "posix" and path.exists():
        path.chmod(PRIVATE_FILE)


def fsync_dir(path: Path) -> None:
    """Make a rename in ``path`` durable (a no-op where directories cannot be opened)."""
    if os.name != "posix":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def storage_error(exc: OSError, what: str) -> StorageError | StorageFull:
    """Turn an OS error into the known error the user sees."""
    if exc.errno in _FULL:
        return StorageFull(f"the disk is full while {what}")
    if exc.errno in _NOT_WRITABLE and exc.filename:
        return not_writable(Path(os.fsdecode(exc.filename)))
    return StorageError(f"{what} failed: {exc.strerror or exc}")


def not_writable(path: Path) -> FolderNotWritable:
    """The error for a file or folder that cannot be written: it names the folder to fix."""
    folder = path if path.is_dir() or not path.parent.exists() else path.parent
    return FolderNotWritable(str(folder))


def temp_path_beside(target: Path) -> Path:
    return target.with_name(f".{target.name}.{secrets.token_hex(4)}.tmp")


def write_private_atomically(target: Path, data: bytes) -> None:
    """Write ``data`` to ``target`` so that readers see the old file or the new one, never half.

    The new file is created with owner-only permissions, written, fsynced, renamed over the
    target, and the directory is fsynced.
    """
    tmp = temp_path_beside(target)
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE)
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view) :]
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, target)
        fsync_dir(target.parent)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise storage_error(exc, f"writing {target.name}") from exc


def fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
