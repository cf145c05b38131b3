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
    """``peerdesk --data-dir DATA restore BACKUP --recovery-code --yes``, the code typed."""
    out, err = io.StringIO(), io.StringIO()
    status = main(
        ["--data-dir", str(data_dir), "restore", str(backup), "--recovery-code", "--yes"],
        keystore=keystore,
        stdin=io.StringIO(code + "\n"),
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
