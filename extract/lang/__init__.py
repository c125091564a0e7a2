"""Language data, one package per language: every lexicon, pattern and word list the rules read."""
