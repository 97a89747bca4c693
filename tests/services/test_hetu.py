from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st
from stdnum.fi import hetu as stdnum_hetu

from toimi_desktop.services.errors import DomainError
from toimi_desktop.services.hetu import mask_hetu, parse_hetu


@pytest.mark.parametrize(
    ("code", "born", "temporary"),
    [
        ("131052-308T", date(1952, 10, 13), False),
        ("131052A308T", date(2052, 10, 13), False),
        ("010594Y9032", date(1994, 5, 1), True),
        ("020516C903K", date(2016, 5, 2), True),
    ],
)
def test_valid_codes_from_the_domain_notes(code, born, temporary):
    parsed = parse_hetu(code)
    assert (parsed.code, parsed.birth_date, parsed.temporary) == (code, born, temporary)


@pytest.mark.parametrize(
    ("code", "reason"),
    [
        ("131052-308U", "check character"),
        ("310252-308Y", "does not exist"),
        ("130052-308R", "does not exist"),
        ("131052-000V", "000 or 001"),
        ("131052/308T", "century sign"),
        ("131052-308", "11 characters"),
    ],
)
def test_invalid_codes_say_what_is_wrong(code, reason):
    with pytest.raises(DomainError) as caught:
        parse_hetu(code)
    assert reason in str(caught.value)


def test_century_sign_is_part_of_the_identity():
    assert parse_hetu("100190-999P").code != parse_hetu("100190Y999P").code


def test_lowercase_and_spaces_are_accepted_and_normalised():
    assert parse_hetu(" 131052-308t ").code == "131052-308T"


def test_masking():
    assert mask_hetu("131052-308T") == "131052-****"
    assert mask_hetu(None) == ""


_CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY"


@given(
    born=st.dates(min_value=date(1900, 1, 1), max_value=date(2025, 12, 31)),
    number=st.integers(min_value=0, max_value=999),
    sign_index=st.integers(min_value=0, max_value=5),
    corrupt=st.booleans(),
)
def test_agrees_with_python_stdnum(born, number, sign_index, corrupt):
    signs = "-YXWVU" if born.year < 2000 else "ABCDEF"
    body = f"{born:%d%m}{born.year % 100:02d}"
    check = _CHECK[int(f"{body}{number:03d}") % 31]
    if corrupt:
        check = _CHECK[(_CHECK.index(check) + 1) % 31]
    code = f"{body}{signs[sign_index]}{number:03d}{check}"
    try:
        stdnum_hetu.validate(code, allow_temporary=True)
        expected = True
    except Exception:
        expected = False
    try:
        parse_hetu(code)
        ours = True
    except DomainError:
        ours = False
    assert ours == expected
