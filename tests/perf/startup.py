"""Start-up, timed from outside as whole processes, with the key in a real Secret Service.

``peerdesk`` unlocks with the key from the OS keyring, so the measurement needs a real one. When
``dbus-run-session`` and ``gnome-keyring-daemon`` are installed, a private, throw-away Secret
Service is started the way CI does it (``.ci/start-keyring.sh``); otherwise, when this session
already has a Secret Service, that one is used (the benchmark's key is removed afterwards).
Without either the figure is skipped, with a note saying why.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

from peerdesk.keystore import KeyStore

ROOT = Path(__file__).resolve().parents[2]
KEYRING_SCRIPT = ROOT / ".ci" / "start-keyring.sh"


@dataclass
class StartupSamples:
    backend: str = ""
    how: str = ""
    app_wall_s: list[float] = field(default_factory=list)
    floor_wall_s: list[float] = field(default_factory=list)
    app_rss_mb: list[float] = field(default_factory=list)
    floor_rss_mb: list[float] = field(default_factory=list)
    keyring_floor_wall_s: list[float] = field(default_factory=list)
    keyring_floor_rss_mb: list[float] = field(default_factory=list)
    app_cpu_s: list[float] = field(default_factory=list)
    keyring_floor_cpu_s: list[float] = field(default_factory=list)
    # The key-read floor, PeerDesk's own imports and its Today page (tests/perf/first_screen.py).
    combined_floor_wall_s: list[float] = field(default_factory=list)
    combined_floor_rss_mb: list[float] = field(default_factory=list)
    combined_floor_cpu_s: list[float] = field(default_factory=list)

    @property
    def combined_wall_ratio(self) -> list[float]:
        """The least start-up ratio a PeerDesk could reach: combined floor ÷ key-read floor."""
        pairs = zip(self.combined_floor_wall_s, self.keyring_floor_wall_s, strict=True)
        return [c / f for c, f in pairs]

    @property
    def combined_rss_ratio(self) -> list[float]:
        pairs = zip(self.combined_floor_rss_mb, self.keyring_floor_rss_mb, strict=True)
        return [c / f for c, f in pairs]

    @property
    def combined_cpu_ratio(self) -> list[float]:
        pairs = zip(self.combined_floor_cpu_s, self.keyring_floor_cpu_s, strict=True)
        return [c / f for c, f in pairs]

    @property
    def app_combined_wall_ratio(self) -> list[float]:
        """What PeerDesk adds beyond its first screen: app ÷ combined floor."""
        pairs = zip(self.app_wall_s, self.combined_floor_wall_s, strict=True)
        return [a / c for a, c in pairs]

    @property
    def keyring_cpu_ratio(self) -> list[float]:
        pairs = zip(self.app_cpu_s, self.keyring_floor_cpu_s, strict=True)
        return [a / f for a, f in pairs]

    @property
    def wall_ratio(self) -> list[float]:
        return [a / f for a, f in zip(self.app_wall_s, self.floor_wall_s, strict=True)]

    @property
    def rss_ratio(self) -> list[float]:
        return [a / f for a, f in zip(self.app_rss_mb, self.floor_rss_mb, strict=True)]

    @property
    def keyring_wall_ratio(self) -> list[float]:
        pairs = zip(self.app_wall_s, self.keyring_floor_wall_s, strict=True)
        return [a / f for a, f in pairs]

    @property
    def key_floor_wall_ratio(self) -> list[float]:
        pairs = zip(self.keyring_floor_wall_s, self.floor_wall_s, strict=True)
        return [k / f for k, f in pairs]

    @property
    def key_floor_rss_ratio(self) -> list[float]:
        pairs = zip(self.keyring_floor_rss_mb, self.floor_rss_mb, strict=True)
        return [k / f for k, f in pairs]

    @property
    def keyring_rss_ratio(self) -> list[float]:
        pairs = zip(self.app_rss_mb, self.keyring_floor_rss_mb, strict=True)
        return [a / f for a, f in pairs]


def _private_keyring_available() -> bool:
    tools = ("dbus-run-session", "gnome-keyring-daemon", "dbus-send", "bash")
    return KEYRING_SCRIPT.is_file() and all(shutil.which(tool) for tool in tools)


def _session_keyring() -> str | None:
    try:
        backend = KeyStore().usable_backend()
    except Exception:  # a broken D-Bus session is as good as none here
        return None
    return backend if backend and "SecretService" in backend else None


def bench_startup(data_dir: Path, key: bytes, reps: int, scratch: Path) -> StartupSamples | str:
    """Samples for ``reps`` alternating runs of the app and the floor, or why there are none."""
    child = [sys.executable, "-m", "tests.perf.startup_child", str(data_dir), str(reps)]
    if _private_keyring_available():
        command = ["dbus-run-session", "--", "bash", str(KEYRING_SCRIPT), *child]
        how = "a private GNOME Keyring on its own D-Bus session (.ci/start-keyring.sh)"
    elif _session_keyring():
        command = child
        how = "this session's Secret Service"
    else:
        return (
            "no Secret Service: install dbus and gnome-keyring (or run inside a desktop"
            " session) to time start-up with the keyring unlock"
        )
    scratch.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    for name in ("XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        folder = scratch / name.lower()
        folder.mkdir(exist_ok=True)
        env[name] = str(folder)  # window geometry and logs of the timed runs stay in scratch
    # An installed app starts from compiled bytecode; so do both processes here, from a cache
    # in scratch that the warm-up runs fill (the source tree is not written to).
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(scratch / "pycache")
    result = subprocess.run(
        command,
        cwd=ROOT,
        env=env,
        input=key.hex() + "\n",
        capture_output=True,
        text=True,
        timeout=120 + 60 * reps,
        check=False,
    )
    lines = result.stdout.strip().splitlines()
    if result.returncode != 0 or not lines:
        tail = "\n".join(result.stderr.strip().splitlines()[-6:])
        return f"the start-up run failed (exit {result.returncode}): {tail}"
    found = json.loads(lines[-1])
    if "skipped" in found:
        return str(found["skipped"])
    return StartupSamples(
        backend=found["backend"],
        how=how,
        app_wall_s=found["app_wall_s"],
        floor_wall_s=found["floor_wall_s"],
        app_rss_mb=found["app_rss_mb"],
        floor_rss_mb=found["floor_rss_mb"],
        keyring_floor_wall_s=found["keyring_floor_wall_s"],
        keyring_floor_rss_mb=found["keyring_floor_rss_mb"],
        app_cpu_s=found["app_cpu_s"],
        keyring_floor_cpu_s=found["keyring_floor_cpu_s"],
        combined_floor_wall_s=found["combined_floor_wall_s"],
        combined_floor_rss_mb=found["combined_floor_rss_mb"],
        combined_floor_cpu_s=found["combined_floor_cpu_s"],
    )
