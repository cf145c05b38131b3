"""What tests share: stand-ins, builders and the network recorder (never imported by the app).

Module map:

- ``fakes``: stand-ins for the questions the app asks (``Confirm``: records each question and
  answers as told) and for the clock (``MonotonicClock``: time that moves only when told).
- ``manual_timer``: ``ManualTimer``, a single-shot ``QTimer`` that fires when the test moves its
  clock past the deadline (no real waiting).
- ``factories``: builders of journal content (``add_sessions``: finished sessions with notes long
  enough to give backups and pages real work).
- ``journal_text_scan``: after a lock, finds journal text left in any live widget or in any
  cell (every role) of any item model reachable from a live object.
- ``locale``: ``default_locale``/``german``, a block run under another default ``QLocale``.
- ``language``: ``speaking``, a block run with PeerDesk in another language (and its locale).
- ``network_guard``: records every network attempt, through audit hooks and from strace output,
  for the no-network tests.
"""
