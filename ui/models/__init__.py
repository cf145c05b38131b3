"""Qt item models: thin adapters over the core's repositories and queries.

- ``headers``: column headings, the same way for every model.
- ``figures_model``: rows of figures behind every Insights chart and the program totals.
- ``grouped_model``: a two-level tree (follow-up buckets, resource categories).
- ``peers_model``: the peers table.
- ``sessions_model``: the lazy sessions list and search hits.
"""
