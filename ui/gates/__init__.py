"""What shows before a journal is open.

- ``setup_wizard``: the first run: lock mode, passphrase, recovery code.
- ``unlock_dialog``: the one screen between the supporter and the journal, every vault state.
- ``damage_dialog``: the journal fails its checks: restore first, rescue second, start over last.
- ``restore_dialog``: restore a backup or move the journal to a new computer.
"""
