"""Finnish personal identity codes (HETU), checked with python-stdnum."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from toimi_desktop.i18n import QT_TRANSLATE_NOOP as N_
from toimi_desktop.services.errors import DomainError

# The century signs in force since 1.1.2023. The sign is part of the identity: never normalise.
_CENTURY = {"+": 1800, "-": 1900, "Y": 1900, "X": 1900, "W": 1900, "V": 1900, "U": 1900,
            "A": 2000, "B": 2000, "C": 2000, "D": 2000, "E": 2000, "F": 2000}


@dataclass(frozen=True)
class Hetu:
    code: str
    birth_date: date
    temporary: bool  # individual number 900–999: valid, but flagged


def parse_hetu(text: str) -> Hetu:
    """Validate a HETU; raises DomainError with a message saying what is wrong."""
    code = text.strip().upper()
    if len(code) != 11:
        raise DomainError(N_("errors", "A personal identity code has 11 characters."))
    if code[6] not in _CENTURY:
        raise DomainError(
            N_("errors", "The century sign “{sign}” is not valid."), sign=code[6]
        )
    if not (code[:6].isdigit() and code[7:10].isdigit()):
        raise DomainError(N_("errors", "The personal identity code has a letter where a "
                                       "digit belongs."))
    try:
        born = date(_CENTURY[code[6]] + int(code[4:6]), int(code[2:4]), int(code[0:2]))
    except ValueError:
        raise DomainError(N_("errors", "The date in the personal identity code does not "
                                       "exist.")) from None
    if int(code[7:10]) < 2:
        raise DomainError(N_("errors", "The individual number 000 or 001 is not valid."))
    # python-stdnum pulls in ssl and more for its online checks: import it when needed.
    from stdnum.exceptions import ValidationError as StdnumError
    from stdnum.fi import hetu as stdnum_hetu

    try:
        stdnum_hetu.validate(code, allow_temporary=True)
    except StdnumError:
        raise DomainError(N_("errors", "The check character of the personal identity code "
                                       "is wrong.")) from None
    return Hetu(code=code, birth_date=born, temporary=int(code[7:10]) >= 900)


def mask_hetu(code: str | None) -> str:
    """`131052-308T` → `131052-****`: the default way to show a HETU."""
    if not code:
        return ""
    return code[:7] + "****"
