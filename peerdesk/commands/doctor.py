"""``peerdesk doctor``: where the journal lives, which keyring holds its key, and its health.

It prints nothing from the journal and never writes to it, its key file or the keyring.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import TextIO

import sqlcipher3

from peerdesk import __version__, backups
from peerdesk.commands.command import Command, Context, no_arguments
from peerdesk.commands.common import EXIT_OK, EXIT_PROBLEM, passphrase_for
from peerdesk.database import log_without_index
from peerdesk.errors import FolderNotWritable, JournalDamaged, PeerDeskError
from peerdesk.keyslots import LockMode
from peerdesk.schema import CURRENT_VERSION
from peerdesk.vault import Vault


def _mode(path: Path) -> str:
    return f"{path.stat().st_mode & 0o777:04o}" if os.name == "posix" else "n/a"


_LOCK_MODES = {
    LockMode.COMPUTER_LOGIN: "open with my computer login (the key is in the keyring: anyone "
    "using this account can open the journal)",
    LockMode.PASSPHRASE: "ask for my passphrase every time (the key is in no keyring)",
}


def doctor(vault: Vault, out: TextIO, inp: TextIO) -> int:
    """Report health without printing anything from the journal."""
    healthy = True

    def line(label: str, value: str) -> None:
        print(f"{label + ':':<20}{value}", file=out)

    line("PeerDesk", __version__)
    probe = sqlcipher3.connect(":memory:")
    try:
        cipher = probe.execute("PRAGMA cipher_version").fetchone()
    finally:
        probe.close()
    line("SQLCipher", cipher[0] if cipher and cipher[0] else "MISSING (no encryption)")
    healthy &= bool(cipher and cipher[0])
    line(
        "Data folder",
        f"{vault.data_dir} (mode {_mode(vault.data_dir)})"
        if vault.data_dir.exists()
        else f"{vault.data_dir} (not created yet)",
    )
    if vault.data_dir.is_dir() and not os.access(vault.data_dir, os.W_OK):
        line("Writable", f"PROBLEM: {FolderNotWritable(str(vault.data_dir))}")
        healthy = False
    usable = vault.keystore.usable_backend()
    line(
        "Keyring",
        f"{usable} (usable)" if usable else f"none usable (found {vault.keystore.describe()})",
    )
    if not vault.exists():
        line("Journal", "none yet: start PeerDesk to create one")
        return EXIT_OK if healthy else EXIT_PROBLEM
    line(
        "Journal",
        f"{vault.journal_path} (mode {_mode(vault.journal_path)})"
        if vault.journal_path.exists()
        else f"{vault.journal_path} (MISSING)",
    )
    try:
        slots = vault.read_slots()
    except PeerDeskError as exc:
        line("Key slots", f"PROBLEM: {exc}")
        return EXIT_PROBLEM
    line("Key kept by", slots.keyring_backend or "no keyring (passphrase only)")
    line("Lock passphrase", "set" if slots.has_passphrase else "not set")
    line("Lock mode", _LOCK_MODES[slots.lock_mode])
    by_passphrase = slots.lock_mode is LockMode.PASSPHRASE
    unlock_by = "Passphrase unlock" if by_passphrase else "Unlock by keyring"
    try:  # read-only: doctor never writes to the journal, its key file or the keyring
        vault.check_journal_file()  # an empty, short or missing file needs no key to be seen
        passphrase = passphrase_for(inp) if by_passphrase else None
        version, problems = vault.check_read_only(passphrase)
    except JournalDamaged as exc:
        line("Journal file", f"PROBLEM ({exc.code}): {exc}")
        line("Way forward", "restore a backup (peerdesk restore FILE); nothing was changed")
        healthy = False
    except PeerDeskError as exc:
        line(unlock_by, f"PROBLEM ({exc.code}): {exc}")
        healthy = False
    else:
        line(unlock_by, "ok")
        line("Integrity", "ok" if not problems else f"PROBLEM: {len(problems)} issue(s) found")
        if log_without_index(vault.journal_path):
            line(
                "Latest changes",
                f"not checked: {vault.journal_path.name}-wal holds changes, and reading them "
                f"needs {vault.journal_path.name}-shm, which doctor would have to write. This "
                "is not damage: start PeerDesk once to fold them into the journal.",
            )
        healthy &= not problems
        line("Schema version", f"{version} (this PeerDesk reads up to {CURRENT_VERSION})")
    found = backups.existing(vault.backup_dir, slots.journal_id)
    line(
        "Last backup",
        f"{found[-1].created:%Y-%m-%d %H:%M} ({len(found)} kept)" if found else "none yet",
    )
    return EXIT_OK if healthy else EXIT_PROBLEM


def _run(args: argparse.Namespace, context: Context) -> int:
    return doctor(context.vault, context.out, context.inp)


COMMAND = Command(
    name="doctor",
    help="say where the journal lives, which keyring holds its key, and whether it is healthy",
    add_arguments=no_arguments,
    run=_run,
)
