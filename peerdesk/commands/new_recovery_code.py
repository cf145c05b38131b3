"""``peerdesk new-recovery-code``: a new recovery code, and so a new data key, on the command line.

The new code is printed once, before anything changes; the journal is re-keyed only after the
administrator confirms it is written down (type ``yes``), so no crash can leave a journal whose only
code was never seen. Without a terminal it refuses unless ``--yes`` is given (for scripts).

With a lock passphrase set, the re-key needs it to keep it (PeerDesk never stores it): on a
terminal it is asked for without echo; a script passes it as the first line of standard input with
``--passphrase-stdin`` (never as an argument, which ``ps`` shows); otherwise the command refuses.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from typing import TextIO

from peerdesk.backups import BACKUP, RESCUED, SET_ASIDE
from peerdesk.commands.command import Command, Context
from peerdesk.commands.common import EXIT_OK, EXIT_PROBLEM, ask_secret, unlock
from peerdesk.errors import InvalidInput, JournalMissing
from peerdesk.recovery import RecoveryCode
from peerdesk.vault import Vault


def _add_arguments(
    parser: argparse.ArgumentParser, parents: Sequence[argparse.ArgumentParser]
) -> None:
    parser.add_argument(
        "--yes", action="store_true", help="do not ask for confirmation (needed without a terminal)"
    )
    parser.add_argument(
        "--passphrase-stdin",
        action="store_true",
        help="read the current lock passphrase from the first line of standard input",
    )


def _run(args: argparse.Namespace, context: Context) -> int:
    vault, out, inp = context.vault, context.out, context.inp
    if not vault.exists():
        raise JournalMissing(
            "there is no journal in {folder}", values={"folder": str(vault.data_dir)}
        )
    terminal = inp.isatty()
    if not args.yes and not terminal:
        raise InvalidInput("without a terminal to confirm on, add --yes to make a new code")
    has_passphrase = vault.read_slots().has_passphrase
    passphrase: str | None = None
    if has_passphrase:
        if args.passphrase_stdin or terminal:
            passphrase = ask_secret("Current lock passphrase: ", inp)
        else:
            raise InvalidInput(
                "a lock passphrase is set: type it on a terminal, or give it as the first line "
                "of standard input with --passphrase-stdin"
            )
    elif args.passphrase_stdin:
        raise InvalidInput(
            "no lock passphrase is set for this journal: leave out --passphrase-stdin"
        )
    unlock(vault, inp, passphrase=passphrase)
    try:
        return _make_code(vault, passphrase, args.yes, out, inp)
    finally:
        vault.lock()


def _make_code(vault: Vault, passphrase: str | None, yes: bool, out: TextIO, inp: TextIO) -> int:
    if passphrase is not None:
        vault.check_current_passphrase(passphrase)  # before a code is shown that would not be used
    code = RecoveryCode.generate()
    print("Your new recovery code (shown only this once):", file=out)
    print(f"\n    {code.text}\n", file=out)
    print(
        "Write it down and keep it away from this computer. PeerDesk then gives the journal a "
        "new key: the old code will open nothing written from then on.",
        file=out,
    )
    if not yes:
        print("Type 'yes' once it is written down: ", end="", file=out, flush=True)
        if inp.readline().strip().lower() != "yes":
            print("Nothing was changed; the old code still works.", file=out)
            return EXIT_PROBLEM
    vault.regenerate_recovery_code(passphrase, code=code)
    print("Done: the journal has a new key and this recovery code.", file=out)
    made = vault.last_backup()
    if made is not None:
        print(f"A backup under the new key was written: {made.path}", file=out)
    if vault.keyring_problem is not None:
        print(
            f"The keyring could not keep the new key ({vault.keyring_problem.code}): PeerDesk "
            "will ask for the passphrase or the new code when it starts.",
            file=out,
        )
    old = vault.old_key_backups()
    if old:
        print(
            f"{len(old)} copies made before keep the old key, and the old code still opens them:",
            file=out,
        )
        for backup in old:
            print(f"    {backup.path}  ({_WHAT[backup.kind]})", file=out)
        print(
            "Delete them (each with its .keys file), or re-encrypt or delete them in PeerDesk "
            "Settings. A second backup folder may hold more.",
            file=out,
        )
    return EXIT_OK


_WHAT = {
    BACKUP: "a backup",
    SET_ASIDE: "a journal set aside by a restore; it holds everything written up to then",
    RESCUED: "a journal rescued from a damaged file",
}


COMMAND = Command(
    name="new-recovery-code",
    help="make a new recovery code and a new key for the journal (the old code stops working)",
    description="Print a new recovery code once, then re-encrypt the journal under a new key "
    "so the old code opens nothing written from then on. Backups made before keep the old "
    "key: they are listed, and the old code still opens them.",
    add_arguments=_add_arguments,
    run=_run,
)
