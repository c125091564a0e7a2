"""Month names for the number finders: one table, the timex lexicon's."""

from extract.normalize.timex.lexicon import MONTH_ABBREVIATIONS, MONTHS

MONTH_PATTERN = "|".join(sorted((m for m in MONTHS if m not in MONTH_ABBREVIATIONS), key=len, reverse=True))
