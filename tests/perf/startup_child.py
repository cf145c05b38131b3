"""Time whole-process start-ups; runs where a Secret Service keyring is available.

Usage: ``python -m tests.perf.startup_child DATA_DIR REPS`` with the data key (hex) on stdin.
The key goes into the keyring (so ``peerdesk`` unlocks the way it does every day) and is removed
again at the end. Then, after one warm-up of each, ``peerdesk --data-dir DATA_DIR
--exit-when-ready``, the bare-window floor, the bare window that first reads the key from
the keyring and opens the journal file with it, and the combined floor (that, PeerDesk's own
imports and its Today page: tests/perf/first_screen.py) are started in turns; each run's wall
time and peak memory (``ru_maxrss`` of that child alone, from ``wait4``) and CPU time (user
and system, from the same ``wait4``: less moved by other work on a shared machine) are printed
as one JSON line.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

from peerdesk.keystore import KeyStore
from peerdesk.vault import Vault

ROOT = Path(__file__).resolve().parents[2]
TIMEOUT_S = 120


def app_command(data_dir: Path) -> list[str]:
    """``peerdesk`` as ``uv run peerdesk`` starts it: the environment's console script."""
    script = shutil.which("peerdesk", path=str(Path(sys.executable).parent))
    base = [script] if script else [sys.executable, "-m", "ui.launcher"]
    return [*base, "--data-dir", str(data_dir), "--exit-when-ready"]


def floor_command(*args: str) -> list[str]:
    return [sys.executable, str(ROOT / "tests" / "perf" / "bare_window.py"), *args]


def combined_floor_command(data_dir: Path) -> list[str]:
    return [sys.executable, str(ROOT / "tests" / "perf" / "first_screen.py"), str(data_dir)]


def launch(command: list[str], env: dict[str, str]) -> tuple[float, float, float, str]:
    """Run ``command`` to its end; return wall seconds, its peak resident MB, its CPU seconds
    and its stderr."""
    start = time.perf_counter()
    proc = subprocess.Popen(
        command,
        cwd=ROOT,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    watchdog = threading.Timer(TIMEOUT_S, proc.kill)
    watchdog.start()
    try:
        assert proc.stderr is not None
        err = proc.stderr.read().decode("utf-8", "replace")
        proc.stderr.close()
        _pid, status, usage = os.wait4(proc.pid, 0)
    finally:
        watchdog.cancel()
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        tail = "\n".join(err.strip().splitlines()[-8:])
        raise RuntimeError(f"{Path(command[0]).name} exited with {proc.returncode}:\n{tail}")
    cpu = usage.ru_utime + usage.ru_stime
    return wall, usage.ru_maxrss / 1024, cpu, err  # ru_maxrss is in KiB on Linux


def main(argv: list[str]) -> int:
    data_dir, reps = Path(argv[0]), int(argv[1])
    key = bytes.fromhex(sys.stdin.readline().strip())
    keystore = KeyStore()
    backend = keystore.usable_backend()
    if backend is None or "SecretService" not in backend:
        print(json.dumps({"skipped": f"no Secret Service keyring here (found {backend})"}))
        return 0
    vault = Vault(data_dir, keystore)
    journal_id = vault.read_slots().journal_id
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    keystore.store(journal_id, key)
    try:
        commands = {
            "app": app_command(data_dir),
            "floor": floor_command(),
            "keyring_floor": floor_command(str(vault.journal_path), journal_id, backend),
            "combined_floor": combined_floor_command(data_dir),
        }
        _wall, _rss, _cpu, err = launch(
            commands["app"], env
        )  # warm-up; records the keyring backend
        if "journal unlocked" not in err:
            raise RuntimeError("peerdesk did not unlock the journal from the keyring")
        for name in ("floor", "keyring_floor", "combined_floor"):
            launch(commands[name], env)
        result: dict[str, object] = {"backend": backend}
        samples: dict[str, list[float]] = {
            f"{name}_{what}": [] for name in commands for what in ("wall_s", "rss_mb", "cpu_s")
        }
        for rep in range(reps):
            order = list(commands.items())
            if rep % 2:
                order.reverse()
            for name, command in order:
                wall, rss, cpu, _err = launch(command, env)
                samples[f"{name}_wall_s"].append(wall)
                samples[f"{name}_rss_mb"].append(rss)
                samples[f"{name}_cpu_s"].append(cpu)
        result |= samples
    finally:
        keystore.delete(journal_id)
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
