"""Hooks into the operating system and the Qt runtime.

- ``idle``: no input for a while, the screen locking, the computer going to sleep.
- ``clipboard_guard``: copied text hidden from clipboard histories and cleared.
- ``crash``: bugs go to the crash dialog and ``crash.log``.
- ``window_state``: window geometry remembered between runs.
- ``qt_import_hook``: keep PySide's import hook from holding every module's source.
- ``language``: the language (PeerDesk's and Qt's catalogues) and the default locale.
- ``theme``: Fusion with PeerDesk's light and dark palettes; System follows the OS's scheme.
"""
