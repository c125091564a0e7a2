"""Reading a JSONL file of untrusted records without ever raising on its content.

:func:`file_lines` yields every non-blank line, or why it cannot be decoded
as UTF-8; :func:`parse_json` turns a line into a value or says why it is not
JSON (syntax, nesting too deep to read, an integer too long to read);
:func:`value_problems` finds the numbers that JSON does not allow or that no
reader can hold: ``NaN``, ``Infinity`` (accepted by Python's parser, not by
JSON), ``1e400`` (read as infinity) and integers beyond a double's range; and
the strings that are not valid Unicode (a ``\\ud800`` escape: a lone surrogate
cannot be written back as UTF-8).
"""

from __future__ import annotations

import json
import math
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from extract.jsonl import BadLine, decoded_lines

MAX_SHOWN = 80  # characters of an input value quoted in a message


def show(value: Any, limit: int = MAX_SHOWN) -> str:
    """``repr`` of an input value, shortened: control characters escaped, never a flood."""
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."


def file_lines(path: Path) -> Iterator[tuple[int, str | None, str | None]]:
    """(1-based line number, decoded line or None, why it is not UTF-8 or None), for non-blank lines
    (read by :func:`extract.jsonl.decoded_lines`). Raises OSError when the file cannot be read,
    nothing else."""
    for number, line in decoded_lines(path):
        yield (number, None, str(line)) if isinstance(line, BadLine) else (number, line, None)


def _keep_constant(name: str) -> float:
    """``NaN``, ``Infinity``, ``-Infinity`` as floats: :func:`value_problems` reports them with their path."""
    return float(name)


def parse_json(line: str) -> tuple[Any, str | None]:
    """(value, None) or (None, why the line is not readable JSON); never raises."""
    try:
        return json.loads(line, parse_constant=_keep_constant), None
    except RecursionError:
        return None, "not JSON that can be read: nested too deeply"
    except json.JSONDecodeError as exc:
        return None, f"not JSON: {exc}"
    except ValueError as exc:  # an integer with more digits than Python converts
        return None, f"not JSON that can be read: a number too long ({show(str(exc), 100)})"


def _bad_number(value: Any) -> str | None:
    if isinstance(value, float) and not math.isfinite(value):
        name = "NaN" if math.isnan(value) else "Infinity" if value > 0 else "-Infinity"
        return f"non-finite number {name} (JSON numbers are finite: NaN and Infinity are not JSON)"
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) > sys.float_info.max:
        return "number too large for a double"
    return None


def _bad_string(value: str) -> str | None:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        return f"string with a lone surrogate at {exc.start} (not valid Unicode, cannot be written as UTF-8)"
    return None


def _children(path: str, item: Any) -> list[tuple[str, Any]]:
    if isinstance(item, dict):
        pairs = [(str(key), v) for key, v in item.items()]
    else:
        pairs = [(str(i), v) for i, v in enumerate(item)]
    return [(f"{path}/{key}" if path else key, v) for key, v in pairs]


def value_problems(value: Any) -> list[str]:
    """Each non-finite or oversized number, and each string (value or key) that is not valid Unicode,
    with its path; iterative, so any depth is fine."""
    problems = []
    stack: list[tuple[str, Any]] = [("", value)]
    while stack:
        path, item = stack.pop()
        if isinstance(item, dict | list):
            if isinstance(item, dict):
                problems += [f"{path or '<record>'}: key {show(k)}: {_bad_string(k)}" for k in item if _bad_string(k)]
            stack.extend(reversed(_children(path, item)))
            continue
        problem = _bad_string(item) if isinstance(item, str) else _bad_number(item)
        if problem:
            problems.append(f"{path or '<record>'}: {problem}")
    return problems
