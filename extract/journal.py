"""Output files that survive an interrupted run and let the next run resume.

While a run goes, each output ``DIR/NAME.jsonl`` is written as
``DIR/.NAME.jsonl.partial``, and a journal (``.NAME.jsonl.journal`` beside
the first output) gets one line per finished document: its doc_id, a digest
of its input, its error code, and the size of every partial file once its
lines were written. Documents finish in input order, so the partial files
always hold a prefix of the run.

- A run that ends normally renames the partial files into place (the final
  files appear whole or not at all) and deletes the journal.
- A run that is interrupted (signal, exception, ``kill -9``) leaves the
  partial files and the journal. The same command run again finds them: if
  the journal's fingerprint (stages, options, rule and model versions, output
  names) matches, the documents whose inputs match the journal, in order, are
  not processed again; the partial files are cut back to the last document
  the journal vouches for, and the run goes on from there. The final files
  are byte-identical to those of a run never interrupted.
- With ``resume=False`` (``--no-resume``) leftovers are deleted first.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

log = logging.getLogger(__name__)

_UMASK = os.umask(0)
os.umask(_UMASK)


@dataclass
class Entry:
    """One finished document, as the journal records it."""

    doc_id: str
    digest: str
    error: str | None
    sizes: dict[str, int]  # size of each partial file once the document's lines were written
    warnings: list[str] = field(default_factory=list)

    def line(self) -> str:
        return json.dumps({"doc_id": self.doc_id, "input": self.digest, "error": self.error,
                           "sizes": self.sizes, "warnings": self.warnings}, ensure_ascii=False,
                          sort_keys=True) + "\n"


def partial_path(path: Path) -> Path:
    return path.with_name(f".{path.name}.partial")


def journal_path(paths: dict[str, Path]) -> Path:
    first = next(iter(paths.values()))
    return first.with_name(f".{first.name}.journal")


def _read_journal(path: Path, fingerprint: str) -> list[Entry]:
    """The journal's entries up to its first unreadable line (a line torn by ``kill -9``), or []
    when it is absent or was written by another configuration."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
        if not lines or json.loads(lines[0]).get("fingerprint") != fingerprint:
            if lines:
                log.warning("%s: left by a run with other settings; starting afresh", path)
            return []
    except (OSError, ValueError, AttributeError):
        return []
    entries = []
    for line in lines[1:]:
        try:
            data = json.loads(line)
            entries.append(Entry(str(data["doc_id"]), str(data["input"]), data["error"], dict(data["sizes"]),
                                 list(data.get("warnings", []))))
        except (ValueError, KeyError, TypeError):
            break
    return entries


@dataclass
class ResumableFiles:
    """The run's output files, written through partial files and a journal."""

    paths: dict[str, Path]  # key (stage name or "errors") -> final path
    fingerprint: str
    resume: bool = True
    handles: dict[str, IO[bytes]] = field(default_factory=dict)
    done: list[Entry] = field(default_factory=list)  # entries the previous run left, still unchecked
    _journal: IO[str] | None = None
    _checked: int = 0  # how many of ``done`` matched this run's inputs so far
    _open_prefix: bool = True

    def __post_init__(self) -> None:
        self.journal = journal_path(self.paths)

    def open(self) -> None:
        for path in self.paths.values():
            path.parent.mkdir(parents=True, exist_ok=True)
        entries = _read_journal(self.journal, self.fingerprint) if self.resume else []
        self.done = self._usable(entries)
        if self.done:
            log.info("resuming: %d documents already done in %s", len(self.done), self.journal)
        else:
            self._close_prefix()  # nothing to resume: empty partial files and a fresh journal

    def _usable(self, entries: list[Entry]) -> list[Entry]:
        """The longest prefix of ``entries`` whose sizes every partial file reaches."""
        sizes = {key: _size(partial_path(path)) for key, path in self.paths.items()}
        while entries and any(entries[-1].sizes.get(key, 0) > size for key, size in sizes.items()):
            entries.pop()
        return entries

    def skip(self, digest: str) -> Entry | None:
        """The previous run's entry if this input is the next one it finished, unchanged; else None
        (and from then on every input is processed: the files are cut back to what matched)."""
        if self._open_prefix and self._checked < len(self.done):
            entry = self.done[self._checked]
            if entry.digest == digest:
                self._checked += 1
                return entry
        self._close_prefix()
        return None

    def _close_prefix(self) -> None:
        """Cut the partial files and the journal back to the entries this run has matched."""
        if not self._open_prefix:
            return
        self._open_prefix = False
        if self.handles:
            return
        kept = self.done[:self._checked]
        sizes = kept[-1].sizes if kept else {}
        for key, path in self.paths.items():
            self.handles[key] = _open_partial(partial_path(path), truncate_to=sizes.get(key, 0))
        self._journal = self.journal.open("w", encoding="utf-8")
        self._journal.write(json.dumps({"fingerprint": self.fingerprint}) + "\n")
        self._journal.writelines(entry.line() for entry in kept)
        self._journal.flush()

    def write(self, entry: Entry, lines: dict[str, str]) -> None:
        """One document's lines, then its journal entry (so the journal never vouches for less);
        the entry's sizes are filled here."""
        self._close_prefix()
        for key, line in lines.items():
            self.handles[key].write(line.encode("utf-8"))
        for handle in self.handles.values():
            handle.flush()
        assert self._journal is not None
        entry.sizes = {key: handle.tell() for key, handle in self.handles.items()}
        self._journal.write(entry.line())
        self._journal.flush()

    def close(self, complete: bool) -> None:
        """Rename the partial files into place if the run is complete; else keep them for a resume."""
        if complete:
            self._close_prefix()
        for handle in self.handles.values():
            handle.close()
        if self._journal is not None:
            self._journal.close()
        if complete:
            for path in self.paths.values():
                os.replace(partial_path(path), path)
            self.journal.unlink(missing_ok=True)


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return -1


def _open_partial(path: Path, truncate_to: int) -> IO[bytes]:
    mode = 0o666 & ~_UMASK
    fd = os.open(path, os.O_RDWR | os.O_CREAT, mode)
    os.ftruncate(fd, truncate_to)
    handle = os.fdopen(fd, "r+b")
    handle.seek(truncate_to)
    return handle


def input_digest(data: bytes | str, *parts: Any) -> str:
    """A digest of one input: its bytes or line, and whatever else decides its output."""
    digest = hashlib.sha256(data.encode("utf-8") if isinstance(data, str) else data)
    digest.update(json.dumps(parts, sort_keys=True, default=str, ensure_ascii=False).encode("utf-8"))
    return digest.hexdigest()
