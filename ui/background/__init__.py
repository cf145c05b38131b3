"""Work that runs beside the open window, off the GUI thread.

- ``background_job``: :class:`BackgroundJob`, the one way to run long work off the GUI thread
  (progress, result, known error, bug to the crash dialog, cooperative cancel). Backups,
  restore, rescue, re-key, the integrity check, retention and old backups run through it; not
  the search (see ``search_runner``), nor the resource import (short, on the window's connection).
- ``backup_scheduler``: automatic encrypted backups while PeerDesk is open.
- ``integrity_runner``: the journal's full integrity check on a worker thread.
- ``search_runner``: note searches on a worker thread; only the latest answer is delivered.
- ``retention_settings``: the retention runner, and the Settings group box that sets it.
"""
