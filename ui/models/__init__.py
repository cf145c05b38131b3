"""Qt item models: thin adapters over the core's repositories and queries.

- ``headers``: column headings, the same way for every model.
- ``figures_model``: rows of figures behind every Insights chart and the program totals.
- ``followups_model``: open follow-ups grouped as overdue, due today, this week, later.
- ``grouped_model``: a two-level tree (follow-up buckets, resource categories).
- ``peers_model``: the peers table.
- ``resources_model``: the resource directory, by category.
- ``sessions_model``: the lazy sessions list and search hits.
- ``roles``: every item-data role (the ids and values items carry besides their text).
"""
