"""Hand-built records for the events tests: the layers the events stage reads, stated by the test.

A test names each annotation by its surface text (and which occurrence, the first by default)
plus its fields; :func:`document` finds the offsets with ``str.find``, checks them, numbers the
annotations in text order (``e1``, ``q1``, ``t1``...) and returns a :class:`Document` as the
normalize stage would leave it: clean text equal to the raw text, with the identity alignment the
clean stage writes for an unchanged text. :func:`events_of` / :func:`only_event` then run the
events stage alone, so a change in NER or normalize cannot move these tests.

    doc = document("Un drone a frappé Kharkiv mardi.",
                   entities=[loc("Kharkiv", geo=geo(706483, "Kharkiv", "UA", 49.98177, 36.25475))],
                   timexes=[timex("mardi", "DATE", "2024-05-14")])
    event = only_event(doc)
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import pairwise
from typing import Any

from extract.alignment import TextBuilder
from extract.records import (
    Block,
    Document,
    Entity,
    EntityLabel,
    Event,
    Geo,
    Number,
    Qualifier,
    Quantity,
    Timex,
    TimexType,
)

__all__ = ["document", "events_of", "geo", "loc", "misc", "only_event", "org", "per", "qty", "timex"]

DCT = "2024-05-14"
_SAME = object()  # low / high default: the value itself


@dataclass(frozen=True)
class Annotation:
    """An annotation before it has offsets: its surface text, which occurrence (1 = first), its fields."""

    layer: str  # "entities", "quantities" or "timexes"
    surface: str
    nth: int = 1
    fields: dict[str, Any] = field(default_factory=dict)


def geo(geonames_id: int, name: str, country: str | None, lat: float, lon: float) -> Geo:
    """A GeoNames link, as the linker writes it (``name`` is the GeoNames name: "Sumy" for "Soumy")."""
    return Geo(geonames_id=geonames_id, name=name, country=country, lat=lat, lon=lon)


def _entity(label: EntityLabel, surface: str, canonical: str | None, geo: Geo | None, source: str | None,
            nth: int) -> Annotation:
    return Annotation("entities", surface, nth, {"label": label, "canonical": canonical or surface, "geo": geo,
                                                 "source": source})


def loc(surface: str, *, geo: Geo | None = None, canonical: str | None = None, source: str | None = None,
        nth: int = 1) -> Annotation:
    """A place; ``geo`` is its GeoNames link (None for a place the gazetteer does not know)."""
    return _entity("LOC", surface, canonical, geo, source, nth)


def per(surface: str, *, canonical: str | None = None, source: str | None = None, nth: int = 1) -> Annotation:
    return _entity("PER", surface, canonical, None, source, nth)


def org(surface: str, *, canonical: str | None = None, source: str | None = None, nth: int = 1) -> Annotation:
    return _entity("ORG", surface, canonical, None, source, nth)


def misc(surface: str, *, canonical: str | None = None, source: str | None = None, nth: int = 1) -> Annotation:
    """A MISC name; ``source="MISC_weapon"`` for a weapon system ("Shahed")."""
    return _entity("MISC", surface, canonical, None, source, nth)


def qty(surface: str, value: Number | None, *, counted: str | None = None, unit: str | None = None,
        qualifier: Qualifier = "exact", low: Any = _SAME, high: Any = _SAME, value_km: float | None = None,
        nth: int = 1) -> Annotation:
    """A quantity; ``low`` and ``high`` default to the value (an exact count)."""
    return Annotation("quantities", surface, nth, {
        "value": value, "low": value if low is _SAME else low, "high": value if high is _SAME else high,
        "qualifier": qualifier, "unit": unit, "counted": counted, "value_km": value_km})


def timex(surface: str, type: TimexType, value: str, *, anchor: str | None = "dct", mod: str | None = None,
          nth: int = 1) -> Annotation:
    return Annotation("timexes", surface, nth, {"type": type, "value": value, "anchor": anchor, "mod": mod})


def _locate(text: str, annotation: Annotation) -> tuple[int, int]:
    """Offsets of the ``nth`` occurrence of the surface text, which must stand as whole words."""
    if not annotation.surface or annotation.nth < 1:
        raise ValueError(f"bad annotation {annotation}")
    start = -1
    for _ in range(annotation.nth):
        start = text.find(annotation.surface, start + 1)
        if start < 0:
            raise ValueError(f"{annotation.surface!r} (occurrence {annotation.nth}) is not in {text!r}")
    end = start + len(annotation.surface)
    assert text[start:end] == annotation.surface
    if (start > 0 and text[start - 1].isalnum()) or (end < len(text) and text[end].isalnum()):
        raise ValueError(f"{annotation.surface!r} at {start} cuts a word in {text!r}")
    return start, end


def _layer(text: str, annotations: Sequence[Annotation], layer: str, prefix: str) -> list[dict[str, Any]]:
    placed = []
    for annotation in annotations:
        if annotation.layer != layer:
            raise ValueError(f"{annotation.surface!r} belongs to {annotation.layer}, not {layer}")
        placed.append((*_locate(text, annotation), annotation))
    placed.sort(key=lambda item: (item[0], item[1]))
    for (_, end, first), (start, _, second) in pairwise(placed):
        if start < end:
            raise ValueError(f"{first.surface!r} and {second.surface!r} overlap in {layer}")
    # Clean text == raw text: raw offsets are the clean ones.
    return [{"id": f"{prefix}{i}", "start": start, "end": end, "raw_start": start, "raw_end": end,
             "text": text[start:end], **annotation.fields}
            for i, (start, end, annotation) in enumerate(placed, 1)]


def identity_alignment(text: str) -> list[tuple[int, int, int, int]]:
    """The alignment the clean stage writes for a text it keeps unchanged."""
    builder = TextBuilder(text)
    builder.copy(0, len(text))
    return builder.build()[1]


def _blocks(text: str) -> list[Block]:
    blocks, start = [], 0
    for part in text.split("\n\n"):
        if part:
            blocks.append(Block(start=start, end=start + len(part), kind="paragraph"))
        start += len(part) + 2
    return blocks


def document(text: str, *, dct: str | None = DCT, entities: Sequence[Annotation] = (),
             quantities: Sequence[Annotation] = (), timexes: Sequence[Annotation] = (),
             doc_id: str = "t") -> Document:
    """A document as the normalize stage leaves it, with exactly the given annotations."""
    return Document(
        doc_id=doc_id, dct=dct, dct_source="meta" if dct else None, dct_precision="day" if dct else None,
        meta={"published": dct} if dct else {},
        source=f"{doc_id}.txt", raw_sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(), title=None,
        text=text, blocks=_blocks(text), removed=[], alignment=identity_alignment(text),
        entities=[Entity(**e) for e in _layer(text, entities, "entities", "e")],
        quantities=[Quantity(**q) for q in _layer(text, quantities, "quantities", "q")],
        timexes=[Timex(**t) for t in _layer(text, timexes, "timexes", "t")],
    )


def events_of(doc: Document, *, explain: bool = False) -> list[Event]:
    """The events the events stage alone reads in ``doc``."""
    from extract.events.stage import fill_events

    events = fill_events(doc, explain=explain).events
    assert events is not None
    return events


def only_event(doc: Document, *, explain: bool = False) -> Event:
    """The single event the events stage alone reads in ``doc``."""
    found = events_of(doc, explain=explain)
    assert len(found) == 1, [(e.attack_type, [place.text for place in e.locations]) for e in found]
    return found[0]
