"""Attack mentions: clauses that tell (part of) an attack, with what they say of it.

A sentence is cut into clauses ("..., tandis que 36 autres ont été abattus"
is a second clause). A clause is a mention when it holds a trigger: a weapon
(noun or named system) with an action, or an attack noun ("bombardement",
"explosion", "frappe aérienne", "attaque"). Clauses that threaten, suppose,
deny or sum up are dropped. Clauses without a trigger that add casualties,
damage or interceptions are kept as follow-ups of the episode told before.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from extract import settings as cfg
from extract.events.index import doc_text, in_range, indices_in, tokens_in
from extract.lang.fr import events as lx
from extract.lang.fr.weapons import find_weapon_systems, weapon_kind
from extract.records import Document, Entity, Quantity, Timex

BREAKDOWN = re.compile(r"\s:\s|\s+et\s+", re.IGNORECASE)
COUNT_START = re.compile(r"\d+|(?:un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|trente)\b",
                         re.IGNORECASE)
SHRAPNEL = re.compile(r"éclats?\s+d['’]\s*obus", re.IGNORECASE)
COORDINATED_KIND = re.compile(r"\bet\s+(?:de\s+)?(?P<kind>croisière|balistiques?|hypersoniques?)\b", re.IGNORECASE)


@dataclass
class Clause:
    start: int
    end: int
    sentence: Span
    part: bool = False  # one item of a breakdown ("... 40 drones : 25 au-dessus de X et 15 ...")


@dataclass(frozen=True)
class NamedWeapon:
    """A weapon a clause names: its contract kind, its model family ("Shahed") when named, and
    where it is in the text (None once the mention keeps it)."""

    kind: str
    model: str | None = None
    start: int | None = None


@dataclass
class Mention:
    clause: Clause
    attack_type: str  # "unknown" until a weapon or attack noun says
    follow_up: bool = False  # no trigger: adds facts to the episode told before
    new_episode: bool = False  # "Par ailleurs", "autres": another episode
    weapons: list[NamedWeapon] = field(default_factory=list)
    explain: dict[str, str] = field(default_factory=dict)
    reasons: dict[str, str] = field(default_factory=dict)  # slot -> the rule that read it (for --explain)

    @property
    def text(self) -> str:
        return doc_text(self.clause.sentence.doc)[self.clause.start:self.clause.end]


# Sentence ends: a full stop, question or exclamation mark (or a closing quote after
# one) before a capital, or a line break. The parser's sentence boundaries split
# news sentences at names and hyphens too often to be used here.
SENTENCE_BREAK = re.compile(r"(?<=[.!?…])[»\"”]?\s+(?=[«\"“A-ZÀ-Ý0-9])|\n+")


def sentences(parsed: Doc) -> list[Span]:
    text = doc_text(parsed)
    spans, start = [], 0
    for match in [*SENTENCE_BREAK.finditer(text), None]:
        end = match.start() if match else len(text)
        if text[start:end].strip():
            span = parsed.char_span(start, end, alignment_mode="expand")
            if span is not None and len(span):
                spans.append(span)
        start = match.end() if match else len(text)
    return spans


def clause_breaks(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """The clause breaks of text[start:end] from left to right, without overlaps (as
    ``finditer`` gives them), each search starting only where a run of blanks starts: from
    inside a run it finds nothing the run's start does not (and would rescan the run)."""
    position = start
    while position < end:
        match = lx.CLAUSE_BREAK.match(text, position, end) or lx.CLAUSE_BREAK_AFTER_NON_BLANK.search(
            text, position + 1, end)
        if match is None:
            return
        yield match
        position = match.end()


def clauses(parsed: Doc) -> list[Clause]:
    found = []
    text = doc_text(parsed)
    for sentence in sentences(parsed):
        start, part = sentence.start_char, False
        for match in clause_breaks(text, sentence.start_char, sentence.end_char):
            if match.start() > start:
                found.append(Clause(start, match.start(), sentence, part))
            start = match.end()
            part = bool(BREAKDOWN.fullmatch(match.group())) and bool(COUNT_START.match(text, start))
        if sentence.end_char > start:
            found.append(Clause(start, sentence.end_char, sentence, part))
    return found


def _tokens(clause: Clause):
    return tokens_in(clause.sentence, clause.start, clause.end)


def _is_weapon_noun(token, text: str) -> bool:
    """A weapon noun ("drones", "missile", "obus"), not shrapnel ("un éclat d'obus")."""
    before = text[max(0, token.idx - cfg.SHRAPNEL_CUE_CHARS):token.idx]
    if re.search(r"éclats?\s+d['’]\s*$", before, re.IGNORECASE):
        return False
    return token.lemma_.lower() in ("drone", "missile", "roquette", "obus", "bombe", "uav") or \
        token.lower_ in ("drones", "missiles", "roquettes", "bombes", "obus")


def _noun_weapons(kind: str, phrase: str, start: int) -> list[NamedWeapon]:
    """The weapon a noun names, and a second kind in coordination ("missiles balistiques et de croisière")."""
    found = [NamedWeapon(kind, None, start)]
    second = COORDINATED_KIND.search(phrase)
    other = weapon_kind(f"missiles de {second['kind']}" if second and second["kind"] == "croisière"
                        else f"missiles {second['kind']}") if second else None
    if other not in (None, kind):
        found.append(NamedWeapon(other, None, start + 1))
    return found


def weapons_in(clause: Clause, text: str) -> list[NamedWeapon]:
    """The weapons a clause names, in text order: systems and weapon nouns."""
    found = [NamedWeapon(system.kind, system.model, clause.start + start)
             for start, _, system in find_weapon_systems(text[clause.start:clause.end])
             if system.role == "weapon"]
    starts = {w.start for w in found if w.start is not None}  # a noun within 2 characters is already named
    for token in _tokens(clause):
        if not _is_weapon_noun(token, text):
            continue
        phrase = text[token.idx:min(clause.end, token.idx + cfg.WEAPON_PHRASE_CHARS)]
        kind = weapon_kind(phrase)
        if kind and not any(token.idx + shift in starts for shift in range(-2, 3)):
            for weapon in _noun_weapons(kind, phrase, token.idx):
                found.append(weapon)
                if weapon.start is not None:
                    starts.add(weapon.start)
    return sorted(found, key=lambda w: w.start or 0)


# Attack nouns naming a kind, longest first, as whole words ("tirs d'artillerie" too).
TYPE_PATTERNS = [(re.compile(rf"(?<![\w-]){re.escape(phrase)}\b"), lx.TYPE_WORDS[phrase])
                 for phrase in sorted(lx.TYPE_WORDS, key=len, reverse=True)]
AIR_STRIKE = re.compile(r"\b(?:frappes? aériennes?|raids? aériens?|bombardements? aériens?)\b", re.IGNORECASE)


def attack_type(clause_text: str, weapons: list[NamedWeapon]) -> str | None:
    """An air strike says it ("frappes aériennes ... contre des sites de missiles"); then the
    weapons, then attack nouns that name a kind, then bare attack nouns (unknown)."""
    if AIR_STRIKE.search(clause_text):
        return "air_strike"
    clause_text = SHRAPNEL.sub(" ", clause_text)  # "un éclat d'obus" is shrapnel, whatever the weapon
    for weapon in weapons:
        if weapon.kind in lx.KIND_TO_TYPE:
            return lx.KIND_TO_TYPE[weapon.kind]
    lowered = clause_text.lower()
    for pattern, kind in TYPE_PATTERNS:
        if pattern.search(lowered):
            return kind
    words = set(lowered.replace("’", " ").replace("'", " ").split())
    return "unknown" if words & lx.ATTACK_NOUNS or lx.UNTYPED_STRIKE.search(clause_text) else None


def _has_action(clause: Clause, quantities: list[Quantity]) -> bool:
    lemmas = {t.lemma_.lower() for t in _tokens(clause)}
    if lemmas & (lx.INTERCEPT_VERBS | lx.LAUNCH_VERBS | lx.ATTACK_NOUNS):
        return True
    return bool(indices_in(quantities, clause.start, clause.end))


def excluded(text: str, dated: bool) -> str | None:
    """Why a clause is not an episode (a series counts only with a day-level date)."""
    for name, pattern in (("threat", lx.THREAT), ("hypothesis", lx.HYPOTHESIS), ("denial", lx.DENIAL),
                          ("aggregate", lx.AGGREGATE), ("not an attack", lx.NOT_AN_ATTACK)):
        if pattern.search(text):
            return name
    return "aggregate" if lx.SERIES.search(text) and not dated else None


def split_by_kind(mention: Mention) -> list[Mention]:
    """"19 drones Shahed et 12 missiles Kalibr": a drone mention and a missile mention
    (guideline: one kind of attack per event)."""
    kinds = {lx.KIND_TO_TYPE.get(w.kind, "unknown") for w in mention.weapons} - {"unknown"}
    if len(kinds) < 2 or mention.attack_type == "air_strike":
        return [mention]
    return [Mention(mention.clause, kind, weapons=[w for w in mention.weapons if lx.KIND_TO_TYPE.get(w.kind) == kind],
                    new_episode=mention.new_episode, explain=dict(mention.explain)) for kind in sorted(kinds)]


def read_mention(clause: Clause, doc: Document) -> Mention | None:
    text = doc.text[clause.start:clause.end]
    dated = any(t.type in ("DATE", "TIME") and re.match(r"\d{4}-\d\d-\d\d", t.value)
                for t in in_clause(doc.timexes or [], clause))
    if excluded(text, dated):
        return None
    weapons = weapons_in(clause, doc.text) or _elided_weapons(clause, doc)
    kind = attack_type(text, weapons)
    if kind is not None and weapons and not _has_action(clause, doc.quantities or []) and kind != "unknown":
        kind = None if not lx.FOLLOW_UP.search(text) else kind
    if kind is None:
        if not lx.FOLLOW_UP.search(text):
            return None
        mention = Mention(clause, "unknown", follow_up=True)
    else:
        mention = Mention(clause, kind, weapons=[NamedWeapon(w.kind, w.model) for w in weapons])
    mention.new_episode = bool(lx.NEW_EPISODE.search(text) or lx.SERIES.search(text) or clause.part
                               or (not mention.follow_up and lx.LATER_EPISODE.search(text)))
    mention.explain["attack_type"] = "follow-up clause" if mention.follow_up else f"trigger in: {text[:60]}"
    return mention


def _elided_weapons(clause: Clause, doc: Document) -> list[NamedWeapon]:
    """A number whose counted noun is a weapon names it ("36 autres ont été abattus": drones)."""
    found = []
    for quantity in in_clause(doc.quantities or [], clause):
        counted = quantity.counted
        after = doc.text[quantity.end:quantity.end + cfg.OTHERS_CUE_CHARS]
        if counted is None and after.strip().lower().startswith("autres"):
            earlier = weapons_in(Clause(clause.sentence.start_char, quantity.start, clause.sentence), doc.text)
            counted = {"drone": "drone"}.get(earlier[-1].kind, "missile") if earlier else None  # "douze autres"
        kind = weapon_kind(counted or "") if counted in ("drone", "missile", "roquette") else None
        if kind:
            found.append(NamedWeapon(kind, None, quantity.start))
    return found


def in_clause(items: list[Entity] | list[Quantity] | list[Timex], clause: Clause) -> list:
    return in_range(items, clause.start, clause.end)
