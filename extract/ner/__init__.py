"""Named-entity recognition stage."""
