"""What a stage read, as a digest: how stale layers are recognised.

Each stage's provenance carries ``input_sha256``, a digest of the record
fields the stage read (the ``requires`` of :mod:`extract.stages`) as they
were when it ran. If an earlier stage is rerun and changes those fields, the
digest no longer matches the record and the later layer is stale;
:mod:`extract.validate` reports it. The digest is computed on the JSON form
of the fields, so the writer (pydantic records) and a checker reading the
JSONL (plain dicts) get the same value.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from typing import Any

# The fields each stage reads, by stage name (kept equal to Stage.requires by a test).
STAGE_INPUTS: dict[str, tuple[str, ...]] = {
    "clean": (),
    "ner": ("text", "alignment"),
    "normalize": ("text", "alignment", "entities"),
    "events": ("text", "entities", "quantities", "timexes"),
}


def input_digest(record: dict[str, Any], fields: Iterable[str]) -> str:
    """sha256 of the named fields of a JSON-shaped record (missing fields count as null)."""
    payload = {name: record.get(name) for name in fields}
    encoded = json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False)
    return hashlib.sha256(encoded.encode("utf-8")).hexdigest()
