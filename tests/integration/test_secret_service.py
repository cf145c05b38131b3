"""The vault and the command line against the real Secret Service."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import keyring
import pytest

from peerdesk import cli
from peerdesk.errors import KeyringEntryMissing
from peerdesk.keystore import SERVICE, KeyStore
from peerdesk.sessions import FINISHED, Session
from peerdesk.vault import Vault
from tests.conftest import FAST, day
from tests.integration.conftest import SECRET_SERVICE, unique_id

pytestmark = pytest.mark.integration


def test_the_key_goes_into_the_secret_service_and_reads_back(
    real_keystore: KeyStore, forget_entries: list[str]
) -> None:
    journal_id = unique_id()
    forget_entries.append(journal_id)
    key = bytes(range(32))
    assert real_keystore.store(journal_id, key) == SECRET_SERVICE
    assert real_keystore.load(journal_id) == key
    assert keyring.get_password(SERVICE, f"journal-{journal_id}") == key.hex()


def test_a_journal_lives_through_a_lost_keyring_entry(
    real_keystore: KeyStore, forget_entries: list[str], tmp_path: Path
) -> None:
    vault = Vault(tmp_path / "data", real_keystore, kdf_cost=FAST)
    journal, code = vault.create()
    journal_id = vault.read_slots().journal_id
    forget_entries.append(journal_id)
    assert vault.read_slots().keyring_backend == SECRET_SERVICE
    peer = journal.peers.add("Kestrel")
    saved = journal.sessions.save(
        Session(held_on=day(4), status=FINISHED, peer_id=peer.id, contact_kind="group")
    )
    vault.lock()

    assert vault.unlock_with_keyring().sessions.get(saved.id or 0).contact_kind == "group"
    vault.lock()

    keyring.delete_password(SERVICE, f"journal-{journal_id}")
    with pytest.raises(KeyringEntryMissing):
        vault.unlock_with_keyring()
    vault.unlock_with_recovery_code(code.text)
    assert keyring.get_password(SERVICE, f"journal-{journal_id}") is not None
    vault.lock()
    vault.unlock_with_keyring()
    vault.lock()


def test_doctor_reports_the_secret_service(
    real_keystore: KeyStore, forget_entries: list[str], tmp_path: Path
) -> None:
    vault = Vault(tmp_path / "data", real_keystore, kdf_cost=FAST)
    vault.create()
    forget_entries.append(vault.read_slots().journal_id)
    vault.lock()
    out = io.StringIO()
    code = cli.main(["doctor", "--data-dir", str(vault.data_dir)], stdout=out, stderr=out)
    assert code == 0, out.getvalue()
    assert f"Keyring:            {SECRET_SERVICE} (usable)" in out.getvalue()
    assert f"Key kept by:        {SECRET_SERVICE}" in out.getvalue()
    assert "Unlock by keyring:  ok" in out.getvalue()


def test_unlocking_asks_the_recorded_backend_without_searching_every_backend(
    real_keystore: KeyStore, forget_entries: list[str], tmp_path: Path
) -> None:
    """The key file names the Secret Service, so a fresh process goes straight to it: keyring's
    discovery (which imports every installed backend, macOS's included) is not run."""
    vault = Vault(tmp_path / "data", real_keystore, kdf_cost=FAST)
    vault.create()
    forget_entries.append(vault.read_slots().journal_id)
    vault.lock()
    child = (
        "import sys\n"
        "from pathlib import Path\n"
        "from peerdesk.keystore import KeyStore\n"
        "from peerdesk.vault import Vault\n"
        "vault = Vault(Path(sys.argv[1]), KeyStore())\n"
        "vault.unlock_with_keyring()\n"
        "vault.lock()\n"
        "print(sorted(m for m in sys.modules if m.startswith('keyring.backends.')))\n"
    )
    found = subprocess.run(
        [sys.executable, "-c", child, str(tmp_path / "data")],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    ).stdout
    assert "keyring.backends.SecretService" in found
    assert "keyring.backends.macOS" not in found  # discovery would have imported it
    assert "keyring.backends.kwallet" not in found
