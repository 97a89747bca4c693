"""Text for the UI: enum labels, service messages and dates in the user's language.

Services raise errors whose messages are English templates marked for translation in the
"errors" context; enum labels live in the "enums" context. Everything the UI shows from
below the UI goes through these helpers, so the Qt translator loaded at start-up applies.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime

from toimi_desktop.models.enums import LabelledEnum
from toimi_desktop.services.errors import DomainError, Message, ValidationError


def enum_label(member: LabelledEnum | None) -> str:
    """The translated label of an enum member ("" for None)."""
    if member is None:
        return ""
    return QCoreApplication.translate("enums", member.label)


def message_text(message: Message) -> str:
    """A service message in the UI language, its enum parameters translated too."""
    params = {
        key: enum_label(value) if isinstance(value, LabelledEnum)
        else value.translated() if hasattr(value, "translated") else value
        for key, value in message.params.items()
    }
    template = QCoreApplication.translate("errors", message.template)
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):  # a broken translation must not crash the UI
        return message.template.format(**params)


def error_text(error: DomainError) -> str:
    """The whole of a domain error as one text (every field message of a ValidationError)."""
    if isinstance(error, ValidationError):
        return "\n".join(message_text(message) for message in error.errors.values())
    return message_text(error.message)


def format_date(value: date | None) -> str:
    """A date in the locale's short format (d.M.yyyy in Finnish); "" for None."""
    if value is None:
        return ""
    return QLocale().toString(QDate(value.year, value.month, value.day),
                              QLocale.FormatType.ShortFormat)


def format_day_month(value: date) -> str:
    """Day and month without the year, in the locale's order: 24.3. (fi), 24/03 (en-GB)."""
    pattern = date_format()
    for year in ("yyyy", "yy"):
        pattern = pattern.replace(year, "")
    pattern = pattern.strip("/- ")  # a Finnish date keeps its final dot: 24.3.
    return QLocale().toString(QDate(value.year, value.month, value.day), pattern)


def format_datetime(value: datetime) -> str:
    """A moment in local time, in the locale's short format: 24.3.2026 9.05 (fi)."""
    local = value.astimezone() if value.tzinfo else value
    moment = QDateTime(QDate(local.year, local.month, local.day),
                       QTime(local.hour, local.minute))
    return QLocale().toString(moment, QLocale.FormatType.ShortFormat)


def date_format() -> str:
    """The display format for date editors, from the default locale."""
    return QLocale().dateFormat(QLocale.FormatType.ShortFormat)


def yes_no(value: bool | None) -> str:
    """An ESF+ answer: yes, no, or not asked / declined."""
    if value is None:
        return QCoreApplication.translate("text", "Not asked or declined")
    if value:
        return QCoreApplication.translate("text", "Yes")
    return QCoreApplication.translate("text", "No")


def number(value: float) -> str:
    """A number in the locale's format, without needless decimals (4 → "4", 4.5 → "4,5")."""
    if float(value).is_integer():
        return QLocale().toString(int(value))
    return QLocale().toString(float(value), "f", 1)
