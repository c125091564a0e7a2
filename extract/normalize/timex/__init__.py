"""Temporal expressions: TIMEX3 type and value, anchored on the document date."""

from extract.normalize.timex.anchor import Anchor
from extract.normalize.timex.finder import TimexMatch, find_timexes

__all__ = ["Anchor", "TimexMatch", "find_timexes"]
