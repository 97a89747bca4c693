"""The one key map of attendance marks: letter, status, absence reason, colour.

A coach marks a day with one keystroke per trainee, so each mark has a letter (Finnish
mnemonics, the same in every UI language so that the keyboard habit does not change) and a
colour. The word shown beside the letter is the translated label of the status or, for an
absence, of the reason. Every view (day, week, month, the trainee's calendar, the legend)
takes letters and colours from here.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor

from toimi_desktop.models.enums import AbsenceReason, AttendanceStatus
from toimi_desktop.ui.text import enum_label


@dataclass(frozen=True)
class MarkKey:
    letter: str
    status: AttendanceStatus
    reason: AbsenceReason | None
    background: str  # the cell colour
    foreground: str = "#1f1f1f"

    @property
    def word(self) -> str:
        """The status, or the absence reason, in the UI language."""
        return enum_label(self.reason or self.status)

    @property
    def colour(self) -> QColor:
        return QColor(self.background)

    @property
    def text_colour(self) -> QColor:
        return QColor(self.foreground)


_S, _R = AttendanceStatus, AbsenceReason
MARKS: tuple[MarkKey, ...] = (
    MarkKey("P", _S.PRESENT, None, "#a5d6a7"),
    MarkKey("O", _S.PARTLY_PRESENT, None, "#dcedc8"),
    MarkKey("S", _S.ABSENT, _R.OWN_ILLNESS, "#ffcc80"),
    MarkKey("L", _S.ABSENT, _R.ILLNESS_CERTIFIED, "#ffe0b2"),
    MarkKey("K", _S.ABSENT, _R.SICK_CHILD, "#fff59d"),
    MarkKey("H", _S.ABSENT, _R.JOB_INTERVIEW, "#90caf9"),
    MarkKey("T", _S.ABSENT, _R.PUBLIC_OFFICE, "#ce93d8"),
    MarkKey("M", _S.ABSENT, _R.OTHER_ACCEPTED, "#b2dfdb"),
    MarkKey("X", _S.ABSENT, _R.UNEXPLAINED, "#ef9a9a"),
    MarkKey("E", _S.NOT_HELD, None, "#cfd8dc"),
)
PRESENT = MARKS[0]
_BY_LETTER = {mark.letter: mark for mark in MARKS}
_BY_VALUE = {(mark.status, mark.reason): mark for mark in MARKS}

# Colours of days without a mark in grids and calendars.
NOT_HELD_DAY = "#e6e6e6"  # a holiday, closed day or a weekday the environment does not work
OUTSIDE_PERIOD = "#eeeeee"  # the trainee's period is not on
ERROR_BACKGROUND = "#fde7e6"
UNSAVED_BACKGROUND = "#fff8dc"


def mark_for_letter(letter: str) -> MarkKey | None:
    """The mark of a key press ("p" or "P"), or None."""
    return _BY_LETTER.get(letter.upper()) if len(letter) == 1 else None


def mark_for(status: AttendanceStatus | None, reason: AbsenceReason | None = None
             ) -> MarkKey | None:
    """The mark of a recorded status (an absence without a reason counts as unexplained)."""
    if status is None:
        return None
    if status is AttendanceStatus.ABSENT:
        return _BY_VALUE[(status, reason or AbsenceReason.UNEXPLAINED)]
    return _BY_VALUE[(status, None)]
