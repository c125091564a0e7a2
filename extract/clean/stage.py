"""The clean stage: a raw input in, a cleaned document with its offset map out."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from typing import Any

import dateparser

from extract.alignment import Alignment, TextBuilder
from extract.clean.context import find_duplicate_captions, find_teasers
from extract.clean.decode import check_text, decode_bytes
from extract.clean.html import compose, html_metadata, main_content_lines, visible_text
from extract.clean.lines import Line, classify, iter_lines
from extract.clean.repair import copy_repaired
from extract.corpus import RawInput
from extract.errors import DocumentError
from extract.lang.fr import clean as patterns
from extract.records import Block, Document, Removed

BLOCK_SEPARATOR = "\n\n"
# A first line at most this long, without sentence punctuation, is the headline.
MAX_TITLE_WORDS = 30
# A line at most this long, without sentence punctuation, is a subheading;
# longer ones are captions (photo legends are whole clauses without a full stop).
MAX_SUBHEADING_WORDS = 12


def raw_text_of(item: RawInput) -> str:
    """The document's raw text: decoded bytes, or the JSONL text as given."""
    if item.problem:
        raise DocumentError("bad_input", item.problem)
    if isinstance(item.data, str):
        return check_text(item.data)
    text, _encoding = decode_bytes(item.data)
    return text


# Metadata dates written the French way ("30 mai 2023", "30/05/2023") go to
# dateparser, in French, day first, with day, month and year all required.
DATEPARSER_SETTINGS = {"DATE_ORDER": "DMY", "REQUIRE_PARTS": ["day", "month", "year"],
                       "RETURN_AS_TIMEZONE_AWARE": False}
# Only strings with a year are parsed: a relative one ("hier") would be read
# against the wall clock, which never anchors anything here.
HAS_YEAR = re.compile(r"\b(?:1[5-9]|20)\d\d\b")
# Two reference days far apart: an absolute date reads the same against both; a date that
# moves with them ("il y a 3 jours, 2023", "aujourd'hui 2024") is relative and refused.
PROBE_BASES = (dt.datetime(2001, 3, 4, 12), dt.datetime(2037, 9, 20, 12))


def _absolute_date(value: str) -> str | None:
    readings = set()
    for base in PROBE_BASES:
        parsed = dateparser.parse(value, languages=["fr", "en"],
                                  settings={**DATEPARSER_SETTINGS, "RELATIVE_BASE": base})
        readings.add(parsed.date().isoformat() if parsed else None)
    return readings.pop() if len(readings) == 1 else None


def parse_date(value: Any) -> str | None:
    """``YYYY-MM-DD`` from a metadata date (ISO, or a French date with its year), never read
    against the wall clock: a relative date gives None."""
    if not isinstance(value, str):
        return None
    try:
        return dt.date.fromisoformat(value[:10]).isoformat()
    except ValueError:
        pass
    if not HAS_YEAR.search(value):
        return None
    return _absolute_date(value)


def choose_dct(meta_date: str | None, header: tuple[str, str] | None, cli_dct: str | None):
    """(dct, source, precision): the document's own metadata first, then its header, then --dct."""
    if meta_date:
        return meta_date, "meta", "day"
    if header and header[1] == "day":  # a scrape line with only a month ("date 2024-11") dates nothing
        return header[0], "header", header[1]
    if cli_dct:
        return cli_dct, "cli", "day"
    return None, None, None


def read_header(raw: str) -> tuple[int, tuple[str, str] | None, Removed | None]:
    """Where the body starts, the header's (dct, precision) and its removal, if any."""
    match = patterns.HEADER.match(raw)
    if not match:
        return 0, None, None
    year, month, day = match.group(1), match.group(2), match.group(3)
    try:
        date = dt.date(int(year), int(month), int(day or 1)).isoformat()
    except ValueError:
        return 0, None, None
    start = len(raw[: match.end()]) - len(raw[: match.end()].lstrip())
    removed = Removed(raw_start=start, raw_end=match.end(), reason="header", text=raw[start : match.end()].strip())
    removed.raw_end = start + len(removed.text)
    return match.end(), (date, "day" if day else "month"), removed


def byline_metadata(removed: list[Removed]) -> dict[str, Any]:
    """Authors and agencies named by removed bylines and credits, as metadata."""
    authors: dict[str, None] = {}  # ordered sets: first mention first, each name once
    agencies: dict[str, None] = {}
    for item in removed:
        if item.reason in ("byline", "credit"):
            agencies.update(dict.fromkeys(patterns.AGENCY.findall(item.text)))
        if item.reason == "byline":
            name = patterns.BYLINE_NOISE.sub("", item.text).strip(" ,()")
            if name:
                authors[name] = None
    meta: dict[str, Any] = {}
    if authors:
        meta["byline"] = list(authors)
    if agencies:
        meta["agencies"] = list(agencies)
    return meta


def _looks_like_heading(line: Line) -> bool:
    return not patterns.SENTENCE_END.search(line.text)


def assign_kinds(lines: list[Line]) -> None:
    """Title, subheading or caption for lines that are not plain paragraphs."""
    for index, line in enumerate(lines):
        if line.kind != "paragraph" or not _looks_like_heading(line):
            continue
        words = len(line.text.split())
        if index == 0 and words <= MAX_TITLE_WORDS and len(lines) > 1:
            line.kind = "title"
        elif words <= MAX_SUBHEADING_WORDS:
            line.kind = "subheading"
        else:
            line.kind = "caption"


def build_text(raw: str, lines: list[Line]) -> tuple[str, list[Block], list[tuple[int, int, int, int]]]:
    builder = TextBuilder(raw)
    blocks: list[Block] = []
    previous_end: int | None = None
    for line in lines:
        if previous_end is not None:
            gap = raw[previous_end : line.keep[0][0]]
            if gap == BLOCK_SEPARATOR:
                builder.copy(previous_end, line.keep[0][0])
            else:
                builder.replace(previous_end, previous_end, BLOCK_SEPARATOR)
        start = len(builder)
        for raw_start, raw_end in line.keep:
            copy_repaired(builder, raw_start, raw_end)
        blocks.append(Block(start=start, end=len(builder), kind=line.kind))
        previous_end = line.keep[-1][1]
    text, segments = builder.build()
    return text, blocks, segments


def _select_lines(source: str, body_start: int, main: set[str] | None) -> tuple[list[Line], list[Removed]]:
    """Lines to keep and lines removed; with ``main`` (HTML), lines outside it are page furniture."""
    kept: list[Line] = []
    removed: list[Removed] = []
    for line in iter_lines(source, body_start):
        if line is None:
            continue
        if main is not None and " ".join(line.text.split()) not in main:
            removed.append(Removed(raw_start=line.start, raw_end=line.end, reason="page_furniture", text=line.text))
            continue
        removed.extend(classify(line))
        if line.keep:
            kept.append(line)
    assign_kinds(kept)
    removed += find_teasers(kept) + find_duplicate_captions(kept)
    return [line for line in kept if line.keep], removed


def _to_raw(removed: list[Removed], inner: Alignment | None) -> list[Removed]:
    """Removed spans in raw offsets (for HTML, from visible-text offsets)."""
    if inner is None:
        return sorted(removed, key=lambda r: r.raw_start)
    mapped = []
    for item in removed:
        raw_start, raw_end = inner.to_raw(item.raw_start, item.raw_end)
        mapped.append(item.model_copy(update={"raw_start": raw_start, "raw_end": raw_end}))
    return sorted(mapped, key=lambda r: r.raw_start)


def clean_document(item: RawInput, cli_dct: str | None = None) -> Document:
    raw = raw_text_of(item)
    meta = {k: item.meta[k] for k in sorted(item.meta) if k != "doc_id"}
    if item.fmt == "html":
        source, inner = visible_text(raw)
        meta = {**html_metadata(raw), **meta}
        body_start, header, removed, main = 0, None, [], main_content_lines(raw) or None
    else:
        source, inner, main = raw, None, None
        body_start, header, header_removed = read_header(raw)
        removed = [header_removed] if header_removed else []
    kept, line_removals = _select_lines(source, body_start, main)
    removed += line_removals
    if not kept:
        raise DocumentError("empty", "nothing is left once boilerplate is removed")
    text, blocks, segments = build_text(source, kept)
    dct, dct_source, precision = choose_dct(parse_date(meta.get("published")), header, cli_dct)
    title_block = next((b for b in blocks if b.kind == "title"), None)
    title = meta.get("title") or (text[title_block.start : title_block.end] if title_block else None)
    return Document(
        doc_id=item.doc_id,
        dct=dct,
        dct_source=dct_source,
        dct_precision=precision,
        meta={**meta, **byline_metadata(removed)},
        source=item.source,
        raw_sha256=hashlib.sha256(raw.encode("utf-8")).hexdigest(),
        title=title,
        text=text,
        blocks=blocks,
        removed=_to_raw(removed, inner),
        alignment=compose(segments, inner) if inner else segments,
    )
