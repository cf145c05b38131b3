"""Putting a new journal and its key file in place as one step that no crash can split.

A restore (or a re-key) replaces two files, the journal and its key slots, and no file system can
rename two files at once. Done naively — move the old pair aside, then move the new pair in — a
crash in between leaves a data folder with *no* journal, and the app would then offer to set up a
new, empty one. This module makes the swap safe at every instant:

1. The incoming journal is already written and fsynced (by the caller) under a temporary name; its
   key slots are written beside it as ``.journal.keys.incoming``.
2. The current journal, key file and any ``-wal``/``-shm`` are hard-linked (copied where links are
   not possible) into the set-aside folder, which is fsynced. Nothing has changed yet.
3. A marker, ``.swap-pending``, is written atomically: from here on the swap is decided.
4. The old ``-wal``/``-shm`` are removed (their copies are set aside; a stale log must never be
   replayed into the new journal), then the key file and the journal are renamed into place.
5. The marker is removed.

:func:`finish_interrupted` runs before a journal is opened. After a crash in steps 1-2 it removes
the leftovers (the journal was never touched); after step 3 it completes steps 4-5. Either way the
data folder holds one whole, matching pair, and the set-aside folder holds the old one.

A re-key asks for the old pair to be *discarded* instead (it is under the retired key, which the
old recovery code still unwraps from an old backup's key file). Before step 2 it writes a note,
``.swap-discard``, naming the set-aside folder; once the new journal is open the vault calls
:func:`discard_aside`. :func:`finish_interrupted` discards it too, whichever side of the decision
the crash fell on: before it the folder only holds links to the journal still in use; after it
the new journal had been verified under the new key before the marker was written.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import shutil
from pathlib import Path

from peerdesk import keyslots
from peerdesk.files import (
    copy_private,
    ensure_private_dir,
    fsync_dir,
    fsync_file,
    write_private_atomically,
)
from peerdesk.keyslots import KeySlots

log = logging.getLogger(__name__)

MARKER = ".swap-pending"
DISCARD = ".swap-discard"
ASIDE_DIR = "set-aside"  # the only folder a discard note may name a folder in
INCOMING = ".incoming"
_COMPANIONS = ("-wal", "-shm")


def incoming_path(path: Path) -> Path:
    """Where the new version of ``path`` waits (``.journal.db.incoming``)."""
    return path.with_name(f".{path.name}{INCOMING}")


def _marker(journal_path: Path) -> Path:
    return journal_path.parent / MARKER


def _discard_note(journal_path: Path) -> Path:
    return journal_path.parent / DISCARD


def _half_made(journal_path: Path, slots_path: Path) -> list[Path]:
    """What a swap stopped before its decision leaves: the incoming pair, and the rollback
    journal SQLite keeps beside the incoming journal while a re-key exports into it."""
    incoming = incoming_path(journal_path)
    return [incoming, Path(f"{incoming}-journal"), incoming_path(slots_path)]


def pending(journal_path: Path, slots_path: Path) -> bool:
    """Whether an interrupted swap left anything to finish or to clear away."""
    return any(
        p.exists()
        for p in (
            _marker(journal_path),
            *_half_made(journal_path, slots_path),
            _discard_note(journal_path),
        )
    )


def decided(journal_path: Path) -> bool:
    """Whether a swap was decided (its marker written) and is still to finish: the next
    :func:`finish_interrupted` puts the new pair in place."""
    return _marker(journal_path).exists()


def discard_aside(journal_path: Path) -> bool:
    """Remove the set-aside folder a re-key's note names (the old pair, under the retired key),
    then the note. True when there was one. Safe to repeat."""
    note = _discard_note(journal_path)
    try:
        named = json.loads(note.read_text(encoding="utf-8")).get("aside", "")
    except FileNotFoundError:
        return False
    except (OSError, ValueError, AttributeError):
        named = ""
    parts = Path(str(named)).parts
    if len(parts) == 2 and parts[0] == ASIDE_DIR and parts[1] not in ("..", "."):
        folder = journal_path.parent / parts[0] / parts[1]  # "set-aside/<folder>", nothing else
        shutil.rmtree(folder, ignore_errors=True)
        with contextlib.suppress(OSError):
            folder.parent.rmdir()  # only when nothing else was ever set aside
        if folder.parent.exists():
            fsync_dir(folder.parent)
    _remove(note)
    fsync_dir(journal_path.parent)
    log.info("the journal set aside by a re-key was removed")
    return True


def _keep(source: Path, folder: Path) -> None:
    target = folder / source.name
    try:
        os.link(source, target)
    except OSError:  # no hard links here (another file system, FAT): a copy will do
        copy_private(source, target)
        fsync_file(target)  # on disk before the marker decides the swap


def _remove(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        path.unlink()


def _complete(journal_path: Path, slots_path: Path) -> None:
    """Steps 4 and 5: rename what is still waiting, then drop the marker. Safe to repeat."""
    new_journal, new_slots = incoming_path(journal_path), incoming_path(slots_path)
    if new_journal.exists():  # the old journal is still in place: its log must not survive it
        for suffix in _COMPANIONS:
            _remove(Path(f"{journal_path}{suffix}"))
    if new_slots.exists():
        os.replace(new_slots, slots_path)
    if new_journal.exists():
        os.replace(new_journal, journal_path)
    fsync_dir(journal_path.parent)
    _remove(_marker(journal_path))
    fsync_dir(journal_path.parent)


def swap_in(
    journal_path: Path,
    slots_path: Path,
    slots: KeySlots,
    aside: Path,
    *,
    discard: bool = False,
) -> None:
    """Replace the journal by ``incoming_path(journal_path)`` (already written and fsynced) and
    the key file by ``slots``; the current pair is kept in the new folder ``aside``. With
    ``discard`` (a re-key), a note says that folder goes once the new journal is open
    (:func:`discard_aside`), or at the next :func:`finish_interrupted` after a crash.

    The caller holds the instance lock and has closed the journal. Raises ``OSError`` (or the
    known storage errors of key-slot writing) before step 3 with nothing changed.
    """
    new_journal = incoming_path(journal_path)
    if not new_journal.is_file():
        raise FileNotFoundError(new_journal)
    keyslots.write(incoming_path(slots_path), slots)
    if discard:  # before the folder exists, so no crash can leave it unnamed
        name = f"{aside.parent.name}/{aside.name}"
        write_private_atomically(
            _discard_note(journal_path), json.dumps({"aside": name}).encode("utf-8")
        )
    present = [
        p
        for p in (journal_path, slots_path, *(Path(f"{journal_path}{s}") for s in _COMPANIONS))
        if p.exists()
    ]
    if present:
        ensure_private_dir(aside.parent)
        ensure_private_dir(aside)
        for path in present:
            _keep(path, aside)
        fsync_dir(aside)
        fsync_dir(aside.parent)
    write_private_atomically(
        _marker(journal_path), json.dumps({"aside": aside.name}).encode("utf-8")
    )
    _complete(journal_path, slots_path)
    log.info("the journal was replaced; %d old file(s) kept aside", len(present))


def finish_interrupted(journal_path: Path, slots_path: Path) -> str | None:
    """Finish or undo a swap a crash interrupted; say which ("finished", "cleared") or None.

    The caller holds the instance lock and has no connection open to the journal.
    """
    if _marker(journal_path).exists():
        _complete(journal_path, slots_path)
        discard_aside(journal_path)
        log.warning("a restore or re-key interrupted by a crash was finished")
        return "finished"
    leftovers = [p for p in _half_made(journal_path, slots_path) if p.exists()]
    discarded = discard_aside(journal_path)  # before the decision: links to the journal in use
    if not leftovers:
        return "cleared" if discarded else None
    for path in leftovers:
        _remove(path)
    fsync_dir(journal_path.parent)
    log.warning("the leftovers of a restore or re-key interrupted by a crash were removed")
    return "cleared"
