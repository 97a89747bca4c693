"""Settings that earlier decisions made adjustable, with their defaults and limits."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from toimi_desktop.i18n import QT_TRANSLATE_NOOP as N_
from toimi_desktop.services.context import get_setting, set_setting
from toimi_desktop.services.errors import Problems


@dataclass(frozen=True)
class Setting:
    key: str
    default: float | int
    low: float | int
    high: float | int


# Kela: 9 € per day actually attended, at most 5 days a week by rule and 4 in practice.
ALLOWANCE_RATE = Setting("allowance.rate_eur", 9.0, 0.0, 100.0)
ALLOWANCE_WEEKLY_CAP = Setting("allowance.weekly_cap_days", 4, 1, 5)
# Steering summaries: a figure from fewer people is shown as "<N" (Sovari uses 7). Below 3,
# "<2" would tell the exact count.
SUPPRESSION_THRESHOLD = Setting("reports.suppression_threshold", 5, 3, 20)
# Retention: client records are kept this many years after the relationship ends (municipal
# practice: 5; ESF+ documents 5 years from the end of the year of the last payment).
RETENTION_YEARS = Setting("retention.years", 5, 1, 30)


def read(session: Session, setting: Setting) -> float | int:
    value = get_setting(session, setting.key, setting.default)
    return type(setting.default)(value)


def write(session: Session, setting: Setting, value: float | int) -> None:
    problems = Problems()
    if not setting.low <= value <= setting.high:
        problems.add(setting.key, N_("errors", "The value must be {low}–{high}."),
                     low=setting.low, high=setting.high)
    problems.raise_if_any()
    set_setting(session, setting.key, value)
