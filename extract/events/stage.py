"""The events stage: attack episodes with their slots (events.v0: none yet)."""

from __future__ import annotations

from extract.records import Document

RULES_VERSION = "events.v0"


def fill_events(doc: Document) -> Document:
    return doc.model_copy(update={"events": []})
