"""Run stages over a stream of documents and write their JSONL files.

- Streaming: documents are read, processed and written one at a time; with
  workers, at most a small window of documents is in flight, so memory does
  not grow with the corpus.
- Order: output follows input order whatever the number of workers, and a
  stage is a pure function of its input record, so outputs are byte-identical
  across runs and across ``--workers``.
- Isolation: everything done for one document, writing its JSON included,
  happens inside its error boundary; a document that fails goes to the errors
  file with its stage and reason, and is left out of that stage's file and
  the later ones; the run goes on. A document larger than the size limit, or
  slower than the time limit, fails alone (``too_large``, ``timeout``).
- Atomic and resumable: files are written as partial files with a journal
  (:mod:`extract.journal`) and renamed into place when the run completes;
  an interrupted run (SIGINT, SIGTERM, ``kill -9``) keeps what it finished,
  and the same command resumes it.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import signal
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from types import FrameType
from typing import Any, TypeVar

from extract import __version__
from extract.corpus import RawInput
from extract.errors import DocumentError, error_record
from extract.journal import Entry, ResumableFiles, input_digest
from extract.lang.identify import looks_french
from extract.records import Document, ErrorRecord, dump_document, load_document, to_json_line
from extract.stages import PipelineConfig, get_stage
from extract.workers import ordered_map

T = TypeVar("T")

# Documents a stage sees at once (spaCy parses them in one nlp.pipe call).
BATCH_SIZE = 16


@dataclass(frozen=True)
class Limits:
    """Bounds on one document's work; a document over a bound fails alone."""

    max_chars: int = 500_000  # of cleaned text (a long real article has 10-50 thousand)
    timeout: float | None = 120.0  # seconds per document and stage (None: no limit)

    @property
    def max_raw_bytes(self) -> int:
        """Raw input bytes (HTML carries markup: twenty times the text bound)."""
        return 20 * self.max_chars


# Documents that go through but whose results deserve caution: named in the run summary.
WARNINGS = {
    "undated": "no date in metadata, header or --dct: dates like 'hier' stay unresolved",
    "not_french": "does not look French: the rules are French, results are unreliable",
}


@dataclass
class DocResult:
    doc_id: str
    lines: dict[str, str] = field(default_factory=dict)  # stage name -> JSONL line
    error: ErrorRecord | None = None
    warnings: list[str] = field(default_factory=list)  # keys of WARNINGS


@dataclass
class RunSummary:
    documents: int = 0
    failed: int = 0
    resumed: int = 0  # documents a previous, interrupted run had finished
    errors_by_code: dict[str, int] = field(default_factory=dict)
    warned: dict[str, list[str]] = field(default_factory=dict)  # warning -> doc ids
    interrupted: str | None = None  # the signal that stopped the run early

    def add(self, result: DocResult) -> None:
        self._count(result.error.error if result.error else None, result.doc_id, result.warnings)

    def add_resumed(self, entry: Entry) -> None:
        self.resumed += 1
        self._count(entry.error, entry.doc_id, entry.warnings)

    def _count(self, code: str | None, doc_id: str, warnings: list[str]) -> None:
        self.documents += 1
        for warning in warnings:
            self.warned.setdefault(warning, []).append(doc_id)
        if code:
            self.failed += 1
            self.errors_by_code[code] = self.errors_by_code.get(code, 0) + 1


class Interrupted(BaseException):
    """The run was asked to stop (SIGTERM)."""

    def __init__(self, signum: int) -> None:
        self.signum = signum
        super().__init__(signal.Signals(signum).name)


def _too_large(what: str, size: int, limit: int) -> DocumentError:
    return DocumentError("too_large", f"{size:,} {what}, limit {limit:,}")


def _start(record: RawInput | str, first_stage: str, limits: Limits) -> tuple[DocResult, RawInput | Document | None]:
    """The result shell of one input and the record to feed the first stage (None if unusable)."""
    try:
        if isinstance(record, str):
            if len(record) > 4 * limits.max_raw_bytes:
                raise _too_large("characters of JSON", len(record), 4 * limits.max_raw_bytes)
            current: RawInput | Document = _parse_record(record)
            _check_text_size(current, limits)
        else:
            current = record
            if record.problem:
                raise DocumentError("bad_input", record.problem)
            if len(record.data) > limits.max_raw_bytes:
                raise _too_large("raw bytes", len(record.data), limits.max_raw_bytes)
    except DocumentError as exc:
        doc_id = _input_doc_id(record)  # a line that did not parse as a record: read its doc_id if it has one
        return DocResult(doc_id, error=error_record(doc_id, first_stage, exc)), None
    return DocResult(current.doc_id), current


def _check_text_size(doc: RawInput | Document, limits: Limits) -> None:
    if isinstance(doc, Document) and len(doc.text) > limits.max_chars:
        raise _too_large("characters of clean text", len(doc.text), limits.max_chars)


def _finish(result: DocResult, stage_name: str, output: Document, limits: Limits) -> Document | None:
    """Check and serialise one stage output inside the document's error boundary."""
    try:
        _check_text_size(output, limits)
        result.lines[stage_name] = dump_document(output)
        return output
    except DocumentError as exc:
        result.error = error_record(result.doc_id, stage_name, exc)
    except (ValueError, TypeError, RecursionError) as exc:
        detail = f"{type(exc).__name__}: {str(exc)[:200]}"
        result.error = error_record(result.doc_id, stage_name, DocumentError("serialisation", detail))
    return None


def process_batch(records: list[RawInput | str], stage_names: tuple[str, ...],
                  config: PipelineConfig, limits: Limits = Limits()) -> list[DocResult]:
    """Run ``stage_names`` in order on a few inputs (raw documents or JSONL lines)."""
    started = [_start(record, stage_names[0], limits) for record in records]
    results = [result for result, _ in started]
    current = {i: record for i, (_, record) in enumerate(started) if record is not None}
    for stage_name in stage_names:
        indices = sorted(current)
        stage = get_stage(stage_name)
        outputs = stage.run_many([current[i] for i in indices], config, limits.timeout) if indices else []
        for i, output in zip(indices, outputs):
            if isinstance(output, BaseException):
                results[i].error = error_record(results[i].doc_id, stage_name, output)
                done = None
            else:
                done = _finish(results[i], stage_name, output, limits)
            if done is None:
                del current[i]
            else:
                current[i] = done
    for i, doc in current.items():
        results[i].warnings = _warnings(doc)
    return results


def _warnings(doc: RawInput | Document) -> list[str]:
    if not isinstance(doc, Document):
        return []
    return [name for name, applies in (("undated", doc.dct is None), ("not_french", not looks_french(doc.text)))
            if applies]


def process(record: RawInput | str, stage_names: tuple[str, ...], config: PipelineConfig,
            limits: Limits = Limits()) -> DocResult:
    """Run ``stage_names`` in order on one input."""
    return process_batch([record], stage_names, config, limits)[0]


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
    except (ValueError, RecursionError) as exc:
        raise DocumentError("bad_record", str(exc).splitlines()[0][:300]) from exc


def _input_doc_id(record: RawInput | str) -> str:
    if isinstance(record, RawInput):
        return record.doc_id
    try:
        data = json.loads(record)
        return str(data.get("doc_id", "?")) if isinstance(data, dict) else "?"
    except (ValueError, RecursionError):
        return "?"


def _digest(record: RawInput | str) -> str:
    if isinstance(record, str):
        return input_digest(record)
    return input_digest(record.data, record.doc_id, record.source, record.meta, record.fmt, record.problem)


def _died(stage_names: tuple[str, ...]) -> Callable[[list[RawInput | str]], list[DocResult]]:
    def results(batch: list[RawInput | str]) -> list[DocResult]:
        error = DocumentError("worker_died", "killed, out of memory or crashed twice on this batch")
        return [DocResult(_input_doc_id(r), error=error_record(_input_doc_id(r), stage_names[0], error))
                for r in batch]
    return results


def fingerprint(stage_names: tuple[str, ...], config: PipelineConfig, outputs: dict[str, Path],
                limits: Limits) -> str:
    """What decides a run's bytes besides its inputs: a resumed run must agree on all of it."""
    stages = [(name, get_stage(name).rules) for name in stage_names]
    try:
        model_version = metadata.version(config.spacy_model)
    except metadata.PackageNotFoundError:
        model_version = None
    data = [__version__, stages, dataclasses.asdict(config), model_version, dataclasses.asdict(limits),
            sorted((key, path.name) for key, path in outputs.items())]
    return hashlib.sha256(json.dumps(data, sort_keys=True, default=str).encode()).hexdigest()


def _raise_interrupted(signum: int, frame: FrameType | None) -> None:
    raise Interrupted(signum)


class _StopOnSigterm:
    """SIGTERM raises :class:`Interrupted` in the main thread while the run goes (SIGINT already
    raises KeyboardInterrupt)."""

    def __enter__(self) -> None:
        self.active = threading.current_thread() is threading.main_thread()
        if self.active:
            self.previous = signal.signal(signal.SIGTERM, _raise_interrupted)

    def __exit__(self, *exc: Any) -> None:
        if self.active:
            signal.signal(signal.SIGTERM, self.previous)


def run(
    records: Iterable[RawInput | str],
    stage_names: tuple[str, ...],
    outputs: dict[str, Path],
    errors_path: Path,
    config: PipelineConfig,
    workers: int = 1,
    progress: Callable[[DocResult | None], None] | None = None,
    limits: Limits = Limits(),
    resume: bool = True,
) -> RunSummary:
    """Run the stages over ``records`` and write each stage's file and the errors file.

    An interrupt (SIGINT, SIGTERM) stops the run early: the summary says which, the documents
    finished so far stay in the partial files, and the same call resumes the run.
    """
    summary = RunSummary()
    paths = {**outputs, "errors": errors_path}
    files = ResumableFiles(paths, fingerprint(stage_names, config, paths, limits), resume)
    digests: deque[str] = deque()  # of the inputs in flight, in order
    seen: set[str] = set()
    unfinished = _unfinished(records, files, summary, seen, digests, progress)
    complete = False
    with _StopOnSigterm():
        files.open()
        batches = ordered_map(process_batch, batched(unfinished, BATCH_SIZE), (stage_names, config, limits),
                              workers, on_death=_died(stage_names))
        try:
            for result in (result for batch in batches for result in batch):
                _write(files, _dedupe(result, seen, stage_names[0]), digests.popleft(), summary)
                if progress:
                    progress(result)
            complete = True
        except (KeyboardInterrupt, Interrupted) as exc:
            summary.interrupted = "SIGINT" if isinstance(exc, KeyboardInterrupt) else str(exc)
        finally:
            batches.close()  # terminates the workers if the run stopped early
            files.close(complete)
    return summary


def _unfinished(records: Iterable[RawInput | str], files: ResumableFiles, summary: RunSummary, seen: set[str],
                digests: deque[str], progress: Callable[[DocResult | None], None] | None) -> Iterator[RawInput | str]:
    """The inputs an earlier, interrupted run did not finish (counted in ``summary`` when it did);
    each one's digest goes to ``digests`` for its journal entry."""
    for record in records:
        digest = _digest(record)
        entry = files.skip(digest)
        if entry is None:
            digests.append(digest)
            yield record
            continue
        summary.add_resumed(entry)
        seen.add(entry.doc_id)
        if progress:
            progress(None)


def _dedupe(result: DocResult, seen: set[str], first_stage: str) -> DocResult:
    if result.error is None and result.doc_id in seen:
        duplicate = DocumentError("duplicate_doc_id", result.doc_id)
        result = DocResult(result.doc_id, error=error_record(result.doc_id, first_stage, duplicate))
    seen.add(result.doc_id)
    return result


def _write(files: ResumableFiles, result: DocResult, digest: str, summary: RunSummary) -> None:
    lines = {key: line for key, line in result.lines.items() if key in files.paths}
    if result.error:
        lines["errors"] = to_json_line(result.error.model_dump(mode="json"))
    files.write(Entry(result.doc_id, digest, result.error.error if result.error else None, {}, result.warnings),
                lines)
    summary.add(result)
