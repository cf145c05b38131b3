"""Opening the encrypted journal file with SQLCipher, and sorting database errors.

A connection is keyed with the raw 256-bit data key (no per-open key derivation), proven to be
SQLCipher, and set up for safety: WAL with ``synchronous=FULL``, ``secure_delete``, foreign keys
and temporary storage in memory, so no journal text is written to temp files.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlcipher3

from peerdesk.errors import (
    JournalBusy,
    JournalDamaged,
    JournalMissing,
    NotSqlcipher,
    PeerDeskError,
    StorageError,
    StorageFull,
)
from peerdesk.files import create_private_file, make_private
from peerdesk.text import search_fold
from peerdesk.translation import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

if TYPE_CHECKING:  # sqlcipher3 has no type hints; its API is the standard library's sqlite3
    from sqlite3 import Connection as Connection
else:
    Connection = sqlcipher3.Connection
DatabaseError = sqlcipher3.DatabaseError
SQLITE_HEADER = b"SQLite format 3\x00"
PAGE_SIZE = 4096  # SQLCipher's page: a journal file is never shorter than one

_DAMAGED = {"SQLITE_NOTADB", "SQLITE_CORRUPT"}
_FULL = {"SQLITE_FULL"}
_BUSY = {"SQLITE_BUSY", "SQLITE_LOCKED"}
_IO = {"SQLITE_IOERR", "SQLITE_CANTOPEN", "SQLITE_READONLY", "SQLITE_PERM"}


def known_error(exc: sqlcipher3.Error) -> PeerDeskError | None:
    """The known, environment error behind a database exception, or None when it is a bug."""
    name = str(getattr(exc, "sqlite_errorname", "") or "")
    base = "_".join(name.split("_")[:2])  # SQLITE_IOERR_SHORT_READ -> SQLITE_IOERR
    if base in _DAMAGED:
        return JournalDamaged(
            QT_TRANSLATE_NOOP("errors", "the journal file failed a check ({name})"),
            values={"name": name},
        )
    if base in _FULL:
        return StorageFull(QT_TRANSLATE_NOOP("errors", "the disk is full"))
    if base in _BUSY:
        return JournalBusy(QT_TRANSLATE_NOOP("errors", "the journal is busy in another program"))
    if base in _IO:
        return StorageError(
            QT_TRANSLATE_NOOP("errors", "the journal file could not be read or written ({name})"),
            values={"name": name},
        )
    return None


def _no_journal(path: Path) -> JournalMissing:
    return JournalMissing(
        QT_TRANSLATE_NOOP("errors", "there is no journal at {path}"), values={"path": str(path)}
    )


@contextlib.contextmanager
def translated_errors() -> Iterator[None]:
    """Re-raise database errors caused by the environment as known PeerDesk errors."""
    try:
        yield
    except sqlcipher3.Error as exc:
        known = known_error(exc)
        if known is None:
            raise
        raise known from exc


def key_pragma(key: bytes) -> str:
    if len(key) != 32:
        raise ValueError("a data key is 32 bytes")
    return f"PRAGMA key = \"x'{key.hex()}'\""


def connect(path: Path, key: bytes, *, create: bool = False, read_only: bool = False) -> Connection:
    """Open ``path`` with ``key``: proves the library is SQLCipher and that the key reads the file.

    Nothing is written to the file until the key has been shown to read it. Raises
    :class:`JournalMissing`, :class:`NotSqlcipher` or :class:`JournalDamaged` (when the key is
    known to be right, a file that does not decrypt is damaged). ``read_only`` opens the file
    so that nothing in its folder can change: not the file, and no ``-wal``/``-shm`` is made.
    """
    if not create and not path.is_file():
        raise _no_journal(path)
    if create:
        with contextlib.suppress(FileExistsError):
            create_private_file(path)  # owner-only before SQLite writes a byte into it
    target, uri = str(path), False
    if read_only:
        target, uri = _read_only_uri(path), True
    try:
        conn: Connection = sqlcipher3.connect(
            target, isolation_level=None, check_same_thread=False, uri=uri
        )
    except sqlcipher3.Error as exc:
        raise known_error(exc) or StorageError(
            QT_TRANSLATE_NOOP("errors", "the journal could not be opened")
        ) from exc
    try:
        with translated_errors():
            conn.execute("PRAGMA cipher_log_level = NONE")
            row = conn.execute("PRAGMA cipher_version").fetchone()
            if not row or not row[0]:
                raise NotSqlcipher(
                    QT_TRANSLATE_NOOP("errors", "the SQLite library in use cannot encrypt")
                )
            conn.execute(key_pragma(key))
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            conn.execute("PRAGMA temp_store = MEMORY")
            conn.execute("PRAGMA secure_delete = ON")
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("PRAGMA busy_timeout = 5000")
            conn.execute("PRAGMA synchronous = FULL")
            # The full-text index holds folded notes: the schema's triggers call this.
            conn.create_function("search_fold", 1, search_fold, deterministic=True)
    except BaseException:
        conn.close()
        raise
    if create:
        make_private(path)
    return conn


def export_under(conn: Connection, target: Path, key: bytes) -> None:
    """Copy the database open on ``conn`` into a new file ``target`` encrypted under ``key``
    (``sqlcipher_export``), schema version included. The caller fsyncs and verifies it."""
    create_private_file(target)  # owner-only before SQLCipher writes into it
    with translated_errors():
        conn.execute("ATTACH DATABASE ? AS rekeyed KEY ?", (str(target), f"x'{key.hex()}'"))
        try:
            conn.execute("SELECT sqlcipher_export('rekeyed')")
            version = conn.execute("PRAGMA main.user_version").fetchone()[0]
            conn.execute(f"PRAGMA rekeyed.user_version = {int(version)}")
        finally:
            conn.execute("DETACH DATABASE rekeyed")
    make_private(target)


def log_without_index(path: Path) -> bool:
    """Whether ``path`` has a write-ahead log with changes but no ``-shm`` index beside it (a
    folder copied while the app ran): SQLite reads that log only by making the index, so a
    read-only look sees the main file alone, as of its last checkpoint."""
    wal = Path(f"{path}-wal")
    return wal.is_file() and wal.stat().st_size > 0 and not Path(f"{path}-shm").exists()


def _read_only_uri(path: Path) -> str:
    """A read-only URI for ``path``. Without a ``-wal`` file no connection has the journal open
    (and everything is in the main file), so it is read as immutable, which makes no ``-wal`` or
    ``-shm``; with one and its ``-shm``, it is read through the log that is already there; with
    a log but no index (:func:`log_without_index`), the main file alone, as immutable."""
    uri = path.resolve().as_uri() + "?mode=ro"
    through_log = Path(f"{path}-wal").exists() and Path(f"{path}-shm").exists()
    return uri if through_log else uri + "&immutable=1"


def check_journal_file(path: Path) -> None:
    """Raise :class:`JournalDamaged` when ``path`` cannot be a journal: empty or shorter than one
    page. Only its size is read; SQLCipher would key an empty file and make a new journal of it."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise _no_journal(path) from None
    except OSError as exc:
        raise StorageError(
            QT_TRANSLATE_NOOP("errors", "the journal file could not be read ({why})"),
            values={"why": exc.strerror or str(exc)},
        ) from exc
    if size == 0:
        raise JournalDamaged(
            QT_TRANSLATE_NOOP("errors", "the journal file is empty"), reason="empty"
        )
    if size < PAGE_SIZE:
        raise JournalDamaged(
            QT_TRANSLATE_NOOP(
                "errors", "the journal file is only {size} bytes, shorter than one page"
            ),
            values={"size": size},
            reason="short",
        )


def use_wal(conn: Connection) -> None:
    """Switch to write-ahead logging (persistent; done once when the journal is created)."""
    with translated_errors():
        conn.execute("PRAGMA journal_mode = WAL").fetchone()


def integrity_problems(conn: Connection, go_on: Callable[[], bool] | None = None) -> list[str]:
    """Run SQLite's quick check, then SQLCipher's page check; return what they found.

    The quick check (about three quarters of the time) comes first because it can be
    interrupted; the page check runs to its end once started, so it is skipped (and the quick
    check's answer returned) when ``go_on`` says no.
    """
    try:
        with translated_errors():
            quick = [str(r[0]) for r in conn.execute("PRAGMA quick_check")]
            problems = []
            if go_on is None or go_on():
                problems = [str(r[0]) for r in conn.execute("PRAGMA cipher_integrity_check")]
    except JournalDamaged as exc:
        return [str(exc)]
    if quick != ["ok"]:
        problems.extend(quick)
    return problems


class IntegrityCheck:
    """The full check of a journal file on a connection of its own, for a worker thread.

    It reads every page (about 0.25 s for 20,000 sessions), so the app runs it beside the open
    window instead of before it. :meth:`cancel` (from any thread) stops the quick check within a
    few thousand steps, through SQLite's progress handler; the page check that follows cannot be
    stopped (about a quarter of the time), so it is not started once cancelled. A cancelled check
    returns None. A file the key cannot read at all is reported as a problem.
    """

    PROGRESS_STEPS = 100  # how often SQLite asks whether to stop

    def __init__(self, path: Path, key: bytes) -> None:
        self._path = path
        self._key = key
        self._cancelled = threading.Event()

    def run(self) -> list[str] | None:
        """The problems found (empty when the journal is whole), or None when cancelled."""
        if self.cancelled:
            return None
        try:
            conn = connect(self._path, self._key)
        except JournalDamaged as exc:
            return [str(exc)]
        try:
            conn.execute("PRAGMA cache_size = -256")  # every page is read once: a small cache
            conn.set_progress_handler(self._cancelled.is_set, self.PROGRESS_STEPS)
            problems = integrity_problems(conn, go_on=lambda: not self.cancelled)
        except sqlcipher3.OperationalError:
            if self.cancelled:  # interrupted by the progress handler
                return None
            raise
        finally:
            conn.close()
        return None if self.cancelled else problems

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def cancel(self) -> None:
        self._cancelled.set()


def page_problems(conn: Connection) -> list[str]:
    """SQLCipher's check that every page of the file authenticates under the key."""
    try:
        with translated_errors():
            return [str(r[0]) for r in conn.execute("PRAGMA cipher_integrity_check")]
    except JournalDamaged as exc:
        return [str(exc)]


def user_version(conn: Connection) -> int:
    with translated_errors():
        return int(conn.execute("PRAGMA user_version").fetchone()[0])


@contextlib.contextmanager
def transaction(conn: Connection) -> Iterator[Connection]:
    """A write transaction; nested uses become savepoints."""
    if conn.in_transaction:
        conn.execute("SAVEPOINT nested")
        try:
            yield conn
        except BaseException:
            conn.execute("ROLLBACK TO nested")
            conn.execute("RELEASE nested")
            raise
        conn.execute("RELEASE nested")
        return
    with translated_errors():
        conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        with contextlib.suppress(sqlcipher3.Error):
            conn.execute("ROLLBACK")
        raise
    try:
        with translated_errors():
            conn.execute("COMMIT")
    except BaseException:
        with contextlib.suppress(sqlcipher3.Error):
            conn.execute("ROLLBACK")
        raise


def rows(conn: Connection, sql: str, params: Any = ()) -> list[Any]:
    with translated_errors():
        found: list[Any] = conn.execute(sql, params).fetchall()
        return found
