"""The evaluation sets: the five seeds and the dev corpus's train / dev / test splits.

A dev document's split is fixed by a hash of its ``doc_id`` alone, so adding
an article never moves an old one, and nobody chooses where an article goes.
Rules and models are developed on ``train`` and ``dev``; ``test`` is scored
but never read while writing rules.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

# Upper bounds (exclusive) on a doc id's hash bucket in 0..99: about 60/20/20.
SPLIT_BOUNDS = (("train", 60), ("dev", 80), ("test", 100))
SPLITS = tuple(name for name, _ in SPLIT_BOUNDS)


def split_of(doc_id: str) -> str:
    """``train``, ``dev`` or ``test``: the first 32 bits of sha256(doc_id), modulo 100."""
    bucket = int(hashlib.sha256(doc_id.encode("utf-8")).hexdigest()[:8], 16) % 100
    return next(name for name, bound in SPLIT_BOUNDS if bucket < bound)


@dataclass(frozen=True)
class EvalSet:
    """A named set of gold documents: a gold directory, its raw texts, and optionally one split of it."""

    name: str
    gold: Path
    raw: Path
    split: str | None = None

    def doc_ids(self) -> list[str]:
        """The gold documents of this set, sorted."""
        ids = sorted(p.stem for p in self.gold.glob("*.json") if not p.name.startswith("_"))
        return [d for d in ids if self.split is None or split_of(d) == self.split]


def standard_sets(corpus: Path) -> tuple[EvalSet, ...]:
    """The sets ``make evaluate`` scores: ``seeds``, then ``dev-train``, ``dev-dev``, ``dev-test``."""
    dev = corpus / "dev"
    return (EvalSet("seeds", corpus / "gold", corpus / "raw"),
            *(EvalSet(f"dev-{split}", dev / "gold", dev / "raw", split) for split in SPLITS))


def find_set(corpus: Path, name: str) -> EvalSet:
    for candidate in standard_sets(corpus):
        if candidate.name == name:
            return candidate
    raise KeyError(name)
