"""The clean stage: a raw input in, a cleaned document with its offset map out."""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Any

from extract.alignment import TextBuilder
from extract.clean import patterns
from extract.clean.decode import check_text, decode_bytes
from extract.clean.lines import Line, classify, iter_lines
from extract.corpus import RawInput
from extract.errors import DocumentError
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


def parse_date(value: Any) -> str | None:
    """``YYYY-MM-DD`` from a metadata date (a datetime string is cut to its date)."""
    if not isinstance(value, str) or len(value) < 10:
        return None
    try:
        return dt.date.fromisoformat(value[:10]).isoformat()
    except ValueError:
        return None


def choose_dct(meta_date: str | None, header: tuple[str, str] | None, cli_dct: str | None):
    """(dct, source, precision): the document's own metadata first, then its header, then --dct."""
    if meta_date:
        return meta_date, "meta", "day"
    if header:
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
            builder.copy(raw_start, raw_end)
        blocks.append(Block(start=start, end=len(builder), kind=line.kind))
        previous_end = line.keep[-1][1]
    text, segments = builder.build()
    return text, blocks, segments


def clean_document(item: RawInput, cli_dct: str | None = None) -> Document:
    raw = raw_text_of(item)
    body_start, header, header_removed = read_header(raw)
    removed: list[Removed] = [header_removed] if header_removed else []
    kept: list[Line] = []
    for line in iter_lines(raw, body_start):
        if line is None:
            continue
        removed.extend(classify(line))
        if line.keep:
            kept.append(line)
    if not kept:
        raise DocumentError("empty", "nothing is left once boilerplate is removed")
    assign_kinds(kept)
    text, blocks, segments = build_text(raw, kept)
    dct, dct_source, precision = choose_dct(parse_date(item.meta.get("published")), header, cli_dct)
    title_block = next((b for b in blocks if b.kind == "title"), None)
    title = item.meta.get("title") or (text[title_block.start : title_block.end] if title_block else None)
    return Document(
        doc_id=item.doc_id,
        dct=dct,
        dct_source=dct_source,
        dct_precision=precision,
        meta={k: item.meta[k] for k in sorted(item.meta) if k != "doc_id"},
        source=item.source,
        raw_sha256=hashlib.sha256(raw.encode("utf-8")).hexdigest(),
        title=title,
        text=text,
        blocks=blocks,
        removed=sorted(removed, key=lambda r: r.raw_start),
        alignment=segments,
    )
