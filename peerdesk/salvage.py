"""Rescue what can still be read from a damaged journal, and set a damaged journal aside.

:func:`salvage` never touches the damaged files: it reads a private working copy of them (the
journal and its write-ahead log), and copies every row it can read, table by table, into a fresh
journal encrypted under the same key. A damaged page only costs the rows stored on it: each table
is read forwards until the first unreadable page, backwards until the last one, and the rows in
between are looked up one by one. Rows that point at something lost (a note whose session is gone)
are handled as the schema's own ``ON DELETE`` rules say. The result is checked like a backup and
written beside a copy of the key slots, so it opens with the same keyring entry, passphrase and
recovery code, and :meth:`peerdesk.vault.Vault.restore` can put it in place.

:func:`set_damaged_aside` is "start over": it moves the journal and its key file into
``set-aside/`` (never deleting them), after which a new journal can be created.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlcipher3

from peerdesk import backups, keyslots
from peerdesk.clock import stamp
from peerdesk.database import Connection, connect, integrity_problems
from peerdesk.errors import JournalDamaged, KeyringEntryMissing, PassphraseNeeded, WrongKey
from peerdesk.files import copy_private, ensure_private_dir, fsync_dir, fsync_file, storage_error
from peerdesk.instance import InstanceLock
from peerdesk.journal import JournalSummary, read_summary
from peerdesk.keyslots import RECOVERY, KeySlots, LockMode, unwrap_passphrase
from peerdesk.recovery import RecoveryCode
from peerdesk.schema import CURRENT_VERSION, MIGRATIONS, migrate
from peerdesk.sessions import drop_orphaned_new_peers
from peerdesk.translation import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from peerdesk.vault import Vault

log = logging.getLogger(__name__)

RESCUE_DIR = "rescued"
PREFIX = "peerdesk-rescued-"
# Row lookups tried in a damaged stretch of a table, and misses in a row that end the search
# past the last row found.
MAX_PROBES = 200_000
MAX_MISSES = 2_000
MAX_FAILURES = 200
_IDENT = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


@dataclass(frozen=True)
class TableRescue:
    """What was saved from one table."""

    table: str
    copied: int  # rows now in the rescued journal, whole or partial
    complete: bool  # every page of the table could be read
    partial: int = 0  # rows brought back with only some fields (from an index), or as a draft
    dropped: int = 0  # rows removed because what they belonged to was lost


@dataclass(frozen=True)
class SalvageReport:
    """What :func:`salvage` saved. ``path`` is None when nothing at all could be read."""

    path: Path | None
    tables: tuple[TableRescue, ...]
    summary: JournalSummary | None

    @property
    def complete(self) -> bool:
        return self.path is not None and all(
            t.complete and not t.dropped and not t.partial for t in self.tables
        )

    def table(self, name: str) -> TableRescue | None:
        return next((t for t in self.tables if t.table == name), None)


def key_for(
    vault: Vault, *, code: str | RecoveryCode | None = None, passphrase: str | None = None
) -> tuple[bytes, KeySlots]:
    """The journal's data key from the recovery code, the passphrase or the keyring (default).

    Works while the journal itself cannot be opened; raises the usual key errors
    (:class:`WrongKey`, :class:`KeyringEntryMissing`, ...).
    """
    slots = vault.read_slots()
    if code is not None:
        parsed = code if isinstance(code, RecoveryCode) else RecoveryCode.parse(code)
        return slots.unwrap(RECOVERY, parsed.secret), slots
    if passphrase is not None:
        return unwrap_passphrase(slots, passphrase), slots
    if slots.lock_mode is LockMode.PASSPHRASE:
        raise PassphraseNeeded(
            QT_TRANSLATE_NOOP("errors", "this journal asks for its lock passphrase every time")
        )
    key = vault.keystore.load(slots.journal_id)
    if key is None:
        raise KeyringEntryMissing(
            QT_TRANSLATE_NOOP("errors", "the keyring holds no key for this journal")
        )
    if not slots.matches(key):
        raise WrongKey(
            QT_TRANSLATE_NOOP("errors", "the key in the keyring does not open this journal")
        )
    return key, slots


# --- reading what can be read --------------------------------------------------------------------


def _quote(name: str) -> str:
    if not _IDENT.match(name):
        raise ValueError(f"unexpected name in the schema: {name!r}")
    return f'"{name}"'


class _Reader:
    """Reads the damaged copy; after a failed read it starts a fresh connection.

    SQLCipher puts a connection into an error state when a page fails its check, after which
    every read on it fails, even of healthy tables; a new connection reads them again.
    """

    def __init__(self, path: Path, key: bytes) -> None:
        self._path = path
        self._key = key
        self._conn: Connection | None = None
        self.conn()  # raises JournalDamaged when not even the schema can be read

    def conn(self) -> Connection:
        if self._conn is None:
            self._conn = connect(self._path, self._key)
            self._conn.execute("PRAGMA query_only = ON")
        return self._conn

    def reset(self) -> None:
        if self._conn is not None:
            with contextlib.suppress(sqlcipher3.Error):
                self._conn.close()
            self._conn = None

    def close(self) -> None:
        self.reset()

    def scan(self, sql: str, found: dict[Any, tuple[Any, ...]], width: int = 1) -> bool:
        """Add rows (``width`` key columns first) until the end or the first unreadable page;
        True when the whole result was read."""
        try:
            for row in self.conn().execute(sql):
                found.setdefault(row[0] if width == 1 else tuple(row[:width]), tuple(row[width:]))
        except (sqlcipher3.DatabaseError, JournalDamaged):
            self.reset()
            return False
        return True

    def one(self, sql: str, params: tuple[Any, ...]) -> tuple[Any, ...] | bool | None:
        """The row, None when there is none, False when it could not be read."""
        try:
            row = self.conn().execute(sql, params).fetchone()
        except (sqlcipher3.DatabaseError, JournalDamaged):
            self.reset()
            return False
        return None if row is None else tuple(row)

    def version(self) -> int:
        try:
            found = int(self.conn().execute("PRAGMA user_version").fetchone()[0])
        except (sqlcipher3.DatabaseError, JournalDamaged):
            self.reset()
            return CURRENT_VERSION
        return found if 1 <= found <= CURRENT_VERSION else CURRENT_VERSION


def _read_rowid_table(src: _Reader, table: str, columns: list[str]) -> tuple[list[Any], bool]:
    cols = ", ".join(_quote(c) for c in columns)
    base = f"SELECT rowid, {cols} FROM {_quote(table)}"
    found: dict[Any, tuple[Any, ...]] = {}
    if src.scan(f"{base} ORDER BY rowid", found):
        return [found[k] for k in sorted(found)], True
    forward_end = max(found, default=0)
    backward: dict[Any, tuple[Any, ...]] = {}
    src.scan(f"{base} ORDER BY rowid DESC", backward)
    found.update(backward)
    upper = min(backward, default=None)
    probe = f"{base} WHERE rowid = ?"
    # Past the last row known (or with no end known), stop after many misses or failures.
    rowid, misses, failures, probes = forward_end + 1, 0, 0, 0
    while probes < MAX_PROBES and (
        (upper is not None and rowid < upper)
        or (upper is None and misses < MAX_MISSES and failures < MAX_FAILURES)
    ):
        probes += 1
        row = src.one(probe, (rowid,))
        if isinstance(row, tuple):
            misses = failures = 0
            found.setdefault(row[0], tuple(row[1:]))
        elif row is None:
            misses += 1
        else:
            failures += 1
        rowid += 1
    return [found[k] for k in sorted(found)], False


def _read_keyed_table(
    src: _Reader, table: str, columns: list[str], key: list[str]
) -> tuple[list[Any], bool]:
    cols = ", ".join(_quote(c) for c in columns)
    order = ", ".join(_quote(c) for c in key)
    base = f"SELECT {order}, {cols} FROM {_quote(table)}"
    found: dict[Any, tuple[Any, ...]] = {}
    if src.scan(f"{base} ORDER BY {order}", found, len(key)):
        return list(found.values()), True
    descending = ", ".join(f"{_quote(c)} DESC" for c in key)
    src.scan(f"{base} ORDER BY {descending}", found, len(key))
    return list(found.values()), False


@dataclass(frozen=True)
class _Table:
    name: str
    columns: list[str]
    key: list[str]  # primary key columns of a WITHOUT ROWID table; empty for rowid tables


def _tables(dst: Connection) -> list[_Table]:
    """The fresh journal's own tables, in creation order, without full-text index tables."""
    found = dst.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        " ORDER BY rowid"
    ).fetchall()
    virtual = [name for name, sql in found if str(sql).upper().startswith("CREATE VIRTUAL")]
    tables = []
    for name, sql in found:
        if any(name == v or name.startswith(f"{v}_") for v in virtual):
            continue  # rebuilt from the notes by the schema's triggers
        info = dst.execute(f"PRAGMA table_info({_quote(name)})").fetchall()
        columns = [str(r[1]) for r in info]
        without_rowid = "WITHOUT ROWID" in str(sql).upper()
        key = [str(r[1]) for r in sorted(info, key=lambda r: r[5]) if r[5]] if without_rowid else []
        tables.append(_Table(name, columns, key))
    return tables


def _drop_dangling(dst: Connection) -> dict[str, int]:
    """Apply each foreign key's ON DELETE rule to rows whose parent row was lost."""
    dropped: dict[str, int] = {}
    tables = [
        r[0]
        for r in dst.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    changed = True
    while changed:
        changed = False
        for table in tables:
            for fk in dst.execute(f"PRAGMA foreign_key_list({_quote(table)})").fetchall():
                parent, column, target, on_delete = fk[2], fk[3], fk[4] or "rowid", fk[6]
                lost = (
                    f"{_quote(column)} IS NOT NULL AND {_quote(column)} NOT IN "
                    f"(SELECT {target if target == 'rowid' else _quote(target)}"
                    f" FROM {_quote(parent)})"
                )
                if on_delete == "SET NULL":
                    sql = f"UPDATE {_quote(table)} SET {_quote(column)} = NULL WHERE {lost}"
                else:  # CASCADE, and anything stricter: the row cannot stay
                    sql = f"DELETE FROM {_quote(table)} WHERE {lost}"
                count = dst.execute(sql).rowcount
                if count > 0:
                    changed = True
                    if not sql.startswith("UPDATE"):
                        dropped[table] = dropped.get(table, 0) + count
    return dropped


def _build_schema(dst: Connection, version: int) -> None:
    script = "".join(MIGRATIONS[:version])
    dst.executescript(f"BEGIN IMMEDIATE;\n{script}\nPRAGMA user_version = {version};\nCOMMIT;")


def _copy_tables(src: _Reader, dst: Connection) -> list[TableRescue]:
    rescued = []
    for table in _tables(dst):
        if table.key:
            found, whole = _read_keyed_table(src, table.name, table.columns, table.key)
        else:
            found, whole = _read_rowid_table(src, table.name, table.columns)
        names = ", ".join(_quote(c) for c in table.columns)
        marks = ", ".join("?" for _ in table.columns)
        dst.executemany(
            f"INSERT OR IGNORE INTO {_quote(table.name)} ({names}) VALUES ({marks})",
            found,
        )
        ((copied,),) = dst.execute(f"SELECT count(*) FROM {_quote(table.name)}").fetchall()
        rescued.append(TableRescue(table.name, int(copied), whole))
    return rescued


def _rebuild_from_indexes(
    src: _Reader, dst: Connection, now: str, rescue_day: str
) -> dict[str, int]:
    """Bring back what an index still holds of sessions and peers whose own pages were lost.

    A session's peer, status and date live in the ``sessions_peer_status`` index, a peer's folded
    pseudonym in ``peers_pseudonym``; these rows come back with the rest of their fields empty,
    so their notes and follow-ups keep something to belong to.
    """
    rebuilt = {"peers": 0, "sessions": 0}
    peers: dict[Any, tuple[Any, ...]] = {}
    src.scan("SELECT id, pseudonym_key FROM peers INDEXED BY peers_pseudonym", peers)
    for peer_id, (name,) in peers.items():
        rebuilt["peers"] += dst.execute(
            "INSERT OR IGNORE INTO peers (id, pseudonym, pseudonym_key, created_at)"
            " VALUES (?, ?, ?, ?)",
            (peer_id, name, name, now),
        ).rowcount
    sessions: dict[Any, tuple[Any, ...]] = {}
    src.scan(
        "SELECT id, peer_id, status, held_on FROM sessions INDEXED BY sessions_peer_status",
        sessions,
    )
    for session_id, (peer_id, status, held_on) in sessions.items():
        rebuilt["sessions"] += dst.execute(
            "INSERT OR IGNORE INTO sessions (id, peer_id, status, held_on, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (session_id, peer_id, status, held_on or rescue_day, now, now),
        ).rowcount
    # Notes whose session is lost entirely are kept in a draft, so they show up on Today.
    rebuilt["sessions"] += dst.execute(
        "INSERT OR IGNORE INTO sessions (id, status, held_on, created_at, updated_at)"
        " SELECT DISTINCT session_id, 'draft', ?, ?, ? FROM notes"
        " WHERE session_id NOT IN (SELECT id FROM sessions)",
        (rescue_day, now, now),
    ).rowcount
    return rebuilt


def _repair(dst: Connection, journal_id: str, now: str) -> dict[str, int]:
    """Make the rescued rows a consistent journal: identity, parents and tags."""
    dst.execute(
        "INSERT OR IGNORE INTO meta (key, value) VALUES ('journal_id', ?), ('created_at', ?)",
        (journal_id, now),
    )
    dst.execute("UPDATE meta SET value = ? WHERE key = 'journal_id'", (journal_id,))
    dropped = _drop_dangling(dst)
    drop_orphaned_new_peers(dst)  # a lost draft's not-yet-added peer goes with it
    # Tags used by rescued sessions but lost themselves come back archived, named by their id.
    dst.execute(
        "INSERT OR IGNORE INTO tags (kind, id, label, position, archived)"
        " SELECT DISTINCT st.kind, st.tag, st.tag, 10000, 1 FROM session_tags st"
        " WHERE NOT EXISTS (SELECT 1 FROM tags t WHERE t.kind = st.kind AND t.id = st.tag)"
    )
    return dropped


def _working_copy(source: Path, folder: Path) -> Path:
    """Copy the damaged journal and its write-ahead log, so reading never changes them."""
    work = folder / f".{source.name}.salvage-{os.getpid()}"
    for suffix in ("", "-wal"):
        original, copy = Path(f"{source}{suffix}"), Path(f"{work}{suffix}")
        with contextlib.suppress(FileNotFoundError):
            copy.unlink()
        if original.exists():
            copy_private(original, copy)
    return work


def _remove(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(FileNotFoundError):
            Path(f"{path}{suffix}").unlink()


def _free_name(folder: Path, when: datetime) -> Path:
    base = f"{PREFIX}{when:%Y%m%d-%H%M%S}"
    candidate, n = folder / f"{base}.db", 2
    while candidate.exists():
        candidate, n = folder / f"{base}-{n}.db", n + 1
    return candidate


def salvage(source: Path, key: bytes, slots: KeySlots, dest: Path, when: datetime) -> SalvageReport:
    """Copy every readable row of the journal at ``source`` into a new journal in ``dest``.

    The new journal (``peerdesk-rescued-….db`` with its ``.keys``) is encrypted under the same
    key and passes the full integrity check. ``source`` and its companions are only read, through
    a copy. Raises :class:`~peerdesk.errors.StorageError` or ``StorageFull`` when the copy
    cannot be written.
    """
    try:
        ensure_private_dir(dest)
        work = _working_copy(source, dest)
    except OSError as exc:
        raise storage_error(
            exc, QT_TRANSLATE_NOOP("errors", "copying the damaged journal")
        ) from exc
    final = _free_name(dest, when)
    building = dest / f".{final.name}.building"
    _remove(building)
    try:
        try:
            src = _Reader(work, key)
        except JournalDamaged:
            log.warning("salvage: nothing in the damaged journal could be read")
            return SalvageReport(None, (), None)
        try:
            dst = connect(building, key, create=True)
            try:
                _build_schema(dst, src.version())
                dst.execute("PRAGMA foreign_keys = OFF")
                dst.execute("BEGIN IMMEDIATE")
                rescued = _copy_tables(src, dst)
                now = stamp(lambda: when)
                partial = _rebuild_from_indexes(src, dst, now, f"{when:%Y-%m-%d}")
                dropped = _repair(dst, slots.journal_id, now)
                dst.execute("COMMIT")
                dst.execute("PRAGMA foreign_keys = ON")
                migrate(dst)
                problems = integrity_problems(dst)
                problems += [str(r) for r in dst.execute("PRAGMA foreign_key_check")]
                if problems:
                    raise JournalDamaged(
                        QT_TRANSLATE_NOOP("errors", "the rescued journal failed a check ({count})"),
                        values={"count": len(problems)},
                    )
                summary = read_summary(dst)
            finally:
                dst.close()
        finally:
            src.close()
        fsync_file(building)
        backups.verify(building, key, slots.journal_id)
        keyslots.write(backups.keys_path(final), slots)
        os.replace(building, final)
        fsync_dir(dest)
    except OSError as exc:
        raise storage_error(
            exc, QT_TRANSLATE_NOOP("errors", "writing the rescued journal")
        ) from exc
    finally:
        _remove(building)
        _remove(work)
    tables = tuple(
        TableRescue(
            t.table,
            t.copied + partial.get(t.table, 0) - dropped.get(t.table, 0),
            t.complete,
            partial.get(t.table, 0),
            dropped.get(t.table, 0),
        )
        for t in rescued
    )
    log.info(
        "salvage: %d of %d tables read whole",
        sum(t.complete for t in tables),
        len(tables),
    )
    return SalvageReport(final, tables, summary)


def rescue_dir(vault: Vault) -> Path:
    return vault.data_dir / RESCUE_DIR


# --- starting over ------------------------------------------------------------------------------


def set_damaged_aside(vault: Vault) -> Path | None:
    """Move the journal, its key file and companions to ``set-aside/<time>-damaged/``.

    Nothing is deleted. Afterwards the data folder holds no journal, so a new one can be made.
    Refuses (``JournalBusy``) while another PeerDesk uses the journal, and while this vault has
    it open.
    """
    if vault.is_unlocked:
        raise RuntimeError("lock the vault before setting its journal aside")
    guard = InstanceLock(vault.data_dir)
    guard.acquire()
    try:
        folder = vault.set_aside([vault.journal_path, vault.slots_path], reason="damaged")
    except OSError as exc:
        raise storage_error(
            exc, QT_TRANSLATE_NOOP("errors", "moving the damaged journal aside")
        ) from exc
    finally:
        guard.release()
    return folder
