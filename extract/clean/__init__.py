"""Cleaning stage: raw scraped text to clean text with an offset map."""
