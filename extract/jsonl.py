"""Reading JSONL, the one way: numbered non-blank lines, and records with their line number.

Every JSONL file the package reads (corpora, metadata, stage files,
predictions, indexes) goes through :func:`numbered_lines`; callers that stop
at a bad line use :func:`read_jsonl`, which names the file and line.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

# A line that is not UTF-8, or not a JSON object, in an input read record by record.
BadLine = ValueError


def numbered_lines(path: Path, *, errors: str = "strict") -> Iterator[tuple[int, str]]:
    """(1-based line number, line) for every non-blank line; newlines inside lines are kept as written."""
    with path.open(encoding="utf-8", errors=errors, newline="") as handle:
        for number, line in enumerate(handle, 1):
            if line.strip():
                yield number, line


def decoded_lines(source: Path | IO[bytes]) -> Iterator[tuple[int, str | BadLine]]:
    """(1-based line number, line) for every non-blank line of a file or a byte stream (stdin),
    each line decoded on its own: a line that is not UTF-8 comes as a BadLine naming the byte,
    and the lines after it still come. A UTF-8 byte-order mark at the start is dropped."""
    handle = source.open("rb") if isinstance(source, Path) else source
    try:
        for number, raw in enumerate(handle, 1):
            if number == 1:
                raw = raw.removeprefix(b"\xef\xbb\xbf")
            if not raw.strip():
                continue
            try:
                yield number, raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                bad = raw[exc.start:exc.start + 1]
                yield number, BadLine(f"not UTF-8: byte 0x{bad.hex()} at column {exc.start + 1}")
    finally:
        if isinstance(source, Path):
            handle.close()


def read_jsonl(path: Path) -> Iterator[dict[str, Any]]:
    """The records of ``path``; a line that is not a JSON object raises ValueError naming file and line."""
    for number, line in numbered_lines(path):
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ValueError(f"{path}:{number}: not JSON ({exc})") from exc
        if not isinstance(record, dict):
            raise ValueError(f"{path}:{number}: not a JSON object")
        yield record


def count_lines(path: Path) -> int:
    """Non-blank lines of a regular file (for a progress bar)."""
    with path.open("rb") as handle:
        return sum(1 for line in handle if line.strip())
