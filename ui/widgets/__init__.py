"""Small shared widgets.

- ``labels``: plain-text wrapped and error labels, a button Enter never presses by accident.
- ``figures_table``: the read-only table that shows a figures model.
- ``dates``: typed ``date``/``Month`` <-> ``QDate`` conversions; dates and month names as the
  user's locale writes them.
- ``numbers``: decimals and percentages with the locale's decimal sign.
"""
