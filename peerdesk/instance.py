"""One PeerDesk per journal: an advisory lock file in the data directory."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import IO

from peerdesk.errors import JournalBusy
from peerdesk.files import storage_error
from peerdesk.translation import QT_TRANSLATE_NOOP

LOCK_FILE = ".peerdesk.lock"


class InstanceLock:
    def __init__(self, data_dir: Path) -> None:
        self._path = data_dir / LOCK_FILE
        self._handle: IO[bytes] | None = None

    @property
    def held(self) -> bool:
        return self._handle is not None

    def acquire(self) -> None:
        if self._handle is not None:
            return
        try:
            handle = os.fdopen(os.open(self._path, os.O_RDWR | os.O_CREAT, 0o600), "r+b")
        except OSError as exc:  # a read-only or unwritable data folder
            raise storage_error(exc, QT_TRANSLATE_NOOP("errors", "opening the lock file")) from exc
        try:
            if sys.platform == "win32":  # pragma: no cover - not tested here
                import msvcrt

                msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            handle.close()
            raise JournalBusy(
                QT_TRANSLATE_NOOP("errors", "another PeerDesk is using this journal")
            ) from None
        self._handle = handle

    def release(self) -> None:
        if self._handle is not None:
            self._handle.close()
            self._handle = None
