"""What shows before a journal is open.

- ``setup_wizard``: the first run: lock mode, passphrase, recovery code.
- ``unlock_dialog``: the one screen between the supporter and the journal, every vault state.
- ``damage_dialog``: the journal fails its checks: restore first, rescue second, start over last.
- ``restore_dialog``: restore a backup or move the journal to a new computer.

Each is a :class:`Gate`: once accepted, its ``journal`` is the journal it opened, if any.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from peerdesk.journal import Journal


class Gate(Protocol):
    journal: Journal | None  # the journal this screen opened; None until (or unless) it did

    def deleteLater(self) -> None: ...
