"""How two values are judged the same (contract, "Evaluation").

Text is compared after folding case and accents. A location matches on
GeoNames id when both sides have one, else when one folded name equals or
stands as whole words inside the other. Actors match on country, else on
text. Reporters match when one name contains the other, when two person
names share their last word, or when their content words overlap enough.
"""

from __future__ import annotations

from typing import Any

from extract.lang.fr.text import name_key

# French function words left out of the content-word overlap of two names.
FUNCTION_WORDS = frozenset(
    ["le", "la", "les", "l", "de", "des", "du", "d", "un", "une", "et", "a", "au", "aux", "en", "par", "pour", "sur",
     "dans", "avec", "selon"]
)
JACCARD_THRESHOLD = 0.5


def contains_words(outer: str, inner: str) -> bool:
    """``inner`` equals ``outer`` or stands in it as whole words (both folded)."""
    return bool(inner) and f" {inner} " in f" {outer} "


def names_match(a: str | None, b: str | None) -> bool:
    fa, fb = name_key(a), name_key(b)
    return bool(fa and fb) and (contains_words(fa, fb) or contains_words(fb, fa))


def location_match(gold: dict[str, Any], pred: dict[str, Any]) -> bool:
    if gold.get("geonames_id") and pred.get("geonames_id"):
        return gold["geonames_id"] == pred["geonames_id"]
    gold_names = [gold.get("canonical"), gold.get("text")]
    pred_names = [pred.get("canonical"), pred.get("text")]
    return any(names_match(g, p) for g in gold_names for p in pred_names)


def actor_match(gold: dict[str, Any] | None, pred: dict[str, Any] | None) -> bool:
    if not gold or not pred:
        return False
    if gold.get("country") and pred.get("country"):
        return gold["country"] == pred["country"]
    return names_match(gold.get("text"), pred.get("text"))


def _content_words(text: str) -> set[str]:
    return {w for w in name_key(text).split() if w not in FUNCTION_WORDS}


def _person_name(text: str) -> bool:
    words = text.split()
    return len(words) >= 2 and all(w[:1].isupper() for w in words)


def reporter_names_match(a: str, b: str) -> bool:
    fa, fb = name_key(a), name_key(b)
    if not fa or not fb:
        return False
    if fa in fb or fb in fa:
        return True
    if _person_name(a) and _person_name(b) and fa.split()[-1] == fb.split()[-1]:
        return True
    wa, wb = _content_words(a), _content_words(b)
    return bool(wa | wb) and len(wa & wb) / len(wa | wb) > JACCARD_THRESHOLD


def reporter_match(gold: dict[str, Any], pred: dict[str, Any]) -> bool:
    gold_names = {gold.get("text") or "", gold.get("canonical") or ""} - {""}
    pred_names = {pred.get("text") or "", pred.get("canonical") or ""} - {""}
    return any(reporter_names_match(g, p) for g in gold_names for p in pred_names)


def count_match(gold: dict[str, Any] | None, pred: dict[str, Any] | None) -> bool:
    if not gold or not pred or gold.get("value") is None or pred.get("value") is None:
        return False
    return abs(float(gold["value"]) - float(pred["value"])) < 1e-9
