"""``peerdesk resources export|import|list``: the resource directory on the command line.

The format follows the file's extension (.json or .csv; see assets/resource-format.md). An import
checks the whole file first and writes nothing when anything in it is wrong.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path

from peerdesk import resource_files
from peerdesk.commands.command import Command, Context
from peerdesk.commands.common import EXIT_OK, direct, unlock
from peerdesk.errors import InvalidInput
from peerdesk.resources import CATEGORIES
from peerdesk.text import fold


def _add_arguments(
    parser: argparse.ArgumentParser, parents: Sequence[argparse.ArgumentParser]
) -> None:
    """``export|import|list``; each takes the shared options (--data-dir) too."""
    common = list(parents)
    actions = parser.add_subparsers(dest="resources_action", metavar="ACTION", required=True)
    export = actions.add_parser(
        "export", parents=common, help="write the directory (without archived entries)"
    )
    export.add_argument("file", type=Path, help="the file to write: NAME.json or NAME.csv")
    load = actions.add_parser("import", parents=common, help="add or update resources from a file")
    load.add_argument("file", type=Path, help="the file to read: NAME.json or NAME.csv")
    actions.add_parser("list", parents=common, help="show each resource's id, category and name")


def _run(args: argparse.Namespace, context: Context) -> int:
    vault, out = context.vault, context.out
    action: str = args.resources_action
    path: Path | None = getattr(args, "file", None)
    if path is not None:
        path = path.expanduser().resolve()
        resource_files.file_kind(path)  # a wrong ending is refused before unlocking
    unlock(vault, context.inp)
    journal = vault.journal
    assert journal is not None  # unlock opened it
    try:
        if action == "list":
            order = {c: i for i, c in enumerate(CATEGORIES)}
            listed = sorted(
                journal.resources.all(include_archived=True),
                key=lambda r: (order.get(r.category, 99), fold(r.name)),
            )
            for item in listed:
                archived = " (archived)" if item.archived else ""
                print(f"{item.id:>5}  {item.category:<17} {item.name}{archived}", file=out)
            return EXIT_OK
        assert path is not None
        if action == "export":
            count = resource_files.export_resources(journal, path)
            print(f"Wrote {count} resources to {path}", file=out)
            return EXIT_OK
        try:
            plan = resource_files.import_file(journal, path)
        except InvalidInput as exc:
            raise InvalidInput(
                "{file}: {problem} (nothing was imported)",
                values={"file": path.name, "problem": exc},
                field=exc.field,
            ) from None
        print(
            f"Imported {plan.total} resources from {path.name}: {len(plan.added)} added, "
            f"{len(plan.updated)} updated, {len(plan.unchanged)} already up to date",
            file=out,
        )
        return EXIT_OK
    finally:
        vault.lock()


COMMAND = Command(
    name="resources",
    help="export, import or list the resource directory (JSON or CSV)",
    description="Share the resource directory as a JSON or CSV file (the file name's "
    "ending picks the format; see assets/resource-format.md). An import adds new names, "
    "updates known ones and deletes nothing; a file with any problem changes nothing.",
    add_arguments=_add_arguments,
    run=_run,
)


# Direct calls, without peerdesk.cli (the tests drive the command so).
add_parser, run = direct(COMMAND)
