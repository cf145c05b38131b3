"""The command line: ``peerdesk`` opens the app; subcommands work headless.

Errors print one line and exit non-zero; they never print a traceback or anything from the
journal. The graphical app is handed in by the caller (``ui``), so the core never imports Qt.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from peerdesk import __version__
from peerdesk.commands.command import Command, Context, PdfRenderer
from peerdesk.commands.common import (
    EXIT_OK,
    EXIT_PROBLEM,
    EXIT_USAGE,
    add_command,
    data_dir_option,
    report_error,
    run_command,
)
from peerdesk.errors import InvalidInput, PeerDeskError
from peerdesk.keystore import KeyStore
from peerdesk.paths import default_data_dir
from peerdesk.vault import Vault

__all__ = ["EXIT_OK", "EXIT_PROBLEM", "EXIT_USAGE", "AppOptions", "GuiRunner", "main"]


def _all_commands(commands: Sequence[Command]) -> tuple[Command, ...]:
    """The headless commands, in the order ``peerdesk --help`` lists them, with the ones that
    need Qt (handed in by the caller, ui/launcher.py) before ``restore``.

    Imported here, when a command line is parsed, so that opening the app loads none of them.
    """
    from peerdesk.commands import (
        backup,
        doctor,
        export_report,
        new_recovery_code,
        resources,
        restore,
    )

    return (
        doctor.COMMAND,
        backup.COMMAND,
        export_report.COMMAND,
        resources.COMMAND,
        new_recovery_code.COMMAND,
        *commands,
        restore.COMMAND,
    )


@dataclass(frozen=True)
class AppOptions:
    """What the graphical app is asked to do."""

    data_dir: Path
    demo: bool
    demo_sessions: int = 400
    exit_when_ready: bool = False
    smoke_test: bool = False


GuiRunner = Callable[[AppOptions], int]


def _count(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if not 0 <= value <= 200_000:
        raise argparse.ArgumentTypeError("choose between 0 and 200000 sessions")
    return value


def _app_parser(common: argparse.ArgumentParser, *, strict: bool = True) -> argparse.ArgumentParser:
    """The top level: the options of the graphical app, without the subcommands.

    Not ``strict``, it has no ``--help``, takes no abbreviations and raises instead of exiting,
    so that whatever it does not know is left to the whole parser.
    """
    parser = argparse.ArgumentParser(
        prog="peerdesk",
        description="PeerDesk: an offline, encrypted journal for peer supporters.",
        parents=[common],
        add_help=strict,
        allow_abbrev=strict,
        exit_on_error=strict,
    )
    parser.add_argument("--version", action="version", version=f"PeerDesk {__version__}")
    parser.add_argument(
        "--demo", action="store_true", help="open a throw-away journal of fictional sessions"
    )
    parser.add_argument(
        "--demo-sessions",
        type=_count,
        default=400,
        metavar="N",
        help="how many fictional sessions --demo makes (default 400)",
    )
    parser.add_argument(
        "--exit-when-ready",
        action="store_true",
        help="quit as soon as the main window is shown (for timing start-up)",
    )
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="check that PeerDesk works on this computer, using a throw-away journal, then exit",
    )
    return parser


def build_parser(commands: Sequence[Command] = ()) -> argparse.ArgumentParser:
    common = data_dir_option()
    parser = _app_parser(common)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for command in _all_commands(commands):
        add_command(sub, command, [common])
    return parser


def _options(args: argparse.Namespace) -> AppOptions:
    data_dir: Path = getattr(args, "data_dir", None) or default_data_dir()
    return AppOptions(
        data_dir, args.demo, args.demo_sessions, args.exit_when_ready, args.smoke_test
    )


def app_options(argv: Sequence[str]) -> AppOptions | None:
    """What the app is asked to do when ``argv`` holds only the app's own options, read without
    importing a single command (start-up does not pay for them); None for anything else (a
    command, ``--help``, a mistake), which :func:`main` then parses and answers in full.
    """
    parser = _app_parser(data_dir_option(), strict=False)
    try:
        args, rest = parser.parse_known_args(list(argv))
    except argparse.ArgumentError:
        return None
    return None if rest else _options(args)


def main(
    argv: Sequence[str] | None = None,
    *,
    gui: GuiRunner | None = None,
    commands: Sequence[Command] = (),
    keystore: KeyStore | None = None,
    stdin: TextIO | None = None,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
    pdf: PdfRenderer | None = None,
) -> int:
    out, err, inp = stdout or sys.stdout, stderr or sys.stderr, stdin or sys.stdin
    args = build_parser(commands).parse_args(argv)
    data_dir: Path = getattr(args, "data_dir", None) or default_data_dir()
    store = keystore or KeyStore()
    try:
        if args.command is None:
            if gui is None:
                print("peerdesk: error: the graphical app is not available here", file=err)
                return EXIT_PROBLEM
            return gui(_options(args))
        if args.demo:
            raise InvalidInput("--demo opens the app; it does not go with a command")
        chosen = {c.name: c for c in _all_commands(commands)}[args.command]
        context = Context(Vault(data_dir, store), out, err, inp, pdf)
        return run_command(chosen, args, context)
    except PeerDeskError as exc:
        return report_error(exc, err)
    except KeyboardInterrupt:
        print("peerdesk: stopped; nothing was changed", file=err)
        return EXIT_PROBLEM
