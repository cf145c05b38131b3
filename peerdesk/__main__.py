"""``python -m peerdesk``: the headless command line (the app itself starts from ``ui``)."""

import sys

from peerdesk.process import protect_process

protect_process()  # before anything else: no core dump may hold a journal or its key

from peerdesk.cli import main  # noqa: E402

sys.exit(main())
