"""Rule layers over a spaCy Doc: institutions, media, weapon systems, place cues.

Each finder returns :class:`RuleSpan` objects (character offsets, label,
which rule fired, and for places whether the text names a region). Patterns
come from :mod:`extract.lang.fr.ner` and :mod:`extract.lang.fr.weapons`.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc

from extract import settings as cfg
from extract.geo.heads import PLACE_CUES, ROAD_HEADS
from extract.lang.fr import ner as lexicon
from extract.lang.fr.weapons import find_weapon_systems
from extract.ner.occupancy import Taken

# One token of a spaCy Matcher pattern.
TokenPattern = dict[str, Any]

DE: TokenPattern = {"LOWER": {"IN": ["de", "d'", "d’", "du", "des"]}}
ARTICLE: TokenPattern = {"LOWER": {"IN": ["la", "l'", "l’", "le", "les"]}, "OP": "?"}
NAME: TokenPattern = {"IS_TITLE": True}
# "à l'est", "du sud": a command's area, part of its name.
DIRECTION: list[TokenPattern] = [{"LOWER": {"IN": ["à", "au", "du", "de"]}}, {"LOWER": {"IN": ["l'", "l’"]}, "OP": "?"},
                                 {"LOWER": {"IN": ["est", "ouest", "nord", "sud", "centre"]}}]


@dataclass(frozen=True)
class RuleSpan:
    start: int
    end: int
    label: str
    rule: str
    region: bool = False
    model: str | None = None  # weapon family for MISC weapon systems


def _head_tokens(nlp: Language, head: str) -> list[dict]:
    return [{"LOWER": token.lower_} for token in nlp.make_doc(head)]


@lru_cache(maxsize=2)
def _matchers(nlp: Language) -> tuple[Matcher, PhraseMatcher]:
    matcher = Matcher(nlp.vocab)
    for head in lexicon.INSTITUTION_HEADS:
        tokens = _head_tokens(nlp, head)
        matcher.add("ORG_institution", [[*tokens, lexicon.NATIONALITY_ADJ],
                                        [*tokens, lexicon.NATIONALITY_ADJ, *DIRECTION]])
    matcher.add("ORG_ministry", [[{"LOWER": "ministère"}, {**lexicon.NATIONALITY_ADJ, "OP": "?"}, DE, ARTICLE,
                                  lexicon.MINISTRY_DOMAINS,
                                  {"LOWER": {"IN": ["étrangères", "intérieures"]}, "OP": "?"}]])
    matcher.add("ORG_administration", [[lexicon.ADMINISTRATION_HEADS, {**lexicon.ADMINISTRATION_ADJ, "OP": "?"},
                                        {**lexicon.ADMINISTRATION_ADJ, "OP": "?"}, DE, NAME,
                                        {"IS_TITLE": True, "OP": "?"}]])
    factory = {"LOWER": {"IN": ["usine", "entreprise"]}}
    adjective = {"IS_LOWER": True, "IS_ALPHA": True, "LOWER": {"NOT_IN": ["près", "non", "loin", "au", "à"]}}
    matcher.add("ORG_factory", [[factory, adjective, DE, NAME, {"IS_TITLE": True, "OP": "?"}],
                                [factory, adjective, {"ORTH": "-"}, adjective, DE, NAME,
                                 {"IS_TITLE": True, "OP": "?"}]])
    matcher.add("ORG_factory_bare", [[factory, DE, NAME, {"IS_TITLE": True, "OP": "?"}]])
    capital = {"TEXT": {"REGEX": r"^[A-ZÀ-Ý]"}}
    matcher.add("ORG_channel", [[{"LOWER": {"IN": lexicon.CHANNEL_NOUNS}}, {"LOWER": "telegram", "OP": "?"},
                                 capital, {"ORTH": "-", "OP": "?"}, {**capital, "OP": "?"}]])
    cues = [{"LOWER": {"IN": sorted(PLACE_CUES)}}, DE, NAME, {"IS_TITLE": True, "OP": "?"}]
    matcher.add("LOC_cue", [cues])
    road = {"LOWER": {"IN": sorted(ROAD_HEADS)}}
    matcher.add("LOC_road", [[road, {"TEXT": {"REGEX": r"^[A-Z]{1,2}-?\d{1,3}$"}}], [road, NAME]])
    phrases = PhraseMatcher(nlp.vocab)
    phrases.add("ORG_named", [nlp.make_doc(name) for name in lexicon.NAMED_ORGS])
    phrases.add("ORG_media", [nlp.make_doc(name) for name in lexicon.MEDIA])
    return matcher, phrases


def _longest(spans: list[RuleSpan]) -> list[RuleSpan]:
    """Non-overlapping spans, longest first, then leftmost."""
    chosen: list[RuleSpan] = []
    taken = Taken(max((s.end for s in spans), default=0))
    for span in sorted(spans, key=lambda s: (-(s.end - s.start), s.start)):
        if not taken.overlaps(span.start, span.end):
            chosen.append(span)
            taken.add(span)
    return sorted(chosen, key=lambda s: s.start)


def _name_part(doc: Doc, start: int, end: int, rule: str) -> tuple[int, int]:
    """For place cues, roads and channels, the entity is the name, not the cue noun."""
    if rule == "LOC_cue":
        start += 2  # [cue, de, Name...]: "Région de Kharkiv" at a sentence start too
    elif rule == "LOC_road":
        start = end - 1
    elif rule == "ORG_channel":
        start += 2 if doc[start + 1].lower_ == "telegram" and end - start > 2 else 1
    return doc[start].idx, doc[end - 1].idx + len(doc[end - 1])


def _is_title(doc: Doc, start: int, end: int) -> bool:
    """'chef d'état-major ukrainien': a lexicalised title, no institution named."""
    head = doc[start:end].text.split()[0].lower()
    before = [t.lower_ for t in doc[max(0, start - cfg.TITLE_LOOKBACK_TOKENS):start]]
    return head.split("-")[0] in {h.split("-")[0] for h in lexicon.LEXICALISED_TITLE_HEADS} and any(
        word in lexicon.TITLE_NOUNS for word in before)


def _factory_name(text: str) -> str:
    return text.split(" de ")[-1].split(" d’")[-1].split(" d'")[-1]


def _keep_bare_factories(found: list[RuleSpan], text: str) -> list[RuleSpan]:
    """'usine de X' names a company only if the article also names it in full
    ('usine optique-mécanique de X'); otherwise X is where the factory is."""
    named = {_factory_name(text[s.start:s.end]) for s in found if s.rule == "ORG_factory"}
    return [s for s in found if s.rule != "ORG_factory_bare" or _factory_name(text[s.start:s.end]) in named]


def _media_allowed(doc: Doc, start: int) -> bool:
    name = doc[start].text
    if name not in lexicon.AMBIGUOUS_MEDIA:
        return True
    return start > 0 and doc[start - 1].lower_ in lexicon.MEDIA_CUES


def pattern_spans(nlp: Language, doc: Doc) -> list[RuleSpan]:
    matcher, phrases = _matchers(nlp)
    found = []
    for match_id, start, end in matcher(doc):
        rule = nlp.vocab.strings[match_id]
        if rule == "ORG_institution" and _is_title(doc, start, end):
            continue
        char_start, char_end = _name_part(doc, start, end, rule)
        region = rule == "LOC_cue" and PLACE_CUES.get(doc[start].lower_) == "region"
        found.append(RuleSpan(char_start, char_end, rule[:3], rule, region))
    for match_id, start, end in phrases(doc):
        rule = nlp.vocab.strings[match_id]
        if rule == "ORG_media" and not _media_allowed(doc, start):
            continue
        found.append(RuleSpan(doc[start].idx, doc[end - 1].idx + len(doc[end - 1]), "ORG", rule))
    return _keep_bare_factories(found, doc.text)


def weapon_spans(text: str) -> list[RuleSpan]:
    return [RuleSpan(start, end, "MISC", "MISC_weapon", model=system.model)
            for start, end, system in find_weapon_systems(text)]


def rule_spans(nlp: Language, doc: Doc, text: str) -> list[RuleSpan]:
    """Every rule span of the document (``text`` is ``doc.text``), the longest winning overlaps."""
    return _longest(pattern_spans(nlp, doc) + weapon_spans(text))
