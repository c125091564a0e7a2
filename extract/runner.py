"""Run stages over a stream of documents and write their JSONL files.

- Streaming: documents are read, processed and written one at a time; with
  workers, at most a small window of documents is in flight, so memory does
  not grow with the corpus.
- Order: output follows input order whatever the number of workers, and a
  stage is a pure function of its input record, so outputs are byte-identical
  across runs and across ``--workers``.
- Errors: a document that fails goes to the errors file with its stage and
  reason, and is left out of that stage's file and the later ones; the run
  goes on.
- Atomic: every file is written under a temporary name and renamed into
  place once the run has finished.
"""

from __future__ import annotations

import os
import tempfile
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import ExitStack
from dataclasses import dataclass, field
from multiprocessing import get_context
from pathlib import Path
from typing import IO, Any, TypeVar

from extract.corpus import RawInput
from extract.errors import DocumentError, error_record
from extract.records import Document, ErrorRecord, dump_document, load_document, to_json_line
from extract.stages import PipelineConfig, get_stage

T = TypeVar("T")
R = TypeVar("R")

_UMASK = os.umask(0)
os.umask(_UMASK)

# Documents in flight per worker: enough to keep workers busy, small enough to bound memory.
WINDOW_PER_WORKER = 4


@dataclass
class DocResult:
    doc_id: str
    lines: dict[str, str] = field(default_factory=dict)  # stage name -> JSONL line
    error: ErrorRecord | None = None


@dataclass
class RunSummary:
    documents: int = 0
    failed: int = 0
    errors_by_code: dict[str, int] = field(default_factory=dict)

    def add(self, result: DocResult) -> None:
        self.documents += 1
        if result.error:
            self.failed += 1
            code = result.error.error
            self.errors_by_code[code] = self.errors_by_code.get(code, 0) + 1


def process(record: RawInput | str, stage_names: tuple[str, ...], config: PipelineConfig) -> DocResult:
    """Run ``stage_names`` in order on one input (a raw document or a JSONL line)."""
    stage_name = stage_names[0]
    try:
        current: RawInput | Document = _parse_record(record) if isinstance(record, str) else record
    except DocumentError as exc:
        return DocResult(_line_doc_id(record), error=error_record(_line_doc_id(record), stage_name, exc))
    result = DocResult(current.doc_id)
    for stage_name in stage_names:
        try:
            current = get_stage(stage_name).run(current, config)
        except Exception as exc:  # noqa: BLE001 - one document's failure is recorded, never fatal
            result.error = error_record(result.doc_id, stage_name, exc)
            return result
        result.lines[stage_name] = dump_document(current)
    return result


def _parse_record(line: str) -> Document:
    try:
        return load_document(line)
    except ValueError as exc:
        raise DocumentError("bad_record", str(exc).splitlines()[0]) from exc


def _line_doc_id(record: RawInput | str) -> str:
    if isinstance(record, RawInput):
        return record.doc_id
    import json

    try:
        return str(json.loads(record).get("doc_id", "?"))
    except (ValueError, AttributeError):
        return "?"


def _call(args: tuple[Callable[..., R], tuple[Any, ...]]) -> R:
    func, params = args
    return func(*params)


def ordered_map(func: Callable[..., R], items: Iterable[T], extra: tuple[Any, ...], workers: int) -> Iterator[R]:
    """``func(item, *extra)`` for each item, in order, over ``workers`` processes, bounded in memory."""
    if workers <= 1:
        for item in items:
            yield func(item, *extra)
        return
    context = get_context("spawn")  # a clean interpreter per worker: no forked model or thread state
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        pending: deque[Future[R]] = deque()
        for item in items:
            pending.append(pool.submit(func, item, *extra))
            if len(pending) >= workers * WINDOW_PER_WORKER:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()


class AtomicFiles:
    """Files written under temporary names, renamed into place only on success."""

    def __init__(self, paths: dict[str, Path]) -> None:
        self.paths = paths
        self.handles: dict[str, IO[str]] = {}
        self._temporary: dict[str, str] = {}
        self._stack = ExitStack()

    def __enter__(self) -> dict[str, IO[str]]:
        for key, path in self.paths.items():
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
            os.chmod(tmp, 0o666 & ~_UMASK)  # mkstemp makes 0600 files; outputs get the usual mode
            self._temporary[key] = tmp
            self.handles[key] = self._stack.enter_context(os.fdopen(fd, "w", encoding="utf-8", newline="\n"))
        return self.handles

    def __exit__(self, exc_type: Any, exc: Any, tb: Any) -> None:
        self._stack.close()
        for key, tmp in self._temporary.items():
            if exc_type is None:
                os.replace(tmp, self.paths[key])
            elif os.path.exists(tmp):
                os.unlink(tmp)


def run(
    records: Iterable[RawInput | str],
    stage_names: tuple[str, ...],
    outputs: dict[str, Path],
    errors_path: Path,
    config: PipelineConfig,
    workers: int = 1,
    progress: Callable[[DocResult], None] | None = None,
) -> RunSummary:
    """Run the stages over ``records`` and write each stage's file and the errors file."""
    summary = RunSummary()
    seen: set[str] = set()
    with AtomicFiles({**outputs, "errors": errors_path}) as files:
        for result in ordered_map(process, records, (stage_names, config), workers):
            if result.error is None and result.doc_id in seen:
                duplicate = DocumentError("duplicate_doc_id", result.doc_id)
                result = DocResult(result.doc_id, error=error_record(result.doc_id, stage_names[0], duplicate))
            seen.add(result.doc_id)
            for stage_name, line in result.lines.items():
                if stage_name in files:
                    files[stage_name].write(line)
            if result.error:
                files["errors"].write(to_json_line(result.error.model_dump(mode="json")))
            summary.add(result)
            if progress:
                progress(result)
    return summary
