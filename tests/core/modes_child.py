"""Every way PeerDesk writes files, run under ``umask 0`` by ``test_file_modes`` (under strace).

Run as ``python tests/core/modes_child.py ROOT``: creates a journal in ROOT/data, backs it up (in
the app's way, into the data folder and a second folder, and the command line's, into the data
folder and a chosen one), exports a report and the resources into ROOT/exports, rescues the
journal, re-keys it, restores a backup, and last starts a backup that is killed half-way
(``os._exit`` while SQLite copies), leaving its temporary file behind. Not a test module (no
``test_`` prefix): pytest does not collect it.
"""

from __future__ import annotations

import os
import sys
from datetime import UTC, datetime
from pathlib import Path

from peerdesk import backup_job, old_backups, report
from peerdesk.demo import fill
from peerdesk.insights import Period, compute
from peerdesk.keyslots import KdfCost
from peerdesk.keystore import KeyStore, MemoryKeyring
from peerdesk.resource_files import export_resources
from peerdesk.salvage import key_for, rescue_dir, salvage
from peerdesk.vault import Vault

KILLED = 86  # the exit status of the killed backup
PASSPHRASE = "correct horse battery"


def main(root: Path) -> None:
    assert os.umask(0) == 0  # the parent started us with umask 0
    when = datetime(2026, 11, 26, 9, 30, tzinfo=UTC)
    vault = Vault(
        root / "data", KeyStore(MemoryKeyring()), clock=lambda: when, kdf_cost=KdfCost(2**10, 8, 1)
    )
    journal, _code = vault.create(passphrase=PASSPHRASE)
    fill(journal, 300, seed=3)
    second = root / "second"
    second.mkdir(mode=0o700)  # a folder the supporter chose: it must exist
    made = backup_job.run(vault.backup_job(also=(second,))).backup
    vault.backup()
    vault.backup(root / "chosen" / "folder")
    exports = root / "exports"
    exports.mkdir(mode=0o700)
    insights = compute(journal.conn, Period.parse("2025-06", "2026-11"), when.date())
    report.write_csv(report.build(insights), exports / "report.csv")
    export_resources(journal, exports / "resources.json")
    key, slots = key_for(vault, passphrase=PASSPHRASE)
    salvage(vault.journal_path, key, slots, rescue_dir(vault), when)
    vault.regenerate_recovery_code(PASSPHRASE)  # a re-key
    in_second = [b for b in vault.old_key_backups((second,)) if b.path.parent == second]
    old_backups.run(vault.old_backups_job(in_second, old_backups.REENCRYPT))
    vault.lock()
    vault.unlock_with_passphrase(PASSPHRASE)
    vault.restore(made.path, _code)
    calls: list[int] = []

    def progress(_stage: str, _percent: int) -> None:
        calls.append(1)
        if len(calls) == 2:  # inside VACUUM INTO: the temporary file exists
            os._exit(KILLED)

    backup_job.run(vault.backup_job(), progress)


if __name__ == "__main__":
    main(Path(sys.argv[1]))
