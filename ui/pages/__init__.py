"""The main window's pages: layout and actions (item models live in ``ui.models``).

- ``today_page``: start a session, who is due a follow-up, unfinished drafts.
- ``sessions_page``: finished sessions, filtered or searched, and a read-only view of one.
- ``peers_page``: pseudonyms, contact details, each peer's sessions, closing and forgetting.
- ``followups_page``: who is due a check-in, grouped by when.
- ``resources_page``: the resource directory and handouts.
- ``insights_page``: what the journal adds up to over a chosen period.
- ``settings_page``: lock mode and timing, theme, passphrase, recovery code, backups, retention;
  ``country_settings``: its country and resource packs section.

Every page is :class:`Refreshable`: the main window calls ``refresh()`` when the page is shown
again, or when work elsewhere (a backup, a saved session) changed what it shows.
"""

from typing import Protocol


class Refreshable(Protocol):
    def refresh(self) -> None:
        """Read the journal again and show what it holds now."""
