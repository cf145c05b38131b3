"""PeerDesk core: the encrypted journal and everything that works on it, without Qt.

- Opening and keys: ``vault`` (create, unlock, lock, re-key), ``keyslots`` (the key-slot file),
  ``keystore`` (the OS keyring), ``recovery`` (recovery codes), ``database`` (SQLCipher and its
  errors), ``schema`` (migrations), ``journal`` (an open journal and its repositories),
  ``reader`` (a worker thread's own connection), ``instance`` (one PeerDesk per journal),
  ``swap`` (a new journal put in place crash-safely), ``salvage`` (rescuing a damaged one).
- What the journal holds: ``sessions``, ``session_query``, ``peers``, ``followups``, ``tags``,
  ``resources``; ``flow`` (the conversation flow and vocabularies, as data); ``settings`` and
  ``preferences`` (every setting, typed, defined once); ``text`` (checking typed text).
- Resources: ``resource_files`` (the directory as JSON or CSV), ``resource_defaults`` (the
  country pack a journal starts with, adding another), ``countries`` (the countries with a pack,
  their emergency numbers).
- Work on it: ``search``, ``due`` (when follow-ups are due), ``insights``, ``report`` and
  ``suppression`` (de-identified counts), ``retention`` (shredding old text), ``backups``,
  ``backup_job`` and ``old_backups``, ``identifiers`` and ``clinical`` (words to leave out of
  notes), ``demo`` (fictional journals).
- Around it: ``errors`` (known errors and their codes), ``clock`` (injected time), ``paths``,
  ``files``, ``assets``, ``process`` (no core dumps, private files); ``cli``, ``__main__`` and
  ``commands/`` (the headless command line).
"""

__version__ = "0.1.0"
