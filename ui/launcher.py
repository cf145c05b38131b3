"""The ``peerdesk`` command: headless subcommands from the core, or the Qt app."""

from __future__ import annotations

import gc
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from peerdesk.cli import AppOptions, app_options
from peerdesk.cli import main as cli_main
from peerdesk.process import protect_process

if TYPE_CHECKING:
    from peerdesk.report import Report


def _run_gui(options: AppOptions) -> int:
    # Qt is imported only when the window is wanted, and first of all the ui modules.
    from ui.system.qt_import_hook import stop_source_caching

    stop_source_caching()
    if options.smoke_test:
        from ui.smoke import run_smoke_test

        return run_smoke_test()
    from ui.app import run

    code = run(options)
    # The window is closed, the journal locked and every file written: what is left is freed as
    # the interpreter shuts down. Frozen, it is not first scanned again for reference cycles,
    # which made closing PeerDesk take about a tenth of a second longer than it needs to.
    gc.freeze()
    return code


def _save_report_pdf(path: Path, report: Report) -> None:
    from ui.printing.report_pdf import save_report_pdf_headless
    from ui.system.language import AppLanguage

    # in the computer's language (LANG, LC_ALL), as the app speaks before a journal opens
    save_report_pdf_headless(path, report, speak=lambda app: AppLanguage(app).apply())


def main() -> int:
    protect_process()  # first: no core dump may hold a journal or its key
    options = app_options(sys.argv[1:])
    if options is not None:  # the app: no command, so none is imported (start-up time)
        return _run_gui(options)
    from ui import handout_command

    return cli_main(
        sys.argv[1:], gui=_run_gui, pdf=_save_report_pdf, commands=[handout_command.COMMAND]
    )


if __name__ == "__main__":
    sys.exit(main())
