"""Qt item models: thin adapters over the core's repositories and queries."""
