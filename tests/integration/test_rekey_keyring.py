"""A re-key against the real Secret Service: the entry is replaced by the new key, read back, and
the old key (unwrapped with the old code from an old backup's key file) is nowhere any more."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import keyring
import pytest

from peerdesk import backups, keyslots
from peerdesk.database import connect
from peerdesk.errors import JournalDamaged, WrongKey
from peerdesk.keyslots import RECOVERY
from peerdesk.keystore import SERVICE, KeyStore
from peerdesk.vault import Vault
from tests.conftest import FAST
from tests.integration.conftest import SECRET_SERVICE

pytestmark = pytest.mark.integration
REPO = Path(__file__).resolve().parents[2]
CODE_LINE = re.compile(r"^    ([0-9A-Z]{4}(?:-[0-9A-Z]{4}){7})$", re.MULTILINE)


def test_new_recovery_code_replaces_the_keyring_entry(
    real_keystore: KeyStore, forget_entries: list[str], tmp_path: Path
) -> None:
    vault = Vault(tmp_path / "data", real_keystore, kdf_cost=FAST)
    journal, old_code = vault.create()
    journal_id = vault.read_slots().journal_id
    forget_entries.append(journal_id)
    journal.peers.add("Kestrel")
    before = vault.backup()
    vault.lock()
    entry = f"journal-{journal_id}"
    old_hex = keyring.get_password(SERVICE, entry)
    assert old_hex is not None

    result = subprocess.run(
        [sys.executable, "-m", "peerdesk", "new-recovery-code", "--yes",
         "--data-dir", str(vault.data_dir)],
        capture_output=True, text=True, cwd=REPO, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    (printed,) = CODE_LINE.findall(result.stdout)

    new_hex = keyring.get_password(SERVICE, entry)
    assert new_hex is not None and new_hex != old_hex
    slots = vault.read_slots()
    assert slots.keyring_backend == SECRET_SERVICE and slots.matches(bytes.fromhex(new_hex))
    old_key = keyslots.read(backups.keys_path(before.path)).unwrap(RECOVERY, old_code.secret)
    assert old_key.hex() == old_hex
    with pytest.raises(JournalDamaged):
        connect(vault.journal_path, old_key).close()
    with pytest.raises(WrongKey):
        vault.unlock_with_recovery_code(old_code)
    assert vault.unlock_with_keyring().peers.find("Kestrel")
    vault.lock()
    assert vault.unlock_with_recovery_code(printed).peers.find("Kestrel")
    vault.lock()
