"""Read a corpus as a stream of raw inputs.

A corpus is any mix of: a directory (every ``*.txt`` / ``*.html`` file is a
document, ``meta.jsonl`` beside them gives metadata), single ``.txt`` /
``.html`` files (metadata from a ``meta.jsonl`` in their folder), and
``.jsonl`` files of ``{"doc_id", "text", ...}`` records.

Documents are yielded one at a time; only file *names* and the small
metadata tables are held in memory, never the texts of the whole corpus.
Decoding is the clean stage's job, so a file that cannot be decoded still
becomes an input (and then an error record), never a crash here.
"""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from extract.jsonl import BadLine, count_lines, decoded_lines

log = logging.getLogger(__name__)

DOCUMENT_SUFFIXES = (".txt", ".html", ".htm")
META_FILE = "meta.jsonl"
STDIN = "-"  # as an input: a JSONL corpus on standard input


@dataclass
class RawInput:
    """One document before decoding: bytes from a file or text from a JSONL corpus."""

    doc_id: str
    source: str
    data: bytes | str
    meta: dict[str, Any] = field(default_factory=dict)
    fmt: str = "text"  # "text" or "html"
    problem: str | None = None  # set when the input itself is unusable (bad JSONL line...)


def read_meta(directory: Path) -> dict[str, dict[str, Any]]:
    """doc_id -> metadata from ``meta.jsonl`` (empty when the file is absent).

    An unusable line (not UTF-8, not JSON, not an object with a doc_id) is skipped with a warning
    naming the file and line; the document it meant runs without metadata.
    """
    path = directory / META_FILE
    if not path.is_file():
        return {}
    table: dict[str, dict[str, Any]] = {}
    for number, line in decoded_lines(path):
        try:
            record = _json_object(line)
            table[str(record["doc_id"])] = record
        except (ValueError, KeyError) as exc:
            log.warning("%s:%d: unusable metadata line, skipped (%s)", path, number, exc)
    return table


def _json_object(line: str | BadLine) -> dict[str, Any]:
    """The JSON object on ``line``; ValueError for anything else (bad bytes, bad JSON, a list,
    nesting too deep)."""
    if isinstance(line, BadLine):
        raise line
    try:
        record = json.loads(line)
    except RecursionError:
        raise ValueError("JSON nested too deeply") from None
    except ValueError as exc:
        raise ValueError(f"not JSON: {exc}") from None
    if not isinstance(record, dict):
        raise ValueError(f"a JSON {type(record).__name__}, not an object")
    return record


def _file_input(path: Path, meta: dict[str, dict[str, Any]]) -> RawInput:
    doc_id = path.stem
    fmt = "html" if path.suffix.lower() in (".html", ".htm") else "text"
    return RawInput(doc_id, str(path), path.read_bytes(), meta.get(doc_id, {}), fmt)


def _iter_directory(directory: Path) -> Iterator[RawInput]:
    meta = read_meta(directory)
    for path in sorted(directory.iterdir()):
        if path.is_file() and path.suffix.lower() in DOCUMENT_SUFFIXES:
            yield _file_input(path, meta)
        elif path.name != META_FILE:
            log.info("skipped %s: not a document (%s)", path, ", ".join(DOCUMENT_SUFFIXES))


def _iter_jsonl(path: Path, source: Path | IO[bytes] | None = None) -> Iterator[RawInput]:
    """Documents of a JSONL corpus; an unusable line becomes an input with a ``problem``."""
    for number, line in decoded_lines(source if source is not None else path):
        where = f"{path}:{number}"
        try:
            record = _json_object(line)
            doc_id, text = str(record["doc_id"]), record["text"]
            if not isinstance(text, str):
                raise ValueError("'text' is not a string")
        except (ValueError, KeyError) as exc:
            yield RawInput(f"{path.stem}:{number}", where, "", {}, problem=f"bad corpus line: {exc}")
            continue
        meta = {k: record[k] for k in record if k not in ("doc_id", "text")}
        yield RawInput(doc_id, where, text, meta, record.get("format", "text"))


def _is_stream(path: Path) -> bool:
    """``-`` (standard input), /dev/stdin, a pipe: read once, as a JSONL corpus."""
    return str(path) == STDIN or (path.exists() and not path.is_file() and not path.is_dir())


def _iter_stream(path: Path) -> Iterator[RawInput]:
    if str(path) == STDIN:
        yield from _iter_jsonl(Path("stdin"), sys.stdin.buffer)
    else:
        with path.open("rb") as handle:
            yield from _iter_jsonl(path, handle)


def iter_corpus(inputs: Sequence[str | Path]) -> Iterator[RawInput]:
    """Every document of every input, in the order given (directories sorted by name)."""
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            yield from _iter_directory(path)
        elif _is_stream(path):
            yield from _iter_stream(path)
        elif path.suffix == ".jsonl":
            yield from _iter_jsonl(path)
        elif path.is_file():
            yield _file_input(path, read_meta(path.parent))
        else:
            raise FileNotFoundError(f"no such corpus file or directory: {path}")


def count_corpus(inputs: Sequence[str | Path]) -> int | None:
    """How many documents :func:`iter_corpus` will yield (for the progress bar), cheaply;
    None when an input is a stream that can be read only once."""
    total = 0
    for item in inputs:
        path = Path(item)
        if _is_stream(path):
            return None
        if path.is_dir():
            total += sum(1 for p in path.iterdir() if p.is_file() and p.suffix.lower() in DOCUMENT_SUFFIXES)
        elif path.suffix == ".jsonl" and path.is_file():
            total += count_lines(path)
        else:
            total += 1
    return total
