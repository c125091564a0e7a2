"""The timex benchmark on French TimeBank (ISO-TimeML ``.tml`` files).

Each file is read into its plain text, its document creation time and its
gold TIMEX3 spans (offsets into that text). A tagger runs on the text with
the dct, and :func:`extract.evaluate.spans.score_timexes` scores it with the
contract's timex metrics: relaxed and strict extent, type and value accuracy,
value F1. The corpus is read from where it lies (``../shared/benchmarks``);
nothing of it is copied into the repository.
"""

from __future__ import annotations

import time
import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from extract.evaluate.spans import LayerScore, score_timexes

Span = dict[str, Any]
Tagger = Callable[[list[tuple[str, str | None]]], list[list[Span]]]


@dataclass
class TimebankDoc:
    doc_id: str
    dct: str | None
    text: str
    timexes: list[Span] = field(default_factory=list)


def _walk(element: ET.Element, parts: list[str], spans: list[Span]) -> None:
    """Append the element's text (and its children's) to ``parts``; record TIMEX3 spans."""
    start = sum(map(len, parts))
    parts.append(element.text or "")
    for child in element:
        _walk(child, parts, spans)
        parts.append(child.tail or "")
    if element.tag == "TIMEX3":
        end = sum(map(len, parts))
        text = "".join(parts)[start:end]
        spans.append({"raw_start": start, "raw_end": end, "text": text,
                      "type": element.get("type"), "value": element.get("value")})


def read_tml(path: Path) -> TimebankDoc:
    root = ET.parse(path).getroot()
    dct_timex = root.find("./DCT/TIMEX3")
    dct = dct_timex.get("value") if dct_timex is not None else None
    text_element = root.find("./TEXT")
    parts: list[str] = []
    spans: list[Span] = []
    if text_element is not None:
        parts.append(text_element.text or "")
        for child in text_element:
            _walk(child, parts, spans)
            parts.append(child.tail or "")
    return TimebankDoc(path.stem, dct[:10] if dct else None, "".join(parts), spans)


def read_corpus(directory: Path) -> list[TimebankDoc]:
    return [read_tml(path) for path in sorted(directory.glob("*.tml"))]


@dataclass
class BenchResult:
    name: str
    scores: dict[str, Any]
    seconds: float
    documents: int

    @property
    def ms_per_document(self) -> float:
        return 1000 * self.seconds / max(self.documents, 1)


def run_bench(name: str, docs: list[TimebankDoc], tagger: Tagger) -> BenchResult:
    """Tag every document (timed), then score against the gold."""
    start = time.perf_counter()
    predictions = tagger([(doc.text, doc.dct) for doc in docs])
    seconds = time.perf_counter() - start
    score = LayerScore()
    for doc, predicted in zip(docs, predictions):
        score_timexes(score, doc.doc_id, doc.timexes, predicted)
    return BenchResult(name, {**score.as_dict(), "errors": score.errors}, seconds, len(docs))


def our_tagger() -> Tagger:
    """The normalize stage's timex finder, exactly as the pipeline runs it."""
    from extract.normalize.timex import Anchor, find_timexes

    def tag(batch: list[tuple[str, str | None]]) -> list[list[Span]]:
        return [[{"raw_start": t.start, "raw_end": t.end, "text": text[t.start:t.end], "type": t.type,
                  "value": t.value} for t in find_timexes(text, Anchor.of(dct))] for text, dct in batch]

    return tag


def heideltime_tagger() -> Tagger:
    from extract.bench import heideltime

    def tag(batch: list[tuple[str, str | None]]) -> list[list[Span]]:
        results, _seconds = heideltime.tag_many(batch)
        return [[{"raw_start": t.start, "raw_end": t.end, "text": text[t.start:t.end], "type": t.type,
                  "value": t.value} for t in found] for (text, _), found in zip(batch, results)]

    return tag


ROWS = (("relaxed extent F1", "relaxed", "f1"), ("relaxed extent P", "relaxed", "precision"),
        ("relaxed extent R", "relaxed", "recall"), ("strict extent F1", "strict", "f1"),
        ("type accuracy", "type", "accuracy"), ("value accuracy", "value_on_matches", "accuracy"),
        ("value F1", "value", "f1"))


def render(results: list[BenchResult]) -> str:
    header = f"{'French TimeBank':<22}" + "".join(f"{r.name:>14}" for r in results)
    lines = [header, "-" * len(header)]
    for label, key, field_name in ROWS:
        lines.append(f"{label:<22}" + "".join(f"{r.scores.get(key, {}).get(field_name, 0.0):>14.3f}"
                                                for r in results))
    lines.append(f"{'ms per document':<22}" + "".join(f"{r.ms_per_document:>14.1f}" for r in results))
    lines.append(f"{'documents':<22}" + "".join(f"{r.documents:>14d}" for r in results))
    if len(results) == 2 and results[0].seconds > 0:
        lines.append(f"speed: {results[0].name} is {results[1].seconds / results[0].seconds:.0f}x faster "
                     f"than {results[1].name}")
    return "\n".join(lines) + "\n"
