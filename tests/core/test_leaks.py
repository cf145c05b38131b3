"""No journal text, key or recovery code reaches a file in the clear, a temp file or the log.

A marker is saved in every text field the core stores. Then the journal is backed up (into the
data folder and elsewhere), restored and re-keyed (both set the old journal aside), written to
again and locked. Every file that could hold the text is scanned for the marker, in UTF-8 and
UTF-16 and in any letter case, while the journal is open (with its -wal and -shm files) and after
it is locked. Decrypting with the key must find the marker again, so a save that silently dropped
the text cannot pass.
"""

from __future__ import annotations

import logging
import os
import secrets
import stat
import tempfile
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest

from peerdesk import flow, keyslots
from peerdesk.database import SQLITE_HEADER, connect, rows
from peerdesk.instance import LOCK_FILE
from peerdesk.journal import Journal
from peerdesk.keystore import MemoryKeyring
from peerdesk.resources import Resource
from peerdesk.sessions import FINISHED, Session
from peerdesk.tags import DRIVER, EVENT
from peerdesk.vault import ASIDE_DIR, Vault
from tests.conftest import day

NOTE_STEPS = tuple(s.id for s in flow.FLOW.steps if s.has_notes)
RESOURCE_TEXT = ("name", "description", "phone", "text_line", "web", "hours", "audience")
ENCODINGS = ("utf-8", "utf-16-le", "utf-16-be")
MAX_SCAN_BYTES = 64 * 1024 * 1024


def _fill(journal: Journal, marker: str) -> dict[str, int]:
    """Put ``marker`` into every text field the journal stores; return the ids made."""
    peer = journal.peers.add(f"{marker} pseudonym", contact=f"{marker} contact")
    event = journal.tags.add(EVENT, f"{marker} event")
    driver = journal.tags.add(DRIVER, f"{marker} driver")
    resource = journal.resources.save(
        Resource(
            category="peer_support",
            **{name: f"{marker} {name}" for name in RESOURCE_TEXT},
            last_verified_on=day(1),
        )
    )
    assert resource.id is not None
    sessions = [
        journal.sessions.save(
            Session(
                held_on=day(n),
                status=FINISHED,
                peer_id=peer.id,
                contact_kind="peer_asked",
                events=[event.id],
                drivers=[driver.id],
                notes={step: f"{marker} note for {step}" for step in NOTE_STEPS},
                resource_marks={resource.id: "handout"},
                followup_on=day(20 + n),
                followup_plan=f"{marker} plan {n}",
            ),
            second_followup=True,
        )
        for n in (2, 3)
    ]
    assert sessions[0].id is not None and sessions[1].id is not None
    (cancelled,) = [f for f in journal.followups.open() if f.origin_session_id == sessions[0].id]
    journal.followups.cancel(cancelled.id, f"{marker} reason")
    journal.settings.set("ui.last_search", f"{marker} setting")
    return {
        "peer": peer.id,
        "resource": resource.id,
        "session": sessions[0].id,
        "open_session": sessions[1].id,
        "cancelled": cancelled.id,
    }


def _needles(marker: str, codes: Iterable[str], keys: Iterable[bytes]) -> dict[bytes, str]:
    """Byte patterns no file may hold, lowercased (the scanned bytes are lowercased too), each
    with a name to report instead of the secret itself."""
    texts = {marker: "the marker"}
    for code in codes:
        texts |= {code: "a recovery code", code.replace("-", ""): "a recovery code"}
    texts |= {key.hex(): "a key in hex" for key in keys}
    found = {t.lower().encode(e): f"{what} ({e})" for t, what in texts.items() for e in ENCODINGS}
    return found | {key.lower(): "a raw key" for key in keys}


def _files_below(folder: Path) -> Iterator[Path]:
    for root, _dirs, names in os.walk(folder):
        for name in names:
            yield Path(root, name)


def _recent_temp_files(since: float) -> Iterator[Path]:
    """Files in the system temp folder changed since the test began (readable or not)."""
    for path in _files_below(Path(tempfile.gettempdir())):
        try:
            info = path.lstat()
        except OSError:
            continue
        if stat.S_ISREG(info.st_mode) and max(info.st_mtime, info.st_ctime) >= since:
            yield path


def _leaks(paths: Iterable[Path], needles: dict[bytes, str]) -> list[str]:
    """Each scanned file that holds a needle. Sockets, pipes and unreadable files are skipped."""
    found = []
    for path in sorted(set(paths)):
        try:
            info = path.lstat()
            if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_SCAN_BYTES:
                continue
            data = path.read_bytes().lower()
        except OSError:  # vanished, or not ours to read
            continue
        found += [f"{path} holds {what}" for n, what in needles.items() if n in data]
    return found


def _scan(
    vault: Vault, elsewhere: Path, tmp_path: Path, since: float, needles: dict[bytes, str]
) -> list[Path]:
    paths = [
        *_files_below(vault.data_dir),
        *_files_below(elsewhere),
        *_files_below(tmp_path),
        *_recent_temp_files(since),
    ]
    assert vault.journal_path in paths and vault.slots_path in paths
    assert _leaks(paths, needles) == []
    return paths


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _journal_files(*folders: Path) -> list[Path]:
    return sorted(p for folder in folders for p in folder.rglob("*.db") if p.is_file())


def _read_encrypted(path: Path, keys: list[bytes]) -> list[str]:
    """Peer pseudonyms and note texts of an encrypted journal or backup, with the key its
    key-slot file names."""
    slots = keyslots.read(path.with_suffix(".keys"))
    (key,) = [k for k in keys if slots.matches(k)]
    conn = connect(path, key)
    try:
        texts = [r[0] for r in rows(conn, "SELECT pseudonym FROM peers")]
        return texts + [r[0] for r in rows(conn, "SELECT text FROM notes")]
    finally:
        conn.close()


def _check_marker_is_kept(journal: Journal, marker: str, ids: dict[str, int]) -> None:
    """Decrypted, every field holds the marker: the scan had something to find."""
    peer = journal.peers.get(ids["peer"])
    assert peer.pseudonym == f"{marker} pseudonym"
    assert peer.contact == f"{marker} contact"
    assert journal.peers.find(f"{marker} second peer") is not None
    session = journal.sessions.get(ids["session"])
    assert session.notes == {step: f"{marker} note for {step}" for step in NOTE_STEPS}
    assert session.followup_plan == f"{marker} plan 2"
    assert journal.sessions.get(ids["open_session"]).followup_plan == f"{marker} plan 3"
    cancelled = journal.followups.get(ids["cancelled"])
    assert cancelled.cancel_reason == f"{marker} reason"
    assert cancelled.plan == f"{marker} plan 2"
    resource = journal.resources.get(ids["resource"])
    for name in RESOURCE_TEXT:
        assert getattr(resource, name) == f"{marker} {name}"
    labels = {t.label for kind in (EVENT, DRIVER) for t in journal.tags.all(kind)}
    assert {f"{marker} event", f"{marker} driver"} <= labels
    assert journal.settings.get("ui.last_search") == f"{marker} setting"
    assert journal.settings.get("ui.after_rekey") == f"{marker} after rekey"
    assert {h.session_id for h in journal.search.run(marker)} == {
        ids["session"],
        ids["open_session"],
    }


@pytest.fixture
def usual_umask() -> Iterator[None]:
    """The common umask (0022), so the file-mode checks do not depend on the test machine's."""
    old = os.umask(0o022)
    yield
    os.umask(old)


def _keys(keyring: MemoryKeyring) -> list[bytes]:
    return [bytes.fromhex(v) for v in keyring.entries.values()]


@pytest.mark.usefixtures("usual_umask")
def test_no_journal_text_key_or_code_leaves_the_encryption(
    vault: Vault,
    keyring_backend: MemoryKeyring,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    since = time.time() - 2  # file times can lag the clock a little
    caplog.set_level(logging.DEBUG)
    marker = f"ZQXMARKER{secrets.token_hex(8)}"
    elsewhere = tmp_path / "elsewhere"

    journal, code = vault.create()
    keys = _keys(keyring_backend)
    ids = _fill(journal, marker)
    first = vault.backup()
    vault.backup(elsewhere)
    # Open: the -wal file holds the latest pages.
    wal = Path(f"{vault.journal_path}-wal")
    assert wal.stat().st_size > 0
    assert wal in _scan(vault, elsewhere, tmp_path, since, _needles(marker, [code.text], keys))
    if os.name == "posix":
        assert _mode(wal) == _mode(Path(f"{vault.journal_path}-shm")) == 0o600

    vault.restore(first.path)  # sets the journal aside
    # A re-key backs up under the new key and leaves no copy under the old one in set-aside.
    codes = [code.text, vault.regenerate_recovery_code().text]
    keys += _keys(keyring_backend)
    assert len(set(keys)) == 2 and len(set(codes)) == 2
    assert vault.journal is not None
    vault.journal.peers.add(f"{marker} second peer")
    vault.journal.settings.set("ui.after_rekey", f"{marker} after rekey")
    needles = _needles(marker, codes, keys)
    _scan(vault, elsewhere, tmp_path, since, needles)

    vault.lock()
    _scan(vault, elsewhere, tmp_path, since, needles)

    journals = _journal_files(vault.data_dir, elsewhere)
    names = {p.relative_to(tmp_path).parts[:2] for p in journals}
    assert {("data", "journal.db"), ("data", "backups"), ("data", "set-aside")} <= names
    assert ("elsewhere", first.path.name) in names
    assert len(list((vault.data_dir / "set-aside").glob("*/journal.db"))) == 1  # the restore's
    for path in journals:
        with path.open("rb") as fh:
            head = fh.read(4096)
        assert len(head) == 4096 and not head.startswith(SQLITE_HEADER), path
        assert any(marker in text for text in _read_encrypted(path, keys)), path

    if os.name == "posix":
        assert _mode(vault.data_dir) == 0o700
        for path in vault.data_dir.rglob("*"):
            assert _mode(path) == (0o700 if path.is_dir() else 0o600), path
        for path in elsewhere.iterdir():
            assert _mode(path) == 0o600, path

    assert vault.unlock_with_keyring() is not None
    assert vault.journal is not None
    _check_marker_is_kept(vault.journal, marker, ids)
    vault.lock()

    assert any(r.name.startswith("peerdesk.") for r in caplog.records), "no log was captured"
    logged = "\n".join(
        [caplog.text]
        + [
            f"{r.getMessage()} {r.args!r} {r.exc_text or ''} {r.stack_info or ''}"
            for r in caplog.records
        ]
    ).lower()
    for text in [marker, *codes, *(c.replace("-", "") for c in codes), *(k.hex() for k in keys)]:
        assert text.lower() not in logged


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
@pytest.mark.usefixtures("usual_umask")
def test_the_instance_lock_file_is_private(vault: Vault) -> None:
    vault.create()
    assert _mode(vault.data_dir / LOCK_FILE) == 0o600


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
@pytest.mark.usefixtures("usual_umask")
def test_the_set_aside_folder_is_private(vault: Vault) -> None:
    vault.create()
    vault.restore(vault.backup().path)
    aside = vault.data_dir / ASIDE_DIR
    assert [_mode(p) for p in aside.iterdir()] == [0o700]
    assert _mode(aside) == 0o700
