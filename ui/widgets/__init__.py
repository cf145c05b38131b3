"""Small shared widgets.

- ``labels``: plain-text wrapped, muted and error labels, a button Enter never presses by
  accident, and restyling a widget whose style-sheet property changed.
- ``colours``: colours code paints or hands to Qt (charts, item models), read from the style sheet.
- ``figures_table``: the read-only table that shows a figures model.
- ``accessible``: what a screen reader is told beyond a widget's own words: names as shown,
  field errors, announced results (``ResultLine``).
- ``country_choice``: the supporter's country, its name on screen and a box to choose it.
- ``dates``: typed ``date``/``Month`` <-> ``QDate`` conversions; dates and month names as the
  user's locale writes them.
- ``numbers``: decimals and percentages with the locale's decimal sign.
- ``screen``: window sizes that fit the screen's free area (a small laptop's too).
"""
