"""The benchmark suite: ``uv run python -m tests.perf.run [--quick]`` (not part of ``pytest``)."""
