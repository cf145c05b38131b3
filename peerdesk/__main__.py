"""``python -m peerdesk``: the headless command line (the app itself starts from ``ui``)."""

import sys

from peerdesk.cli import main

sys.exit(main())
