"""``peerdesk handout --out FILE.pdf [--category NAME ...] [--resource ID ...]``, headless.

For a coordinator printing a stack: the same page as the app's handout dialog, made from the
resource directory only (no note, so no peer data can reach it). The journal is unlocked by the
keyring like ``peerdesk backup`` does, read, and locked again before the page is drawn.

It is one :class:`peerdesk.commands.command.Command`, ``COMMAND``, which ``ui.launcher`` hands to
``peerdesk.cli.main`` with the core's commands. Qt is imported only when the command runs, so
registering it keeps ``peerdesk --help`` and the other subcommands quick.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from peerdesk import due
from peerdesk.clock import today
from peerdesk.commands.command import Command, Context
from peerdesk.commands.common import EXIT_OK, unlock
from peerdesk.errors import InvalidInput
from peerdesk.preferences import COUNTRY, ORGANISATION
from peerdesk.resource_defaults import is_placeholder
from peerdesk.resources import CATEGORIES
from peerdesk.text import fold

if TYPE_CHECKING:
    from PySide6.QtGui import QGuiApplication


def _add_arguments(
    parser: argparse.ArgumentParser, parents: Sequence[argparse.ArgumentParser]
) -> None:
    parser.add_argument("--out", type=Path, required=True, metavar="FILE.pdf", help="the PDF")
    parser.add_argument(
        "--category",
        action="append",
        default=[],
        metavar="NAME",
        help=f"take every entry of a category ({', '.join(CATEGORIES)}); repeatable",
    )
    parser.add_argument(
        "--resource",
        action="append",
        default=[],
        type=int,
        metavar="ID",
        help="take one entry by its id (see `peerdesk resources list`); repeatable",
    )
    parser.add_argument(
        "--keep-empty",
        action="store_true",
        help="print entries that have no phone, text line or web address yet, as they are",
    )
    parser.add_argument(
        "--organisation",
        metavar="NAME",
        help="the organisation name printed at the top (default: the one the app remembers)",
    )


def _category(name: str) -> str:
    key = fold(name).replace(" ", "_").replace("-", "_")
    if key in CATEGORIES:
        return key
    raise InvalidInput(
        "unknown category '{name}'; choose from {categories}",
        values={"name": name[:40], "categories": ", ".join(CATEGORIES)},
        field="category",
    )


def _gui_app() -> QGuiApplication:
    """Fonts and page layout need a Qt GUI application; without a display, draw offscreen. The
    page speaks the computer's language (LANG, LC_ALL), as the app does before a journal opens."""
    from PySide6.QtGui import QGuiApplication

    from ui.system.language import AppLanguage

    existing = QGuiApplication.instance()
    if isinstance(existing, QGuiApplication):
        return existing
    argv = ["peerdesk"]
    if not os.environ.get("QT_QPA_PLATFORM"):
        argv += ["-platform", "offscreen"]
    app = QGuiApplication(argv)
    AppLanguage(app).apply()
    return app


def _run(args: argparse.Namespace, context: Context) -> int:
    vault, out = context.vault, context.out
    from ui.printing.handout import (
        Handout,
        choose,
        save_handout_pdf,
    )

    path: Path = args.out.expanduser().resolve()
    if path.suffix.lower() != ".pdf":
        raise InvalidInput(
            "{file}: the handout is a PDF; name it FILE.pdf",
            values={"file": path.name},
            field="out",
        )
    categories = [_category(c) for c in args.category]
    wanted_ids: list[int] = list(args.resource)
    organisation = ORGANISATION.check(args.organisation) if args.organisation is not None else None
    app = _gui_app()
    unlock(vault, context.inp)
    journal = vault.journal
    assert journal is not None  # unlock opened it
    try:
        directory = journal.resources.all(include_archived=True)
        if organisation is None:
            organisation = journal.preferences.get(ORGANISATION)
        country = journal.preferences.get(COUNTRY)
        made_on = today(journal.clock)
    finally:
        vault.lock()
    known = {r.id for r in directory}
    for resource_id in wanted_ids:
        if resource_id not in known:
            raise InvalidInput(
                "there is no resource with id {id} (`peerdesk resources list` shows the ids)",
                values={"id": resource_id},
                field="resource",
            )
    if wanted_ids or categories:
        chosen = choose(directory, resource_ids=wanted_ids, categories=categories)
    else:
        chosen = choose(directory, categories=CATEGORIES)
    if not chosen:
        raise InvalidInput("nothing to print: the chosen categories have no entries", field="out")
    placeholders = [r.name for r in chosen if is_placeholder(r)]
    if placeholders and not args.keep_empty:
        raise InvalidInput(
            "no phone, text line or web address yet for: {names}; fill them in, leave them out "
            "(--category, --resource), or add --keep-empty to print them as they are",
            values={"names": ", ".join(placeholders)},
            field="keep_empty",
        )
    if country is None:
        print(
            "peerdesk: note: the journal's country is not chosen, so the handout gives no "
            "emergency number (choose the country in the app: Settings, Country and resources)",
            file=context.err,
        )
    handout = Handout(tuple(chosen), made_on, organisation=organisation, country=country)
    pages = save_handout_pdf(path, handout)
    del app  # kept alive until the page was drawn
    print(
        f"Handout saved: {path} ({len(chosen)} resources, {pages} page{'s' if pages > 1 else ''})",
        file=out,
    )
    unverified = [
        r.name
        for r in chosen
        if not is_placeholder(r) and due.needs_verifying(r.last_verified_on, made_on)
    ]
    if placeholders:
        print(f"Kept without contact details: {', '.join(placeholders)}", file=out)
    if unverified:
        print(
            f"Not verified in the last 12 months (check before handing out): "
            f"{', '.join(unverified)}",
            file=out,
        )
    return EXIT_OK


COMMAND = Command(
    name="handout",
    help="save a resource handout as PDF (no peer data; for printing a stack)",
    description="Make the same one-page handout as the app, from the resource directory. "
    "Without --category or --resource it lists every entry that is not archived. An entry "
    "without a phone, text line or web address is printed only with --keep-empty.",
    add_arguments=_add_arguments,
    run=_run,
)
