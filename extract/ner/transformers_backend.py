"""NER with a local Hugging Face token-classification model (e.g. a CamemBERT NER model on disk).

The statistical spaCy model is not the only NER a user may want: fine-tuned
transformer models are usually better, but they label *sub-word tokens*, not
words, and the pipeline needs exact character spans into the cleaned text so
that offsets can be mapped back to the raw document. This module does that
alignment carefully:

* words come from the fast tokenizer's ``word_ids()`` and character offsets
  from ``return_offsets_mapping=True``; whitespace that SentencePiece ("▁")
  tokens carry in their offsets is stripped using the original text;
* each word takes the prediction of its first sub-token ("first"
  aggregation), and consecutive words are grouped into entities with B/I
  (and IOBES/BILOU) logic;
* SentencePiece tokenizers (CamemBERT) only split words on spaces, so a
  tokenizer word is also split after an elision apostrophe ("d’Ukraine")
  and at any whitespace inside it, and quotes, unbalanced brackets and final
  punctuation glued to a word ("Kharkiv.", "«Kyiv»") are trimmed off a span;
* texts longer than the model's window are cut on paragraph, line, sentence
  or word boundaries, each window is run separately and its offsets shifted
  back, so long articles are neither truncated nor cut mid-word.

Loading is strictly local (``local_files_only=True``): nothing is downloaded.
"""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_right
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NamedTuple

import torch
from transformers import AutoModelForTokenClassification, AutoTokenizer

# Entity type names seen in public NER label sets (CoNLL, WikiNER, OntoNotes,
# French corpora) -> the pipeline's four labels. Any other non-"O" type
# (DATE, EVENT, PRODUCT, ...) becomes MISC: it is still a name the model
# found, and the pipeline only knows these four types.
LABEL_TYPES: dict[str, str] = {
    "PER": "PER",
    "PERS": "PER",
    "PERSON": "PER",
    "PERSONNE": "PER",
    "LOC": "LOC",
    "LOCATION": "LOC",
    "GPE": "LOC",
    "LIEU": "LOC",
    "ORG": "ORG",
    "ORGANIZATION": "ORG",
    "ORGANISATION": "ORG",
    "MISC": "MISC",
}

# Tag prefixes of IOB2, IOBES and BILOU, reduced to one vocabulary:
# B begins, I continues, E ends (BILOU "L"), S is a single word (BILOU "U").
_PREFIXES = {"B": "B", "I": "I", "E": "E", "L": "E", "S": "S", "U": "S"}

# Even when a tokenizer claims more, position embeddings of BERT-like models stop at 512.
MAX_TOKENS = 512

# Window cuts, best first: paragraph break, line break, sentence end, any space.
_CUTS = [
    (re.compile(r"\n[^\S\n]*\n"), "start"),
    (re.compile(r"\n"), "start"),
    (re.compile(r"[.!?…][»”\"')\]]*(?=\s)"), "end"),
    (re.compile(r"\s"), "start"),
]

# Quotes and brackets around a name are not part of it; "’" and "'" are
# absent on purpose: in French they are apostrophes inside words (l’armée).
_OPEN_QUOTES = "«“\"„"
_CLOSE_PUNCT = "»”\",;:!?…"
_BRACKETS = {"(": ")", "[": "]", "{": "}"}
_CLOSING_BRACKETS = {close: open_ for open_, close in _BRACKETS.items()}
_APOSTROPHES = "’'ʼ"


class Tag(NamedTuple):
    prefix: str  # "B", "I", "E", "S" or "O"
    type: str | None  # PER, LOC, ORG, MISC; None for "O"


def entity_type(name: str) -> str:
    return LABEL_TYPES.get(name.strip().upper(), "MISC")


def parse_label(raw: str) -> Tag:
    """The tag of one model label: "B-PER", "S-LOC", "U-ORG", "I_PER", bare "PER" or "O"."""
    label = raw.strip()
    if label.upper() == "O" or not label:
        return Tag("O", None)
    head, separator, rest = label[:1].upper(), label[1:2], label[2:]
    if head in _PREFIXES and separator in ("-", "_") and rest:
        return Tag(_PREFIXES[head], entity_type(rest))
    # A bare label is the IO scheme: consecutive words of one type form one entity.
    return Tag("I", entity_type(label))


def decode_words(words: Sequence[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Group labelled words ``(start, end, raw label)``, in text order, into entity spans.

    An I-/E- word continues the open entity only if it has the same type; after
    "O" or another type it starts a new entity (lenient IOB, as most taggers
    emit such sequences). B-/S- always start one; E-/S- close it.
    """
    spans: list[list[Any]] = []
    open_span: list[Any] | None = None
    for start, end, raw in words:
        tag = parse_label(raw)
        if tag.prefix == "O":
            open_span = None
            continue
        if open_span is not None and tag.prefix in ("I", "E") and open_span[2] == tag.type:
            open_span[1] = end
        else:
            open_span = [start, end, tag.type]
            spans.append(open_span)
        if tag.prefix in ("E", "S"):
            open_span = None
    return [(start, end, label) for start, end, label in spans]


def strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    """``(start, end)`` without whitespace at either edge (SentencePiece offsets include the space)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _starts_word(text: str, previous_end: int | None, start: int) -> bool:
    """Whether a sub-token of the same tokenizer word still begins a word of its own.

    SentencePiece tokenizers keep "vu\\nKharkiv" or "d’Ukraine" as one word;
    a whitespace gap, or an elision apostrophe just before, starts a new one so
    that "Ukraine" is labelled by its own first sub-token, not by "d".
    """
    if previous_end is None:
        return True
    gap = text[previous_end:start]
    if any(char.isspace() for char in gap):
        return True
    return start > 0 and text[start - 1] in _APOSTROPHES and text[start].isalnum()


def encoded_words(
    text: str,
    word_ids: Sequence[int | None],
    offsets: Sequence[Sequence[int]],
    label_ids: Sequence[int],
    id2label: dict[int, str],
) -> list[tuple[int, int, str]]:
    """``(start, end, raw label)`` of each word of one encoded text, labelled by its first sub-token."""
    words: list[tuple[int, int, str]] = []
    previous_word: int | None = None
    previous_end: int | None = None
    for word_id, (token_start, token_end), label_id in zip(word_ids, offsets, label_ids):
        if word_id is None:  # special or padding token
            continue
        start, end = strip_span(text, token_start, token_end)
        if start >= end:  # a lone "▁" or a whitespace piece: no character of any word
            continue
        if word_id != previous_word or _starts_word(text, previous_end, start):
            words.append((start, end, id2label[label_id]))
        else:
            first, last, label = words[-1]
            words[-1] = (first, max(last, end), label)
        previous_word, previous_end = word_id, words[-1][1]
    return words


def _is_abbreviation(text: str, start: int, dot: int) -> bool:
    """Whether the "." at ``dot`` ends an initial or acronym ("J.", "S.A."), not a sentence."""
    before = text[start:dot].split()
    last = before[-1] if before else ""
    return (len(last) == 1 and last.isalpha()) or "." in last


def trim_punctuation(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span without surrounding quotes, enclosing or unbalanced brackets, or final punctuation.

    Tokenizers that do not split punctuation (SentencePiece) glue "Kharkiv." or
    "«Kyiv»" into one word, so the word edges alone would carry it. Returns
    None when nothing with a letter or digit is left.
    """
    previous = None
    while (start, end) != previous:
        previous = (start, end)
        start, end = strip_span(text, start, end)
        if start >= end:
            return None
        first, last, inside = text[start], text[end - 1], text[start:end]
        if end - start >= 2 and first in _BRACKETS and last == _BRACKETS[first]:
            start, end = start + 1, end - 1
        elif first in _OPEN_QUOTES or (first in _BRACKETS and _BRACKETS[first] not in inside):
            start += 1
        elif (last in _CLOSE_PUNCT
              or (last in _CLOSING_BRACKETS and _CLOSING_BRACKETS[last] not in inside)
              or (last == "." and not _is_abbreviation(text, start, end - 1))):
            end -= 1
    if not any(char.isalnum() for char in text[start:end]):
        return None
    return start, end


def _last_cut(text: str, start: int, floor: int, limit: int, pattern: re.Pattern[str], side: str) -> int | None:
    """The last cut of ``pattern`` in ``(floor, limit]``, searching from ``start``."""
    best = None
    # One character past ``limit``: a sentence end right at it must see the space after it.
    for match in pattern.finditer(text, start, limit + 1):
        cut = match.start() if side == "start" else match.end()
        if floor < cut <= limit:
            best = cut
    return best


def choose_cut(text: str, start: int, limit: int) -> int:
    """Where a window starting at ``start`` ends, at most at ``limit``.

    The last paragraph break, else line break, else sentence end, else space
    in the second half of the allowed range (so windows stay well filled);
    else the last space anywhere; else ``limit`` itself (a token boundary,
    for a single huge "word").
    """
    if limit >= len(text):
        return len(text)
    half = start + (limit - start) // 2
    for pattern, side in _CUTS:
        cut = _last_cut(text, start, half, limit, pattern, side)
        if cut is not None:
            return cut
    pattern, side = _CUTS[-1]
    cut = _last_cut(text, start, start, limit, pattern, side)
    return limit if cut is None else cut


def non_overlapping(spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Spans sorted by position; one that overlaps an earlier kept span is dropped."""
    kept: list[tuple[int, int, str]] = []
    for span in sorted(spans):
        if not kept or span[0] >= kept[-1][1]:
            kept.append(span)
    return kept


def _config_digest(model_dir: Path) -> str:
    config = model_dir / "config.json"
    return hashlib.sha256(config.read_bytes()).hexdigest()[:12] if config.is_file() else "noconfig"


def _checked_id2label(model: Any) -> dict[int, str]:
    id2label = {int(key): str(value) for key, value in model.config.id2label.items()}
    if not any(parse_label(label).prefix == "O" for label in id2label.values()):
        # Default names (LABEL_0, LABEL_1, ...) mean an untrained or non-NER head.
        raise ValueError(
            f"the model's labels {sorted(set(id2label.values()))} have no 'O'; "
            "is it a named-entity token-classification model?"
        )
    return id2label


class TransformersBackend:
    """Entities of a local token-classification model, as exact character spans."""

    name = "transformers"

    def __init__(self, model_dir: str, batch_size: int = 8, max_length: int | None = None) -> None:
        path = Path(model_dir)
        if not path.is_dir():
            raise FileNotFoundError(
                f"NER model directory {model_dir!r} does not exist (models are never downloaded)"
            )
        if batch_size < 1:
            raise ValueError(f"batch_size must be at least 1, not {batch_size}")
        self._dir = path.resolve()
        self._batch_size = batch_size
        self._tokenizer = AutoTokenizer.from_pretrained(model_dir, local_files_only=True)
        if not getattr(self._tokenizer, "is_fast", False):
            raise ValueError(
                f"the tokenizer in {model_dir!r} is not a fast tokenizer; character offsets need one "
                "(save the model with a tokenizer.json)"
            )
        self._model = AutoModelForTokenClassification.from_pretrained(model_dir, local_files_only=True)
        self._model.to("cpu").eval()
        self._id2label = _checked_id2label(self._model)
        self._max_tokens = self._window_length(max_length)
        self._budget = self._max_tokens - self._tokenizer.num_special_tokens_to_add(pair=False)
        self._version = f"{self._dir.name}@{_config_digest(self._dir)}"

    def _window_length(self, max_length: int | None) -> int:
        """Tokens per window, special tokens included."""
        # A tokenizer saved without model_max_length reports a huge sentinel;
        # the position embeddings are the real limit.
        limits = [MAX_TOKENS, self._tokenizer.model_max_length]
        positions = getattr(self._model.config, "max_position_embeddings", None)
        if isinstance(positions, int) and positions > 0:
            limits.append(positions)
        if max_length is not None:
            limits.append(max_length)
        length = min(limits)
        if length < self._tokenizer.num_special_tokens_to_add(pair=False) + 1:
            raise ValueError(f"max_length {max_length} leaves no room for text after the special tokens")
        return length

    @property
    def model_version(self) -> str:
        """``<directory name>@<first 12 hex of sha256(config.json)>``: stable across runs and machines."""
        return self._version

    def entities(self, text: str) -> list[tuple[int, int, str]]:
        """``(start, end, label)`` of each entity in ``text``, sorted and non-overlapping."""
        windows = self._windows(text)
        found: list[tuple[int, int, str]] = []
        for first in range(0, len(windows), self._batch_size):
            batch = windows[first:first + self._batch_size]
            predictions = self._predict([text[start:end] for start, end in batch])
            for (offset, _), words in zip(batch, predictions):
                for start, end, label in decode_words(words):
                    span = trim_punctuation(text, start + offset, end + offset)
                    if span is not None:
                        found.append((span[0], span[1], label))
        return non_overlapping(found)

    def _predict(self, texts: list[str]) -> list[list[tuple[int, int, str]]]:
        """Labelled words of each text (offsets relative to that text)."""
        encoding = self._tokenizer(
            texts,
            padding=True,
            truncation=True,  # only a safety net: windows are sized to fit
            max_length=self._max_tokens,
            return_offsets_mapping=True,
            return_tensors="pt",
        )
        offsets = encoding["offset_mapping"].tolist()
        inputs = {key: value for key, value in encoding.items() if key in self._tokenizer.model_input_names}
        with torch.inference_mode():
            label_ids = self._model(**inputs).logits.argmax(dim=-1).tolist()
        return [
            encoded_words(text, encoding.word_ids(index), offsets[index], label_ids[index], self._id2label)
            for index, text in enumerate(texts)
        ]

    def _count_tokens(self, text: str) -> int:
        return len(self._tokenizer(text, add_special_tokens=False, verbose=False)["input_ids"])

    def _windows(self, text: str) -> list[tuple[int, int]]:
        """Character ranges, each short enough for the model, covering every word of ``text``."""
        offsets = self._tokenizer(text, add_special_tokens=False, return_offsets_mapping=True, verbose=False)[
            "offset_mapping"
        ]
        token_spans = [(start, end) for start, end in offsets if end > start]
        token_starts = [start for start, _ in token_spans]
        token_ends = [end for _, end in token_spans]
        windows: list[tuple[int, int]] = []
        start, _ = strip_span(text, 0, len(text))
        while start < len(text):
            end = self._fit_window(text, start, token_starts, token_ends)
            window = strip_span(text, start, end)
            if window[0] < window[1]:
                windows.append(window)
            start, _ = strip_span(text, end, len(text))
        return windows

    def _fit_window(self, text: str, start: int, token_starts: list[int], token_ends: list[int]) -> int:
        """End of the window beginning at ``start``, checked by tokenizing it on its own."""
        budget = self._budget
        while True:
            first = bisect_right(token_ends, start)  # first token reaching past ``start``
            if len(token_ends) - first <= budget:
                end = len(text)
            else:
                # The window must stop before the first token that does not fit.
                end = choose_cut(text, start, max(token_starts[first + budget], start + 1))
            count = self._count_tokens(text[start:end])
            # Alone, a window may tokenize a little differently from inside the
            # whole text; shrink until it fits (one token always does, near enough).
            if count <= self._budget or budget <= 1:
                return end
            budget = max(1, budget - max(1, count - self._budget))
