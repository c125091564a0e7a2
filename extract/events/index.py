"""What lies between two offsets, found by bisection instead of a scan of the whole document.

The events stage asks, for each clause, which entities, quantities, timexes
and tokens it holds. Scanning every item for every clause is quadratic in the
length of the document; the layers are sorted by start offset (the earlier
stages write them so), so the items of a span are one slice, found by
bisection. The sorted offsets are computed once per layer (per list, or per
parse) and kept for the few most recent ones.

A layer that is not sorted (a hand-written record) is scanned as before.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import OrderedDict
from collections.abc import Callable, Sequence
from itertools import pairwise
from typing import Any, Protocol, TypeVar

from spacy.attrs import IDX
from spacy.tokens import Doc, Span, Token

# Layers (lists, parses) whose offsets are kept: a document's own, a few at most.
MEMO_SIZE = 8


class Located(Protocol):
    @property
    def start(self) -> int: ...


T = TypeVar("T")
L = TypeVar("L", bound=Located)


class Memo:
    """Values computed from an object, kept while it is one of the few most recent (by identity)."""

    def __init__(self, compute: Callable[[Any], Any]) -> None:
        self.compute = compute
        self.kept: OrderedDict[int, tuple[Any, int, Any]] = OrderedDict()

    def __call__(self, obj: Any) -> Any:
        key = id(obj)
        found = self.kept.get(key)
        if found is not None and found[0] is obj and found[1] == len(obj):
            self.kept.move_to_end(key)
            return found[2]
        value = self.compute(obj)
        self.kept[key] = (obj, len(obj), value)  # the object is held: its id is not reused meanwhile
        while len(self.kept) > MEMO_SIZE:
            self.kept.popitem(last=False)
        return value


def _sorted_starts(items: Sequence[Located]) -> list[int] | None:
    starts = [item.start for item in items]
    return starts if all(a <= b for a, b in pairwise(starts)) else None


def _first_at(items: Sequence[Located]) -> dict[int, Located]:
    first: dict[int, Located] = {}
    for item in items:
        first.setdefault(item.start, item)
    return first


def _sorted_keys(mapping: dict[int, Any]) -> list[int] | None:
    keys = list(mapping)
    return keys if all(a <= b for a, b in pairwise(keys)) else None


_starts = Memo(_sorted_starts)
_keys = Memo(_sorted_keys)
_firsts = Memo(_first_at)
_token_starts = Memo(lambda doc: doc.to_array(IDX).tolist())  # each token's offset, without making Tokens
_texts = Memo(lambda doc: doc.text)


def indices_in(items: Sequence[Located], start: int, end: int) -> range | list[int]:
    """Indices, in order, of the items with ``start <= item.start < end``."""
    starts = _starts(items)
    if starts is None:
        return [i for i, item in enumerate(items) if start <= item.start < end]
    return range(bisect_left(starts, start), bisect_left(starts, end))


def in_range(items: Sequence[L], start: int, end: int) -> list[L]:
    """The items with ``start <= item.start < end``, in their order."""
    return [items[i] for i in indices_in(items, start, end)]


def keys_in(mapping: dict[int, T], start: int, end: int) -> list[int]:
    """The keys of ``mapping`` (offsets) with ``start <= key < end``, in the mapping's order."""
    keys = _keys(mapping)
    if keys is None:
        return [key for key in mapping if start <= key < end]
    return keys[bisect_left(keys, start):bisect_left(keys, end)]


def first_at(items: Sequence[L], start: int) -> L | None:
    """The first item that starts at ``start``."""
    return _firsts(items).get(start)


def tokens_in(sentence: Span, start: int, end: int) -> list[Token]:
    """The tokens of ``sentence`` with ``start <= token.idx < end``, in order."""
    doc = sentence.doc
    starts = _token_starts(doc)
    first = bisect_left(starts, start, sentence.start, sentence.end)
    last = bisect_left(starts, end, sentence.start, sentence.end)
    return [doc[i] for i in range(first, last)]


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once (spaCy joins every token's text at each access)."""
    return str(_texts(doc))
