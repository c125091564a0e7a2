"""What a gold corpus holds: documents, events, outlets, years, conflicts.

Reads ``raw/meta.jsonl`` (outlet, published), ``index.jsonl`` (topic,
``war``: ``russia-ukraine`` or ``other``, ``year`` when the page gives no full
date) and the gold files (events). ``make corpus-stats`` prints it; the tests
check the corpus quotas against it.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from extract.evaluate.gold import load_gold
from extract.evaluate.sets import split_of
from extract.jsonl import read_jsonl
from extract.validate.raw import raw_file

YEAR_IN_URL = re.compile(r"(?<!\d)(20[12]\d)(?!\d)")
# A scrape header on the first line (" date 2024-11"): a month, hence a year.
HEADER_YEAR = re.compile(r"^\s*date (\d{4})-\d{2}\b")


@dataclass
class Inventory:
    documents: int = 0
    events: int = 0
    without_event: int = 0
    outside_russia_ukraine: int = 0
    outlets: Counter = field(default_factory=Counter)
    years: Counter = field(default_factory=Counter)
    topics: Counter = field(default_factory=Counter)
    splits: Counter = field(default_factory=Counter)

    def share(self, count: int) -> float:
        return count / self.documents if self.documents else 0.0


def document_year(meta: dict[str, Any], index: dict[str, Any], first_line: str = "") -> str | None:
    """The publication year: the metadata's date, the index's year, a scrape header, or a year in the address."""
    if meta.get("published"):
        return str(meta["published"])[:4]
    if index.get("year"):
        return str(index["year"])
    found = HEADER_YEAR.match(first_line) or YEAR_IN_URL.search(meta.get("url") or "")
    return found.group(1) if found else None


def _first_line(raw_dir: Path, doc_id: str) -> str:
    """The first line of a document's raw file, found by doc_id in ``raw_dir`` only ("" if there is none)."""
    path = raw_file(raw_dir, doc_id)
    if path is None:
        return ""
    try:
        with path.open(encoding="utf-8", errors="replace") as handle:
            return handle.readline()
    except OSError:
        return ""


def inventory(corpus_dir: Path) -> Inventory:
    """Counts over ``corpus_dir`` (a folder with ``raw/``, ``gold/`` and ``index.jsonl``)."""
    meta = {m["doc_id"]: m for m in read_jsonl(corpus_dir / "raw" / "meta.jsonl")}
    index = {r["doc_id"]: r for r in read_jsonl(corpus_dir / "index.jsonl")}
    result = Inventory()
    for doc_id, gold in load_gold(corpus_dir / "gold").items():
        row, info = index.get(doc_id, {}), meta.get(doc_id, {})
        result.documents += 1
        result.events += len(gold["events"])
        result.without_event += not gold["events"]
        result.outside_russia_ukraine += row.get("war") == "other"
        result.outlets[info.get("outlet") or "unknown"] += 1
        first_line = _first_line(corpus_dir / "raw", doc_id)
        result.years[document_year(info, row, first_line) or "unknown"] += 1
        result.topics[row.get("topic") or "unknown"] += 1
        result.splits[split_of(doc_id)] += 1
    return result


def render(inv: Inventory) -> str:
    """A Markdown summary, as the README shows it."""
    lines = [
        "| measure | count | share |", "|---|---|---|",
        f"| articles | {inv.documents} | |",
        f"| attack events | {inv.events} | |",
        f"| articles outside the Russia-Ukraine war | {inv.outside_russia_ukraine} "
        f"| {inv.share(inv.outside_russia_ukraine):.0%} |",
        f"| articles with no attack event | {inv.without_event} | {inv.share(inv.without_event):.0%} |",
        f"| outlets | {len(inv.outlets)} | |",
        "| years | " + ", ".join(f"{y}: {n}" for y, n in sorted(inv.years.items())) + " | |",
        "| splits | " + ", ".join(f"{s}: {inv.splits[s]}" for s in ("train", "dev", "test")) + " | |",
        "| topics | " + ", ".join(f"{t}: {n}" for t, n in inv.topics.most_common()) + " | |",
    ]
    return "\n".join(lines) + "\n"
