"""Raw texts looked up by doc_id in a corpus directory, and the checks that need them.

Only a doc_id that is a plain file name is ever turned into a path (no
``/``, ``\\``, ``..``, NUL or other control character, no leading ``.``), and
only inside the directory given: a record's ``source``, or any other path,
URL or command a record names, is never opened. The raw text is the file
decoded as the clean stage decodes it (:func:`extract.clean.decode.decode_bytes`).

:func:`raw_problems` guarantees, for a record and its raw file, that
``raw_sha256`` is the digest of the raw file (of its bytes, or of its decoded
text in UTF-8, which the clean stage writes: the two differ only for a file
that is not plain UTF-8), and that every raw offset (spans, alignment,
removed ranges) lies within the raw text.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from extract.clean.decode import decode_bytes
from extract.corpus import DOCUMENT_SUFFIXES
from extract.errors import DocumentError
from extract.validate.parse import show
from extract.validate.spans import is_int, items, iter_spans, segments

MAX_NAME_LENGTH = 200


def plain_doc_id(doc_id: Any) -> bool:
    """True for a doc_id that can safely name a file in a directory (nothing else is ever looked up)."""
    return (isinstance(doc_id, str) and 0 < len(doc_id) <= MAX_NAME_LENGTH and not doc_id.startswith(".")
            and ".." not in doc_id and not any(c in "/\\" or c < " " or c == "\x7f" for c in doc_id))


def raw_file(raw_dir: Path, doc_id: Any) -> Path | None:
    """``raw_dir/<doc_id>.txt`` (or ``.html``, ``.htm``) if it is a file and the doc_id a plain name."""
    if not plain_doc_id(doc_id):
        return None
    for suffix in DOCUMENT_SUFFIXES:
        path = raw_dir / f"{doc_id}{suffix}"
        try:
            if path.parent == raw_dir and path.is_file():
                return path
        except (OSError, ValueError):
            return None
    return None


@dataclass(frozen=True)
class RawText:
    path: Path
    data: bytes
    text: str


def load_raw(raw_dir: Path, doc_id: Any) -> tuple[RawText | None, str | None]:
    """(raw text, None), or (None, why there is none); never raises."""
    if not plain_doc_id(doc_id):
        return None, f"doc_id {show(doc_id)} is not a plain file name: its raw text is not looked up"
    path = raw_file(raw_dir, doc_id)
    if path is None:
        return None, f"no raw file {doc_id}{{{','.join(DOCUMENT_SUFFIXES)}}} in {raw_dir}"
    try:
        data = path.read_bytes()
        text, _encoding = decode_bytes(data)
    except OSError as exc:
        return None, f"raw file {path} cannot be read ({exc.strerror or exc})"
    except DocumentError as exc:
        return None, f"raw file {path} cannot be decoded ({exc})"
    return RawText(path, data, text), None


def read_raw_text(raw_dir: Path | None, doc_id: Any) -> str | None:
    """The raw text of ``doc_id`` from ``raw_dir`` alone, or None (no directory, unsafe id, no file, undecodable)."""
    if raw_dir is None:
        return None
    raw, _problem = load_raw(raw_dir, doc_id)
    return raw.text if raw else None


def _digest_problems(record: dict[str, Any], raw: RawText) -> list[str]:
    digests = {hashlib.sha256(raw.data).hexdigest(), hashlib.sha256(raw.text.encode("utf-8")).hexdigest()}
    if record.get("raw_sha256") in digests:
        return []
    return [f"raw_sha256 is not the sha256 of {raw.path.name} ({hashlib.sha256(raw.data).hexdigest()})"]


def _bound_problems(record: dict[str, Any], length: int) -> list[str]:
    problems = []
    for name, span in iter_spans(record):
        end = span.get("raw_end")
        if is_int(end) and end > length:
            problems.append(f"{name}: raw_end {end} is past the raw text ({length} characters)")
    for index, segment in enumerate(segments(record) or []):
        if segment[3] > length:
            problems.append(f"alignment/{index} {list(segment)}: raw end is past the raw text ({length} characters)")
    for index, item in items(record, "removed"):
        end = item.get("raw_end")
        if is_int(end) and end > length:
            problems.append(f"removed/{index}: raw_end {end} is past the raw text ({length} characters)")
    return problems


def raw_problems(record: dict[str, Any], raw_dir: Path) -> list[str]:
    """The record against its raw file in ``raw_dir`` (found by doc_id only): digest and raw offsets."""
    raw, problem = load_raw(raw_dir, record.get("doc_id"))
    if raw is None:
        return [problem or "no raw text"]
    return _digest_problems(record, raw) + _bound_problems(record, len(raw.text))
