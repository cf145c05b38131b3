"""Compare start-up of the built app with the same app run from source.

    uv run python packaging/launch_times.py [--runs 5] [--sessions 1000] [--max-ratio 1.2]

Both start ``--demo --demo-sessions N --exit-when-ready``: they build the same fictional journal,
show the main window, and quit once it is ready, so the time from start to exit covers start-up,
the journal and the first usable window. Runs alternate (source, bundle, source, ...) after one
warm-up run each, so a busy machine slows both alike. Prints the median of each and their ratio;
exits 1 when the bundle is slower than ``--max-ratio`` times the source. A benchmark, not a test:
CI does not run it.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def bundled_program() -> Path:
    if sys.platform == "win32":
        return ROOT / "dist" / "peerdesk" / "PeerDesk.exe"
    if sys.platform == "darwin":
        return ROOT / "dist" / "PeerDesk.app" / "Contents" / "MacOS" / "peerdesk"
    return ROOT / "dist" / "peerdesk" / "peerdesk"


def one_run(command: Sequence[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    done = subprocess.run(
        command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=300, check=False
    )
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"launch_times: {command[0]} failed ({done.returncode}):\n{done.stderr}")
    return elapsed


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--sessions", type=int, default=1000)
    parser.add_argument("--max-ratio", type=float, default=1.2)
    parser.add_argument(
        "--platform", default=None, help="Qt platform (default: offscreen, or xcb when DISPLAY)"
    )
    args = parser.parse_args(argv)
    program = bundled_program()
    if not program.is_file():
        raise SystemExit(f"launch_times: no bundle at {program}; run packaging/build.py first")
    flags = ["--demo", "--demo-sessions", str(args.sessions), "--exit-when-ready"]
    commands = {
        "source": [sys.executable, "-m", "ui.launcher", *flags],
        "bundle": [str(program), *flags],
    }
    platform = args.platform or ("xcb" if os.environ.get("DISPLAY") else "offscreen")
    with tempfile.TemporaryDirectory(prefix="peerdesk-launch-") as tmp:
        env = dict(os.environ, QT_QPA_PLATFORM=platform, TMPDIR=tmp)
        for command in commands.values():
            one_run(command, env)  # warm-up: bytecode caches, font caches, page cache
        times: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(args.runs):
            for name, command in commands.items():
                times[name].append(one_run(command, env))
    median = {name: statistics.median(values) for name, values in times.items()}
    for name, values in times.items():
        runs = " ".join(f"{v:.2f}" for v in values)
        print(f"{name:<7} median {median[name]:.2f} s   runs: {runs}")
    ratio = median["bundle"] / median["source"]
    print(f"bundle / source = {ratio:.2f} (limit {args.max_ratio}; platform {platform})")
    return 0 if ratio <= args.max_ratio else 1


if __name__ == "__main__":
    sys.exit(main())
