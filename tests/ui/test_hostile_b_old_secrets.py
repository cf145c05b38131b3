"""Hostile tests of the words on old secrets (assets/threat-model.md, "Your recovery code falling
into the wrong hands"): after a new recovery code "the old code (or an old passphrase, after you
change it) opens nothing you write from then on". Tried here in passphrase mode, where the
lock screen and the command line are the only ways in.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from peerdesk import backups, keyslots
from peerdesk.cli import main
from peerdesk.database import connect, rows
from peerdesk.errors import PeerDeskError
from peerdesk.keyslots import RECOVERY, LockMode
from peerdesk.keystore import KeyStore
from peerdesk.sessions import FINISHED, Session
from peerdesk.vault import Vault
from tests.conftest import Clock, day

PASSPHRASE = "a long lock passphrase"
MARKER = "written after the restore: the heron by the weir"


def _restore_from_the_command_line(
    keystore: KeyStore, data_dir: Path, backup: Path, code: str
) -> tuple[int, str]:
    """``peerdesk --data-dir DATA restore BACKUP --recovery-code --yes``, the code typed (and
    today's lock passphrase, which the restore asks for to keep today's key)."""
    out, err = io.StringIO(), io.StringIO()
    status = main(
        ["--data-dir", str(data_dir), "restore", str(backup), "--recovery-code", "--yes"],
        keystore=keystore,
        stdin=io.StringIO(code + "\n" + PASSPHRASE + "\n"),
        stdout=out,
        stderr=err,
    )
    return status, out.getvalue() + err.getvalue()


def test_restoring_an_old_backup_in_passphrase_mode_brings_back_no_old_secret(
    vault: Vault, clock: Clock, keystore: KeyStore, data_dir: Path
) -> None:
    """Passphrase mode; the recovery code is exposed, so the supporter makes a new one (Settings
    or ``peerdesk new-recovery-code``). Later, from the command line, they restore a backup
    made before: it is under the old key, so only the old code opens it (README: "restore FILE
    --recovery-code"). Then they write a session. The old code must open nothing written then.
    """
    journal, old_code = vault.create(PASSPHRASE, lock_mode=LockMode.PASSPHRASE)
    journal.peers.add("Heron")
    before = vault.backup()
    old_key = keyslots.read(backups.keys_path(before.path)).unwrap(RECOVERY, old_code.secret)
    clock.now = clock.now.replace(minute=45)
    new_code = vault.regenerate_recovery_code(PASSPHRASE)
    vault.lock()

    status, said = _restore_from_the_command_line(keystore, data_dir, before.path, old_code.text)
    assert status == 0, said

    opened = vault.unlock_with_passphrase(PASSPHRASE)
    peer = opened.peers.find("Heron")
    assert peer is not None
    saved = opened.sessions.save(
        Session(
            held_on=day(3),
            status=FINISHED,
            peer_id=peer.id,
            contact_kind="peer_asked",
            notes={"listen": MARKER},
        )
    )
    vault.lock()

    with pytest.raises(PeerDeskError):
        reopened = vault.unlock_with_recovery_code(old_code)
        found = reopened.sessions.get(saved.id or 0).notes["listen"]
        vault.lock()
        pytest.fail(
            f"the old, exposed recovery code opens the session written after the restore "
            f"({found!r}); the new code opens it: {_opens(vault, new_code)}; "
            f"the command said: {said!r}"
        )
    assert not vault.read_slots().matches(old_key), "the journal is under the retired key again"


def _opens(vault: Vault, code: object) -> bool:
    try:
        vault.unlock_with_recovery_code(code)  # type: ignore[arg-type]
    except PeerDeskError:
        return False
    vault.lock()
    return True


def test_a_new_code_leaves_no_set_aside_journal_the_old_code_opens_unlisted(
    vault: Vault, clock: Clock, data_dir: Path
) -> None:
    """Computer-login mode. A restore sets the journal of that day aside in the data folder
    (``set-aside/…-before-restore``), as the README says. Later the recovery code is exposed and
    the supporter makes a new one. The threat model: the old code still opens the backups made
    before, and "PeerDesk lists them and offers to re-encrypt them with the new key or to delete
    them". The set-aside journal, with its key file, sits in the same data folder, opens with
    the old code, holds everything written up to the restore, and is listed nowhere."""
    journal, old_code = vault.create()
    journal.peers.add("Heron")
    first = vault.backup()
    clock.now = clock.now.replace(minute=40)
    peer = journal.peers.add(MARKER)
    journal.sessions.save(
        Session(held_on=day(3), status=FINISHED, peer_id=peer.id, contact_kind="peer_asked",
                notes={"listen": MARKER})
    )  # fmt: skip
    vault.restore(first.path)  # today's journal (with MARKER) is set aside
    clock.now = clock.now.replace(minute=50)
    vault.regenerate_recovery_code()  # the old code was exposed

    listed = {b.path for b in vault.old_key_backups()}
    opened_by_old_code = []
    for key_file in sorted(data_dir.rglob("*.keys")):
        if "backups" in key_file.parts:
            continue
        try:
            old_key = keyslots.read(key_file).unwrap(RECOVERY, old_code.secret)
        except PeerDeskError:
            continue
        journal_file = key_file.with_suffix(".db")
        if journal_file in listed:
            continue
        conn = connect(journal_file, old_key)
        try:
            notes = rows(conn, "SELECT count(*) FROM sessions")
        finally:
            conn.close()
        opened_by_old_code.append((str(journal_file.relative_to(data_dir)), notes))
    assert opened_by_old_code == [], (
        f"the old, exposed code opens journals PeerDesk keeps and never lists: "
        f"{opened_by_old_code} (file, sessions in it)"
    )
