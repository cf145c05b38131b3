"""After the whole app has run, the marker typed into every field is in no file outside the journal.

The same run as the no-network test (``app_flow_child.py``): first-run setup, a full session
written in the session form with the marker in every field (peer, contact, every note, follow-up
plan, a custom event and stress driver, a resource), search, the clipboard, a backup with a copy
to a second folder, a handout PDF and a report CSV, lock, unlock and quit. Every folder the app
may write to is private to the run.

Afterwards every file is scanned — the data, config, cache and state folders (the log and the
crash log live there), the temporary folder, window.ini, the exports, and anything written to the
system temp folder during the run — for the marker in UTF-8 and UTF-16, in any letter case, and
so is everything the app printed. The encrypted journal and its backups are scanned too: they
must not hold it *in the clear*. Decrypting the journal must then find the marker, so the scan
cannot pass because the text was never saved.
"""

from __future__ import annotations

import os
import secrets
import stat
import string
import tempfile
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest

from peerdesk import backups
from peerdesk.database import SQLITE_HEADER
from peerdesk.keystore import KeyStore, MemoryKeyring
from peerdesk.vault import Vault
from tests.integration.test_no_network import PASSPHRASE, run_app_flow

ENCODINGS = ("utf-8", "utf-16-le", "utf-16-be")
MAX_SCAN_BYTES = 256 * 1024 * 1024


def _marker() -> str:
    """Letters only, so the identifier guard in the session form has nothing to ask about."""
    return "ZQXLEAK" + "".join(secrets.choice(string.ascii_uppercase) for _ in range(12))


def _files_below(folder: Path) -> Iterator[Path]:
    for root, _dirs, names in os.walk(folder):
        for name in names:
            yield Path(root, name)


def _changed_since(folder: Path, since: float) -> Iterator[Path]:
    for path in _files_below(folder):
        try:
            info = path.lstat()
        except OSError:
            continue
        if stat.S_ISREG(info.st_mode) and max(info.st_mtime, info.st_ctime) >= since:
            yield path


def _holding(paths: Iterable[Path], needles: list[bytes]) -> list[str]:
    found = []
    for path in sorted(set(paths)):
        try:
            info = path.lstat()
            if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_SCAN_BYTES:
                continue
            data = path.read_bytes().lower()
        except OSError:
            continue
        found += [f"{path} holds the marker" for n in needles if n in data]
    return found


@pytest.mark.slow
def test_the_marker_is_in_no_file_outside_the_encrypted_journal(tmp_path: Path) -> None:
    marker = _marker()
    since = time.time() - 2
    summary, result = run_app_flow(tmp_path, marker, keyring="memory")
    needles = [marker.lower().encode(e) for e in ENCODINGS]

    home = tmp_path / "home"
    config = home / "xdg_config_home" / "PeerDesk"
    state = home / "xdg_state_home" / "PeerDesk"
    data = tmp_path / "data"
    out = tmp_path / "out"
    written = sorted(_files_below(tmp_path))
    # The places the issue names all exist, so the scan is not of empty folders.
    assert data / "journal.db" in written and data / "journal.keys" in written
    assert (config / "window.ini") in written
    assert (state / "log" / "crash.log") in written and (state / "log" / "peerdesk.log") in written
    assert list((data / "backups").glob("peerdesk-backup-*.db"))
    assert list((out / "usb-drive").glob("peerdesk-backup-*.db"))
    steps = summary["steps"]
    assert isinstance(steps, dict)
    if steps["report"] == "done":
        assert (out / "report.csv") in written
    if not str(steps["handout"]).startswith("skipped"):
        assert (out / "handout.pdf") in written

    scanned = [
        *written,
        *_changed_since(Path(tempfile.gettempdir()), since),
        *(_changed_since(Path("/dev/shm"), since) if Path("/dev/shm").is_dir() else ()),
    ]
    assert _holding(scanned, needles) == []
    printed = (result.stdout + result.stderr).lower()
    assert marker.lower() not in printed

    encrypted = [data / "journal.db", *data.glob("backups/*.db"), *out.glob("usb-drive/*.db")]
    for path in encrypted:
        with path.open("rb") as fh:
            assert not fh.read(16).startswith(SQLITE_HEADER), path

    # Decrypted, the journal and its backups hold the marker in every place it was typed.
    vault = Vault(data, KeyStore(MemoryKeyring()))
    journal = vault.unlock_with_passphrase(PASSPHRASE)
    try:
        (peer,) = [p for p in journal.peers.all() if marker in p.pseudonym]
        assert marker in peer.contact
        hits = journal.search.run(marker)
        assert hits
        stored = journal.sessions.get(hits[0].session_id)
        assert all(marker in text for text in stored.notes.values())
        assert len(stored.notes) >= 6
        assert marker in stored.followup_plan
        assert stored.events and stored.drivers
        assert any(marker in r.name for r in journal.resources.all())
        journal_id = vault.read_slots().journal_id
        for place in (data / "backups", out / "usb-drive"):
            (made,) = backups.existing(place, journal_id)
            assert vault.preview_backup(made.path).summary.sessions == 1
    finally:
        vault.lock()
