"""Weekdays on screen: short names in the locale's language, and a row of checkboxes to
choose the days of a week (ISO weekdays as digits, "1234" = Monday to Thursday)."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QWidget


def weekday_names() -> list[str]:
    """Short weekday names Monday first, in the locale's language ("ma", "ti"… in Finnish)."""
    return [QLocale().dayName(day, QLocale.FormatType.ShortFormat) for day in range(1, 8)]


def weekday_text(weekdays: str) -> str:
    """ISO weekdays as short names, e.g. "1234" → "Mon–Thu", "135" → "Mon, Wed, Fri"."""
    names = ["", *weekday_names()]
    days = sorted(int(c) for c in weekdays)
    if len(days) > 2 and days == list(range(days[0], days[-1] + 1)):
        return f"{names[days[0]]}–{names[days[-1]]}"
    return ", ".join(names[d] for d in days)


class WeekdayPicker(QWidget):
    """Seven checkboxes, Monday first. At least one day stays checked."""

    changed = Signal(str)  # the weekdays as digits

    def __init__(self, weekdays: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.boxes: list[QCheckBox] = []
        for number, name in enumerate(weekday_names(), start=1):
            box = QCheckBox(name, self)
            box.setChecked(str(number) in weekdays)
            box.toggled.connect(lambda checked, b=box: self._toggled(b, checked))
            self.boxes.append(box)
            layout.addWidget(box)
        layout.addStretch(1)

    def value(self) -> str:
        return "".join(str(i) for i, box in enumerate(self.boxes, start=1) if box.isChecked())

    def set_value(self, weekdays: str) -> None:
        for number, box in enumerate(self.boxes, start=1):
            box.blockSignals(True)
            box.setChecked(str(number) in weekdays)
            box.blockSignals(False)
        self.changed.emit(self.value())

    def set_open_days(self, open_weekdays: str) -> None:
        """Mark the weekdays the environment does not work (they can still be chosen)."""
        closed = self.tr("The coaching environment does not work on this weekday.")
        for number, box in enumerate(self.boxes, start=1):
            is_open = str(number) in open_weekdays
            box.setToolTip("" if is_open else closed)
            font = box.font()
            font.setItalic(not is_open)
            box.setFont(font)

    def _toggled(self, box: QCheckBox, checked: bool) -> None:
        if not checked and not self.value():
            box.blockSignals(True)  # a period has at least one day a week
            box.setChecked(True)
            box.blockSignals(False)
            return
        self.changed.emit(self.value())
