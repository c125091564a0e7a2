"""Number and date normalisation stage."""

# The normalize stage's versioned rule set (recorded in provenance; bump it when output changes).
RULES_VERSION = "normalize.v2"
