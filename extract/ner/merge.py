"""Combine the statistical model's entities with the rule layers.

Priority, highest first:
1. institution, media and weapon rules (ORG, MISC): they know this domain's
   names that the model mislabels ("ministère russe de la Défense" as LOC);
2. place cues ("région de X", "district de X", "autoroute M-1"): X is a LOC;
3. the model's entities, minus those that are not names (a capitalised common
   noun opening a subheading, "les Russes"), relabelled LOC when the model says
   ORG or MISC for a known place ("Sergiyev Posad");
4. gazetteer places the model missed, when the parser sees a proper noun;
5. one sense per discourse: a name tagged once is tagged at its other
   occurrences with the same label;
6. a person's name takes in a capitalised first name the model left out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc

from extract.geo.gazetteer import Gazetteer
from extract.lang.fr import ner as lexicon
from extract.ner.occupancy import Taken, WordIndex, name_occurrences
from extract.ner.rules import RuleSpan

LEADING_ARTICLE = re.compile(r"^(?:l['’]|le |la |les )", re.IGNORECASE)
MAX_GAZETTEER_TOKENS = 3
# A model ORG/MISC becomes a place only for places of some size (villages'
# alternate names collide with ordinary capitalised words).
MIN_RELABEL_POPULATION = 1000


@dataclass
class Candidate:
    start: int
    end: int
    label: str
    source: str
    region: bool = False
    model: str | None = None


def _tokens(doc: Doc, start: int, end: int):
    span = doc.char_span(start, end, alignment_mode="expand")
    return list(span) if span is not None else []


def is_name(doc: Doc, text: str, start: int, end: int, label: str, tagged: bool) -> bool:
    """False for model entities that are not proper names (``tagged``: the doc has POS tags).

    ``text`` is ``doc.text``, passed in because spaCy rebuilds it at every access.
    """
    text = text[start:end]
    if len(text) < 2 or text.lower() in lexicon.NOT_ENTITIES:
        return False
    if label in ("ORG", "MISC") and tagged:
        tokens = _tokens(doc, start, end)
        return text.isupper() or any(t.pos_ == "PROPN" for t in tokens)
    return True


def _strip_article(text: str, start: int, end: int) -> tuple[int, int]:
    match = LEADING_ARTICLE.match(text[start:end])
    return (start + match.end(), end) if match and match.end() < end - start else (start, end)


# A one-word "person" that is a city of this size is the city ("contre Odessa, a indiqué ...").
MIN_PERSON_TO_PLACE_POPULATION = 100_000


def _relabel(text: str, label: str, gazetteer: Gazetteer) -> str:
    if label == "PER" and " " not in text and gazetteer.is_place(text):
        big = [p for p in gazetteer.lookup(text) if p.population >= MIN_PERSON_TO_PLACE_POPULATION]
        return "LOC" if big else label
    if label not in ("ORG", "MISC") or text in lexicon.NAMED_ORGS or text in lexicon.MEDIA:
        return label
    if text.istitle() and " " not in text and text.lower().endswith(lexicon.SLAVIC_PLACE_ENDINGS):
        return "LOC"
    places = gazetteer.lookup(text) if gazetteer.is_place(text) else []
    big = [p for p in places if p.kind == "country" or p.population >= MIN_RELABEL_POPULATION]
    return "LOC" if big else label


def _gazetteer_places(doc: Doc, taken: Taken, gazetteer: Gazetteer, tagged: bool) -> list[Candidate]:
    found: list[Candidate] = []
    known: dict[str, bool] = {}  # each word sequence looked up once, however often it is written
    for i, token in enumerate(doc):
        if not token.is_title or (tagged and token.pos_ != "PROPN"):
            continue
        for size in range(MAX_GAZETTEER_TOKENS, 0, -1):
            span = doc[i:i + size]
            if len(span) != size:
                continue
            text = span.text
            if text not in known:
                known[text] = gazetteer.is_place(text)
            if known[text]:
                candidate = Candidate(span.start_char, span.end_char, "LOC", "gazetteer")
                if not taken.overlaps(candidate.start, candidate.end):
                    found.append(candidate)
                    taken.add(candidate)
                break
    return found


def _extend_persons(doc: Doc, chosen: list[Candidate], gazetteer: Gazetteer, taken: Taken) -> None:
    """Take in capitalised words just before a person's name that the model left out
    ("Le gouverneur Oleh Synehoubov" with only "Synehoubov" tagged); not a sentence's
    first word, a function word, a known place or another entity."""
    for candidate in chosen:
        if candidate.label != "PER":
            continue
        span = doc.char_span(candidate.start, candidate.end, alignment_mode="expand")
        index = span.start if span is not None else 0
        while index > 0:
            token = doc[index - 1]
            if (not token.is_title or token.is_sent_start or token.is_stop or gazetteer.is_place(token.text)
                    or taken.overlaps(token.idx, token.idx + len(token))):
                break
            taken.extend(token.idx, candidate.start)
            candidate.start, index = token.idx, index - 1


def _propagate(text: str, chosen: list[Candidate], taken: Taken) -> list[Candidate]:
    labels: dict[str, str] = {}
    for c in chosen:
        labels.setdefault(text[c.start:c.end], c.label)
    extra: list[Candidate] = []
    index = WordIndex(text)
    for name, label in labels.items():
        for start, end in name_occurrences(name, index):
            if not taken.overlaps(start, end):
                candidate = Candidate(start, end, label, "propagated")
                extra.append(candidate)
                taken.add(candidate)
    return extra


def merge(doc: Doc, text: str, model_entities: list[tuple[int, int, str]], rules: list[RuleSpan],
          gazetteer: Gazetteer) -> list[Candidate]:
    tagged = doc.has_annotation("POS")
    chosen = [Candidate(r.start, r.end, r.label, r.rule, r.region, r.model) for r in rules if r.label != "LOC"]
    taken = Taken(len(text), list(chosen))  # the characters of the chosen spans, to test overlaps
    for r in rules:
        if r.label == "LOC" and not taken.overlaps(r.start, r.end):
            chosen.append(Candidate(r.start, r.end, "LOC", r.rule, r.region))
            taken.add(chosen[-1])
    for start, end, label in model_entities:
        start, end = _strip_article(text, start, end)
        candidate = Candidate(start, end, _relabel(text[start:end], label, gazetteer), "model")
        if is_name(doc, text, start, end, label, tagged) and not taken.overlaps(start, end):
            chosen.append(candidate)
            taken.add(candidate)
    chosen += _gazetteer_places(doc, taken, gazetteer, tagged)
    chosen += _propagate(text, chosen, taken)
    _extend_persons(doc, chosen, gazetteer, taken)
    return sorted(chosen, key=lambda c: c.start)
