"""Rescuing what is readable from a damaged journal, and starting over without deleting anything."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from peerdesk import backups, salvage
from peerdesk.database import SQLITE_HEADER, rows
from peerdesk.errors import JournalBusy, JournalDamaged, KeyringEntryMissing, WrongKey
from peerdesk.journal import Journal
from peerdesk.keystore import KeyStore, MemoryKeyring
from peerdesk.recovery import RecoveryCode
from peerdesk.sessions import FINISHED, Session
from peerdesk.vault import ASIDE_DIR, Vault
from tests.conftest import FAST, Clock, day

PAGE = 4096
SESSIONS = 300


def _fill(journal: Journal) -> None:
    peer = journal.peers.add("Heron", contact="ask at the front desk")
    other = journal.peers.add("Kestrel")
    for i in range(SESSIONS):
        journal.sessions.save(
            Session(
                held_on=day(1 + i % 25),
                status=FINISHED,
                peer_id=peer.id if i % 3 else other.id,
                contact_kind="peer_asked",
                events=["adverse_event_or_error"] if i % 2 else [],
                notes={"cope": f"note number {i} " + "walks help " * 40},
                followup_on=day(26) if i % 10 == 0 else None,
                followup_plan="call again" if i % 10 == 0 else "",
            ),
            second_followup=True,
        )


@pytest.fixture
def damaged(vault: Vault) -> tuple[Vault, RecoveryCode]:
    """A journal of 300 sessions, locked (so its write-ahead log is folded in)."""
    journal, code = vault.create()
    _fill(journal)
    vault.lock()
    return vault, code


def _root_page(vault: Vault, table: str) -> int:
    journal = vault.unlock_with_keyring()
    ((page,),) = rows(journal.conn, "SELECT rootpage FROM sqlite_master WHERE name = ?", (table,))
    vault.lock()
    return int(page)


def _page_count(vault: Vault) -> int:
    return vault.journal_path.stat().st_size // PAGE


def _spoil(path: Path, *pages: int) -> None:
    """Overwrite part of each page: SQLCipher's page check then refuses the whole page."""
    data = bytearray(path.read_bytes())
    for page in pages:
        start = (page - 1) * PAGE + 200
        data[start : start + 64] = bytes(64)
    path.write_bytes(bytes(data))


def _digest(*paths: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in paths if p.exists()}


def _run(vault: Vault, clock: Clock, **how: str) -> salvage.SalvageReport:
    key, slots = salvage.key_for(vault, **how)  # type: ignore[arg-type]
    return salvage.salvage(vault.journal_path, key, slots, salvage.rescue_dir(vault), clock())


def test_damage_in_the_middle_costs_only_the_rows_on_the_bad_pages(
    damaged: tuple[Vault, RecoveryCode], clock: Clock
) -> None:
    vault, _code = damaged
    middle = _page_count(vault) // 2
    _spoil(vault.journal_path, middle, middle + 1)
    try:
        journal = vault.unlock_with_keyring()
    except JournalDamaged:
        pass
    else:
        assert journal.check() != []  # the journal itself no longer passes its checks
        vault.lock()
    before = _digest(vault.journal_path, vault.slots_path)

    report = _run(vault, clock)

    assert _digest(vault.journal_path, vault.slots_path) == before  # only ever read
    assert report.path is not None and report.summary is not None
    assert not report.complete
    assert [t.table for t in report.tables if not t.complete]  # it says what was not whole
    notes = report.table("notes")
    sessions = report.table("sessions")
    assert notes is not None and sessions is not None
    # Two pages hold a handful of rows; everything else comes back.
    assert notes.copied + sessions.copied >= 2 * SESSIONS - 30
    assert report.summary.sessions == sessions.copied
    assert report.path.name.startswith(salvage.PREFIX)
    assert backups.keys_path(report.path).is_file()
    assert not report.path.read_bytes().startswith(SQLITE_HEADER)
    assert vault.preview_backup(report.path).summary == report.summary  # checked like a backup
    assert [p.name for p in report.path.parent.iterdir() if p.name.startswith(".")] == []


def test_a_lost_sessions_page_keeps_every_note_through_the_indexes(
    damaged: tuple[Vault, RecoveryCode], clock: Clock
) -> None:
    vault, _code = damaged
    _spoil(vault.journal_path, _root_page(vault, "sessions"))

    report = _run(vault, clock)

    sessions = report.table("sessions")
    notes = report.table("notes")
    assert sessions is not None and notes is not None
    assert not sessions.complete
    assert sessions.partial == sessions.copied == SESSIONS  # date, peer and status from the index
    assert notes.copied == SESSIONS and notes.dropped == 0
    assert report.path is not None
    journal = vault.restore(report.path)  # the rescued journal becomes the journal
    assert len(list((vault.data_dir / ASIDE_DIR).glob("*/journal.db"))) == 1  # the damaged one
    assert journal.check() == []
    assert journal.sessions.count() == SESSIONS
    heron = journal.peers.find("Heron")
    assert heron is not None
    session = journal.sessions.get(2)
    assert session.peer_id == heron.id and session.held_on == day(2)
    assert session.notes["cope"].startswith("note number 1 ")
    assert {h.session_id for h in journal.search.run('"note number 17"')} == {18}


def test_notes_without_any_trace_of_their_session_are_kept_in_drafts(
    damaged: tuple[Vault, RecoveryCode], clock: Clock
) -> None:
    vault, _code = damaged
    journal = vault.unlock_with_keyring()
    pages = [
        int(r[0])
        for r in rows(
            journal.conn,
            "SELECT rootpage FROM sqlite_master WHERE tbl_name = 'sessions' AND rootpage > 0",
        )
    ]
    vault.lock()
    _spoil(vault.journal_path, *pages)  # the table and every one of its indexes

    report = _run(vault, clock)

    assert report.summary is not None
    assert report.summary.drafts == SESSIONS  # the notes wait on Today, in drafts
    assert report.table("notes") == salvage.TableRescue("notes", SESSIONS, True)


def test_nothing_readable_writes_nothing(damaged: tuple[Vault, RecoveryCode], clock: Clock) -> None:
    vault, _code = damaged
    _spoil(vault.journal_path, 1)
    report = _run(vault, clock)
    assert report.path is None and report.summary is None and not report.complete
    assert list(salvage.rescue_dir(vault).iterdir()) == []


def test_a_healthy_journal_is_copied_whole(
    damaged: tuple[Vault, RecoveryCode], clock: Clock
) -> None:
    vault, _code = damaged
    report = _run(vault, clock)
    assert report.complete
    assert report.summary is not None and report.summary.sessions == SESSIONS
    assert all(t.partial == t.dropped == 0 for t in report.tables)


def test_the_write_ahead_log_is_read_too_and_left_alone(vault: Vault, clock: Clock) -> None:
    journal, _code = vault.create()
    journal.conn.execute("PRAGMA wal_autocheckpoint = 0")
    journal.peers.add("Only in the log")
    wal = Path(f"{vault.journal_path}-wal")
    before = _digest(vault.journal_path, wal)
    key, slots = salvage.key_for(vault)
    report = salvage.salvage(vault.journal_path, key, slots, salvage.rescue_dir(vault), clock())
    assert _digest(vault.journal_path, wal) == before
    peers = report.table("peers")
    assert peers is not None and peers.copied == 1


def test_the_key_comes_from_the_code_the_passphrase_or_the_keyring(
    vault: Vault, tmp_path: Path, clock: Clock
) -> None:
    _journal, code = vault.create(passphrase="a long lock passphrase")
    vault.lock()
    from_keyring, _ = salvage.key_for(vault)
    assert salvage.key_for(vault, code=code.text)[0] == from_keyring
    assert salvage.key_for(vault, passphrase="a long lock passphrase")[0] == from_keyring
    with pytest.raises(WrongKey):
        salvage.key_for(vault, passphrase="not the passphrase")
    elsewhere = Vault(vault.data_dir, KeyStore(MemoryKeyring()), clock=clock, kdf_cost=FAST)
    with pytest.raises(KeyringEntryMissing):
        salvage.key_for(elsewhere)


def test_starting_over_moves_the_journal_aside_and_deletes_nothing(
    damaged: tuple[Vault, RecoveryCode],
) -> None:
    vault, _code = damaged
    before = _digest(vault.journal_path, vault.slots_path)
    folder = salvage.set_damaged_aside(vault)
    assert folder is not None and folder.name.endswith("-damaged")
    assert _digest(folder / "journal.db", folder / "journal.keys") == before
    assert not vault.exists() and not vault.slots_path.exists()
    _journal, _new_code = vault.create()  # a fresh start is now possible
    assert vault.journal is not None and vault.journal.summary().sessions == 0


def test_starting_over_is_refused_while_the_journal_is_in_use(
    damaged: tuple[Vault, RecoveryCode], clock: Clock
) -> None:
    vault, _code = damaged
    other = Vault(vault.data_dir, vault.keystore, clock=clock, kdf_cost=FAST)
    other.unlock_with_keyring()
    try:
        with pytest.raises(JournalBusy):
            salvage.set_damaged_aside(vault)
        with pytest.raises(RuntimeError):
            salvage.set_damaged_aside(other)
    finally:
        other.lock()
    assert vault.exists()


def test_a_rescue_keeps_no_pseudonym_of_a_draft_it_lost(
    vault: Vault, clock: Clock, data_dir: Path
) -> None:
    """A draft's not-yet-added peer lives in the meta table under ``new_peer.<session id>``. A
    session row the rescue loses must not leave that pseudonym behind: it would outlive the
    draft (shredding never finds it) and stick to whichever new session gets the id next."""
    journal, _code = vault.create()
    kept = journal.sessions.save(Session(held_on=day(2), new_peer="Plover"))
    lost = journal.sessions.save(Session(held_on=day(3), new_peer="Sandpiper"))
    assert lost.id is not None and kept.id is not None
    # The lost draft's row is gone, its meta row is not: what a lost sessions page leaves.
    journal.conn.execute("PRAGMA foreign_keys = OFF")
    journal.conn.execute("DELETE FROM sessions WHERE id = ?", (lost.id,))
    vault.lock()

    report = _run(vault, clock)

    assert report.path is not None
    rescued = vault.restore(report.path)
    keys = [r[0] for r in rows(rescued.conn, "SELECT key FROM meta WHERE key LIKE 'new%'")]
    assert keys == [f"new_peer.{kept.id}"]
    assert rescued.sessions.get(kept.id).new_peer == "Plover"
    fresh = rescued.sessions.save(Session(held_on=day(4)))
    assert fresh.id == lost.id  # the id comes round again...
    assert rescued.sessions.get(fresh.id).new_peer == ""  # ...without the lost draft's peer
    assert not any("Sandpiper" in str(v) for (v,) in rows(rescued.conn, "SELECT value FROM meta"))
