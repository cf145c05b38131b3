"""A report file as PeerDesk wrote it at format version 2, before help mentioned and handouts
were counted: a version 4 file's text without those two totals, marked version 2 (every
held-back count is an ``x``, which version 2 reads too)."""

from __future__ import annotations

_NEW_IN_VERSION_3 = ("conversations_with_mention,", "conversations_with_handout,")


def as_version_2(csv_text: str) -> str:
    kept = (
        line
        for line in csv_text.splitlines(keepends=True)
        if not line.startswith(_NEW_IN_VERSION_3)
    )
    return "".join(kept).replace("peerdesk-report,,4", "peerdesk-report,,2")
