"""The bundled program's entry point (PyInstaller's script): the same ``main`` as ``peerdesk``."""

import sys

from ui.launcher import main

if __name__ == "__main__":
    sys.exit(main())
