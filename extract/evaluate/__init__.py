"""Scoring predictions against hand-labelled gold (the contract's "Evaluation" section)."""
