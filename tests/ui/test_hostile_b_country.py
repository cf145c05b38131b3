"""The country setting fed a value this PeerDesk does not know, straight in the journal's
settings table (a pack a newer PeerDesk added, or a damaged row).

DESIGN §6: "A wrong crisis number is worse than none: never invent one"; README: "A handout
always says what to do in immediate danger, with your country's emergency number". Today an
unreadable country falls back, silently, to the US and its 911 on a German supporter's handout.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from peerdesk import cli
from peerdesk.commands.command import Context
from peerdesk.commands.common import run_command
from peerdesk.preferences import COUNTRY
from peerdesk.vault import Vault
from tests.ui.test_handout import pdf_text
from ui import handout_command

pytestmark = pytest.mark.usefixtures("qapp")  # laying out text needs a Qt application


@pytest.mark.parametrize("stored", ["NZ", "de-DE", 49])
def test_a_german_journal_whose_country_cannot_be_read_never_prints_911(
    vault: Vault, tmp_path: Path, stored: object
) -> None:
    journal, _code = vault.create(country="DE")  # German pack: TelefonSeelsorge, 112
    journal.settings.set(COUNTRY.key, stored)
    vault.lock()
    path = tmp_path / "handout.pdf"
    command = handout_command.COMMAND
    argv = ["handout", "--out", str(path), "--category", "crisis_line", "--keep-empty"]
    args = cli.build_parser([command]).parse_args(argv)
    out, err = io.StringIO(), io.StringIO()
    status = run_command(command, args, Context(vault, out, err, sys.stdin))
    if status != 0:  # refusing to print a handout without a known country keeps the promise
        assert err.getvalue().startswith("peerdesk: error: ")
        return
    text = pdf_text(path)
    assert "TelefonSeelsorge" in text  # the German directory was printed
    assert "911" not in text, (
        "a handout of German resources tells the reader to call 911 in immediate danger: "
        + text[text.find("In immediate danger") :][:60]
    )
