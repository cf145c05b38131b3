"""Finding files in ``assets/``, from a source checkout or inside a frozen (PyInstaller) build."""

from __future__ import annotations

import sys
from pathlib import Path


def assets_dir() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen is not None:
        return Path(frozen) / "assets"
    return Path(__file__).resolve().parent.parent / "assets"


def asset(name: str) -> Path:
    """The path of an asset; FileNotFoundError names it when the build left it out."""
    path = assets_dir() / name
    if not path.is_file():
        raise FileNotFoundError(f"PeerDesk asset missing: {name}")
    return path
