"""What every command shares: the ``--data-dir`` option, unlocking, and exit codes.

Errors print one line and exit non-zero; they never print a traceback or anything from the
journal. :class:`~peerdesk.errors.InvalidInput` (the command was used wrongly) exits 2, every
other known error 1.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol, TextIO

from peerdesk.commands.command import Command, Context, PdfRenderer
from peerdesk.errors import InvalidInput, PassphraseNeeded, PeerDeskError
from peerdesk.keyslots import LockMode
from peerdesk.vault import Vault

EXIT_OK = 0
EXIT_PROBLEM = 1
EXIT_USAGE = 2


def exit_code(exc: PeerDeskError) -> int:
    return EXIT_USAGE if isinstance(exc, InvalidInput) else EXIT_PROBLEM


def report_error(exc: PeerDeskError, err: TextIO) -> int:
    """Print a known error in one line; return its exit code."""
    print(f"peerdesk: error: {exc}", file=err)
    return exit_code(exc)


def run_command(command: Command, args: argparse.Namespace, context: Context) -> int:
    try:
        return command.run(args, context)
    except PeerDeskError as exc:
        return report_error(exc, context.err)


def data_dir(text: str) -> Path:
    path = Path(text).expanduser()
    if path.exists() and not path.is_dir():
        raise argparse.ArgumentTypeError(f"{text} is a file, not a folder")
    return path.resolve()


def data_dir_option() -> argparse.ArgumentParser:
    """``--data-dir DIR``, as a parent parser for the top level and every subcommand."""
    options = argparse.ArgumentParser(add_help=False)
    options.add_argument(
        "--data-dir",
        type=data_dir,
        default=argparse.SUPPRESS,
        metavar="DIR",
        help="use the journal in DIR instead of the usual place",
    )
    return options


def add_command(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser],
    command: Command,
    parents: Sequence[argparse.ArgumentParser] = (),
) -> None:
    """Add ``command``; ``parents`` carry the shared options, else it gets its own --data-dir."""
    common = list(parents) or [data_dir_option()]
    parser = subparsers.add_parser(
        command.name, parents=common, help=command.help, description=command.description
    )
    command.add_arguments(parser, common)


class AddParser(Protocol):
    def __call__(
        self,
        subparsers: argparse._SubParsersAction[argparse.ArgumentParser],
        parents: Sequence[argparse.ArgumentParser] = ...,
    ) -> None: ...


class RunOn(Protocol):
    def __call__(
        self,
        args: argparse.Namespace,
        vault: Vault,
        out: TextIO,
        err: TextIO,
        *,
        pdf: PdfRenderer | None = ...,
    ) -> int: ...


def direct(command: Command) -> tuple[AddParser, RunOn]:
    """``add_parser(subparsers, parents=())`` and ``run(args, vault, out, err, *, pdf=None)``
    for one command, to drive it without ``peerdesk.cli`` (its tests do); the secret, if one is
    needed, is asked on standard input."""

    def add_parser(
        subparsers: argparse._SubParsersAction[argparse.ArgumentParser],
        parents: Sequence[argparse.ArgumentParser] = (),
    ) -> None:
        add_command(subparsers, command, parents)

    def run(
        args: argparse.Namespace,
        vault: Vault,
        out: TextIO,
        err: TextIO,
        *,
        pdf: PdfRenderer | None = None,
    ) -> int:
        return run_command(command, args, Context(vault, out, err, sys.stdin, pdf))

    return add_parser, run


def ask_secret(prompt: str, inp: TextIO) -> str:
    if inp is sys.stdin and sys.stdin.isatty():
        try:
            return getpass.getpass(prompt)
        except EOFError:  # Ctrl+D at the prompt
            raise InvalidInput("no passphrase was typed; nothing was changed") from None
    line = inp.readline()
    if not line:
        raise InvalidInput("no answer was given on standard input")
    return line.rstrip("\r\n")


def can_ask(inp: TextIO) -> bool:
    """Whether a secret can be asked for: a terminal, or answers handed in by the caller."""
    return inp is not sys.stdin or sys.stdin.isatty()


def passphrase_for(inp: TextIO) -> str:
    """The lock passphrase, asked on the terminal; refused in one line without one."""
    if not can_ask(inp):
        raise PassphraseNeeded(
            "this journal asks for its lock passphrase every time; run the command in a "
            "terminal to type it"
        )
    return ask_secret("Lock passphrase: ", inp)


def unlock(vault: Vault, inp: TextIO, *, passphrase: str | None = None) -> None:
    """Unlock the way the journal's lock mode says.

    Computer login: the keyring; the passphrase when the keyring cannot and one is set.
    Passphrase every time: the passphrase, asked on the terminal; the keyring is not read.
    A ``passphrase`` the command already asked for is used instead of asking again.
    """
    if vault.exists() and vault.lock_mode is LockMode.PASSPHRASE:
        vault.unlock_with_passphrase(passphrase if passphrase is not None else passphrase_for(inp))
        return
    try:
        vault.unlock_with_keyring()
    except PeerDeskError:
        if passphrase is not None:
            vault.unlock_with_passphrase(passphrase)
            return
        if not vault.has_passphrase or not can_ask(inp):
            raise
        vault.unlock_with_passphrase(ask_secret("Lock passphrase: ", inp))
