"""What the process does before anything else: no core dumps, and files private from creation.

A core file would hold the open journal's text and the data key. So the first line of every entry
point (the app and each command) switches core dumps off: the core size limit goes to zero, soft
and hard, so nothing later in the process can raise it again, and on Linux the process is marked
not dumpable (no core even where the limit is raised from outside, and no reading of its memory
through ``/proc`` by other programs of the same user). ``faulthandler`` still writes its crash log:
it runs inside the process and needs no core.

The file-creation mask becomes 077, so that a file or folder made without an explicit mode (by
SQLite, Qt or a library) is the owner's alone from the moment it exists. PeerDesk's own files are
created with explicit modes as well (:mod:`peerdesk.files`), whatever the mask.
"""

from __future__ import annotations

import ctypes
import logging
import os
import sys

log = logging.getLogger(__name__)

PRIVATE_UMASK = 0o077
_PR_SET_DUMPABLE = 4  # from <linux/prctl.h>


def protect_process() -> None:
    """Switch core dumps off and make new files private; call it first thing at start-up."""
    if sys.platform != "win32":
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
        os.umask(PRIVATE_UMASK)
    if sys.platform == "linux":
        libc = ctypes.CDLL(None, use_errno=True)
        if libc.prctl(_PR_SET_DUMPABLE, 0, 0, 0, 0) != 0:
            log.warning(
                "the process could not be marked not dumpable (errno %d)", ctypes.get_errno()
            )
