"""Number and date normalisation stage."""
