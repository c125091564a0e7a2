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
from extract.records import (
    Document,
    ErrorRecord,
    dump_document,
    load_document,
    to_json_line,
)
from extract.stages import PipelineConfig, get_stage

T = TypeVar("T")
R = TypeVar("R")

_UMASK = os.umask(0)
os.umask(_UMASK)

# Documents a stage sees at once (spaCy parses them in one nlp.pipe call).
BATCH_SIZE = 16
# Batches in flight per worker: enough to keep workers busy, small enough to bound memory.
WINDOW_PER_WORKER = 2


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


def _start(record: RawInput | str, first_stage: str) -> tuple[DocResult, RawInput | Document | None]:
    """The result shell of one input and the record to feed the first stage (None if unusable)."""
    try:
        current = _parse_record(record) if isinstance(record, str) else record
    except DocumentError as exc:
        doc_id = _line_doc_id(record)
        return DocResult(doc_id, error=error_record(doc_id, first_stage, exc)), None
    return DocResult(current.doc_id), current


def process_batch(records: list[RawInput | str], stage_names: tuple[str, ...],
                  config: PipelineConfig) -> list[DocResult]:
    """Run ``stage_names`` in order on a few inputs (raw documents or JSONL lines)."""
    started = [_start(record, stage_names[0]) for record in records]
    results = [result for result, _ in started]
    current = {i: record for i, (_, record) in enumerate(started) if record is not None}
    for stage_name in stage_names:
        indices = sorted(current)
        outputs = get_stage(stage_name).run_many([current[i] for i in indices], config) if indices else []
        for i, output in zip(indices, outputs):
            if isinstance(output, Exception):
                results[i].error = error_record(results[i].doc_id, stage_name, output)
                del current[i]
            else:
                current[i] = output
                results[i].lines[stage_name] = dump_document(output)
    return results


def process(record: RawInput | str, stage_names: tuple[str, ...], config: PipelineConfig) -> DocResult:
    """Run ``stage_names`` in order on one input."""
    return process_batch([record], stage_names, config)[0]


def batched(items: Iterable[T], size: int) -> Iterator[list[T]]:
    batch: list[T] = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


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
        batches = ordered_map(process_batch, batched(records, BATCH_SIZE), (stage_names, config), workers)
        for result in (result for batch in batches for result in batch):
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
