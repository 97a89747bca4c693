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
def _catalogue(language: str) -> dict[tuple[str, str], str]:
    path = resource_path("translations", f"toimi_{language}.ts")
    if not path.exists():
        return {}
    catalogue: dict[tuple[str, str], str] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source")
            node = message.find("translation")
            if source is None or node is None or node.get("type") in ("unfinished", "vanished",
                                                                      "obsolete"):
                continue
            if node.text:
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
    return _catalogue(language or _current_language).get((context, text), text)
