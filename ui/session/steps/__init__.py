"""The steps of the session form, one widget each.

Every step widget shows the fields of one step of :data:`peerdesk.flow.FLOW` and answers
``load(session)``, ``collect(session) -> session`` (the same session with this step's fields
filled in) and ``focus_for(field)`` (the widget that holds a field the core refused). They know
nothing of the dialog around them: they say ``changed`` and the form saves.
"""
