"""``peerdesk export-report --from YYYY-MM --to YYYY-MM --out FILE.csv|.pdf``.

The core writes CSV. A PDF needs Qt, so the caller (``ui``) hands in a renderer; without one a
``.pdf`` is refused with a clear message. Nothing from the journal is printed, only the path and
how many figures were written.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path

from peerdesk import insights, report
from peerdesk.clock import today
from peerdesk.commands.command import Command, Context
from peerdesk.commands.common import EXIT_OK, EXIT_PROBLEM, direct, unlock
from peerdesk.errors import InvalidInput


def _add_arguments(
    parser: argparse.ArgumentParser, parents: Sequence[argparse.ArgumentParser]
) -> None:
    parser.add_argument("--from", dest="first", required=True, metavar="YYYY-MM")
    parser.add_argument("--to", dest="last", required=True, metavar="YYYY-MM")
    parser.add_argument(
        "--out", required=True, type=Path, metavar="FILE", help="FILE.csv or FILE.pdf"
    )
    parser.add_argument(
        "--threshold",
        type=int,
        default=report.DEFAULT_THRESHOLD,
        metavar="N",
        help=f"hold back counts below N, and those that add up with them (default "
        f"{report.DEFAULT_THRESHOLD}, at least {report.MIN_THRESHOLD})",
    )


def _run(args: argparse.Namespace, context: Context) -> int:
    vault, out, err, pdf = context.vault, context.out, context.err, context.pdf
    period = insights.Period.parse(args.first, args.last)
    threshold = report.check_threshold(args.threshold)
    target = Path(args.out).expanduser()
    kind = target.suffix.lower()
    if kind not in (".csv", ".pdf"):
        raise InvalidInput("the report file must end in .csv or .pdf", field="out")
    if target.is_dir():
        raise InvalidInput(
            "{file} is a folder; name a file", values={"file": str(target)}, field="out"
        )
    if kind == ".pdf" and pdf is None:
        print(
            "peerdesk: error: a PDF needs PeerDesk's graphical part, which is not "
            "available here; write a .csv instead",
            file=err,
        )
        return EXIT_PROBLEM
    unlock(vault, context.inp)
    try:
        journal = vault.journal
        assert journal is not None
        figures = insights.compute(journal.conn, period, today(journal.clock))
    finally:
        vault.lock()
    made = report.build(figures, threshold)
    if kind == ".csv":
        report.write_csv(made, target.resolve())
    else:
        assert pdf is not None
        pdf(target.resolve(), made)
    print(
        f"Report written: {target.resolve()} ({period}; {len(made.lines)} figures, "
        f"{sum(1 for li in made.lines if li.cell.held)} held back as x: the counts below "
        f"{threshold} and those that add up with them)",
        file=out,
    )
    return EXIT_OK


COMMAND = Command(
    name="export-report",
    help="write the de-identified report (counts only, by month) as CSV or PDF",
    description=(
        "Write a de-identified report of the journal: counts only, by month at most, with "
        "counts below the threshold held back as x, with every count that adds up with them, "
        "so that none can be worked out by subtraction (a higher threshold holds back at least "
        "as much; reports of overlapping periods can be subtracted from each other). No "
        "pseudonyms, notes or dates."
    ),
    add_arguments=_add_arguments,
    run=_run,
)


# Direct calls, without peerdesk.cli (the tests drive the command so).
add_parser, run = direct(COMMAND)
