"""The ``peerdesk`` command: headless subcommands from the core, or the Qt app."""

from __future__ import annotations

import sys

from peerdesk.cli import AppOptions
from peerdesk.cli import main as cli_main


def _run_gui(options: AppOptions) -> int:
    from ui.app import run  # Qt is imported only when the window is wanted

    return run(options)


def main() -> int:
    return cli_main(sys.argv[1:], gui=_run_gui)


if __name__ == "__main__":
    sys.exit(main())
