"""Small file-system helpers: private directories, atomic private writes, and OS error sorting."""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import shutil
from pathlib import Path
from typing import BinaryIO

from peerdesk.errors import FolderNotWritable, StorageError, StorageFull
from peerdesk.translation import QT_TRANSLATE_NOOP, Phrase

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


def storage_error(exc: OSError, what: str | Phrase) -> StorageError | StorageFull:
    """Turn an OS error into the known error the user sees; ``what`` says what was being done,
    a marked text or a :class:`Phrase` (the operating system's own words stay as they are)."""
    what = Phrase(what) if isinstance(what, str) else what
    if exc.errno in _FULL:
        return StorageFull(
            QT_TRANSLATE_NOOP("errors", "the disk is full while {what}"), values={"what": what}
        )
    if exc.errno in _NOT_WRITABLE and exc.filename:
        return not_writable(Path(os.fsdecode(exc.filename)))
    return StorageError(
        QT_TRANSLATE_NOOP("errors", "{what} failed: {why}"),
        values={"what": what, "why": exc.strerror or str(exc)},
    )


def not_writable(path: Path) -> FolderNotWritable:
    """The error for a file or folder that cannot be written: it names the folder to fix."""
    folder = path if path.is_dir() or not path.parent.exists() else path.parent
    return FolderNotWritable(str(folder))


def read_capped(handle: BinaryIO, limit: int) -> tuple[bytes, int]:
    """At most ``limit`` + 1 bytes of an open file, and the file's real size in bytes.

    Reading one byte past ``limit`` tells a file that is too large without reading all of it;
    the size comes from the file itself (``os.fstat``), so a message can name it. For a pipe or a
    file that grows meanwhile, the size is at least what was read.
    """
    data = handle.read(limit + 1)
    try:
        size = os.fstat(handle.fileno()).st_size
    except (OSError, ValueError):
        size = 0
    return data, max(size, len(data))


class _Grouped(int):
    """A whole number whose English is written with thousands separators (``3,250,001``); the
    ui writes it the locale's way, as every whole number of a message."""

    def __str__(self) -> str:
        return f"{int(self):,}"


def size_text(size: int) -> Phrase:
    """A file size for a message: ``3.1 MB (3,250,001 bytes)``, ``70 KB (71,680 bytes)`` (the
    ui translates the units and writes the numbers the locale's way)."""
    exact = _Grouped(size)
    if size >= 1024 * 1024:
        return Phrase(
            QT_TRANSLATE_NOOP("errors", "{megabytes} MB ({bytes} bytes)"),
            {"megabytes": round(size / 1024 / 1024, 1), "bytes": exact},
        )
    if size >= 1024:
        return Phrase(
            QT_TRANSLATE_NOOP("errors", "{kilobytes} KB ({bytes} bytes)"),
            {"kilobytes": round(size / 1024), "bytes": exact},
        )
    return Phrase(QT_TRANSLATE_NOOP("errors", "{bytes} bytes"), {"bytes": exact})


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
        raise storage_error(
            exc, Phrase(QT_TRANSLATE_NOOP("errors", "writing {file}"), {"file": target.name})
        ) from exc


def fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
