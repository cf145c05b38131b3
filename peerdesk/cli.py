"""The command line: ``peerdesk`` opens the app; subcommands work headless.

Errors print one line and exit non-zero; they never print a traceback or anything from the
journal. The graphical app is handed in by the caller (``ui``), so the core never imports Qt.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import TextIO

import sqlcipher3

from peerdesk import __version__, backups, recovery_command, report_command, resources_command
from peerdesk.database import log_without_index
from peerdesk.errors import (
    FolderNotWritable,
    InvalidInput,
    JournalDamaged,
    PassphraseNeeded,
    PeerDeskError,
)
from peerdesk.keyslots import LockMode
from peerdesk.keystore import KeyStore
from peerdesk.paths import default_data_dir
from peerdesk.report_command import PdfRenderer
from peerdesk.schema import CURRENT_VERSION
from peerdesk.vault import Vault

EXIT_OK = 0
EXIT_PROBLEM = 1
EXIT_USAGE = 2


@dataclass(frozen=True)
class AppOptions:
    """What the graphical app is asked to do."""

    data_dir: Path
    demo: bool
    demo_sessions: int = 400
    exit_when_ready: bool = False
    smoke_test: bool = False


GuiRunner = Callable[[AppOptions], int]


def _data_dir(text: str) -> Path:
    path = Path(text).expanduser()
    if path.exists() and not path.is_dir():
        raise argparse.ArgumentTypeError(f"{text} is a file, not a folder")
    return path.resolve()


def _count(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if not 0 <= value <= 200_000:
        raise argparse.ArgumentTypeError("choose between 0 and 200000 sessions")
    return value


def build_parser(commands: Sequence[ModuleType] = ()) -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir",
        type=_data_dir,
        default=argparse.SUPPRESS,
        metavar="DIR",
        help="use the journal in DIR instead of the usual place",
    )
    parser = argparse.ArgumentParser(
        prog="peerdesk",
        description="PeerDesk: an offline, encrypted journal for peer supporters.",
        parents=[common],
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
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.add_parser(
        "doctor",
        parents=[common],
        help="say where the journal lives, which keyring holds its key, and whether it is healthy",
    )
    backup = sub.add_parser("backup", parents=[common], help="write a verified encrypted backup")
    backup.add_argument(
        "dir", nargs="?", type=Path, help="folder for the backup (default: the data folder)"
    )
    report_command.add_parser(sub, [common])
    resources_command.add_parser(sub, [common])
    recovery_command.add_parser(sub, [common])
    for command in commands:  # commands that need Qt, handed in by ui/launcher.py
        command.add_parser(sub, [common])
    restore = sub.add_parser(
        "restore",
        parents=[common],
        help="replace the journal with a backup (the current one is kept aside)",
    )
    restore.add_argument("file", type=Path, help="the backup file (peerdesk-backup-….db)")
    restore.add_argument(
        "--recovery-code",
        action="store_true",
        help="ask for the recovery code (for a backup from another computer)",
    )
    restore.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    return parser


def main(
    argv: Sequence[str] | None = None,
    *,
    gui: GuiRunner | None = None,
    commands: Sequence[ModuleType] = (),
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
            return gui(
                AppOptions(
                    data_dir, args.demo, args.demo_sessions, args.exit_when_ready, args.smoke_test
                )
            )
        if args.demo:
            raise InvalidInput("--demo opens the app; it does not go with a command")
        vault = Vault(data_dir, store)
        if args.command == "doctor":
            return doctor(vault, out, inp)
        if args.command == report_command.COMMAND:
            return report_command.run(args, vault, out, err, pdf=pdf)
        if args.command == resources_command.COMMAND:
            return resources_command.run(args, vault, out, err)
        if args.command == recovery_command.COMMAND:
            return recovery_command.run(args, vault, out, inp, _ask_secret)
        for command in commands:
            if args.command == command.COMMAND:
                return int(command.run(args, vault, out, err))
        if args.command == "backup":
            return backup_command(vault, args.dir, out, inp)
        return restore_command(vault, args.file, args.recovery_code, args.yes, out, inp)
    except PeerDeskError as exc:
        print(f"peerdesk: error: {exc}", file=err)
        return EXIT_USAGE if isinstance(exc, InvalidInput) else EXIT_PROBLEM
    except KeyboardInterrupt:
        print("peerdesk: stopped; nothing was changed", file=err)
        return EXIT_PROBLEM


def _ask_secret(prompt: str, inp: TextIO) -> str:
    if inp is sys.stdin and sys.stdin.isatty():
        return getpass.getpass(prompt)
    line = inp.readline()
    if not line:
        raise InvalidInput("no answer was given on standard input")
    return line.rstrip("\r\n")


def _can_ask(inp: TextIO) -> bool:
    """Whether a secret can be asked for: a terminal, or answers handed in by the caller."""
    return inp is not sys.stdin or sys.stdin.isatty()


def _passphrase_for(inp: TextIO) -> str:
    """The lock passphrase, asked on the terminal; refused in one line without one."""
    if not _can_ask(inp):
        raise PassphraseNeeded(
            "this journal asks for its lock passphrase every time; run the command in a "
            "terminal to type it"
        )
    return _ask_secret("Lock passphrase: ", inp)


def _unlock(vault: Vault, inp: TextIO) -> None:
    """Unlock the way the journal's lock mode says.

    Computer login: the keyring; the passphrase when the keyring cannot and one is set.
    Passphrase every time: the passphrase, asked on the terminal; the keyring is not read.
    """
    if vault.exists() and vault.lock_mode is LockMode.PASSPHRASE:
        vault.unlock_with_passphrase(_passphrase_for(inp))
        return
    try:
        vault.unlock_with_keyring()
    except PeerDeskError:
        if not vault.has_passphrase or not _can_ask(inp):
            raise
        vault.unlock_with_passphrase(_ask_secret("Lock passphrase: ", inp))


def _mode(path: Path) -> str:
    return f"{path.stat().st_mode & 0o777:04o}" if os.name == "posix" else "n/a"


_LOCK_MODES = {
    LockMode.COMPUTER_LOGIN: "open with my computer login (the key is in the keyring: anyone "
    "using this account can open the journal)",
    LockMode.PASSPHRASE: "ask for my passphrase every time (the key is in no keyring)",
}


def doctor(vault: Vault, out: TextIO, inp: TextIO | None = None) -> int:
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
        passphrase = _passphrase_for(inp or sys.stdin) if by_passphrase else None
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


def backup_command(vault: Vault, dest: Path | None, out: TextIO, inp: TextIO) -> int:
    _unlock(vault, inp)
    try:
        made = vault.backup(dest.expanduser().resolve() if dest else None)
    finally:
        vault.lock()
    print(f"Backup written and verified: {made.path} ({made.size // 1024} KiB)", file=out)
    return EXIT_OK


def restore_command(
    vault: Vault, file: Path, ask_code: bool, yes: bool, out: TextIO, inp: TextIO
) -> int:
    path = file.expanduser().resolve()
    vault.check_writable()
    code = _ask_secret("Recovery code: ", inp) if ask_code else None
    preview = vault.preview_backup(path, code)
    s = preview.summary
    span = f"{s.first_session} to {s.last_session}" if s.first_session else "no sessions"
    print(
        f"The backup holds {s.sessions} sessions ({span}), {s.drafts} drafts and {s.peers} peers.",
        file=out,
    )
    if vault.exists():
        print("The current journal will be moved aside, not deleted.", file=out)
    if not yes:
        print("Type 'restore' to go on: ", end="", file=out, flush=True)
        if inp.readline().strip().lower() != "restore":
            print("Nothing was changed.", file=out)
            return EXIT_PROBLEM
    vault.restore(path, code)
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
