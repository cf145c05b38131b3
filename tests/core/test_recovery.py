from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from peerdesk.errors import InvalidRecoveryCode
from peerdesk.recovery import ALPHABET, LENGTH, RecoveryCode


def test_a_code_has_136_random_bits_in_eight_groups_of_four() -> None:
    code = RecoveryCode.generate()
    assert len(code.secret) * 8 == 136
    assert len(code.groups) == 8
    assert all(len(g) == 4 and set(g) <= set(ALPHABET) for g in code.groups)
    assert RecoveryCode.generate() != code


def test_reading_forgives_case_spacing_and_look_alikes() -> None:
    code = RecoveryCode.generate()
    plain = code.text.replace("-", "")
    typed = " ".join(plain[i : i + 2] for i in range(0, len(plain), 2)).lower()
    assert RecoveryCode.parse(typed) == code
    assert RecoveryCode.parse(code.text.replace("0", "o").replace("1", "l")) == code
    assert RecoveryCode.parse(f"  {code.text}\n") == code


def test_every_single_character_typo_is_caught() -> None:
    code = RecoveryCode.generate()
    plain = code.text.replace("-", "")
    for i, ch in enumerate(plain):
        wrong = ALPHABET[(ALPHABET.index(ch) + 1) % len(ALPHABET)]
        with pytest.raises(InvalidRecoveryCode, match="typo"):
            RecoveryCode.parse(plain[:i] + wrong + plain[i + 1 :])


def test_swapped_neighbours_are_caught() -> None:
    code = RecoveryCode.generate()
    plain = code.text.replace("-", "")
    for i in range(len(plain) - 1):
        if plain[i] != plain[i + 1]:
            swapped = plain[:i] + plain[i + 1] + plain[i] + plain[i + 2 :]
            with pytest.raises(InvalidRecoveryCode):
                RecoveryCode.parse(swapped)


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("", "has 0"),
        ("ABCD-EFGH", "has 8"),
        ("U" * LENGTH, "cannot contain 'U'"),
        ("!" * 10, "cannot contain"),
        ("A" * 500, "far too long"),
    ],
)
def test_bad_codes_say_what_is_wrong(typed: str, message: str) -> None:
    with pytest.raises(InvalidRecoveryCode, match=message):
        RecoveryCode.parse(typed)


def test_the_secret_never_shows_in_repr() -> None:
    code = RecoveryCode.generate()
    assert code.text not in repr(code)
    assert code.secret.hex() not in repr(code)


@given(st.text(max_size=300))
def test_any_text_gives_a_code_or_a_clear_error(typed: str) -> None:
    try:
        code = RecoveryCode.parse(typed)
    except InvalidRecoveryCode as exc:
        assert exc.field == "recovery_code"
        assert str(exc)
    else:
        assert RecoveryCode.parse(code.text) == code


@given(st.binary(min_size=17, max_size=17))
def test_every_secret_round_trips(secret: bytes) -> None:
    code = RecoveryCode(secret)
    assert RecoveryCode.parse(code.text).secret == secret
