"""Every item-data role the app defines beyond Qt's own: one place, one meaning each.

A role names what an item carries besides its text: the id of the session, peer, follow-up or
resource a row shows, or a value a view or delegate reads back. Models answer them in ``data()``;
list and tree widgets store them with ``setData``. Numbers start at ``UserRole + 1`` (the lock
test, ``tests/support/journal_text_scan.py``, walks ``UserRole`` and the sixteen after it).
"""

from __future__ import annotations

from enum import IntEnum, unique

from PySide6.QtCore import Qt

_FIRST = int(Qt.ItemDataRole.UserRole) + 1


@unique
class Role(IntEnum):
    SESSION_ID = _FIRST  # the id of the session a row shows (sessions, search hits, drafts)
    PEER_ID = _FIRST + 1  # the id of the peer a row shows
    FOLLOWUP_ID = _FIRST + 2  # the id of the follow-up a row shows
    RESOURCE_ID = _FIRST + 3  # the id of the resource a row shows
    TAG_ID = _FIRST + 4  # the id of the tag a row shows
    CATEGORY = _FIRST + 5  # a resource category's code (on the heading and on each entry)
    BUCKET = _FIRST + 6  # when a follow-up is due: overdue, today, this week, later
    SNIPPET = _FIRST + 7  # a search hit's snippet, as (text, highlight) parts
    PATH = _FIRST + 8  # a file's path, as text (a backup to restore, a report to add up)
    OFFER = _FIRST + 9  # a step-6 row's ("kind", id) or ("resource", id)
    MARK = _FIRST + 10  # a step-6 row's mark (mentioned, handout, referred), or "" for none
