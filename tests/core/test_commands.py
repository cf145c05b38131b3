"""The command protocol: every subcommand, including one handed in by the caller, gets the
shared --data-dir option, the stdin ``main`` was given, and the one error-to-exit-code mapping."""

from __future__ import annotations

import argparse
import io
import re
from collections.abc import Sequence
from pathlib import Path

import pytest

from peerdesk import cli
from peerdesk.commands.command import Command, Context
from peerdesk.commands.common import EXIT_OK, EXIT_PROBLEM, EXIT_USAGE
from peerdesk.errors import InvalidInput, JournalMissing
from peerdesk.keyslots import LockMode
from peerdesk.keystore import SERVICE, KeyStore
from peerdesk.vault import Vault
from tests.conftest import FAST
from tests.core.test_lock_mode import CountingKeyring

PASS = "a long enough passphrase"


@pytest.mark.parametrize(
    "command",
    [["backup"], ["resources", "list"], ["export-report", "--from", "2026-01", "--to", "2026-02"]],
)
def test_every_command_reads_the_passphrase_from_the_input_main_is_given(
    data_dir: Path, tmp_path: Path, command: list[str]
) -> None:
    counting = CountingKeyring()
    vault = Vault(data_dir, KeyStore(counting), kdf_cost=FAST)
    vault.create()
    vault.set_lock_mode(LockMode.PASSPHRASE, PASS)
    vault.lock()
    extra = ["--out", str(tmp_path / "r.csv")] if command[0] == "export-report" else []
    out, err = io.StringIO(), io.StringIO()
    code = cli.main(
        [*command, "--data-dir", str(data_dir), *extra],
        keystore=KeyStore(counting),
        stdin=io.StringIO(PASS + "\n"),
        stdout=out,
        stderr=err,
    )
    assert (code, err.getvalue()) == (EXIT_OK, "")
    assert not [e for e in counting.entries if e[0] == SERVICE]  # the key is in no keyring
    assert PASS not in out.getvalue()


def _echo_arguments(
    parser: argparse.ArgumentParser, parents: Sequence[argparse.ArgumentParser]
) -> None:
    parser.add_argument("--fail", choices=["usage", "problem"])


def _echo(args: argparse.Namespace, context: Context) -> int:
    if args.fail == "usage":
        raise InvalidInput("the echo was used wrongly")
    if args.fail == "problem":
        raise JournalMissing(f"there is no journal in {context.vault.data_dir}")
    print(f"echo in {context.vault.data_dir}: {context.inp.readline().strip()}", file=context.out)
    return EXIT_OK


ECHO = Command(name="echo", help="say where", add_arguments=_echo_arguments, run=_echo)


@pytest.mark.parametrize(
    ("extra", "code", "says"),
    [
        ([], EXIT_OK, "echo in {dir}: typed"),
        (["--fail", "usage"], EXIT_USAGE, "peerdesk: error: the echo was used wrongly"),
        (["--fail", "problem"], EXIT_PROBLEM, "peerdesk: error: there is no journal in {dir}"),
    ],
)
def test_a_command_handed_in_goes_through_the_same_protocol(
    tmp_path: Path, extra: list[str], code: int, says: str
) -> None:
    out, err = io.StringIO(), io.StringIO()
    status = cli.main(
        ["echo", "--data-dir", str(tmp_path), *extra],
        commands=[ECHO],
        stdin=io.StringIO("typed\n"),
        stdout=out,
        stderr=err,
    )
    assert status == code
    assert says.format(dir=tmp_path.resolve()) in out.getvalue() + err.getvalue()
    assert "Traceback" not in err.getvalue()


def _place(usage: str, name: str) -> int:
    found = re.search(rf"^    {name}\s", usage, re.MULTILINE)
    assert found is not None, name
    return found.start()


def test_the_parser_lists_the_handed_in_command_before_restore() -> None:
    usage = cli.build_parser([ECHO]).format_help()
    names = ["doctor", "backup", "export-report", "resources", "new-recovery-code", "echo"]
    places = [_place(usage, name) for name in [*names, "restore"]]
    assert places == sorted(places)
