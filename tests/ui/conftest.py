"""Qt tests run on the offscreen platform unless told otherwise (no display is needed)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
