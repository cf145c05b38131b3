"""The session: the guided form, the read-only detail view, the identifier guard.

- ``session_form``: one page per step of the conversation flow, rendered from the core.
- ``session_detail``: a read-only view of one session, notes as plain text.
- ``identifier_guard``: live highlighting of identifiers in notes and the ask before a save.
- ``last_session_summary``: the last session with the peer, shown beside a follow-up session.
- ``followup_offer``: "complete the planned follow-up with this session?" and "a second one?".
- ``autosaver``: the draft saved a moment after each change; ``offer_list``: step 6 as one list.
- ``steps``: one widget per step of the form.
"""
