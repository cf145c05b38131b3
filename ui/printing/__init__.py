"""Everything printed or saved as PDF, and the on-screen pictures of those pages.

- ``handout``: the resource handout (PDF, paper, preview pictures).
- ``recovery_sheet``: the printed recovery sheet.
- ``report_pdf``: the de-identified report as one HTML document and PDF.
- ``page_preview``: pages shown as pictures, with no printer (no socket) behind them.
"""
