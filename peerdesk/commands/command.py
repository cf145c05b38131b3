"""What every ``peerdesk`` subcommand is: a name, a help line, its arguments, and ``run``.

``peerdesk.cli`` builds the parser from these and runs the chosen one with a :class:`Context`;
``peerdesk.commands.common`` turns the errors it raises into one line and an exit code.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from peerdesk.vault import Vault

if TYPE_CHECKING:  # the app, which uses none of the commands, starts without the report code
    from peerdesk.report import Report

PdfRenderer = Callable[[Path, "Report"], None]
"""Draws a report as PDF; handed in by ``ui`` (the core never imports Qt)."""

AddArguments = Callable[[argparse.ArgumentParser, Sequence[argparse.ArgumentParser]], None]
"""Adds a command's own arguments; the parents carry the shared options (``--data-dir``) for
commands that have actions of their own (``resources export|import|list``)."""


@dataclass(frozen=True)
class Context:
    """What a command works with: the journal's vault and the three standard streams."""

    vault: Vault
    out: TextIO
    err: TextIO
    inp: TextIO
    pdf: PdfRenderer | None = None


@dataclass(frozen=True)
class Command:
    """One subcommand. ``run`` returns the exit code; known errors it raises
    (:class:`peerdesk.errors.PeerDeskError`) are worded and mapped by ``commands.common``."""

    name: str
    help: str
    add_arguments: AddArguments
    run: Callable[[argparse.Namespace, Context], int]
    description: str | None = None


def no_arguments(
    parser: argparse.ArgumentParser, parents: Sequence[argparse.ArgumentParser]
) -> None:
    """For a command that takes only the shared options."""
