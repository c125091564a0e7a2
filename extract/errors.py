"""The catalogue of per-document errors.

Each failure a document can meet has a code (the ``error`` field of an
``errors.jsonl`` line) and a message template. A stage raises
:class:`DocumentError` with a code; the runner turns it, or any unexpected
exception, into an :class:`~extract.records.ErrorRecord` and goes on with the
next document.
"""

from __future__ import annotations

from extract.records import ErrorRecord

MESSAGES = {
    "empty": "the document has no text ({detail})",
    "binary": "the file looks binary, not text ({detail})",
    "undecodable": "the bytes could not be decoded as text ({detail})",
    "bad_input": "the input record is unusable ({detail})",
    "bad_record": "the previous stage's record is not valid ({detail})",
    "missing_layer": "the record lacks a layer this stage requires ({detail})",
    "duplicate_doc_id": "another document already has this doc_id ({detail})",
    "stage_exception": "the stage raised {detail}",
    "timeout": "the document took longer than the time limit ({detail})",
    "too_large": "the document is larger than the size limit ({detail})",
    "worker_died": "the worker process processing the document died ({detail})",
    "serialisation": "the document's record could not be written as JSON ({detail})",
}


class DocumentError(Exception):
    """A known reason why one document cannot go through a stage."""

    def __init__(self, code: str, detail: str) -> None:
        if code not in MESSAGES:
            raise ValueError(f"unknown error code {code!r}")
        self.code = code
        self.detail = detail
        super().__init__(MESSAGES[code].format(detail=detail))


def error_record(doc_id: str, stage: str, exc: BaseException) -> ErrorRecord:
    """The errors.jsonl line for an exception raised while processing ``doc_id``."""
    if isinstance(exc, DocumentError):
        return ErrorRecord(doc_id=doc_id, stage=stage, error=exc.code, message=str(exc))
    detail = f"{type(exc).__name__}: {exc}"
    return ErrorRecord(
        doc_id=doc_id,
        stage=stage,
        error="stage_exception",
        message=MESSAGES["stage_exception"].format(detail=detail),
    )
