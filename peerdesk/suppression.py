"""Complementary suppression: no held-back count can be worked out from the counts shown.

A table's figures are tied together by linear relations a reader knows (parts that add up to a
total, a count that is "of" another). Holding back the small counts (primary suppression) is not
enough: when a group has one held-back cell and a known total, subtraction gives it away. This
module works out, by subtraction, what a reader can derive about every cell (:func:`derive`),
and holds back each small cell's whole family, the cells tied to it by relations
(:func:`families`, :func:`hold`): a reader who also knows these rules learns nothing from which
cells were held back beside a small one.

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


def families(relations: Sequence[Relation[Key]], unseen: Collection[Key]) -> dict[Key, set[Key]]:
    """Each cell's family: the cells tied to it by a relation, and those tied to them, and so
    on; ``unseen`` cells (totals nobody shows) tie nothing, so a part of the period's contacts
    is not of one family with every other part of it.
    """
    family: dict[Key, set[Key]] = {}
    for relation in relations:
        tied = {key for key, _c in relation.terms if key not in unseen}
        for key in list(tied):
            tied |= family.get(key, {key})
        for key in tied:
            family[key] = tied
    return family


def hold(small: Collection[Key], family: Mapping[Key, Collection[Key]]) -> set[Key]:
    """The cells to hold back for the ``small`` ones: their whole families.

    The choice depends on nothing but which cells are small: which cells of a family are small,
    and how large the others are, is not said. So a reader who replays this rule on journals
    they imagine learns nothing from it: any journal with another small cell in the same
    families gives the same held-back cells. And holding back more small cells never shows a
    cell held back before, so a report at a higher threshold hides all that a lower one hides.
    """
    held: set[Key] = set()
    for key in small:
        held.update(family.get(key, (key,)))
    return held
