"""Keep PySide's import hook from holding the source text of every module in memory.

Once PySide6 is loaded, its ``__feature__`` import hook asks of every module imported afterwards
whether its source mentions "PySide6" (PYSIDE-2029). It reads the source with
``inspect.getsource``, which keeps every line of every such file in ``linecache`` for the life of
the process: about 4 MB, and some milliseconds of reading, at PeerDesk's start-up. Here the same
question is answered by reading the file once without keeping it. Modules that are not plain
``.py`` files still go to PySide's own check. Without the hook (another PySide version), nothing
changes.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType

import PySide6.QtCore  # noqa: F401 - loads the hook that is changed here

_FEATURE_MODULE = "shibokensupport.feature"
_MARK = "_peerdesk_reads_without_caching"


def _reads_without_caching(
    original: Callable[[ModuleType], object],
) -> Callable[[ModuleType], bool]:
    def mod_uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            try:
                with open(path, "rb") as source:
                    return b"PySide6" in source.read()
            except OSError:
                pass
        return bool(original(module))

    setattr(mod_uses_pyside, _MARK, True)
    return mod_uses_pyside


def stop_source_caching() -> bool:
    """Install the non-caching check; True when PySide's hook was found (and is now changed)."""
    feature = sys.modules.get(_FEATURE_MODULE)
    original = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or not callable(original):
        return False
    if not getattr(original, _MARK, False):
        # PySide's own hook, private and in no stub: a module attribute mypy cannot know.
        feature._mod_uses_pyside = _reads_without_caching(original)  # type: ignore[attr-defined]
    return True
