"""PeerDesk's benchmark runner: figures as ratios against floors measured in the same run.

    uv run python -m tests.perf.run                   # 1,000 / 20,000 / 100,000 sessions
    uv run python -m tests.perf.run --quick           # 1,000 / 20,000 (CI sizes)
    uv run python -m tests.perf.run --out perf-results/latest.json

Journals are built with the demo generator (``peerdesk.demo.fill``) in a temporary folder and
deleted at the end (``--journals DIR`` keeps them for the next run). Every figure is measured
``--reps`` times; the table shows the median and the spread (lowest – highest), and a figure
meets its target when its median is at most the target. The table is printed as Markdown and
written next to the JSON file (same name, ``.md``). Exit status: 0 when every target is met,
1 when one is missed, 2 for a usage error.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from tests.perf.core_bench import bench_backup, bench_save, bench_search, bench_unlock
from tests.perf.figures import Figure, Growth, figure_table, growth_table, machine
from tests.perf.journals import JournalCache, open_journal
from tests.perf.queries import QUERIES
from tests.perf.startup import bench_startup

ROOT = Path(__file__).resolve().parents[2]
FULL_SIZES = (1_000, 20_000, 100_000)
QUICK_SIZES = (1_000, 20_000)
ANCHOR = 20_000  # the size the absolute targets are set for

# What each figure is: its label and unit.
LABELS: dict[str, tuple[str, str]] = {
    "startup.keyring_wall_ratio": (
        "Start-up: peerdesk ÷ bare QMainWindow that first reads the key and opens the file,"
        " wall time",
        "x",
    ),
    "startup.keyring_rss_ratio": (
        "Start-up: peerdesk ÷ bare QMainWindow that first reads the key and opens the file,"
        " peak memory",
        "x",
    ),
    "startup.keyring_cpu_ratio": (
        "Start-up: peerdesk ÷ the same floor, CPU time (context: less moved by a busy machine)",
        "x",
    ),
    "startup.app_wall_s": ("Start-up: peerdesk --exit-when-ready, wall time", "s"),
    "startup.keyring_floor_wall_s": (
        "Start-up floor: bare QMainWindow with the key read and the file opened, wall time",
        "s",
    ),
    "startup.app_rss_mb": ("Start-up: peerdesk, peak memory", "MB"),
    "startup.keyring_floor_rss_mb": (
        "Start-up floor: bare QMainWindow with the key read and the file opened, peak memory",
        "MB",
    ),
    "startup.wall_ratio": ("Start-up: peerdesk ÷ bare QMainWindow (context), wall time", "x"),
    "startup.rss_ratio": ("Start-up: peerdesk ÷ bare QMainWindow (context), peak memory", "x"),
    "startup.floor_wall_s": ("Bare QMainWindow, nothing read (context), wall time", "s"),
    "startup.floor_rss_mb": ("Bare QMainWindow, nothing read (context), peak memory", "MB"),
    "startup.key_floor_wall_ratio": (
        "Start-up floor ÷ bare QMainWindow (context: what reading the key costs), wall time",
        "x",
    ),
    "startup.key_floor_rss_ratio": (
        "Start-up floor ÷ bare QMainWindow (context: what reading the key costs), peak memory",
        "x",
    ),
    "startup.combined_wall_ratio": (
        "Combined floor (the floor + PeerDesk's imports + its Today page) ÷ the floor, wall time"
        " (context: the least ratio attainable)",
        "x",
    ),
    "startup.combined_rss_ratio": (
        "Combined floor ÷ the floor, peak memory (context: the least ratio attainable)",
        "x",
    ),
    "startup.combined_cpu_ratio": (
        "Combined floor ÷ the floor, CPU time (context: less moved by a busy machine)",
        "x",
    ),
    "startup.app_combined_wall_ratio": (
        "Start-up: peerdesk ÷ combined floor, wall time (context: what the rest of the app adds)",
        "x",
    ),
    "startup.combined_floor_wall_s": ("Combined floor, wall time (context)", "s"),
    "startup.combined_floor_rss_mb": ("Combined floor, peak memory (context)", "MB"),
    "search.ratio": ("Search: app ÷ plain FTS5 MATCH", "x"),
    "search.p95_ms": ("Search: p95 of one query", "ms"),
    "search.ranked_ratio": (
        "Search: app in best-match order ÷ FTS5 MATCH ranked by bm25 (context)",
        "x",
    ),
    "search.mean_ms": ("Search: mean of one query", "ms"),
    "search.floor_mean_ms": ("Search floor: mean of one plain MATCH", "ms"),
    "save.median_ms": ("Save a finished session: median", "ms"),
    "save.p99_ms": ("Save a finished session: p99", "ms"),
    "page.ready_ms": ("Sessions page ready (model, first rows, view shown)", "ms"),
    "page.first_ms": ("Sessions page ready, first in a fresh process", "ms"),
    "page.memory_mb": ("Journal + Sessions page, resident memory", "MB"),
    "page.memory_growth_mb": ("Sessions page memory growth", "MB"),
    "backup.ratio": ("Backup: vault.backup() ÷ VACUUM INTO", "x"),
    "backup.seconds": ("Backup: vault.backup()", "s"),
    "backup.vacuum_seconds": ("Backup floor: VACUUM INTO", "s"),
    "unlock.ms": ("Unlock by keyring (open, key check, schema check)", "ms"),
}
# Targets from issue 8: upper bounds on the median, at the anchor size. Start-up is held to the
# floor every app that unlocks from the keyring pays (issue 15, item 8); the bare window without
# the key is context only.
TARGETS: dict[str, float] = {
    "startup.keyring_wall_ratio": 1.25,
    "startup.keyring_rss_ratio": 1.15,
    "search.ratio": 1.5,
    "search.p95_ms": 50.0,
    "save.median_ms": 10.0,
    "save.p99_ms": 50.0,
    "page.ready_ms": 100.0,
    "page.memory_growth_mb": 30.0,
    "backup.ratio": 1.5,
    "unlock.ms": 100.0,
}
# The table: the figures with targets, then the floors and context beside them.
TABLE_ORDER = (
    "startup.keyring_wall_ratio", "startup.keyring_rss_ratio", "startup.keyring_cpu_ratio",
    "startup.app_wall_s",
    "startup.keyring_floor_wall_s", "startup.app_rss_mb", "startup.keyring_floor_rss_mb",
    "startup.wall_ratio", "startup.rss_ratio", "startup.floor_wall_s", "startup.floor_rss_mb",
    "startup.key_floor_wall_ratio", "startup.key_floor_rss_ratio",
    "startup.combined_wall_ratio", "startup.combined_rss_ratio", "startup.combined_cpu_ratio",
    "startup.app_combined_wall_ratio", "startup.combined_floor_wall_s",
    "startup.combined_floor_rss_mb",
    "search.ratio", "search.p95_ms", "search.ranked_ratio", "search.mean_ms",
    "search.floor_mean_ms",
    "save.median_ms", "save.p99_ms",
    "page.ready_ms", "page.memory_growth_mb",
    "backup.ratio", "backup.seconds", "backup.vacuum_seconds",
    "unlock.ms",
)  # fmt: skip
# How figures grow from the smallest journal to the largest; search and list are held to
# growing at most as the square root of the journal (10x for 100x the sessions).
GROWTH = (
    ("search.mean_ms", True),
    ("search.p95_ms", False),
    ("search.floor_mean_ms", False),
    ("page.ready_ms", True),
    ("page.memory_mb", False),
    ("unlock.ms", False),
    ("save.median_ms", False),
    ("backup.seconds", False),
)


def figure(key: str, size: int | None, samples: list[float], *, anchor: bool) -> Figure:
    label, unit = LABELS[key]
    return Figure(key, label, unit, size, samples, TARGETS.get(key) if anchor else None)


@dataclass
class Config:
    sizes: tuple[int, ...] = FULL_SIZES
    reps: int = 5
    saves: int = 200  # timed saves per repetition
    page_builds: int = 5  # Sessions pages built per process (after the first)
    startup: bool = True
    only_startup: bool = False  # the start-up figures alone, at the anchor size
    journals: Path | None = None  # keep built journals here (reused by the next run)
    mode: str = "full"

    @property
    def anchor(self) -> int:
        return ANCHOR if ANCHOR in self.sizes else max(self.sizes)


@dataclass
class Report:
    config: Config
    figures: list[Figure] = field(default_factory=list)
    growth: list[Growth] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)

    @property
    def all_met(self) -> bool:
        verdicts = [f.met for f in self.figures] + [g.met for g in self.growth]
        return all(v is not False for v in verdicts)

    def table(self) -> str:
        m, c = self.meta["machine"], self.config
        sizes = f"{c.anchor:,}" if c.only_startup else ", ".join(f"{s:,}" for s in c.sizes)
        load = ", ".join(f"{x:.2f}" for x in m["load_average"] or [])
        head = (
            f"PeerDesk benchmarks ({c.mode}: {sizes} sessions, {c.reps} repetitions) on"
            f" {m['nproc']} CPU(s), {m['cpu_model']}, {m['memory_mb']:,} MB, {m['os']},"
            f" Python {m['python']}; load average at start {load}."
        )
        notes = "\n".join(f"- {n}" for n in self.meta.get("notes", []))
        return "\n\n".join(
            part
            for part in (
                head,
                figure_table(self.figures),
                "How the figures grow with the journal:",
                growth_table(self.growth),
                notes,
                "Every target met." if self.all_met else "Some targets were missed (**NO**).",
            )
            if part
        )

    def as_json(self) -> dict[str, Any]:
        c = self.config
        return {
            "mode": c.mode,
            "sizes": list(c.sizes),
            "anchor_sessions": c.anchor,
            "repetitions": c.reps,
            "figures": [f.as_json() for f in self.figures],
            "growth": [g.as_json() for g in self.growth],
            "all_met": self.all_met,
            **self.meta,
        }


def _child_env() -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def _page_run(data_dir: Path, key: bytes, builds: int) -> dict[str, Any]:
    """One fresh process that builds the Sessions page ``1 + builds`` times."""
    result = subprocess.run(
        [sys.executable, "-m", "tests.perf.page_child", str(data_dir), str(builds)],
        cwd=ROOT,
        env=_child_env(),
        input=key.hex() + "\n",
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    if result.returncode != 0:
        raise RuntimeError(f"the Sessions page run failed:\n{result.stderr[-2000:]}")
    found: dict[str, Any] = json.loads(result.stdout.strip().splitlines()[-1])
    return found


def _measure_size(
    cache: JournalCache, size: int, config: Config, say: Callable[[str], None]
) -> list[Figure]:
    """Every figure but start-up, for the journal of ``size`` sessions."""
    anchor = size == config.anchor
    scratch = cache.root / "work"
    out: list[Figure] = []

    say(f"{size:,} sessions: search")
    vault, journal, key = open_journal(cache.get(size).path)
    try:
        search = bench_search(journal, config.reps)
    finally:
        vault.lock()
    out += [
        figure("search.ratio", size, search.ratio, anchor=anchor),
        figure("search.ranked_ratio", size, search.ranked_ratio, anchor=anchor),
        figure("search.p95_ms", size, search.p95_ms, anchor=anchor),
        figure("search.mean_ms", size, search.mean_ms, anchor=anchor),
        figure("search.floor_mean_ms", size, search.floor_mean_ms, anchor=anchor),
    ]

    say(f"{size:,} sessions: save")
    vault, journal, key = open_journal(cache.copy(size, "save"))
    try:
        save = bench_save(journal, config.reps, config.saves)
    finally:
        vault.lock()
    out += [
        figure("save.median_ms", size, save.median_ms, anchor=anchor),
        figure("save.p99_ms", size, save.p99_ms, anchor=anchor),
    ]

    say(f"{size:,} sessions: backup")
    vault, journal, key = open_journal(cache.copy(size, "backup"))
    try:
        backup = bench_backup(vault, journal, scratch / "vacuum", config.reps)
    finally:
        vault.lock()
    out += [
        figure("backup.ratio", size, backup.ratio, anchor=anchor),
        figure("backup.seconds", size, backup.backup_s, anchor=anchor),
        figure("backup.vacuum_seconds", size, backup.vacuum_s, anchor=anchor),
    ]

    say(f"{size:,} sessions: unlock")
    unlock = bench_unlock(cache.copy(size, "unlock"), key, config.reps)
    out.append(figure("unlock.ms", size, unlock, anchor=anchor))
    cache.discard_copies()

    say(f"{size:,} sessions: Sessions page, {config.reps} fresh process(es)")
    runs = [_page_run(cache.get(size).path, key, config.page_builds) for _ in range(config.reps)]
    out += [
        figure("page.ready_ms", size, [statistics.median(r["ready_ms"]) for r in runs],
               anchor=anchor),
        figure("page.first_ms", size, [r["first_ms"] for r in runs], anchor=anchor),
        figure("page.memory_mb", size, [r["memory_mb"] for r in runs], anchor=anchor),
    ]  # fmt: skip
    return out


def _startup_figures(
    cache: JournalCache, config: Config, say: Callable[[str], None]
) -> tuple[list[Figure], str]:
    size = config.anchor
    keys = [k for k in TABLE_ORDER if k.startswith("startup.")]
    if config.startup:
        say(f"{size:,} sessions: start-up, whole processes with a real keyring")
        work = cache.copy(size, "startup")
        vault, _journal, key = open_journal(work)
        vault.lock()
        found = bench_startup(work, key, config.reps, cache.root / "work" / "startup-home")
        cache.discard_copies()
    else:
        found = "not run (--no-startup)"
    if isinstance(found, str):
        out = [figure(k, size, [], anchor=True) for k in keys]
        for f in out:
            f.skipped = found
        return out, f"Start-up not measured: {found}."
    samples = {
        "startup.wall_ratio": found.wall_ratio,
        "startup.rss_ratio": found.rss_ratio,
        "startup.app_wall_s": found.app_wall_s,
        "startup.floor_wall_s": found.floor_wall_s,
        "startup.app_rss_mb": found.app_rss_mb,
        "startup.floor_rss_mb": found.floor_rss_mb,
        "startup.keyring_wall_ratio": found.keyring_wall_ratio,
        "startup.keyring_rss_ratio": found.keyring_rss_ratio,
        "startup.keyring_cpu_ratio": found.keyring_cpu_ratio,
        "startup.keyring_floor_wall_s": found.keyring_floor_wall_s,
        "startup.keyring_floor_rss_mb": found.keyring_floor_rss_mb,
        "startup.key_floor_wall_ratio": found.key_floor_wall_ratio,
        "startup.key_floor_rss_ratio": found.key_floor_rss_ratio,
        "startup.combined_wall_ratio": found.combined_wall_ratio,
        "startup.combined_rss_ratio": found.combined_rss_ratio,
        "startup.combined_cpu_ratio": found.combined_cpu_ratio,
        "startup.app_combined_wall_ratio": found.app_combined_wall_ratio,
        "startup.combined_floor_wall_s": found.combined_floor_wall_s,
        "startup.combined_floor_rss_mb": found.combined_floor_rss_mb,
    }
    note = (
        f"Start-up: the key in {found.backend}, {found.how}. Combined floor"
        " (tests/perf/first_screen.py): the floor, PeerDesk's own imports and its Today page"
        " over the journal, nothing else; combined floor ÷ floor is the least start-up ratio"
        " any PeerDesk could reach here."
    )
    return [figure(k, size, samples[k], anchor=True) for k in keys], note


def run_benchmarks(config: Config, say: Callable[[str], None] = print) -> Report:
    started = time.perf_counter()
    report = Report(config)
    report.meta["machine"] = machine()
    report.meta["started"] = datetime.now(UTC).isoformat(timespec="seconds")
    report.meta["queries"] = len(QUERIES)
    keep = config.journals is not None
    root = config.journals or Path(tempfile.mkdtemp(prefix="peerdesk-perf-"))
    root.mkdir(parents=True, exist_ok=True)
    cache = JournalCache(root)
    sizes = sorted(config.sizes)
    small, large = sizes[0], sizes[-1]
    every: dict[tuple[str, int | None], Figure] = {}
    try:
        for size in [config.anchor] if config.only_startup else sizes:
            say(f"building a journal of {size:,} sessions")
            cache.get(size)
        report.meta["journals"] = {
            str(s): {
                "megabytes": round(cache.get(s).megabytes, 1),
                "build_seconds": round(cache.get(s).build_seconds, 1),
            }
            for s in ([config.anchor] if config.only_startup else sizes)
        }
        for size in [] if config.only_startup else sizes:
            for f in _measure_size(cache, size, config, say):
                every[(f.key, size)] = f
        if not config.only_startup:
            growth = figure("page.memory_growth_mb", None, [
                b - a for a, b in zip(every[("page.memory_mb", small)].samples,
                                      every[("page.memory_mb", large)].samples, strict=True)
            ], anchor=True)  # fmt: skip
            growth.label += f", {small:,} → {large:,} sessions"
            every[(growth.key, None)] = growth
        startup, startup_note = _startup_figures(cache, config, say)
        for f in startup:
            every[(f.key, f.size)] = f
    finally:
        cache.discard_copies()
        if not keep:
            shutil.rmtree(root, ignore_errors=True)

    anchor = config.anchor
    if config.only_startup:  # the rest are listed, marked as not run
        for key in TABLE_ORDER:
            if (key, anchor) not in every:
                every[(key, anchor)] = figure(key, anchor, [], anchor=True)
                every[(key, anchor)].skipped = "not run (--startup-only)"
    report.figures = [every.get((k, anchor)) or every[(k, None)] for k in TABLE_ORDER]
    data_growth = large / small
    for key, held in [] if config.only_startup else GROWTH:
        label, unit = LABELS[key]
        by_size = {s: every[(key, s)].median for s in sizes}
        report.growth.append(
            Growth(key, label, unit, by_size, math.sqrt(data_growth) if held else None)
        )
    report.meta["all_figures"] = [f.as_json() for f in every.values()]
    report.meta["notes"] = [
        startup_note,
        f"Search: {len(QUERIES)} mixed queries per repetition (tests/perf/queries.py). App ="
        " journal.search.run in its default order, newest first (the 50 matching sessions"
        " whose notes were written most recently, by date; one hit per session, snippet, date"
        " and peer); floor = SELECT rowid FROM notes_fts WHERE notes_fts MATCH ? with the same"
        " built query. Context: the app's best-match order (bm25 ranking) ÷ the ranked floor,"
        " that MATCH with ORDER BY rank LIMIT 50.",
        f"Save: finishing an autosaved draft, as the form does (synchronous=FULL, WAL);"
        f" {config.saves} saves per repetition.",
        "Sessions page: built, shown and painted offscreen, in a fresh process per repetition;"
        " memory = resident memory after unlocking and showing it, minus before unlocking.",
        f"Growth targets: search and list may grow at most √{data_growth:g} ="
        f" {math.sqrt(data_growth):.1f}× while the journal grows {data_growth:g}×.",
    ]
    report.meta["seconds"] = round(time.perf_counter() - started, 1)
    return report


def parse(argv: list[str]) -> tuple[Config, Path]:
    parser = argparse.ArgumentParser(
        prog="python -m tests.perf.run", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--quick", action="store_true", help="1,000 and 20,000 sessions only")
    parser.add_argument("--reps", type=int, help="repetitions of every figure (5; quick: 3)")
    parser.add_argument("--out", type=Path, default=ROOT / "perf-results" / "latest.json")
    parser.add_argument("--journals", type=Path, help="keep built journals here and reuse them")
    parser.add_argument("--sizes", help="comma-separated journal sizes (for trying the runner)")
    parser.add_argument("--saves", type=int, help="timed saves per repetition (200; quick: 100)")
    parser.add_argument("--no-startup", action="store_true", help="skip the start-up figures")
    parser.add_argument(
        "--startup-only",
        action="store_true",
        help="only the start-up figures, at the anchor size (try: --startup-only --reps 3)",
    )
    args = parser.parse_args(argv)
    sizes: tuple[int, ...] = QUICK_SIZES if args.quick else FULL_SIZES
    if args.sizes:
        try:
            sizes = tuple(sorted({int(s) for s in args.sizes.split(",")}))
        except ValueError:
            parser.error("--sizes takes whole numbers separated by commas")
        if len(sizes) < 2 or sizes[0] < 1:
            parser.error("--sizes needs at least two sizes of 1 or more")
    reps = args.reps if args.reps is not None else (3 if args.quick else 5)
    saves = args.saves if args.saves is not None else (100 if args.quick else 200)
    if reps < 1 or saves < 1:
        parser.error("--reps and --saves must be at least 1")
    if args.startup_only and args.no_startup:
        parser.error("--startup-only and --no-startup exclude each other")
    mode = "custom" if args.sizes else "quick" if args.quick else "full"
    mode = "start-up only" if args.startup_only else mode
    config = Config(
        sizes=sizes,
        reps=reps,
        saves=saves,
        startup=not args.no_startup,
        only_startup=args.startup_only,
        journals=args.journals,
        mode=mode,
    )
    return config, args.out


def write(report: Report, out: Path) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(report.as_json(), indent=2, ensure_ascii=False) + "\n", "utf-8")
    out.with_suffix(".md").write_text(report.table() + "\n", "utf-8")


def main(argv: list[str] | None = None) -> int:
    config, out = parse(sys.argv[1:] if argv is None else argv)
    report = run_benchmarks(config, say=lambda text: print(text, file=sys.stderr, flush=True))
    write(report, out)
    print(report.table())
    print(f"\n(written to {out} and {out.with_suffix('.md')} in {report.meta['seconds']} s)")
    return 0 if report.all_met else 1


if __name__ == "__main__":
    sys.exit(main())
