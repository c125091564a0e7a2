"""The evaluator's inputs, read as untrusted: prediction lines and raw texts.

A prediction line that is not UTF-8, not JSON, not an object, has a non-finite
or oversized number, or lacks the shape the scorer reads (:data:`PREDICTION_SCHEMA`,
which gold records read as predictions also satisfy) becomes a
:class:`Skipped` entry naming its file, line and reason; it never stops the
run. Raw texts come from the ``--raw`` directory alone, found by doc_id when
that is a plain file name (:func:`extract.validate.raw.read_raw_text`): no
path, URL or command a record names (``source``...) is ever opened.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator, validators

from extract.validate.parse import file_lines, parse_json, show, value_problems
from extract.validate.raw import read_raw_text

MAX_REASONS = 3


@dataclass(frozen=True)
class Skipped:
    """An input left out of the scores: which file, which line (None: the whole file), why."""

    file: str
    line: int | None
    reason: str

    def __str__(self) -> str:
        text = f"{self.file}:{self.line}: {self.reason}" if self.line else f"{self.file}: {self.reason}"
        return text.encode("utf-8", "backslashreplace").decode("utf-8")  # printable whatever the file name holds


_STR = {"type": ["string", "null"]}
_NUM = {"type": ["number", "null"]}
_OFFSET = {"type": "integer", "minimum": 0}


def _obj(required: tuple[str, ...] = (), nullable: bool = False, **properties: Any) -> dict[str, Any]:
    return {"type": ["object", "null"] if nullable else "object", "required": list(required),
            "properties": properties}


def _list(item: dict[str, Any]) -> dict[str, Any]:
    return {"type": ["array", "null"], "items": item}


def _span(*required: str, **properties: Any) -> dict[str, Any]:
    return _obj(("raw_start", "raw_end", "text", *required), raw_start=_OFFSET, raw_end=_OFFSET,
                text={"type": "string"}, **properties)


_COUNT = _obj(nullable=True, value=_NUM)
_EVENT = _obj(
    ("attack_type",), attack_type={"type": "string"}, date=_STR, country=_STR,
    locations=_list(_obj(text=_STR, canonical=_STR, geonames_id={"type": ["integer", "null"]})),
    attacker=_obj(nullable=True, text=_STR, country=_STR),
    weapons=_list(_obj(kind=_STR, model=_STR)),
    reported_by=_list(_obj(text=_STR, canonical=_STR)),
    launched=_COUNT, intercepted=_COUNT, killed=_COUNT, injured=_COUNT,
)
# What the scorer reads of a prediction, and the types it needs (other fields are free).
PREDICTION_SCHEMA = _obj(
    ("doc_id",), doc_id={"type": "string", "minLength": 1},
    entities=_list(_span("label", label={"type": "string"}, geo=_obj(nullable=True))),
    timexes=_list(_span("type", "value", type={"type": "string"}, value={"type": "string"})),
    quantities=_list(_span("value", "qualifier", value=_NUM, qualifier={"type": "string"}, counted=_STR)),
    removed=_list(_obj(("raw_start", "raw_end"), raw_start=_OFFSET, raw_end=_OFFSET)),
    events=_list(_EVENT),
)


def _strict_integer(checker: Any, instance: Any) -> bool:
    return isinstance(instance, int) and not isinstance(instance, bool)


# JSON Schema counts 3.0 as an integer; the scorer slices and counts with offsets, which must be ints.
StrictValidator = validators.extend(
    Draft202012Validator, type_checker=Draft202012Validator.TYPE_CHECKER.redefine("integer", _strict_integer))


def strict_validator(schema: dict[str, Any]) -> Draft202012Validator:
    """A validator of ``schema`` for which only JSON integers without a fraction part are integers."""
    return StrictValidator(schema)


@lru_cache(maxsize=1)
def prediction_validator() -> Draft202012Validator:
    return strict_validator(PREDICTION_SCHEMA)


def shape_problems(validator: Draft202012Validator, record: Any) -> list[str]:
    """Where ``record`` breaks the validator's schema, one short message each."""
    return [f"{'/'.join(map(str, e.absolute_path)) or '<record>'}: {_clip(e.message)}"
            for e in validator.iter_errors(record)]


def _clip(message: str, limit: int = 160) -> str:
    return message if len(message) <= limit else message[: limit - 3] + "..."


def prediction_problem(record: Any, wanted: Collection[str] | None = None) -> str | None:
    """Why a parsed prediction cannot be scored, or None; records of other documents are not checked further."""
    if not isinstance(record, dict):
        return "not a JSON object"
    doc_id = record.get("doc_id")
    if not isinstance(doc_id, str) or not doc_id:
        return f"doc_id {show(doc_id, 40)} is not a non-empty string"
    if wanted is not None and doc_id not in wanted:
        return None
    try:
        return summary(value_problems(record) + shape_problems(prediction_validator(), record))
    except RecursionError:
        return "nested too deeply to read"


def summary(problems: list[str]) -> str | None:
    """The first few problems as one reason, or None when there are none."""
    if not problems:
        return None
    more = f" (and {len(problems) - MAX_REASONS} more)" if len(problems) > MAX_REASONS else ""
    return "; ".join(problems[:MAX_REASONS]) + more


def _line_record(line: str | None, problem: str | None, wanted: Collection[str] | None) -> tuple[Any, str | None]:
    if problem or line is None:
        return None, problem or "unreadable line"
    record, problem = parse_json(line)
    return record, problem or prediction_problem(record, wanted)


def read_predictions(path: Path, wanted: Collection[str] | None = None) -> tuple[dict[str, dict[str, Any]],
                                                                                   list[Skipped]]:
    """doc_id -> prediction (the last line of a doc_id wins), for the ``wanted`` documents; and what was skipped."""
    predictions: dict[str, dict[str, Any]] = {}
    skipped: list[Skipped] = []
    try:
        for number, line, problem in file_lines(path):
            record, reason = _line_record(line, problem, wanted)
            if reason:
                skipped.append(Skipped(str(path), number, reason))
            elif wanted is None or record["doc_id"] in wanted:
                predictions[record["doc_id"]] = record
    except OSError as exc:
        skipped.append(Skipped(str(path), None, f"cannot be read ({exc.strerror or exc})"))
    return predictions, skipped


def raw_text(raw_dir: Path | None, doc_id: str) -> str | None:
    """The raw text of a gold document, from ``raw_dir`` only (None when there is none to read)."""
    return read_raw_text(raw_dir, doc_id)
