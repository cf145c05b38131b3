"""Where PeerDesk keeps things on this computer."""

from __future__ import annotations

from pathlib import Path

import platformdirs

APP_NAME = "PeerDesk"


def default_data_dir() -> Path:
    """The journal's folder: e.g. ``~/.local/share/PeerDesk`` on Linux."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def config_dir() -> Path:
    """Window geometry and other settings that hold nothing from the journal."""
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))
