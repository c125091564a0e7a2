"""Gold files: ``corpus/gold/<doc_id>.json``, one per document, raw offsets only.

:func:`check_gold` verifies what the gold promises: every span's raw offsets
give back its text in the raw file, no two spans of a layer overlap, and no
annotation sits inside boilerplate.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

SPAN_LAYERS = ("entities", "quantities", "timexes", "boilerplate")


def gold_files(gold_dir: Path) -> list[Path]:
    return sorted(p for p in gold_dir.glob("*.json") if not p.name.startswith("_"))


def load_gold(gold_dir: Path) -> dict[str, dict[str, Any]]:
    """doc_id -> gold record."""
    table = {}
    for path in gold_files(gold_dir):
        record = json.loads(path.read_text(encoding="utf-8"))
        table[record.get("doc_id", path.stem)] = record
    return table


def gold_hash(gold_dir: Path) -> str:
    """One hash over every gold file's name and bytes: floors are tied to it."""
    digest = hashlib.sha256()
    for path in gold_files(gold_dir):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def _overlaps(spans: list[dict[str, Any]]) -> Iterator[tuple[dict[str, Any], dict[str, Any]]]:
    ordered = sorted(spans, key=lambda s: (s["raw_start"], s["raw_end"]))
    for first, second in zip(ordered, ordered[1:]):
        if second["raw_start"] < first["raw_end"]:
            yield first, second


def check_document(gold: dict[str, Any], raw: str) -> list[str]:
    """Problems with one gold record against its raw text (empty when sound)."""
    problems = []
    for layer in SPAN_LAYERS:
        spans = gold.get(layer, [])
        for span in spans:
            found = raw[span["raw_start"]:span["raw_end"]]
            if found != span["text"]:
                problems.append(f"{layer}: raw[{span['raw_start']}:{span['raw_end']}] is {found!r}, not {span['text']!r}")
        for first, second in _overlaps(spans):
            problems.append(f"{layer}: {first['text']!r} and {second['text']!r} overlap")
    for span in (s for layer in SPAN_LAYERS[:3] for s in gold.get(layer, [])):
        for noise in gold.get("boilerplate", []):
            if span["raw_start"] < noise["raw_end"] and noise["raw_start"] < span["raw_end"]:
                problems.append(f"{span['text']!r} is annotated inside boilerplate {noise['text'][:30]!r}")
    return problems


def check_gold(gold_dir: Path, raw_dir: Path) -> dict[str, list[str]]:
    """doc_id -> problems, for every gold file whose raw text is in ``raw_dir``."""
    report = {}
    for doc_id, gold in load_gold(gold_dir).items():
        path = raw_dir / f"{doc_id}.txt"
        if not path.is_file():
            report[doc_id] = [f"no raw file {path}"]
            continue
        with path.open(encoding="utf-8", newline="") as handle:
            report[doc_id] = check_document(gold, handle.read())
    return report
