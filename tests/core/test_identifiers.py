"""Spotting identifiers in notes: what is found, what is left alone, and that it never breaks."""

from __future__ import annotations

import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from peerdesk.identifiers import (
    DATE_OF_BIRTH,
    EMAIL,
    KINDS,
    PHONE,
    RECORD_NUMBER,
    Identifier,
    find_identifiers,
    surrounding,
)


def found(text: str) -> list[tuple[str, str]]:
    return [(text[i.start : i.end], i.kind) for i in find_identifiers(text)]


@pytest.mark.parametrize(
    ("text", "match"),
    [
        ("write to jo.smith@example.org later", "jo.smith@example.org"),
        ("j_o+peer@mail.example.co.uk", "j_o+peer@mail.example.co.uk"),
        ("(JO@EXAMPLE.COM)", "JO@EXAMPLE.COM"),
        ("address: heron-1@unit-4.hospital.example.", "heron-1@unit-4.hospital.example"),
    ],
)
def test_email_addresses_are_found(text: str, match: str) -> None:
    assert found(text) == [(match, EMAIL)]


@pytest.mark.parametrize(
    ("text", "match"),
    [
        ("call 555-123-4567 tonight", "555-123-4567"),
        ("cell (555) 123-4567.", "(555) 123-4567"),
        ("on +1 555 123 4567", "+1 555 123 4567"),
        ("mobile 07700 900123", "07700 900123"),
        ("+441234567890", "+441234567890"),
        ("020 7946 0958", "020 7946 0958"),
        ("555.123.4567", "555.123.4567"),
        ("ext 06 12 34 56 78", "06 12 34 56 78"),
    ],
)
def test_phone_numbers_are_found(text: str, match: str) -> None:
    assert found(text) == [(match, PHONE)]


@pytest.mark.parametrize(
    ("text", "match"),
    [
        ("MRN 1234567", "MRN 1234567"),
        ("mrn: 12345", "mrn: 12345"),
        ("their id 4567 was on the list", "id 4567"),
        ("ID#A-12345", "ID#A-12345"),
        ("case no. 4521", "case no. 4521"),
        ("record number 88213", "record number 88213"),
        ("chart 2024-117", "chart 2024-117"),
        ("A1234567", "A1234567"),
        ("ref AB-123456 in the letter", "AB-123456"),
        ("1234567", "1234567"),
        ("5551234567", "5551234567"),
        ("SSN 123-45-6789", "SSN 123-45-6789"),
        ("123-45-6789", "123-45-6789"),
    ],
)
def test_record_and_id_numbers_are_found(text: str, match: str) -> None:
    assert found(text) == [(match, RECORD_NUMBER)]


@pytest.mark.parametrize(
    ("text", "match"),
    [
        ("12/03/1985", "12/03/1985"),
        ("on 3/12/85 she", "3/12/85"),
        ("1985-03-12", "1985-03-12"),
        ("1985/3/12", "1985/3/12"),
        ("12.03.1985.", "12.03.1985"),
        ("12-03-1985", "12-03-1985"),
        ("3 March 1985", "3 March 1985"),
        ("3rd of March, 1985", "3rd of March, 1985"),
        ("March 3, 1985", "March 3, 1985"),
        ("Sept 30 2001", "Sept 30 2001"),
        ("DOB 12/03/1985", "DOB 12/03/1985"),
        ("dob: March 3", "dob: March 3"),
        ("D.O.B. 12/03", "D.O.B. 12/03"),
        ("date of birth is 3 March", "date of birth is 3 March"),
        ("born on 3 March 1985", "born on 3 March 1985"),
        ("born in 1985", "born in 1985"),
        ("birthday 14/7", "birthday 14/7"),
    ],
)
def test_dates_and_dates_of_birth_are_found(text: str, match: str) -> None:
    assert found(text) == [(match, DATE_OF_BIRTH)]


@pytest.mark.parametrize(
    "text",
    [
        "We talked for 2 hours.",
        "The line is open 24/7.",
        "10 minutes, then a break",
        "Since 2024 things have been hard.",
        "Called at 14:30 and again at 9:05",
        "From 2019-2024 on the same ward",
        "Twelve-hour shifts, 3 nights in a row, 4 of 5 weekends",
        "Scored 7/10 for sleep",
        "Meeting on 12/3 about rota",
        "$1,000,000 settlement talk",
        "pi is 3.1415926",
        "version 1.2.10",
        "June 2024 was the worst month",
        "you may 2 days off",
        "Room 4.12, bed 7",
        "20 30 40 50",
        "COVID19 wave, H1N1, SpO2 and B12",
        "in case 2024 goes badly",
        "born 2 hours before the end of shift",
        "rated 5/5",
        "",
    ],
)
def test_everyday_numbers_are_left_alone(text: str) -> None:
    assert found(text) == []


def test_several_kinds_in_one_note_come_back_in_order() -> None:
    text = (
        "Talked about the complaint. Said to reach her on 555-867-5309 or at wren@example.org.\n"
        "The letter quoted MRN 00123456 and a DOB 04/05/1979; told her to keep those out."
    )
    assert found(text) == [
        ("555-867-5309", PHONE),
        ("wren@example.org", EMAIL),
        ("MRN 00123456", RECORD_NUMBER),
        ("DOB 04/05/1979", DATE_OF_BIRTH),
    ]


def test_an_email_with_digits_is_one_email_not_a_record_number() -> None:
    assert found("reach 12345678@example.com") == [("12345678@example.com", EMAIL)]


def test_a_date_with_dots_is_a_date_not_a_phone_number() -> None:
    assert found("12.03.1985") == [("12.03.1985", DATE_OF_BIRTH)]


def test_impossible_dates_are_not_dates() -> None:
    assert found("13/13/1985") == []
    assert DATE_OF_BIRTH not in {kind for _, kind in found("1985-13-40")}
    assert found("31/12/1700") == []


def test_kinds_are_the_four_the_form_words() -> None:
    assert set(KINDS) == {EMAIL, PHONE, RECORD_NUMBER, DATE_OF_BIRTH}
    assert {i.kind for i in find_identifiers("a@b.org 555-123-4567 MRN 123456 DOB 1/2/1980")} == (
        set(KINDS)
    )


def test_surrounding_shows_a_few_words_either_side() -> None:
    text = "We spoke a while and then the DOB 12/03/1985 came up in passing near the end"
    (ident,) = find_identifiers(text)
    assert surrounding(text, ident) == (
        "…while and then the ",
        "DOB 12/03/1985",
        " came up in passing…",
    )
    short = "mail a@b.org"
    (ident,) = find_identifiers(short)
    assert surrounding(short, ident) == ("mail ", "a@b.org", "")
    assert surrounding(short, ident, words=0) == ("…", "a@b.org", "")


def test_surrounding_survives_spans_beyond_the_text() -> None:
    assert surrounding("ab c", Identifier(3, 99, EMAIL)) == ("ab ", "c", "")
    assert surrounding("abc", Identifier(50, 60, EMAIL)) == ("abc", "", "")


@pytest.mark.parametrize(
    "text",
    [
        "a" * 4000,
        "1" * 4000,
        "1-" * 2000,
        "a@" * 2000,
        "12 " * 1333,
        "1." * 2000,
        "a.a@" * 1000,
        "born " * 800,
        "3 March " * 500,
        "DOB 1" * 800,
        "x" * 63 + "@" + "a." * 1960,
        "call 555-123-4567 or mail a@b.org, MRN 1234567, DOB 1/2/1980. " * 64,
    ],
)
def test_a_full_note_is_checked_quickly_whatever_it_holds(text: str) -> None:
    assert len(text) <= 4100
    started = time.perf_counter()
    for _ in range(5):
        find_identifiers(text)
    # Generous for slow CI machines: a note is checked on every keystroke for highlighting.
    assert (time.perf_counter() - started) / 5 < 0.05


def check_spans(text: str, spans: list[Identifier]) -> None:
    last_end = 0
    for ident in spans:
        assert 0 <= ident.start < ident.end <= len(text)
        assert ident.start >= last_end
        assert ident.kind in KINDS
        last_end = ident.end
    assert spans == sorted(spans)


@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow])
@given(st.text())
def test_any_text_gives_sorted_non_overlapping_spans_within_bounds(text: str) -> None:
    check_spans(text, find_identifiers(text))


_PIECES = st.sampled_from(
    [
        " ",
        "\n",
        "-",
        "/",
        ".",
        ":",
        "@",
        "+",
        "(",
        ")",
        "#",
        "DOB",
        "born on",
        "MRN",
        "March",
        "x",
        "example.org",
        "1",
        "12",
        "1985",
        "555",
        "4567",
        "123456",
    ]
)


@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_PIECES, max_size=40).map("".join))
def test_text_made_of_identifier_pieces_gives_well_formed_spans(text: str) -> None:
    check_spans(text, find_identifiers(text))


@given(st.text(max_size=200), st.text(max_size=200))
def test_a_phone_number_is_found_whatever_surrounds_it(before: str, after: str) -> None:
    text = f"{before} 555-123-4567 {after}"
    at = len(before) + 1
    spans = find_identifiers(text)
    check_spans(text, spans)
    # Something covers the number (it may be merged into a larger identifier around it).
    assert any(i.start <= at and i.end >= at + 12 for i in spans) or any(
        i.start < at + 12 and i.end > at for i in spans
    )
