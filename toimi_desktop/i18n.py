"""Translation without Qt, for services, reports and the CLI.

The Qt `.ts` files in `resources/translations/` are the single catalogue: the GUI loads their
compiled `.qm` through `QTranslator`, and code below the UI reads the same `.ts` here. Strings
defined outside a Qt class are marked with `QT_TRANSLATE_NOOP(context, text)` so that
`pyside6-lupdate` extracts them.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from functools import lru_cache

from toimi_desktop.resources import resource_path

DEFAULT_LANGUAGE = "fi"
LANGUAGES = ("fi", "en")
# Each language by its own name: shown as is, whatever the UI language (not translated).
LANGUAGE_NAMES = {"fi": "Suomi", "en": "English"}

_current_language = DEFAULT_LANGUAGE


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    """Mark `text` for extraction under `context`; returns it unchanged."""
    return text


@lru_cache(maxsize=4)
def _catalogue(language: str) -> dict[tuple[str, str], str | tuple[str, ...]]:
    """(context, source) → the translation, or its plural forms for a numerus message."""
    path = resource_path("translations", f"toimi_{language}.ts")
    if not path.exists():
        return {}
    catalogue: dict[tuple[str, str], str | tuple[str, ...]] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source")
            node = message.find("translation")
            if source is None or node is None or node.get("type") in ("unfinished", "vanished",
                                                                      "obsolete"):
                continue
            forms = tuple(f.text or "" for f in node.findall("numerusform"))
            if message.get("numerus") == "yes":
                if all(forms):
                    catalogue[(name, source)] = forms
            elif node.text:
                catalogue[(name, source)] = node.text
    return catalogue


def set_language(language: str) -> None:
    global _current_language
    if language not in LANGUAGES:
        raise ValueError(f"unsupported language {language!r}")
    _current_language = language


def current_language() -> str:
    return _current_language


def translate(context: str, text: str, language: str | None = None) -> str:
    """The translation of `text` in `context`, or `text` itself (English is the source)."""
    found = _catalogue(language or _current_language).get((context, text), text)
    return found if isinstance(found, str) else text


def translate_count(context: str, one: str, many: str, n: int,
                    language: str | None = None) -> str:
    """`one` (for 1) or `many` (with `{n}`) translated: Finnish and English both have one
    form for 1 and another for every other number. Two marked strings rather than a Qt
    numerus message, because pyside6-lupdate does not extract those from plain Python."""
    return translate(context, one if n == 1 else many, language).format(n=n)


def format_number(value: float, decimals: int = 1, language: str | None = None) -> str:
    """A decimal number as the language writes it: 44,1 in Finnish, 44.1 in English."""
    text = f"{value:.{decimals}f}"
    return text.replace(".", ",") if (language or _current_language) == "fi" else text


def format_moment(iso: str, language: str | None = None) -> str:
    """A stored UTC time (ISO 8601) in local time: 1.12.2026 14.05 (Finnish), 1.12.2026
    14:05 (English)."""
    from datetime import datetime

    moment = datetime.fromisoformat(iso).astimezone()
    separator = "." if (language or _current_language) == "fi" else ":"
    return (f"{moment.day}.{moment.month}.{moment.year} "
            f"{moment.hour}{separator}{moment.minute:02d}")
