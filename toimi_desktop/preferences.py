"""Device preferences: the language, the text size and which database this computer opens.

They live in a small JSON file in the platform's config directory (platformdirs), not in a
database, because they are needed before any database is opened: the first-run wizard asks
for the language before there is a database at all. No Qt here (the services save them).
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import asdict, dataclass, replace
from pathlib import Path

from toimi_desktop.i18n import DEFAULT_LANGUAGE, LANGUAGES

log = logging.getLogger(__name__)

APP_NAME, APP_AUTHOR = "toimi-desktop", "TOIMI"
FILE_NAME = "preferences.json"
# Text size in points: the app's default is 10; 8–20 keeps every screen usable.
DEFAULT_FONT_SIZE, MIN_FONT_SIZE, MAX_FONT_SIZE = 10, 8, 20


@dataclass(frozen=True)
class Preferences:
    language: str = DEFAULT_LANGUAGE
    font_size: int = DEFAULT_FONT_SIZE
    database: str | None = None  # the file the app opens without --db; None: not chosen yet

    def with_changes(self, **changes: object) -> Preferences:
        return replace(self, **changes)


def data_dir() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, APP_AUTHOR))


def config_dir() -> Path:
    from platformdirs import user_config_dir

    return Path(user_config_dir(APP_NAME, APP_AUTHOR))


def own_database_path() -> Path:
    """The database of this computer's user when no other is chosen."""
    return data_dir() / "toimi.db"


def demo_database_path() -> Path:
    return data_dir() / "demo.db"


def path() -> Path:
    override = os.environ.get("TOIMI_PREFERENCES")
    return Path(override) if override else config_dir() / FILE_NAME


def load() -> Preferences:
    """The saved preferences; defaults for anything missing or unreadable (never fatal)."""
    file = path()
    try:
        raw = json.loads(file.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Preferences()
    except (OSError, ValueError) as error:
        log.warning("Ignoring unreadable preferences %s: %s", file, error)
        return Preferences()
    prefs = Preferences()
    if raw.get("language") in LANGUAGES:
        prefs = prefs.with_changes(language=raw["language"])
    size = raw.get("font_size")
    if isinstance(size, int) and MIN_FONT_SIZE <= size <= MAX_FONT_SIZE:
        prefs = prefs.with_changes(font_size=size)
    if isinstance(raw.get("database"), str) and raw["database"]:
        prefs = prefs.with_changes(database=raw["database"])
    return prefs


def save(prefs: Preferences) -> None:
    """Write atomically (a crash mid-write must not leave half a file)."""
    file = path()
    file.parent.mkdir(parents=True, exist_ok=True)
    temporary = file.with_suffix(".tmp")
    temporary.write_text(json.dumps(asdict(prefs), indent=2, ensure_ascii=False),
                         encoding="utf-8")
    temporary.replace(file)


def chosen_database(prefs: Preferences) -> Path | None:
    """The database this computer opens without --db: the one chosen in the wizard, else
    the user's own file when it exists; None means the first-run wizard is due."""
    if prefs.database and Path(prefs.database).exists():
        return Path(prefs.database)
    own = own_database_path()
    return own if own.exists() else None
