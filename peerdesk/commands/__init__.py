"""The headless ``peerdesk`` subcommands: one module per command, built on one protocol.

Module map:

- ``command``: the protocol, :class:`~peerdesk.commands.command.Command` (name, help, how it adds
  its arguments, ``run(args, context) -> exit code``) and the
  :class:`~peerdesk.commands.command.Context` a command runs with (vault, standard streams, the
  PDF renderer ``ui`` hands in).
- ``common``: what every command shares: the ``--data-dir`` option, unlocking by lock mode
  (keyring or passphrase), asking for a secret, and the one mapping from errors to exit codes
  (0 done, 1 a problem, 2 the command was used wrongly).
- ``doctor``: where the journal lives, its keyring and its health; never writes.
- ``backup``: a verified encrypted backup.
- ``restore``: replace the journal with a backup, the current one kept aside.
- ``export_report``: the de-identified report as CSV (or PDF through ``ui``).
- ``resources``: ``resources export|import|list``, the resource directory as JSON or CSV.
- ``new_recovery_code``: a new recovery code and a new data key.

``peerdesk.cli`` builds the parser from these commands and runs the chosen one. The one command
that needs Qt, ``handout``, lives in ``ui/handout_command.py`` and is handed to ``cli.main`` by
``ui/launcher.py`` through the same protocol.
"""
