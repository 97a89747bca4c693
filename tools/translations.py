"""Keep the Qt translation sources current: `python -m tools.translations [--check]`.

Runs `pyside6-lupdate` over the package so every `tr()` / `translate()` /
`QT_TRANSLATE_NOOP` string is in `resources/translations/toimi_{fi,en}.ts`. English is the
source language, so the English file's translations are the sources themselves; the Finnish
file is translated by people (Qt Linguist or any editor). `--check` lists Finnish messages
still untranslated and exits non-zero if there are any.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "resources" / "translations"
LANGUAGES = {"fi": "fi_FI", "en": "en_GB"}


def lupdate() -> None:
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "toimi_desktop").rglob("*.py")
                     if "migrations" not in p.parts)
    lupdate_bin = Path(sys.executable).with_name("pyside6-lupdate")
    for language in LANGUAGES:
        ts = TS_DIR / f"toimi_{language}.ts"
        subprocess.run([str(lupdate_bin), "-silent", "-no-obsolete", "-locations", "none",
                        "-tr-function-alias", "QT_TRANSLATE_NOOP+=N_",
                        *sources, "-ts", str(ts)], check=True, cwd=ROOT)
        tree = ET.parse(ts)
        tree.getroot().set("language", LANGUAGES[language])
        tree.getroot().set("sourcelanguage", "en_GB")
        if language == "en":
            for message in tree.getroot().iter("message"):
                _fill_english(message)
        tree.write(ts, encoding="utf-8", xml_declaration=True)


def _fill_english(message: ET.Element) -> None:
    node = message.find("translation")
    source = message.findtext("source") or ""
    if message.get("numerus") == "yes":
        forms = node.findall("numerusform")
        singular = source.replace("(s)", "").replace("%n", "%n")
        plural = source.replace("(s)", "s")
        for form, text in zip(forms, (singular, plural), strict=False):
            form.text = form.text or text
    else:
        node.text = node.text or source
    node.attrib.pop("type", None)


def untranslated(language: str) -> list[tuple[str, str]]:
    tree = ET.parse(TS_DIR / f"toimi_{language}.ts")
    missing = []
    for context in tree.getroot().iter("context"):
        for message in context.iter("message"):
            node = message.find("translation")
            texts = [f.text for f in node.findall("numerusform")] or [node.text]
            if node.get("type") == "unfinished" or not all(texts):
                missing.append((context.findtext("name"), message.findtext("source")))
    return missing


def fill(language: str, translations: dict[str, dict[str, str]]) -> int:
    """Write translations given as {context: {source: text}} into the .ts; returns count."""
    path = TS_DIR / f"toimi_{language}.ts"
    tree = ET.parse(path)
    filled = 0
    for context in tree.getroot().iter("context"):
        given = translations.get(context.findtext("name") or "", {})
        for message in context.iter("message"):
            text = given.get(message.findtext("source") or "")
            if text is None:
                continue
            node = message.find("translation")
            forms = node.findall("numerusform")
            if forms:
                for form, form_text in zip(forms, text if isinstance(text, list) else [text],
                                           strict=False):
                    form.text = form_text
            else:
                node.text = text
            node.attrib.pop("type", None)
            filled += 1
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return filled


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report untranslated")
    parser.add_argument("--fill", metavar="JSON", help="Finnish translations to write in, as "
                        "{context: {source: translation}} (plural forms as a list)")
    args = parser.parse_args()
    if args.fill:
        import json

        print(f"filled {fill('fi', json.loads(Path(args.fill).read_text()))} messages")
    elif not args.check:
        lupdate()
    missing = untranslated("fi")
    for context, source in missing:
        print(f"untranslated [{context}] {source}")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
