"""Figures: repeated measurements with their median, spread and target, as a table and as JSON.

Every figure keeps one sample per repetition. A figure meets its target when its median is at
most the target (all targets here are upper bounds).
"""

from __future__ import annotations

import math
import os
import platform
import statistics
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

UNITS = {"x": "×", "ms": " ms", "s": " s", "MB": " MB"}


def percentile(values: Sequence[float], pct: float) -> float:
    """The nearest-rank percentile (``pct`` in 0..100) of ``values``."""
    if not values:
        raise ValueError("no values")
    ordered = sorted(values)
    rank = max(1, math.ceil(pct / 100 * len(ordered)))
    return ordered[rank - 1]


def fmt(value: float, unit: str) -> str:
    if unit == "x":
        text = f"{value:.2f}"
    elif abs(value) >= 100:
        text = f"{value:.0f}"
    elif abs(value) >= 10:
        text = f"{value:.1f}"
    else:
        text = f"{value:.2f}"
    return text + UNITS.get(unit, f" {unit}")


@dataclass
class Figure:
    key: str
    label: str
    unit: str
    size: int | None = None
    samples: list[float] = field(default_factory=list)
    target: float | None = None
    note: str = ""
    skipped: str = ""

    @property
    def measured(self) -> bool:
        return bool(self.samples) and not self.skipped

    @property
    def median(self) -> float:
        return statistics.median(self.samples)

    @property
    def low(self) -> float:
        return min(self.samples)

    @property
    def high(self) -> float:
        return max(self.samples)

    @property
    def met(self) -> bool | None:
        if self.target is None or not self.measured:
            return None
        return self.median <= self.target

    def as_json(self) -> dict[str, Any]:
        found: dict[str, Any] = {
            "key": self.key,
            "label": self.label,
            "unit": self.unit,
            "sessions": self.size,
            "target": self.target,
            "note": self.note,
        }
        if self.measured:
            found |= {
                "median": self.median,
                "min": self.low,
                "max": self.high,
                "samples": list(self.samples),
                "met": self.met,
            }
        else:
            found |= {"skipped": self.skipped or "not measured", "met": None}
        return found


@dataclass
class Growth:
    """How a figure changes from the smallest journal to the largest."""

    key: str
    label: str
    unit: str
    by_size: dict[int, float]
    target: float | None = None  # an upper bound on value(largest) / value(smallest)
    note: str = ""

    @property
    def sizes(self) -> list[int]:
        return sorted(self.by_size)

    @property
    def data_growth(self) -> float:
        return self.sizes[-1] / self.sizes[0]

    @property
    def factor(self) -> float:
        first = self.by_size[self.sizes[0]]
        last = self.by_size[self.sizes[-1]]
        return last / first if first > 0 else math.inf

    @property
    def met(self) -> bool | None:
        return None if self.target is None else self.factor <= self.target

    def as_json(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "label": self.label,
            "unit": self.unit,
            "by_sessions": {str(k): v for k, v in sorted(self.by_size.items())},
            "factor": self.factor,
            "data_factor": self.data_growth,
            "target": self.target,
            "met": self.met,
            "note": self.note,
        }


def _verdict(met: bool | None) -> str:
    return {True: "yes", False: "**NO**", None: "–"}[met]


def figure_table(figures: Sequence[Figure]) -> str:
    lines = [
        "| figure | sessions | median | spread (min–max) | target | met |",
        "|---|---:|---:|---:|---:|:---:|",
    ]
    for f in figures:
        size = f"{f.size:,}" if f.size else "–"
        target = f"≤ {fmt(f.target, f.unit)}" if f.target is not None else "–"
        if f.measured:
            median = fmt(f.median, f.unit)
            spread = f"{fmt(f.low, f.unit)} – {fmt(f.high, f.unit)}"
        else:
            median, spread = "skipped", f.skipped or "not measured"
        lines.append(f"| {f.label} | {size} | {median} | {spread} | {target} | {_verdict(f.met)} |")
    return "\n".join(lines)


def growth_table(growths: Sequence[Growth]) -> str:
    sizes = sorted({s for g in growths for s in g.by_size})
    head = " | ".join(f"{s:,}" for s in sizes)
    lines = [
        f"| figure (median) | {head} | growth | target | met |",
        "|---|" + "---:|" * len(sizes) + "---:|---:|:---:|",
    ]
    for g in growths:
        cells = " | ".join(fmt(g.by_size[s], g.unit) if s in g.by_size else "–" for s in sizes)
        target = f"≤ {g.target:.1f}×" if g.target is not None else "–"
        lines.append(f"| {g.label} | {cells} | {g.factor:.1f}× | {target} | {_verdict(g.met)} |")
    return "\n".join(lines)


def machine() -> dict[str, Any]:
    """The machine the figures were taken on (no user or host names)."""
    model = ""
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as cpuinfo:
            for line in cpuinfo:
                if line.startswith("model name"):
                    model = line.split(":", 1)[1].strip()
                    break
    except OSError:
        model = platform.processor()
    memory_mb = None
    try:
        with open("/proc/meminfo", encoding="utf-8") as meminfo:
            for line in meminfo:
                if line.startswith("MemTotal:"):
                    memory_mb = int(line.split()[1]) // 1024
                    break
    except OSError:
        pass
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return {
        "nproc": usable,
        "cpu_count": os.cpu_count(),
        "cpu_model": model or "unknown",
        "memory_mb": memory_mb,
        "os": platform.platform(terse=True),
        "python": platform.python_version(),
        "load_average": list(os.getloadavg()) if hasattr(os, "getloadavg") else None,
    }
