"""``peerdesk restore FILE``: replace the journal with a backup; the current one is kept aside."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path

from peerdesk.commands.command import Command, Context
from peerdesk.commands.common import EXIT_OK, EXIT_PROBLEM, ask_secret
from peerdesk.errors import KeyringEntryMissing


def _add_arguments(
    parser: argparse.ArgumentParser, parents: Sequence[argparse.ArgumentParser]
) -> None:
    parser.add_argument("file", type=Path, help="the backup file (peerdesk-backup-….db)")
    parser.add_argument(
        "--recovery-code",
        action="store_true",
        help="ask for the recovery code (for a backup from another computer)",
    )
    parser.add_argument("--yes", action="store_true", help="do not ask for confirmation")


def _run(args: argparse.Namespace, context: Context) -> int:
    vault, out, inp = context.vault, context.out, context.inp
    path = Path(args.file).expanduser().resolve()
    vault.check_writable()
    code = ask_secret("Recovery code: ", inp) if args.recovery_code else None
    try:
        preview = vault.preview_backup(path, code)
    except KeyringEntryMissing as exc:  # passphrase mode, or another computer
        raise KeyringEntryMissing(
            "{problem}: add --recovery-code to type the code", values={"problem": exc}
        ) from exc
    s = preview.summary
    span = f"{s.first_session} to {s.last_session}" if s.first_session else "no sessions"
    print(
        f"The backup holds {s.sessions} sessions ({span}), {s.drafts} drafts and {s.peers} peers.",
        file=out,
    )
    if vault.exists():
        print("The current journal will be moved aside, not deleted.", file=out)
    todays_passphrase: str | None = None
    if preview.needs_todays_passphrase:
        print(
            "The backup was made before the journal got a new key. It comes back under "
            "today's key, so that old recovery codes and passphrases open nothing written "
            "from now on: type the lock passphrase you use today.",
            file=out,
        )
        todays_passphrase = ask_secret("Today's lock passphrase: ", inp)
    if not args.yes:
        print("Type 'restore' to go on: ", end="", file=out, flush=True)
        if inp.readline().strip().lower() != "restore":
            print("Nothing was changed.", file=out)
            return EXIT_PROBLEM
    vault.restore(path, code, todays_passphrase=todays_passphrase)
    left_passphrase_mode = vault.restore_left_passphrase_mode
    vault.lock()
    print(f"Restored. The journal in {vault.data_dir} now holds the backup.", file=out)
    if left_passphrase_mode:
        print(
            "The backup has no lock passphrase, so the journal now opens with your computer "
            "login. To ask for a passphrase every time again, choose it in PeerDesk's Settings.",
            file=out,
        )
    return EXIT_OK


COMMAND = Command(
    name="restore",
    help="replace the journal with a backup (the current one is kept aside)",
    add_arguments=_add_arguments,
    run=_run,
)
