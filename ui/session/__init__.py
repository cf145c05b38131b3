"""The session: the guided form, the read-only detail view, the identifier guard.

- ``session_form``: one page per step of the conversation flow, rendered from the core.
- ``session_detail``: a read-only view of one session, notes as plain text.
- ``identifier_guard``: live highlighting of identifiers in notes and the ask before a save.
"""
