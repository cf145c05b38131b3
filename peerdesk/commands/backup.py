"""``peerdesk backup [DIR]``: write a verified encrypted backup."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path

from peerdesk.commands.command import Command, Context
from peerdesk.commands.common import EXIT_OK, unlock


def _add_arguments(
    parser: argparse.ArgumentParser, parents: Sequence[argparse.ArgumentParser]
) -> None:
    parser.add_argument(
        "dir", nargs="?", type=Path, help="folder for the backup (default: the data folder)"
    )


def _run(args: argparse.Namespace, context: Context) -> int:
    dest: Path | None = args.dir
    vault = context.vault
    unlock(vault, context.inp)
    try:
        made = vault.backup(dest.expanduser().resolve() if dest else None)
    finally:
        vault.lock()
    print(f"Backup written and verified: {made.path} ({made.size // 1024} KiB)", file=context.out)
    return EXIT_OK


COMMAND = Command(
    name="backup",
    help="write a verified encrypted backup",
    add_arguments=_add_arguments,
    run=_run,
)
