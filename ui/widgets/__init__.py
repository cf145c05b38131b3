"""Small shared widgets.

- ``labels``: plain-text wrapped and error labels, a button Enter never presses by accident.
"""
