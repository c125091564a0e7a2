"""Typed records that flow through the pipeline.

One model per object of the output contract (``docs/output.md``).
Records live in memory as pydantic models and become JSON only at the edge:
:func:`dump_document` writes a record as one JSONL line and
:func:`load_document` reads it back. The round trip is exact, which is what
makes a stage rerun from the previous stage's file give the same bytes as a
full run.

Layers a stage has not run yet are ``None`` in memory and absent from the
JSON; every field the contract names is always written, ``null`` included.
"""

from __future__ import annotations

import json
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1"

Number = int | float
BlockKind = Literal["title", "subheading", "paragraph", "caption", "list_item"]
EntityLabel = Literal["PER", "LOC", "ORG", "MISC"]
Qualifier = Literal["exact", "at_least", "more_than", "at_most", "less_than", "approx"]
TimexType = Literal["DATE", "TIME", "DURATION", "SET"]
AttackType = Literal["drone", "missile", "artillery", "air_strike", "explosion", "unknown"]
WeaponKind = Literal[
    "drone", "missile", "ballistic_missile", "cruise_missile", "rocket",
    "artillery_shell", "bomb", "other",
]
DctSource = Literal["meta", "header", "cli"]


class Record(BaseModel):
    """Base: unknown fields are refused so typos fail loudly."""

    model_config = ConfigDict(extra="forbid", validate_assignment=False)


class Span(Record):
    start: int
    end: int
    raw_start: int
    raw_end: int
    text: str


class Block(Record):
    start: int
    end: int
    kind: BlockKind


class Removed(Record):
    raw_start: int
    raw_end: int
    reason: str
    text: str = ""


class Geo(Record):
    geonames_id: int
    name: str
    country: str | None
    lat: float
    lon: float


class Entity(Span):
    id: str
    label: EntityLabel
    canonical: str
    geo: Geo | None = None
    source: str | None = None  # which layer produced it (model, gazetteer, lexicon...)


class Quantity(Span):
    id: str
    value: Number | None
    low: Number | None
    high: Number | None
    qualifier: Qualifier
    unit: str | None
    counted: str | None
    value_km: float | None = None


class Timex(Span):
    id: str
    type: TimexType
    value: str
    anchor: str | None
    mod: str | None = None  # TIMEX3 @mod (START, END, APPROX...)


class Count(Record):
    value: Number | None
    low: Number | None
    high: Number | None
    qualifier: Qualifier
    quantity: str | None


class Location(Record):
    text: str
    canonical: str
    geonames_id: int | None
    country: str | None
    entity: str | None


class Actor(Record):
    text: str
    country: str | None


class Weapon(Record):
    kind: WeaponKind
    model: str | None
    count: Number | None


class Reporter(Record):
    text: str
    canonical: str
    entity: str | None


class Event(Record):
    id: str
    attack_type: AttackType
    date: str | None
    date_span: Span | None
    locations: list[Location]
    country: str | None
    attacker: Actor | None
    weapons: list[Weapon]
    launched: Count | None
    intercepted: Count | None
    killed: Count | None
    injured: Count | None
    targets: list[str]
    damage: list[str]
    reported_by: list[Reporter]
    evidence: list[Span]
    explain: dict[str, str] | None = None  # slot -> rule that filled it (with --explain)


class StageProvenance(Record):
    package: str
    version: str
    stage: str  # versioned rule-set name, e.g. "clean.v1"
    model: str | None = None
    model_version: str | None = None
    config_hash: str
    input_sha256: str | None = None  # digest of the fields the stage read (extract.provenance)


class Document(Record):
    """A document as it leaves a stage: everything before plus that stage's layer."""

    schema_version: str = SCHEMA_VERSION
    doc_id: str
    dct: str | None
    dct_source: DctSource | None
    dct_precision: Literal["day", "month", "year"] | None = None
    provenance: dict[str, StageProvenance] = Field(default_factory=dict)
    meta: dict[str, Any] = Field(default_factory=dict)
    # clean layer
    source: str
    raw_sha256: str
    title: str | None
    text: str
    blocks: list[Block]
    removed: list[Removed]
    alignment: list[tuple[int, int, int, int]]
    # later layers
    entities: list[Entity] | None = None
    quantities: list[Quantity] | None = None
    timexes: list[Timex] | None = None
    events: list[Event] | None = None


LAYERS = ("entities", "quantities", "timexes", "events")


class ErrorRecord(Record):
    doc_id: str
    stage: str
    error: str
    message: str


def document_to_dict(doc: Document) -> dict[str, Any]:
    data = doc.model_dump(mode="json")
    for layer in LAYERS:
        if data.get(layer) is None:
            data.pop(layer, None)
    return data


def to_json_line(data: dict[str, Any]) -> str:
    """The one JSON encoding used for every output line (stable, UTF-8, compact, strict JSON:
    NaN and infinities raise ValueError instead of being written as invalid JSON)."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False) + "\n"


def dump_document(doc: Document) -> str:
    return to_json_line(document_to_dict(doc))


def load_document(line: str) -> Document:
    return Document.model_validate_json(line)
