"""Whole records and whole files: every problem, with its line, and never an exception.

:func:`record_problems` runs every check of the package on one parsed record;
:func:`validate_file` reads a JSONL file line by line and reports, for each
line, why it cannot be decoded or parsed, or every problem of its record. A
bad line never stops the file, and a file that cannot be read is one problem,
not a crash.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from extract.validate.links import reference_problems
from extract.validate.parse import file_lines, parse_json, value_problems
from extract.validate.raw import raw_problems
from extract.validate.schema import guess_kind, schema_problems
from extract.validate.spans import alignment_problems, mapping_problems, range_problems, span_problems
from extract.validate.stale import provenance_problems

MAX_MESSAGE = 400
Check = Callable[[dict[str, Any]], list[str]]
# The checks of a stage record beyond its schema, in the order their problems are listed.
RECORD_CHECKS: tuple[Check, ...] = (span_problems, range_problems, alignment_problems, mapping_problems,
                                    reference_problems, provenance_problems)
JSON_TYPES = {list: "array", str: "string", int: "number", float: "number", bool: "boolean", type(None): "null"}


def _guarded(check: Check, record: dict[str, Any]) -> list[str]:
    """A check's problems; a record so malformed that the check itself fails is one more problem."""
    try:
        return check(record)
    except RecursionError:
        return [f"{check.__name__}: the record is nested too deeply to check"]
    except Exception as exc:  # untrusted input: report, never crash the run
        return [f"{check.__name__}: could not check this record ({type(exc).__name__}: {exc})"]


def record_problems(record: Any, kind: str | None = None, raw_dir: Path | None = None) -> list[str]:
    """Every problem of one parsed record (empty when it is sound); ``raw_dir`` adds the raw-text checks."""
    if not isinstance(record, dict):
        return [f"not a JSON object (a JSON {JSON_TYPES.get(type(record), 'value')})"]
    kind = kind or guess_kind(record)
    checks: list[Check] = [lambda r: schema_problems(r, kind), value_problems]
    if kind != "errors":
        checks += RECORD_CHECKS
        if raw_dir is not None:
            checks.append(lambda r: raw_problems(r, raw_dir))
    return [problem for check in checks for problem in _guarded(check, record)]


def clean_message(message: str) -> str:
    """A message safe to print: bounded, and encodable whatever the input held (lone surrogates...)."""
    if len(message) > MAX_MESSAGE:
        message = message[: MAX_MESSAGE - 3] + "..."
    return message.encode("utf-8", "backslashreplace").decode("utf-8")


@dataclass
class Problem:
    line: int  # 0: the file as a whole
    message: str


@dataclass
class Report:
    records: int = 0
    problems: list[Problem] = field(default_factory=list)

    @property
    def invalid(self) -> int:
        """How many records (lines) have at least one problem."""
        return len({problem.line for problem in self.problems if problem.line})

    def add(self, line: int, messages: list[str]) -> None:
        self.problems.extend(Problem(line, clean_message(message)) for message in messages)


def line_problems(line: str, kind: str | None, raw_dir: Path | None) -> list[str]:
    record, problem = parse_json(line)
    return [problem] if problem else record_problems(record, kind, raw_dir)


def validate_file(path: Path, kind: str | None = None, raw_dir: Path | None = None) -> Report:
    """Every problem of every line of ``path``; never raises on what the file holds."""
    if kind is None and path.name.startswith("errors"):
        kind = "errors"
    report = Report()
    try:
        for number, line, problem in file_lines(path):
            report.records += 1
            if line is None:
                report.add(number, [problem or "unreadable line"])
            else:
                report.add(number, line_problems(line, kind, raw_dir))
    except OSError as exc:
        report.add(0, [f"cannot read the file ({exc.strerror or exc})"])
    return report
