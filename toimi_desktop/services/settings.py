"""Settings that earlier decisions made adjustable, with their defaults, limits and labels.

Every `Setting` defined at module level here appears in the Settings dialog by itself (see
`all_settings()`): its label, unit and hint are marked for translation in the "settings"
context, its limits drive the editor and the validation. Project-wide settings are changed
by a coordinator only; `save_settings` is the one user action that changes them.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from typing import TYPE_CHECKING

from toimi_desktop.i18n import LANGUAGES
from toimi_desktop.i18n import QT_TRANSLATE_NOOP as N_
from toimi_desktop.models.enums import Role
from toimi_desktop.services.context import get_setting, plain_setting, set_setting
from toimi_desktop.services.errors import DomainError, Problems

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from toimi_desktop.models.database import Database
    from toimi_desktop.preferences import Preferences
    from toimi_desktop.services.context import ServiceContext

PROJECT = "project"  # the same for the whole project: coordinators change it


@dataclass(frozen=True)
class Setting:
    key: str
    default: float | int
    low: float | int
    high: float | int
    label: str = ""  # English, marked with N_("settings", …); the key when empty
    unit: str = ""  # e.g. "€", "days" (marked with N_("settings", …))
    hint: str = ""  # one sentence under the field: why the default is what it is
    scope: str = PROJECT

    @property
    def is_integer(self) -> bool:
        return isinstance(self.default, int)


# Kela: 9 € per day actually attended, at most 5 days a week by rule and 4 in practice.
ALLOWANCE_RATE = Setting(
    "allowance.rate_eur", 9.0, 0.0, 100.0, label=N_("settings", "Expense allowance per day"),
    unit=N_("settings", "€"),
    hint=N_("settings", "Rehabilitative work activity: paid for each day actually attended "
                        "(9 € in 2026)."))
ALLOWANCE_WEEKLY_CAP = Setting(
    "allowance.weekly_cap_days", 4, 1, 5,
    label=N_("settings", "Allowance days at most a week"), unit=N_("settings", "days"),
    hint=N_("settings", "Kela allows at most 5; the municipalities' practice is 4."))
# Steering summaries: a figure from fewer people is shown as "<N" (Sovari uses 7). Below 3,
# "<2" would tell the exact count.
SUPPRESSION_THRESHOLD = Setting(
    "reports.suppression_threshold", 5, 3, 20,
    label=N_("settings", "Smallest figure shown in summaries"),
    unit=N_("settings", "persons"),
    hint=N_("settings", "Smaller figures in steering-group summaries are hidden so that no "
                        "person can be recognised (Sovari uses 7)."))
# Remind to back up when changes wait for sync and the last backup is older than this.
BACKUP_REMINDER_DAYS = Setting(
    "backup.reminder_days", 7, 1, 90, label=N_("settings", "Backup reminder after"),
    unit=N_("settings", "days"),
    hint=N_("settings", "When changes wait for sync and the last backup is older than this, "
                        "the status bar reminds to back up."))
# The app locks itself after this many idle minutes and needs the password again (0 = off).
IDLE_LOCK_MINUTES = Setting(
    "security.idle_lock_minutes", 15, 0, 240, label=N_("settings", "Lock after idle time"),
    unit=N_("settings", "minutes"),
    hint=N_("settings", "The window locks when nobody has used it for this long and asks "
                        "for the password again; unsaved input stays. 0 = never."))
# Retention: client records are kept this many years after the relationship ends (municipal
# practice: 5; ESF+ documents 5 years from the end of the year of the last payment).
RETENTION_YEARS = Setting(
    "retention.years", 5, 1, 30, label=N_("settings", "Keep records of former trainees"),
    unit=N_("settings", "years"),
    hint=N_("settings", "After the last period ended; then the retention job deletes them. "
                        "Municipal practice and ESF+ both keep 5 years."))


def all_settings() -> list[Setting]:
    """Every setting defined in this module, in the order they are defined."""
    return [value for value in vars(sys.modules[__name__]).values()
            if isinstance(value, Setting)]


def by_key(key: str) -> Setting | None:
    return next((s for s in all_settings() if s.key == key), None)


def read(session: Session, setting: Setting) -> float | int:
    value = get_setting(session, setting.key, setting.default)
    return type(setting.default)(value)


def read_plain(db: Database, setting: Setting) -> float | int:
    """`read` with plain sqlite3, for the start-up path (no ORM)."""
    value = plain_setting(db.reader(), setting.key)
    return type(setting.default)(setting.default if value is None else value)


def _check(problems: Problems, setting: Setting, value: object) -> float | int | None:
    """The value as the setting's type, or None with a message for its field."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        problems.add(setting.key, N_("errors", "Give a number."))
        return None
    if setting.is_integer and not float(value).is_integer():
        problems.add(setting.key, N_("errors", "Give a whole number."))
        return None
    if not setting.low <= value <= setting.high:
        problems.add(setting.key, N_("errors", "The value must be {low}–{high}."),
                     low=setting.low, high=setting.high)
        return None
    return type(setting.default)(value)


def write(session: Session, setting: Setting, value: float | int) -> None:
    problems = Problems()
    checked = _check(problems, setting, value)
    problems.raise_if_any()
    set_setting(session, setting.key, checked)


def read_all(ctx: ServiceContext) -> dict[str, float | int]:
    """The current value of every setting, by key."""
    with ctx.db.session() as session:
        return {s.key: read(session, s) for s in all_settings()}


@dataclass(frozen=True)
class SettingsSaved:
    changed: list[str]  # setting keys and preference names that changed
    restart_needed: bool  # the language or text size changed: applies on the next start


def _check_preferences(problems: Problems, prefs: Preferences) -> None:
    from toimi_desktop.preferences import MAX_FONT_SIZE, MIN_FONT_SIZE

    if prefs.language not in LANGUAGES:
        problems.add("language", N_("errors", "Choose Finnish or English."))
    if not MIN_FONT_SIZE <= prefs.font_size <= MAX_FONT_SIZE:
        problems.add("font_size", N_("errors", "The value must be {low}–{high}."),
                     low=MIN_FONT_SIZE, high=MAX_FONT_SIZE)


def save_settings(ctx: ServiceContext, values: dict[str, object],
                  preferences: Preferences | None = None) -> SettingsSaved:
    """Save the Settings dialog: project settings (coordinators only, audited) and this
    computer's preferences (anyone). Every field is checked first; nothing is saved unless
    all are valid."""
    from toimi_desktop import preferences as prefs_file
    from toimi_desktop.services.assessments import TEMPLATE_SCOPE

    problems = Problems()
    checked: dict[str, float | int] = {}
    for key, value in values.items():
        setting = by_key(key)
        if setting is None:
            problems.add(key, N_("errors", "Unknown setting."))
            continue
        result = _check(problems, setting, value)
        if result is not None:
            checked[key] = result
    if preferences is not None:
        _check_preferences(problems, preferences)
    problems.raise_if_any()

    changed: list[str] = []
    with ctx.transaction() as tx:
        differences = {key: (read(tx.session, by_key(key)), value)
                       for key, value in checked.items()
                       if read(tx.session, by_key(key)) != value}
        if differences:
            ctx.require_role(Role.COORDINATOR)
        for key, (_old, new) in differences.items():
            set_setting(tx.session, key, new)
        before = prefs_file.load()
        pref_changes = {} if preferences is None else {
            name: (getattr(before, name), getattr(preferences, name))
            for name in ("language", "font_size")
            if getattr(before, name) != getattr(preferences, name)}
        details = {key: list(pair) for key, pair in {**differences, **pref_changes}.items()}
        if details:
            # Project settings have no municipality: recorded in the project lead's scope.
            tx.audit("settings.save", "setting", None, TEMPLATE_SCOPE, details)
        changed = list(details)
        if pref_changes:
            try:
                prefs_file.save(before.with_changes(language=preferences.language,
                                                    font_size=preferences.font_size))
            except OSError as error:  # the database part is rolled back with it
                raise DomainError(N_("errors", "The preferences could not be saved: "
                                               "{reason}"), reason=error.strerror) from error
    return SettingsSaved(changed, restart_needed=bool(pref_changes))


def save_first_run(language: str, database: str) -> Preferences:
    """The first-run wizard's choices for this computer: the language and the database to
    open from now on. Device preferences only (no user acts yet), so no audit entry."""
    from toimi_desktop import preferences as prefs_file

    problems = Problems()
    if language not in LANGUAGES:
        problems.add("language", N_("errors", "Choose Finnish or English."))
    problems.raise_if_any()
    prefs = prefs_file.load().with_changes(language=language, database=database)
    prefs_file.save(prefs)
    return prefs
