"""PeerDesk Qt application.

Top level: ``launcher`` (the ``peerdesk`` command), ``app`` (composition root), ``lifecycle``
(setup -> unlock -> window -> lock), ``main_window`` (navigation, menus), ``messages``
(the words for core errors and codes), ``handout_command`` (the one CLI command that needs Qt),
``smoke`` (``--smoke-test``), ``screenshots`` (README pictures).

Packages: ``gates`` (before a journal is open), ``pages``, ``session`` (the session form),
``dialogs``, ``models`` (Qt item models), ``printing``, ``background`` (work off the GUI thread),
``system`` (operating-system hooks), ``widgets`` (small shared widgets).
"""
