"""Event-slot filling stage."""
