"""Complementary suppression: no held-back count can be worked out from the counts shown.

A table's figures are tied together by linear relations a reader knows (parts that add up to a
total, a count that is "of" another). Holding back the small counts (primary suppression) is not
enough: when a group has one held-back cell and a known total, subtraction gives it away. This
module works out, by subtraction, what a reader can derive about every cell (:func:`derive`), and
holds back further cells until no held-back cell is left with a single possible value
(:func:`complements`).

Cells are identified by any hashable key. A relation is ``sum(coefficient * cell) == 0`` or
``<= 0`` with coefficients of +1 or -1; a key that no table shows (a period total) is simply a
cell nobody shows. Bounds are ``(low, high)`` with ``high`` possibly :data:`INF`.
"""

from __future__ import annotations

import math
from collections.abc import Collection, Hashable, Mapping, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

Key = TypeVar("Key", bound=Hashable)
Bound = tuple[int, float]
INF = math.inf
MAX_ROUNDS = 500


@dataclass(frozen=True)
class Relation(Generic[Key]):
    """``sum(c * cell for cell, c in terms) == 0`` (``equal``) or ``<= 0`` (not ``equal``)."""

    terms: tuple[tuple[Key, int], ...]
    equal: bool = True


class Inconsistent(ValueError):
    """The figures shown contradict the relations (a tampered or mistaken table)."""


def parts_sum_to(parts: Sequence[Key], total: Key) -> Relation[Key]:
    return Relation((*((p, 1) for p in parts), (total, -1)))


def at_most(part: Key, whole: Key) -> Relation[Key]:
    return Relation(((part, 1), (whole, -1)), equal=False)


def derive(known: Mapping[Key, Bound], relations: Sequence[Relation[Key]]) -> dict[Key, Bound]:
    """What a reader can work out by subtraction: the tightest bounds of every cell.

    ``known`` gives each cell's published bounds (an exact count is ``(n, n)``); a cell missing
    from it (held back, or a total nobody shows) is only known to be 0 or more. The relations are
    applied until nothing changes.
    """
    low: dict[Key, float] = {}
    high: dict[Key, float] = {}
    for relation in relations:
        for key, _c in relation.terms:
            first, last = known.get(key, (0, INF))
            low[key], high[key] = max(0, first), last
    for key, (first, last) in known.items():
        low.setdefault(key, max(0, first))
        high.setdefault(key, last)
    for _round in range(MAX_ROUNDS):
        changed = False
        for relation in relations:
            # The sum of c * cell over the terms: its finite low and high parts, and how many
            # terms are unbounded on each side.
            sum_low = sum_high = 0.0
            inf_low = inf_high = 0
            for key, c in relation.terms:
                lo, hi = (low[key], high[key]) if c > 0 else (-high[key], -low[key])
                if lo == -INF:
                    inf_low += 1
                else:
                    sum_low += lo
                if hi == INF:
                    inf_high += 1
                else:
                    sum_high += hi
            for key, c in relation.terms:
                lo, hi = (low[key], high[key]) if c > 0 else (-high[key], -low[key])
                # The other terms' sum lies in [rest_low, rest_high].
                rest_low = -INF if inf_low - (lo == -INF) else sum_low - (0 if lo == -INF else lo)
                rest_high = INF if inf_high - (hi == INF) else sum_high - (0 if hi == INF else hi)
                # c * cell == -rest (or <= -rest).
                new_hi = -rest_low
                new_lo = -rest_high if relation.equal else -INF
                if c < 0:
                    new_lo, new_hi = -new_hi, -new_lo
                lo_k = max(low[key], new_lo)
                hi_k = min(high[key], new_hi)
                if lo_k > hi_k:
                    raise Inconsistent("the figures do not add up")
                if (lo_k, hi_k) != (low[key], high[key]):
                    low[key], high[key] = lo_k, hi_k
                    changed = True
        if not changed:
            break
    return {key: (int(low[key]), high[key]) for key in low}


def pinned(bounds: Mapping[Key, Bound], held: Collection[Key]) -> list[Key]:
    """The held-back cells a reader can pin to one value."""
    return [key for key in held if bounds[key][0] == bounds[key][1]]


def complements(
    public: Mapping[Key, Bound],
    held: Collection[Key],
    relations: Sequence[Relation[Key]],
    size: Mapping[Key, int],
    order: Sequence[Key],
) -> set[Key]:
    """The cells to hide besides ``held`` so that no held-back cell has one possible value.

    ``public`` is what a reader sees of each cell if it stays shown, and of each cell in
    ``held``; ``size`` is a cell's count (the low end of its range), used to pick the next
    smallest cell; ``order`` lists the cells that may be hidden, in the order they are written
    (the tie-break, so the result is reproducible). A hidden cell says nothing of itself: a
    reader knows only that it is 0 or more.

    While a held-back cell can be pinned, the smallest shown cell (counts above zero first, then
    zeros) of a relation that holds it is hidden too; when every cell of those relations is held
    back already, the search widens to the relations next to them. When no shown cell is left at
    all, the pinned cell itself is hidden (its range no longer said), and then the held-back
    cells next to it.
    """
    position = {key: i for i, key in enumerate(order)}
    primary = set(held)
    extra: set[Key] = set()
    touching: dict[Key, list[Relation[Key]]] = {}
    for relation in relations:
        for key, _c in relation.terms:
            touching.setdefault(key, []).append(relation)
    while True:
        view = {k: b for k, b in public.items() if k not in extra}
        bounds = derive(view, relations)
        stuck = sorted(pinned(bounds, primary | extra), key=lambda k: position.get(k, -1))
        if not stuck:
            return extra
        choice = _next_cell(stuck[0], touching, primary | extra, size, position)
        if choice is None and stuck[0] not in extra and stuck[0] in position:
            choice = stuck[0]
        if choice is None:
            choice = _next_cell(stuck[0], touching, extra, size, position)
        if choice is None:  # every cell near it is hidden already: nothing more to hide
            return extra
        extra.add(choice)


def _next_cell(
    start: Key,
    touching: Mapping[Key, list[Relation[Key]]],
    held: Collection[Key],
    size: Mapping[Key, int],
    position: Mapping[Key, int],
) -> Key | None:
    seen_keys = {start}
    frontier = [start]
    while frontier:
        near = []
        for key in frontier:
            for relation in touching.get(key, ()):
                near += [k for k, _c in relation.terms if k not in seen_keys]
        candidates = {k for k in near if k in position and k not in held}
        if candidates:
            return min(candidates, key=lambda k: (size.get(k, 0) == 0, size.get(k, 0), position[k]))
        seen_keys.update(near)
        frontier = list(dict.fromkeys(near))
    return None
