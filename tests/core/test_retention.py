"""Retention: old text is shredded so that no byte of the journal keeps it, counts stay the same.

Each shredding test decrypts a copy of the journal inside the test: once to plain SQLite with
SQLCipher's own ``sqlcipher_export`` (every live table, the full-text index included), and once
page by page with AES (every byte of the file, free pages and free space inside pages included).
The marker text must be in neither, while the same copy taken before shredding has it.
"""

from __future__ import annotations

import os
import shutil
import threading
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest
import sqlcipher3
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from peerdesk import backups, report
from peerdesk.database import connect
from peerdesk.demo import fill
from peerdesk.errors import InvalidInput, JournalDamaged
from peerdesk.files import temp_path_beside
from peerdesk.insights import Period, compute
from peerdesk.journal import Journal
from peerdesk.keystore import KeyStore, MemoryKeyring
from peerdesk.preferences import RETENTION_CONTACT_DAYS, RETENTION_NOTES_DAYS, RetentionPolicy
from peerdesk.retention import (
    SUGGESTED_CONTACT_DAYS,
    SUGGESTED_NOTES_DAYS,
    CopiesResult,
    RetentionResult,
    apply_retention,
    preview,
    vacuum,
)
from peerdesk.salvage import rescue_dir, salvage
from peerdesk.sessions import FINISHED, Session
from peerdesk.vault import ASIDE_DIR, Vault
from tests.conftest import FIXED_NOW, Clock

TODAY = FIXED_NOW.date()
PERIOD = Period.parse("2025-06", "2026-11")
OLD = "Quillwort"  # markers: words that appear nowhere else
KEPT = "Bramblefinch"
CONTACT = "Zanzibarphone"
PLAN = "Marrowfat"
REASON = "Tamarisk"
PAGE, RESERVE = 4096, 80  # SQLCipher 4 defaults: 16-byte IV and 64-byte HMAC per page


# --- reading every byte ---------------------------------------------------------------------------


def data_key(vault: Vault, keystore: KeyStore) -> bytes:
    key = keystore.load(vault.read_slots().journal_id)
    assert key is not None
    return key


def settled_copy(vault: Vault, dest: Path) -> Path:
    """A copy of the journal file, taken once the write-ahead log is empty."""
    wal = Path(f"{vault.journal_path}-wal")
    assert not wal.exists() or wal.stat().st_size == 0, "the -wal still holds pages"
    copy = dest / "copy.db"
    shutil.copyfile(vault.journal_path, copy)
    return copy


def exported_plaintext(copy: Path, key: bytes, dest: Path) -> bytes:
    """The copy decrypted to a plain SQLite file with sqlcipher_export; its bytes."""
    plain = dest / "plain.db"
    plain.unlink(missing_ok=True)
    conn = connect(copy, key)
    try:
        conn.execute("ATTACH DATABASE ? AS plain KEY ''", (str(plain),))
        conn.execute("SELECT sqlcipher_export('plain')").fetchall()
        conn.execute("DETACH DATABASE plain")
    finally:
        conn.close()
    data = plain.read_bytes()
    assert data.startswith(b"SQLite format 3\x00")  # really unencrypted
    check = sqlcipher3.connect(str(plain))
    try:
        assert check.execute("SELECT count(*) FROM sessions").fetchone()[0] > 0
    finally:
        check.close()
    return data


def decrypted_pages(copy: Path, key: bytes) -> bytes:
    """Every page of the encrypted file, decrypted (free pages and slack space included)."""
    data = copy.read_bytes()
    assert len(data) % PAGE == 0
    out = bytearray()
    for offset in range(0, len(data), PAGE):
        page = data[offset : offset + PAGE]
        start = 16 if offset == 0 else 0  # page 1 starts with the salt
        iv = page[PAGE - RESERVE : PAGE - RESERVE + 16]
        decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
        out += decryptor.update(page[start : PAGE - RESERVE]) + decryptor.finalize()
    return bytes(out)


def found(data: bytes, marker: str) -> bool:
    """The marker in any case (the full-text index keeps words folded to lower case)."""
    return marker.lower().encode() in data.lower()


# --- a journal with old and new text --------------------------------------------------------------


class Marked:
    def __init__(self, journal: Journal, clock: Clock) -> None:
        fill(journal, 150, seed=4)
        self.peer = journal.peers.add("Tansy", contact=f"call {CONTACT} after six").id
        self.open_peer = journal.peers.add("Yarrow", contact="still here 5550101").id
        old_day = TODAY - timedelta(days=200)
        old = journal.sessions.save(
            Session(
                held_on=old_day,
                status=FINISHED,
                peer_id=self.peer,
                contact_kind="peer_asked",
                outreach_outcome="accepted",
                duration_minutes=40,
                events=["conflict"],
                referral_marks={"eap": "referred"},
                notes={
                    "context": f"{OLD} context note",
                    "listen": f"they spoke of {OLD} and more",
                    "cope": f"walks help ({OLD})",
                },
                followup_on=old_day + timedelta(days=7),
                followup_plan=f"ask about {PLAN}",
            )
        )
        assert old.id is not None
        self.old_session = old.id
        cancelled = journal.sessions.save(
            Session(
                held_on=old_day,
                status=FINISHED,
                peer_id=self.peer,
                contact_kind="follow_up",
                followup_on=old_day + timedelta(days=3),
                followup_plan="another go",
            ),
            second_followup=True,
        )
        due = [f for f in journal.followups.open() if f.origin_session_id == cancelled.id]
        journal.followups.cancel(due[0].id, f"peer said {REASON}")
        recent = journal.sessions.save(
            Session(
                held_on=TODAY - timedelta(days=3),
                status=FINISHED,
                peer_id=self.open_peer,
                contact_kind="peer_asked",
                notes={"listen": f"recent {KEPT} note"},
            )
        )
        assert recent.id is not None
        self.recent_session = recent.id
        clock.now = FIXED_NOW - timedelta(days=60)
        journal.peers.close(self.peer)
        clock.now = FIXED_NOW


@pytest.fixture
def marked(journal: Journal, clock: Clock) -> Marked:
    return Marked(journal, clock)


def figures(journal: Journal) -> tuple[object, str]:
    insights = compute(journal.conn, PERIOD, TODAY)
    return insights, report.build(insights).csv_text()


def turn_on(journal: Journal, notes: int | None = 90, contacts: int | None = 30) -> None:
    journal.preferences.set_retention(RetentionPolicy(notes, contacts))


# --- shredding ----------------------------------------------------------------------------------


def test_shredded_text_is_in_no_byte_of_the_decrypted_journal(
    vault: Vault, keystore: KeyStore, journal: Journal, marked: Marked, clock: Clock, tmp_path: Path
) -> None:
    key = data_key(vault, keystore)
    journal.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before_copy = settled_copy(vault, tmp_path)
    before = exported_plaintext(before_copy, key, tmp_path)
    before_pages = decrypted_pages(before_copy, key)
    for marker in (OLD, KEPT, CONTACT, PLAN, REASON):  # the test can see them when they are there
        assert found(before, marker) and found(before_pages, marker), marker
    counts_before = figures(journal)

    turn_on(journal)
    result = apply_retention(journal, clock)
    assert result.notes >= 3 and result.contacts == 1 and result.plans >= 3
    done = vacuum(vault.journal_path, key)
    assert done.checkpointed

    copy = settled_copy(vault, tmp_path)
    plain = exported_plaintext(copy, key, tmp_path)
    pages = decrypted_pages(copy, key)
    for marker in (OLD, CONTACT, PLAN, REASON):
        assert not found(plain, marker), marker
        assert not found(pages, marker), marker
    assert found(plain, KEPT) and found(pages, KEPT)  # recent notes stay
    assert figures(journal) == counts_before  # the de-identified counts are unchanged
    assert journal.check() == []


def test_what_stays_after_shredding(journal: Journal, marked: Marked, clock: Clock) -> None:
    old_before = journal.sessions.get(marked.old_session)
    turn_on(journal)
    apply_retention(journal, clock)
    old = journal.sessions.get(marked.old_session)
    assert old.notes == {} and old.followup_plan == ""
    assert replace(old, notes={}, followup_plan="", updated_at="") == replace(
        old_before, notes={}, followup_plan="", updated_at=""
    )
    assert journal.sessions.get(marked.recent_session).notes == {"listen": f"recent {KEPT} note"}
    closed = journal.peers.get(marked.peer)
    assert closed.contact == "" and closed.pseudonym == "Tansy"
    assert closed.contact_purged_at == FIXED_NOW.isoformat(timespec="seconds")
    assert journal.peers.get(marked.open_peer).contact == "still here 5550101"
    assert journal.search.run(OLD) == []
    assert [h.session_id for h in journal.search.run(KEPT)] == [marked.recent_session]
    journal.conn.execute("INSERT INTO notes_fts (notes_fts) VALUES ('integrity-check')")
    # The index's own secure delete (paused for one bulk merge) is back on for later deletes.
    ((secure,),) = journal.conn.execute(
        "SELECT v FROM notes_fts_config WHERE k = 'secure-delete'"
    ).fetchall()
    assert secure == 1


def test_retention_is_off_by_default_and_changes_nothing(
    journal: Journal, marked: Marked, clock: Clock
) -> None:
    assert journal.preferences.retention() == RetentionPolicy(None, None)
    changes = journal.conn.total_changes
    assert apply_retention(journal, clock) == RetentionResult()
    assert journal.conn.total_changes == changes
    assert journal.sessions.get(marked.old_session).notes
    assert 30 <= SUGGESTED_CONTACT_DAYS <= SUGGESTED_NOTES_DAYS <= 365


def test_preview_says_what_apply_does_and_a_second_run_finds_nothing(
    journal: Journal, marked: Marked, clock: Clock
) -> None:
    turn_on(journal)
    planned = preview(journal, clock)
    assert planned.changed
    assert planned.notes_before == TODAY - timedelta(days=90)
    assert apply_retention(journal, clock) == planned
    again = apply_retention(journal, clock)
    assert not again.changed and again.notes == again.plans == again.contacts == 0
    # A preview of another policy does not need it saved.
    assert preview(journal, clock, RetentionPolicy(1, None)).notes > 0


@pytest.mark.parametrize(("days", "shredded"), [(200, True), (201, False), (199, True)])
def test_notes_go_on_the_day_they_turn_n_days_old(
    journal: Journal, marked: Marked, clock: Clock, days: int, shredded: bool
) -> None:
    turn_on(journal, notes=days, contacts=None)
    apply_retention(journal, clock)
    assert (journal.sessions.get(marked.old_session).notes == {}) is shredded
    assert journal.peers.get(marked.peer).contact  # contacts are off


@pytest.mark.parametrize(("days", "purged"), [(59, True), (60, True), (61, False)])
def test_contacts_go_n_days_after_closing(
    journal: Journal, marked: Marked, clock: Clock, days: int, purged: bool
) -> None:
    turn_on(journal, notes=None, contacts=days)
    apply_retention(journal, clock)
    assert (journal.peers.get(marked.peer).contact == "") is purged
    assert journal.sessions.get(marked.old_session).notes  # notes are off


def test_reopened_peers_keep_their_contact(journal: Journal, marked: Marked, clock: Clock) -> None:
    journal.peers.reopen(marked.peer)
    turn_on(journal, notes=None, contacts=1)
    assert apply_retention(journal, clock).contacts == 0
    assert CONTACT in journal.peers.get(marked.peer).contact


@pytest.mark.parametrize("days", [0, -1, 3651, True, 1.5, "30"])
def test_unusable_settings_are_refused(journal: Journal, days: object) -> None:
    with pytest.raises(InvalidInput) as raised:
        journal.preferences.set_retention(RetentionPolicy(days, None))  # type: ignore[arg-type]
    assert raised.value.field == "notes_days"
    with pytest.raises(InvalidInput) as raised:
        journal.preferences.set_retention(RetentionPolicy(None, days))  # type: ignore[arg-type]
    assert raised.value.field == "contact_days"
    assert journal.preferences.retention() == RetentionPolicy()


def test_a_damaged_setting_counts_as_off(journal: Journal, marked: Marked, clock: Clock) -> None:
    journal.settings.set(RETENTION_NOTES_DAYS.key, "ninety")
    journal.settings.set(RETENTION_CONTACT_DAYS.key, 30)
    assert journal.preferences.retention() == RetentionPolicy(None, 30)
    apply_retention(journal, clock)
    assert journal.sessions.get(marked.old_session).notes


def test_vacuum_runs_on_another_thread_while_the_journal_stays_open(
    vault: Vault, keystore: KeyStore, journal: Journal, marked: Marked, clock: Clock
) -> None:
    key = data_key(vault, keystore)
    turn_on(journal)
    apply_retention(journal, clock)
    results = []
    worker = threading.Thread(target=lambda: results.append(vacuum(vault.journal_path, key)))
    worker.start()
    worker.join(timeout=60)
    assert results and results[0].checkpointed
    assert results[0].bytes_after <= results[0].bytes_before
    # The window's connection keeps working after the file was rewritten under it.
    assert journal.sessions.get(marked.recent_session).notes
    journal.sessions.save(replace(journal.sessions.get(marked.recent_session), duration_minutes=9))
    assert journal.check() == []


@pytest.mark.parametrize("how", ["forget", "shred"])
def test_forget_and_shred_leave_no_byte_behind_either(
    vault: Vault,
    keystore: KeyStore,
    journal: Journal,
    marked: Marked,
    tmp_path: Path,
    how: str,
) -> None:
    key = data_key(vault, keystore)
    if how == "forget":
        journal.peers.forget(marked.peer)
    else:
        journal.sessions.shred(marked.old_session)
    vacuum(vault.journal_path, key)
    copy = settled_copy(vault, tmp_path)
    plain = exported_plaintext(copy, key, tmp_path)
    pages = decrypted_pages(copy, key)
    gone = (OLD, PLAN, CONTACT, "Tansy") if how == "forget" else (OLD, PLAN)
    for marker in gone:
        assert not found(plain, marker) and not found(pages, marker), marker
    assert found(pages, KEPT)


def test_vacuum_needs_the_right_key(vault: Vault, keystore: KeyStore, journal: Journal) -> None:
    size = vault.journal_path.stat().st_size
    with pytest.raises(JournalDamaged):
        vacuum(vault.journal_path, bytes(32))
    assert vault.journal_path.stat().st_size == size  # nothing was written
    assert journal.check() == []
    assert vacuum(vault.journal_path, data_key(vault, keystore)).checkpointed


# --- every copy PeerDesk keeps --------------------------------------------------------------------


def other_journal(make_vault: Callable[..., Vault], tmp_path: Path, folder: Path) -> Path:
    """A journal today's key cannot open (as one set aside before a re-key), moved to ``folder``."""
    other = make_vault(tmp_path / f"other-{folder.name}", KeyStore(MemoryKeyring()))
    journal, _code = other.create()
    journal.sessions.save(Session(held_on=TODAY - timedelta(days=300), notes={"listen": OLD}))
    other.lock()
    folder.mkdir(parents=True)
    for name in ("journal.db", "journal.keys"):
        shutil.move(other.data_dir / name, folder / name)
    return folder


def test_shredding_reaches_every_copy_peerdesk_keeps(
    vault: Vault,
    keystore: KeyStore,
    journal: Journal,
    marked: Marked,
    clock: Clock,
    make_vault: Callable[..., Vault],
    tmp_path: Path,
) -> None:
    key = data_key(vault, keystore)
    backup = vault.backup().path  # a rotated backup in backups/
    killed = temp_path_beside(backups.free_name(vault.backup_dir, clock()))
    journal.conn.execute("VACUUM INTO ?", (str(killed),))  # a backup killed before its rename
    long_ago = time.time() - 2 * backups.STALE_SECONDS
    os.utime(killed, (long_ago, long_ago))
    rescued = salvage(vault.journal_path, key, vault.read_slots(), rescue_dir(vault), clock()).path
    restored = vault.restore(backup)  # the journal before it goes to set-aside/
    aside = vault.data_dir / ASIDE_DIR
    (before_restore,) = [p / "journal.db" for p in aside.iterdir()]
    expired = other_journal(make_vault, tmp_path, aside / "20260601-120000-damaged")
    recent = other_journal(make_vault, tmp_path, aside / "20261120-120000-before-rekey")
    copies = [backup, killed, before_restore]
    assert rescued is not None and all(found(exported_plaintext(c, key, tmp_path), OLD) for c in
                                       [*copies[::2], rescued])  # fmt: skip

    turn_on(restored, notes=90, contacts=None)
    assert apply_retention(restored, clock).changed
    vacuum(vault.journal_path, key)
    reached = vault.copies_job()(restored.preferences.retention())

    assert set(reached.shredded) == {backup, before_restore, rescued}
    assert reached.stale == (killed,) and not killed.exists()
    assert reached.expired == (expired,) and not expired.exists()
    assert reached.unopened == (recent / "journal.db",)  # too young to expire yet
    for copy in (vault.journal_path, backup, before_restore, rescued):
        wal = Path(f"{copy}-wal")  # the open journal keeps an empty one
        assert not wal.exists() or wal.stat().st_size == 0, copy
        plain = exported_plaintext(copy, key, tmp_path)
        assert not found(plain, OLD) and not found(plain, PLAN), copy
        assert not found(decrypted_pages(copy, key), OLD), copy
        assert found(plain, KEPT), copy  # recent notes stay
    for path in vault.data_dir.rglob("*"):  # no file holds the marker in the clear either
        assert not path.is_file() or not found(path.read_bytes(), OLD), path
    assert vault.preview_backup(backup).summary.sessions > 0  # the backup still restores
    again = vault.copies_job()(restored.preferences.retention())
    assert again.shredded == again.expired == again.stale == ()


def test_copies_are_left_alone_while_retention_is_off(
    vault: Vault, keystore: KeyStore, journal: Journal, marked: Marked, clock: Clock
) -> None:
    backup = vault.backup().path
    reached = vault.copies_job()(RetentionPolicy())
    assert reached == CopiesResult()
    assert found(exported_plaintext(backup, data_key(vault, keystore), backup.parent), OLD)


def test_a_lock_stops_reaching_copies_between_two(
    vault: Vault, keystore: KeyStore, journal: Journal, marked: Marked
) -> None:
    backup = vault.backup().path
    turn_on(journal)
    stop = threading.Event()
    stop.set()
    assert vault.copies_job()(journal.preferences.retention(), stop) == CopiesResult()
    assert found(exported_plaintext(backup, data_key(vault, keystore), backup.parent), OLD)
    assert vault.copies_job()(journal.preferences.retention(), None).shredded == (backup,)


@pytest.mark.parametrize(("notes", "contacts"), [(365, 30), (None, 30)])
def test_a_set_aside_copy_expires_only_once_every_note_in_it_is_due(
    vault: Vault,
    journal: Journal,
    make_vault: Callable[..., Vault],
    tmp_path: Path,
    notes: int | None,
    contacts: int | None,
) -> None:
    """Only closed contacts are due after 30 days: notes kept for a year (or for ever) must not
    go with a set-aside journal today's key cannot open, 60 days after it was set aside."""
    made = (TODAY - timedelta(days=60)).strftime("%Y%m%d")
    aside = other_journal(make_vault, tmp_path, vault.data_dir / ASIDE_DIR / f"{made}-120000-x")
    reached = vault.copies_job()(RetentionPolicy(notes, contacts))
    assert reached.expired == ()
    assert (aside / "journal.db").exists()
    assert reached.unopened == (aside / "journal.db",)


def test_a_set_aside_name_of_the_journal_in_use_is_not_a_copy_to_rewrite(
    vault: Vault, journal: Journal, marked: Marked, clock: Clock, make_vault: Callable[..., Vault]
) -> None:
    """A restore stopped before its decision (killed, or a full disk at the marker) leaves
    set-aside/ holding a second name (hard link) of the journal still in use. Shredding and
    rewriting it there, beside the open journal and its log, must not touch the journal."""
    turn_on(journal)
    peer = journal.peers.add("Late peer").id
    late = journal.sessions.save(
        Session(held_on=TODAY, status=FINISHED, peer_id=peer, contact_kind="peer_asked")
    )
    aside = vault.data_dir / ASIDE_DIR / "20261126-093000-before-restore"
    aside.mkdir(parents=True)
    os.link(vault.journal_path, aside / "journal.db")  # what swap_in keeps before the marker
    reached = vault.copies_job()(journal.preferences.retention())
    assert aside / "journal.db" not in reached.shredded
    assert journal.check() == []
    assert journal.sessions.get(late.id).peer_id == peer
    keystore = vault.keystore
    vault.lock()
    again = make_vault(vault.data_dir, keystore).unlock_with_keyring()
    assert again.check() == []
    assert again.sessions.get(late.id).peer_id == peer
