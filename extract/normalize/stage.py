"""The normalize stage: quantities and timexes over the cleaned text."""

from __future__ import annotations

from extract.alignment import Alignment, span_fields
from extract.normalize.simple import explicit_dates, numerals
from extract.records import Document, Quantity, Timex

RULES_VERSION = "normalize.v1"


def normalise(doc: Document) -> Document:
    alignment = Alignment(doc.alignment)
    timexes = [
        Timex(id=f"t{i}", type="DATE", value=value, anchor="dct" if doc.dct and "XXXX" not in value else None,
              **span_fields(doc.text, alignment, start, end))
        for i, (start, end, value) in enumerate(explicit_dates(doc.text, doc.dct), 1)
    ]
    inside_timex = [(t.start, t.end) for t in timexes]
    quantities = []
    for start, end, value, counted in numerals(doc.text):
        if any(s <= start < e for s, e in inside_timex):
            continue
        quantities.append(Quantity(
            id=f"q{len(quantities) + 1}", value=value, low=value, high=value, qualifier="exact",
            unit=None, counted=counted, **span_fields(doc.text, alignment, start, end),
        ))
    return doc.model_copy(update={"quantities": quantities, "timexes": sorted(timexes, key=lambda t: t.start)})
