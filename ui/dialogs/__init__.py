"""Dialogs opened from the main window and its pages.

- ``about_dialog``: version, licence, where the journal lives, what encryption protects.
- ``handout_dialog``: pick resources, add a note, preview, print or save a handout.
- ``report_dialog``: the de-identified report: months, format, preview, save.
- ``program_totals_dialog``: a coordinator combines several supporters' reports.
- ``old_backups_dialog``: backups made before a re-key: re-encrypt or delete.
- ``recovery_code_view``: show a recovery code once and check the copy (setup and Settings).
"""
