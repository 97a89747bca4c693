"""Turning spreadsheet cells into typed values: dates as Finnish Excel writes them, numbers
with a decimal comma, and the app's closed vocabularies by their Finnish or English words."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from toimi_desktop.i18n import QT_TRANSLATE_NOOP as N_
from toimi_desktop.models.enums import AbsenceReason, AttendanceStatus, LabelledEnum
from toimi_desktop.services.errors import DomainError
from toimi_desktop.services.imports.fields import normalise

_FINNISH_DATE = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})\.?$")
_ISO_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_EXCEL_EPOCH = date(1899, 12, 30)  # Excel's day 0 (with its 1900 leap-year quirk)

# The one-key marks of the attendance view (ui/attendance/marks.py; a test keeps the two
# in step): a column of marks exported from another list reads the same.
MARK_LETTERS: dict[str, tuple[AttendanceStatus, AbsenceReason | None]] = {
    "P": (AttendanceStatus.PRESENT, None),
    "O": (AttendanceStatus.PARTLY_PRESENT, None),
    "S": (AttendanceStatus.ABSENT, AbsenceReason.OWN_ILLNESS),
    "L": (AttendanceStatus.ABSENT, AbsenceReason.ILLNESS_CERTIFIED),
    "K": (AttendanceStatus.ABSENT, AbsenceReason.SICK_CHILD),
    "H": (AttendanceStatus.ABSENT, AbsenceReason.JOB_INTERVIEW),
    "T": (AttendanceStatus.ABSENT, AbsenceReason.PUBLIC_OFFICE),
    "M": (AttendanceStatus.ABSENT, AbsenceReason.OTHER_ACCEPTED),
    "X": (AttendanceStatus.ABSENT, AbsenceReason.UNEXPLAINED),
    "E": (AttendanceStatus.NOT_HELD, None),
}
# Words people write in attendance lists besides the app's own labels.
_STATUS_WORDS = {
    "lasna": AttendanceStatus.PRESENT, "paikalla": AttendanceStatus.PRESENT,
    "osittain": AttendanceStatus.PARTLY_PRESENT, "poissa": AttendanceStatus.ABSENT,
    "poissaolo": AttendanceStatus.ABSENT, "ei jarjesteta": AttendanceStatus.NOT_HELD,
    "yes": AttendanceStatus.PRESENT, "no": AttendanceStatus.ABSENT,
    "kylla": AttendanceStatus.PRESENT, "ei": AttendanceStatus.ABSENT,
    "1": AttendanceStatus.PRESENT, "0": AttendanceStatus.ABSENT,
}
_LANGUAGE_NAMES = {
    "suomi": "fi", "finnish": "fi", "ruotsi": "sv", "swedish": "sv", "englanti": "en",
    "english": "en", "venaja": "ru", "russian": "ru", "arabia": "ar", "arabic": "ar",
    "somali": "so", "ukraina": "uk", "ukrainian": "uk", "viro": "et", "estonian": "et",
    "persia": "fa", "farsi": "fa", "dari": "prs", "kurdi": "ku", "kurdish": "ku",
    "turkki": "tr", "turkish": "tr", "thai": "th", "kiina": "zh", "chinese": "zh",
    "saame": "se", "pohjoissaame": "se", "tigrinja": "ti", "tigrinya": "ti",
}


class CellError(DomainError):
    """A cell that cannot be read as its field's kind of value."""


class EnumChoices:
    """A vocabulary's labels as a message parameter, translated with the message."""

    def __init__(self, cls: type[LabelledEnum]) -> None:
        self.cls = cls

    def translated(self, language: str | None = None) -> str:
        return ", ".join(member.translated(language) for member in self.cls)

    def __str__(self) -> str:
        return ", ".join(member.label for member in self.cls)


def text(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)  # 4.0 from Excel for "4"
    if isinstance(value, datetime | date):
        day = _date(value)
        return f"{day.day}.{day.month}.{day.year}"
    result = str(value).strip()
    return result or None


def _date(value: date | datetime) -> date:
    return value.date() if isinstance(value, datetime) else value


def parse_date(value: object) -> date | None:
    """An Excel date, `d.m.yyyy` (Finnish), `yyyy-mm-dd` (ISO) or an Excel day number."""
    if value is None:
        return None
    if isinstance(value, datetime | date):
        return _date(value)
    if isinstance(value, int | float) and 1 <= value < 2958466:
        return _EXCEL_EPOCH + timedelta(days=int(value))
    raw = str(value).strip().split(" ")[0]  # "1.3.2026 0:00" from some exports
    for pattern, order in ((_FINNISH_DATE, (3, 2, 1)), (_ISO_DATE, (1, 2, 3))):
        found = pattern.match(raw)
        if found:
            year, month, day = (int(found.group(i)) for i in order)
            try:
                return date(year, month, day)
            except ValueError:
                raise CellError(N_("errors", "The date “{text}” does not exist."),
                                text=raw) from None
    raise CellError(N_("errors", "Give the date as d.m.yyyy, e.g. 3.11.2026 (not “{text}”)."),
                    text=raw)


def parse_number(value: object) -> float | None:
    """4, 4.5, "4,5", "4 h"."""
    if value is None:
        return None
    if isinstance(value, bool):
        raise CellError(N_("errors", "Give a number (not “{text}”)."), text=value)
    if isinstance(value, int | float):
        return float(value)
    raw = str(value).strip().lower().removesuffix("h").strip().replace(",", ".")
    try:
        return float(raw)
    except ValueError:
        raise CellError(N_("errors", "Give a number (not “{text}”)."), text=value) from None


def parse_whole(value: object) -> int | None:
    number = parse_number(value)
    if number is None:
        return None
    if not number.is_integer():
        raise CellError(N_("errors", "Give a whole number (not “{text}”)."), text=value)
    return int(number)


def enum_words(cls: type[LabelledEnum]) -> dict[str, LabelledEnum]:
    """Every way to write a member: its value, its English label and its Finnish label."""
    words: dict[str, LabelledEnum] = {}
    for member in cls:
        for word in (member.value, member.label, member.translated("fi"),
                     member.translated("en")):
            words.setdefault(normalise(word), member)
    return words


def parse_enum(cls: type[LabelledEnum], value: object,
               extra: dict[str, LabelledEnum] | None = None) -> LabelledEnum | None:
    raw = text(value)
    if raw is None:
        return None
    key = normalise(raw)
    found = enum_words(cls).get(key) or (extra or {}).get(key)
    if found is None:
        raise CellError(N_("errors", "Unknown value “{text}”: use one of {choices}."),
                        text=raw, choices=EnumChoices(cls))
    return found


def parse_enum_list(cls: type[LabelledEnum], value: object) -> list[LabelledEnum]:
    raw = text(value)
    if raw is None:
        return []
    return [parse_enum(cls, part) for part in re.split(r"[;,/\n]+", raw) if part.strip()]


def parse_mark(status: object, reason: object
               ) -> tuple[AttendanceStatus, AbsenceReason | None] | None:
    """A status (a mark letter, a status or an absence reason in words) and an optional
    absence reason column."""
    raw = text(status)
    if raw is None:
        return None
    reason_value = parse_enum(AbsenceReason, reason)
    if len(raw) == 1 and raw.upper() in MARK_LETTERS:
        found, letter_reason = MARK_LETTERS[raw.upper()]
        return found, reason_value or letter_reason
    key = normalise(raw)
    as_reason = enum_words(AbsenceReason).get(key)
    if as_reason is not None:  # "Oma sairaus" in the status column
        return AttendanceStatus.ABSENT, reason_value or as_reason
    found = enum_words(AttendanceStatus).get(key) or _STATUS_WORDS.get(key)
    if found is None:
        raise CellError(N_("errors", "Unknown attendance “{text}”: use a mark letter "
                                     "(P, O, S, L, K, H, T, M, X, E) or a status."), text=raw)
    return found, reason_value


def parse_languages(value: object) -> list[str]:
    raw = text(value)
    if raw is None:
        return []
    codes = []
    for part in re.split(r"[;,/\n]+", raw):
        word = normalise(part)
        if word:
            codes.append(_LANGUAGE_NAMES.get(word, word))
    return codes
