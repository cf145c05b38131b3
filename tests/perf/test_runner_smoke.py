"""The benchmark runner's machinery at a tiny size: every figure reaches the table and the JSON.

No timing is asserted here (the figures of a 200-session journal mean nothing); the full runs
are ``uv run python -m tests.perf.run [--quick]``.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from peerdesk.search import build_query
from tests.perf import run
from tests.perf.queries import QUERIES

# Written out here rather than taken from the runner, so that a figure dropped there shows.
TARGET_FIGURES = {
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
CONTEXT_FIGURES = {
    "startup.app_wall_s", "startup.floor_wall_s", "startup.app_rss_mb", "startup.floor_rss_mb",
    "startup.wall_ratio", "startup.rss_ratio", "startup.keyring_cpu_ratio",
    "startup.keyring_floor_wall_s",
    "startup.keyring_floor_rss_mb", "startup.key_floor_wall_ratio", "startup.key_floor_rss_ratio",
    "startup.combined_wall_ratio", "startup.combined_rss_ratio", "startup.app_combined_wall_ratio",
    "startup.combined_floor_wall_s", "startup.combined_floor_rss_mb", "startup.combined_cpu_ratio",
    "search.ranked_ratio", "search.mean_ms",
    "search.floor_mean_ms", "backup.seconds", "backup.vacuum_seconds",
}  # fmt: skip
GROWTH = {
    "search.mean_ms", "search.p95_ms", "search.floor_mean_ms", "page.ready_ms",
    "page.memory_mb", "unlock.ms", "save.median_ms", "backup.seconds",
}  # fmt: skip


def test_the_queries_are_a_hundred_real_searches() -> None:
    assert len(QUERIES) == 100
    assert len(set(QUERIES)) == 100
    assert all(build_query(q) is not None for q in QUERIES)


def test_the_options_pick_sizes_and_repetitions() -> None:
    full, out = run.parse([])
    assert full.sizes == (1_000, 20_000, 100_000) and full.anchor == 20_000 and full.reps == 5
    assert out.name == "latest.json"
    quick, _ = run.parse(["--quick", "--out", "x/y.json"])
    assert quick.sizes == (1_000, 20_000) and quick.reps == 3 and quick.mode == "quick"
    tiny, _ = run.parse(["--sizes", "300,100", "--reps", "1", "--no-startup"])
    assert tiny.sizes == (100, 300) and tiny.anchor == 300 and not tiny.startup
    only, _ = run.parse(["--startup-only", "--reps", "3"])
    assert only.only_startup and only.startup and only.reps == 3 and only.anchor == 20_000
    with pytest.raises(SystemExit) as caught:
        run.parse(["--startup-only", "--no-startup"])
    assert caught.value.code == 2


def test_a_start_up_only_run_builds_one_journal_and_lists_the_rest_as_not_run(
    tmp_path: Path,
) -> None:
    config = run.Config(
        sizes=(100, 200), reps=1, startup=False, only_startup=True, journals=tmp_path / "j"
    )
    report = run.run_benchmarks(config, say=lambda _text: None)
    figures = {f.key: f for f in report.figures}
    assert set(figures) == set(TARGET_FIGURES) | CONTEXT_FIGURES
    for key, found in figures.items():
        assert not found.measured and found.met is None, key
        assert found.skipped == (
            "not run (--no-startup)" if key.startswith("startup.") else "not run (--startup-only)"
        ), key
    assert report.growth == []
    assert sorted(p.name for p in (tmp_path / "j").iterdir()) == ["journal-200"]


def test_a_tiny_run_reports_every_figure(tmp_path: Path) -> None:
    config = run.Config(
        sizes=(100, 200), reps=1, saves=3, page_builds=1, startup=False, journals=tmp_path / "j"
    )
    report = run.run_benchmarks(config, say=lambda _text: None)
    out = tmp_path / "results" / "latest.json"
    run.write(report, out)
    data = json.loads(out.read_text(encoding="utf-8"))
    table = out.with_suffix(".md").read_text(encoding="utf-8")

    figures = {f["key"]: f for f in data["figures"]}
    assert set(figures) == set(TARGET_FIGURES) | CONTEXT_FIGURES
    for key, target in TARGET_FIGURES.items():
        assert figures[key]["target"] == target, key
    for key, found in figures.items():
        assert found["label"] in table, key
        if key.startswith("startup."):
            assert found["skipped"] == "not run (--no-startup)"
            assert found["met"] is None
        else:
            assert found["min"] <= found["median"] <= found["max"], key
            assert len(found["samples"]) == 1, key
            assert found["sessions"] == (None if key == "page.memory_growth_mb" else 200)
            if key in TARGET_FIGURES:
                assert isinstance(found["met"], bool), key

    growth = {g["key"]: g for g in data["growth"]}
    assert set(growth) == GROWTH
    for key, found in growth.items():
        assert set(found["by_sessions"]) == {"100", "200"}, key
        assert found["data_factor"] == 2
        assert found["label"] in table

    # Every figure at every size is in the JSON, and the machine is described.
    assert {(f["key"], f["sessions"]) for f in data["all_figures"]} >= {
        ("search.ratio", 100), ("page.ready_ms", 100), ("backup.ratio", 100), ("unlock.ms", 100),
    }  # fmt: skip
    assert data["machine"]["nproc"] >= 1 and data["machine"]["cpu_model"]
    assert data["sizes"] == [100, 200] and data["repetitions"] == 1
    assert "200 sessions" in table or "100, 200 sessions" in table
    assert data["all_met"] == report.all_met
    # Built journals are kept where asked; the copies the benchmarks changed are gone.
    assert sorted(p.name for p in (tmp_path / "j").iterdir()) == ["journal-100", "journal-200"]


@pytest.mark.slow
@pytest.mark.skipif(
    shutil.which("dbus-run-session") is None or shutil.which("gnome-keyring-daemon") is None,
    reason="needs dbus-run-session and gnome-keyring-daemon for a private Secret Service",
)
def test_start_up_is_timed_with_a_real_keyring(tmp_path: Path) -> None:
    from tests.perf.journals import JournalCache, open_journal
    from tests.perf.startup import StartupSamples, bench_startup

    cache = JournalCache(tmp_path / "j")
    work = cache.copy(50, "startup")
    vault, _journal, key = open_journal(work)
    vault.lock()
    found = bench_startup(work, key, 1, tmp_path / "home")
    assert isinstance(found, StartupSamples), found
    assert "SecretService" in found.backend
    for samples in (
        found.wall_ratio,
        found.rss_ratio,
        found.keyring_wall_ratio,
        found.keyring_cpu_ratio,
        found.combined_wall_ratio,
        found.combined_rss_ratio,
        found.combined_cpu_ratio,
        found.app_combined_wall_ratio,
    ):
        assert len(samples) == 1 and samples[0] > 0
