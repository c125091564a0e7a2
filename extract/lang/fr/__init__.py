"""French language data, one home per fact.

- :mod:`.text`: ``fold()`` and ``singular()``, the one way to compare French words;
- :mod:`.calendar`: weekday and month names;
- :mod:`.clean`: page noise (credits, "À lire aussi", bylines, comment counters);
- :mod:`.ner`: institutions, media, nationality adjectives;
- :mod:`.demonyms`: countries, their adjectives and capitals;
- :mod:`.weapons`: weapon systems and kinds;
- :mod:`.quantities`: number words, vague amounts, units, counted nouns;
- :mod:`.timex`: temporal expressions;
- :mod:`.events`: attack triggers, exclusions, slots' cues.

Every table says what French usage it covers.
"""
