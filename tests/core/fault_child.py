"""The children that ``test_fault_injection`` kills, starves of disk space, or types into.

Run as ``python tests/core/fault_child.py MODE DATA_DIR [SEED]`` with the lock passphrase as the
first line of stdin (never on the command line, where ``ps`` shows it); the ``passphrase`` mode
reads the recovery code on the second line. Each finished step is
reported on stdout with one ``os.write`` ("saved 100001", "backup …", "restored …", ...), so a kill
never leaves half a line. Only the core is imported (and Qt for the ``form`` mode), so a child
starts quickly. Every session's content is derived from its number (:func:`session_for`), so the
parent can tell exactly which sessions a journal holds. Not a test module: pytest does not collect
it.
"""

from __future__ import annotations

import json
import os
import random
import resource
import signal
import sys
from datetime import date, timedelta
from pathlib import Path

from peerdesk import backup_job, backups, schema
from peerdesk.database import rows
from peerdesk.journal import Journal
from peerdesk.keyslots import KdfCost
from peerdesk.keystore import KeyStore, MemoryKeyring
from peerdesk.recovery import RecoveryCode
from peerdesk.sessions import FINISHED, Session
from peerdesk.vault import Vault

FAST = KdfCost(n=2**10, r=8, p=1)  # new key slots (re-key) are cheap to make
PASSPHRASE = "a passphrase for fault trials"
OTHER_PASSPHRASE = "another passphrase for fault trials"
PEER = "Heron"
BASE_SESSIONS = 120
# A migration the children and the checks both know: it rewrites every session row.
MIGRATION_V2 = (
    "CREATE TABLE fault_trial (id INTEGER PRIMARY KEY, note TEXT NOT NULL);\n"
    "ALTER TABLE sessions ADD COLUMN trial_mark INTEGER NOT NULL DEFAULT 0;\n"
    "UPDATE sessions SET trial_mark = id;\n"
    "INSERT INTO fault_trial (note) SELECT 'migrated ' || id FROM sessions;\n"
)


# --- what every session holds, derived from its number --------------------------------------------


def note_for(n: int) -> str:
    rng = random.Random(n)
    words = ["slept badly", "talked it through", "walks help", "the review", "not alone"]
    return f"session {n}: " + " ".join(rng.choice(words) for _ in range(40))


def session_for(n: int, peer_id: int) -> Session:
    return Session(
        held_on=date(2026, 1, 1) + timedelta(days=n % 300),
        status=FINISHED,
        peer_id=peer_id,
        contact_kind="peer_asked",
        notes={"cope": note_for(n), "listen": f"listened {n}"},
    )


def number_of(journal: Journal, session_id: int) -> int:
    """Which ``session_for(n)`` a stored session was written from (its notes say)."""
    text = journal.sessions.get(session_id).notes["cope"]
    n = int(text.split(":", 1)[0].removeprefix("session "))
    assert journal.sessions.get(session_id).notes == session_for(n, 0).notes, session_id
    return n


def stored_numbers(journal: Journal) -> set[int]:
    return {number_of(journal, sid) for (sid,) in rows(journal.conn, "SELECT id FROM sessions")}


# --- the children ---------------------------------------------------------------------------------


def _report(line: str) -> None:
    os.write(1, (line + "\n").encode())  # one write per line: a kill never leaves half a line


def _open(data_dir: Path) -> tuple[Vault, Journal, str]:
    """Unlock with the passphrase from stdin (never argv, where ``ps`` shows it)."""
    passphrase = sys.stdin.readline().rstrip("\n")
    vault = Vault(data_dir, KeyStore(MemoryKeyring()), kdf_cost=FAST)
    return vault, vault.unlock_with_passphrase(passphrase), passphrase


SHIPPED_MIGRATIONS = schema.MIGRATIONS


def use_migration_v2() -> None:
    """Add the trial migration after the shipped ones (named V2 when it was the second)."""
    schema.MIGRATIONS = (*SHIPPED_MIGRATIONS, MIGRATION_V2)
    schema.CURRENT_VERSION = len(schema.MIGRATIONS)


def child_main() -> None:
    """``python tests/core/fault_child.py MODE DATA_DIR [SEED]``, passphrase on stdin."""
    mode, data_dir = sys.argv[1], Path(sys.argv[2])
    rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 0)
    if mode == "migrate":
        use_migration_v2()
        _report("ready")
        vault, _journal, _secret = _open(data_dir)
        _report("migrated")
        vault.lock()
        return
    if mode.startswith("full-"):
        _full_disk(mode, data_dir)
        return
    if mode.startswith("enospc-"):
        _really_full_disk(mode, data_dir)
        return
    vault, journal, passphrase = _open(data_dir)
    code_typed = sys.stdin.readline().strip() if mode == "passphrase" else ""
    peer = journal.peers.find(PEER)
    assert peer is not None
    _report("ready")
    n = 100_000 + rng.randrange(1000) * 1000
    step = 0
    while True:
        step += 1
        if mode == "save":
            journal.sessions.save(session_for(n, peer.id))
            _report(f"saved {n}")
            n += 1
        elif mode == "backup":
            if step % 2:
                made = vault.backup(keep=3)
            else:
                made = backup_job.run(vault.backup_job(keep=3)).backup
            _report(f"backup {made.path.name}")
        elif mode == "restore":
            chosen = sorted(vault.backup_dir.glob("peerdesk-backup-*.db"))[step % 2]
            journal = vault.restore(chosen)
            _report(f"restored {chosen.name}")
        elif mode == "rekey":  # a new recovery code, the passphrase kept
            code = RecoveryCode.generate()
            _report(f"code {code.text}")  # before the switch, as the app shows it first
            vault.regenerate_recovery_code(passphrase, code=code)
            journal = vault.journal or journal
            _report("rekeyed")
        elif mode == "passphrase":  # a changed passphrase, the recovery code typed back
            passphrase = OTHER_PASSPHRASE if passphrase == PASSPHRASE else PASSPHRASE
            _report(f"changing to {'other' if passphrase == OTHER_PASSPHRASE else 'first'}")
            vault.set_passphrase(passphrase, recovery_code=code_typed)
            journal = vault.journal or journal
            _report("changed")
        elif mode == "shred":
            saved = journal.sessions.save(session_for(n, peer.id))
            _report(f"saved {n}")
            assert saved.id is not None
            journal.sessions.shred(saved.id)
            _report(f"shredded {n}")
            if step % 3 == 0:
                journal.conn.execute("VACUUM")  # the rewrite after shredding
                _report("vacuumed")
            n += 1
        else:
            raise SystemExit(f"unknown mode {mode}")


def _fill_until_it_fails(mode: str, vault: Vault, journal: Journal, n: int) -> int:
    """Save sessions (and, in the backup modes, back up after every few) until a write fails."""
    peer = journal.peers.find(PEER)
    assert peer is not None
    doing = "save"
    try:
        for step in range(100_000):
            doing = "save" if mode.endswith("-save") or step % 4 == 3 else "backup"
            if doing == "save":
                journal.sessions.save(session_for(n, peer.id))
                _report(f"saved {n}")
                n += 1
            else:
                made = vault.backup() if step % 2 else backup_job.run(vault.backup_job())
                path = made.path if isinstance(made, backups.Backup) else made.backup.path
                _report(f"backup {path.name}")
    except Exception as exc:
        _report(f"failed {type(exc).__name__} {getattr(exc, 'code', '')} {doing}")
    return n


def _full_disk(mode: str, data_dir: Path) -> None:
    """Save and back up under a file-size limit until a write fails; then with room again."""
    vault, journal, _secret = _open(data_dir)
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit then fails (EFBIG)
    wal = Path(f"{vault.journal_path}-wal")
    sizes = [vault.journal_path.stat().st_size, wal.stat().st_size if wal.exists() else 0]
    # Room for the log to grow a little; no room for a whole copy of the journal.
    limit = max(sizes) + 160 * 1024 if mode == "full-save" else sizes[0] * 3 // 4
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, hard))
    try:
        n = _fill_until_it_fails(mode, vault, journal, 200_000)
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
    peer = journal.peers.find(PEER)
    assert peer is not None
    journal.sessions.save(session_for(n, peer.id))  # with room again, the journal goes on
    _report(f"saved {n}")
    vault.lock()


def _really_full_disk(mode: str, data_dir: Path) -> None:
    """On a small file system: fill it up with saves and backups, then make room and go on."""
    vault, journal, _secret = _open(data_dir)
    filler = data_dir.parent / "filler"
    filler.write_bytes(b"\0" * 256 * 1024)  # removed later, to make room again
    n = _fill_until_it_fails(mode, vault, journal, 300_000)
    filler.unlink()
    peer = journal.peers.find(PEER)
    assert peer is not None
    journal.sessions.save(session_for(n, peer.id))
    _report(f"saved {n}")
    vault.lock()


def form_child_main() -> None:
    """A real session form whose autosave meets a full disk, then room again (needs PySide6)."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication

    from ui.session.session_form import SessionForm

    vault, journal, _secret = _open(Path(sys.argv[2]))
    app = QApplication(sys.argv[:1])
    form = SessionForm(journal, journal.clock)
    form.show()
    form.notes["listen"].setPlainText("first words, saved while there is room")
    form.save_draft_now()
    first = form.session_id
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    resource.setrlimit(resource.RLIMIT_FSIZE, (4096, hard))  # no room for anything new
    typed = "more words typed while the disk is full " * 60
    form.notes["cope"].setPlainText(typed)
    form.save_draft_now()
    failed = {
        "message": form.message.text() if form.message.isVisible() else "",
        "kept": form.notes["cope"].toPlainText() == typed,
        "retry_armed": form.autosaver.pending,
        "stored": journal.sessions.get(first).notes if first else {},
    }
    resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
    form.save_draft_now()  # the retry the autosaver would make a moment later
    after = journal.sessions.get(form.session_id or 0).notes
    print(
        json.dumps(
            {
                "first": first,
                "failed": failed,
                "retried": after
                == {"listen": "first words, saved while there is room", "cope": typed.strip()},
                "message_after": form.message.text() if form.message.isVisible() else "",
            }
        ),
        flush=True,
    )
    form.close_for_lock()
    vault.lock()
    app.quit()


def main() -> None:
    if sys.argv[1] == "form":
        form_child_main()
    else:
        child_main()


if __name__ == "__main__":
    main()
