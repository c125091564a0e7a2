"""Spans and the alignment, checked against the record's own clean text.

- :func:`span_problems`: every span (entities, quantities, timexes, an event's
  ``date_span`` and ``evidence``) has integer offsets with
  ``0 <= start <= end <= len(text)``, ``text[start:end] == span.text`` and
  ``0 <= raw_start <= raw_end``.
- :func:`alignment_problems`: the ``alignment`` segments
  ``[clean_start, clean_end, raw_start, raw_end]`` (see :mod:`extract.alignment`)
  are integer quadruples, each side ordered, covering the clean text from 0 to
  its end without gap or overlap, their raw sides in order and not overlapping.
- :func:`mapping_problems`: when the alignment is sound, each span's raw
  offsets are where :meth:`extract.alignment.Alignment.to_raw`, the mapping the
  stages use, sends its clean offsets.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, TypeGuard

from extract.alignment import Alignment
from extract.validate.parse import show

SPAN_LAYERS = ("entities", "quantities", "timexes")


def is_int(value: Any) -> TypeGuard[int]:
    """A JSON integer (not a boolean, not 3.0): what offsets must be to index and slice."""
    return isinstance(value, int) and not isinstance(value, bool)


def items(record: dict[str, Any], layer: str) -> list[tuple[int, dict[str, Any]]]:
    """(index, item) of the objects of a list field; anything else is the schema's to report."""
    found = record.get(layer)
    if not isinstance(found, list):
        return []
    return [(index, item) for index, item in enumerate(found) if isinstance(item, dict)]


def where(layer: str, index: int, item: dict[str, Any]) -> str:
    """``entities/3 (e4)``: the schema's path style, with the id when there is one."""
    ident = item.get("id")
    if not isinstance(ident, str):
        return f"{layer}/{index}"
    return f"{layer}/{index} ({ident if ident.isprintable() and len(ident) <= 40 else show(ident, 40)})"


def iter_spans(record: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """(where, span) for every span of the record."""
    for layer in SPAN_LAYERS:
        for index, item in items(record, layer):
            yield where(layer, index, item), item
    for index, event in items(record, "events"):
        name = where("events", index, event)
        if isinstance(event.get("date_span"), dict):
            yield f"{name}/date_span", event["date_span"]
        for number, span in items(event, "evidence"):
            yield f"{name}/evidence/{number}", span


def _clean_ok(span: dict[str, Any], text: str) -> bool:
    start, end = span.get("start"), span.get("end")
    return is_int(start) and is_int(end) and 0 <= start <= end <= len(text) and text[start:end] == span.get("text")


def _one_span(name: str, span: dict[str, Any], text: str) -> list[str]:
    problems = []
    start, end = span.get("start"), span.get("end")
    if not _clean_ok(span, text):
        shown = show(text[start:end]) if is_int(start) and is_int(end) else "not integer offsets"
        problems.append(f"{name}: text[{show(start, 20)}:{show(end, 20)}] is {shown}, not {show(span.get('text'))}"
                        f" (clean text of {len(text)} characters)")
    raw_start, raw_end = span.get("raw_start"), span.get("raw_end")
    if not (is_int(raw_start) and is_int(raw_end)):
        problems.append(f"{name}: raw offsets {show(raw_start, 20)}, {show(raw_end, 20)} are not integers")
    elif not 0 <= raw_start <= raw_end:
        problems.append(f"{name}: raw offsets [{raw_start}:{raw_end}] are not ordered")
    return problems


def span_problems(record: dict[str, Any]) -> list[str]:
    """Spans whose offsets do not give back their text, or whose raw offsets are out of order."""
    text = record.get("text")
    if not isinstance(text, str):
        return []  # the schema reports a missing or non-string text
    return [problem for name, span in iter_spans(record) for problem in _one_span(name, span, text)]


def segments(record: dict[str, Any]) -> list[tuple[int, int, int, int]] | None:
    """The alignment as integer quadruples, or None if it is absent or not that shape."""
    found = record.get("alignment")
    if not isinstance(found, list):
        return None
    if not all(isinstance(s, list) and len(s) == 4 and all(is_int(v) for v in s) for s in found):
        return None
    return [(s[0], s[1], s[2], s[3]) for s in found]


def _segment_problems(index: int, segment: tuple[int, int, int, int], previous: tuple[int, int, int, int] | None,
                      text_length: int) -> list[str]:
    clean_start, clean_end, raw_start, raw_end = segment
    name = f"alignment/{index} {list(segment)}"
    problems = []
    if not (0 <= clean_start <= clean_end and 0 <= raw_start <= raw_end):
        problems.append(f"{name}: a side is negative or reversed")
    if clean_end > text_length:
        problems.append(f"{name}: ends past the clean text ({text_length} characters)")
    expected_start = previous[1] if previous else 0
    if clean_start != expected_start:
        kind = "leaves a gap in" if clean_start > expected_start else "overlaps"
        problems.append(f"{name}: {kind} the clean text (expected clean start {expected_start})")
    if previous and raw_start < previous[3]:
        problems.append(f"{name}: raw side goes back before the previous segment's raw end {previous[3]}")
    return problems


def alignment_problems(record: dict[str, Any]) -> list[str]:
    """Alignment segments that are malformed, out of order, overlapping or not covering the clean text."""
    if "alignment" not in record:
        return []
    text = record.get("text")
    found = segments(record)
    if found is None:
        return ["alignment: not a list of [clean_start, clean_end, raw_start, raw_end] integer segments"]
    if not isinstance(text, str):
        return []
    problems = []
    for index, segment in enumerate(found):
        problems += _segment_problems(index, segment, found[index - 1] if index else None, len(text))
    covered = found[-1][1] if found else 0
    if covered != len(text) and not problems:
        problems.append(f"alignment: covers the clean text up to {covered}, not to its end {len(text)}")
    return problems


def mapping_problems(record: dict[str, Any]) -> list[str]:
    """Spans whose raw offsets are not the alignment's image of their clean offsets."""
    found, text = segments(record), record.get("text")
    if found is None or not isinstance(text, str) or alignment_problems(record):
        return []
    alignment = Alignment(found)
    problems = []
    for name, span in iter_spans(record):
        if not _clean_ok(span, text) or not (is_int(span.get("raw_start")) and is_int(span.get("raw_end"))):
            continue  # span_problems reports it
        try:
            expected = alignment.to_raw(span["start"], span["end"])
        except ValueError as exc:
            problems.append(f"{name}: clean offsets cannot be mapped to raw ones ({exc})")
            continue
        if expected != (span["raw_start"], span["raw_end"]):
            problems.append(f"{name}: raw offsets [{span['raw_start']}:{span['raw_end']}] are not where the "
                            f"alignment maps text[{span['start']}:{span['end']}] ([{expected[0]}:{expected[1]}])")
    return problems


def range_problems(record: dict[str, Any]) -> list[str]:
    """Blocks within the clean text and ordered; removed ranges ordered (their bounds need the raw text)."""
    text = record.get("text")
    problems = []
    for index, block in items(record, "blocks"):
        start, end = block.get("start"), block.get("end")
        if is_int(start) and is_int(end) and isinstance(text, str) and not 0 <= start <= end <= len(text):
            problems.append(f"blocks/{index}: [{start}:{end}] is not within the clean text ({len(text)} characters)")
    for index, item in items(record, "removed"):
        start, end = item.get("raw_start"), item.get("raw_end")
        if is_int(start) and is_int(end) and not 0 <= start <= end:
            problems.append(f"removed/{index}: raw offsets [{start}:{end}] are not ordered")
    return problems
