"""Every user-visible string in the sources is in the Finnish catalogue, translated."""

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from toimi_desktop.i18n import translate

ROOT = Path(__file__).resolve().parent.parent


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    return {(ctx.findtext("name"), msg.findtext("source")): msg.find("translation")
            for ctx in ET.parse(ts).getroot().iter("context") for msg in ctx.iter("message")}


def test_finnish_catalogue_covers_every_source_string(tmp_path: Path):
    fresh = tmp_path / "fresh.ts"
    shutil.copy(ROOT / "resources/translations/toimi_fi.ts", fresh)
    sources = [str(p) for p in (ROOT / "toimi_desktop").rglob("*.py")
               if "migrations" not in p.parts]
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    subprocess.run([str(lupdate), "-silent", "-no-obsolete", "-locations", "none",
                    "-tr-function-alias", "QT_TRANSLATE_NOOP+=N_", *sources, "-ts", str(fresh)],
                   check=True)
    missing = []
    for key, node in messages(fresh).items():
        texts = [f.text for f in node.findall("numerusform")] or [node.text]
        if node.get("type") == "unfinished" or not all(texts):
            missing.append(key)
    assert missing == [], "run `python -m tools.translations` and translate: " + repr(missing)


def test_services_read_the_same_catalogue():
    assert translate("errors", "Name is required.", "fi") == "Nimi on pakollinen."
    assert translate("errors", "Name is required.", "en") == "Name is required."
    assert translate("enums", "Rehabilitative work activity", "fi") == "Kuntouttava työtoiminta"


def test_finnish_keeps_every_placeholder():
    """A translation that drops or renames {name} breaks `.format()` at run time (the UI
    then falls back to English, the CLI raises)."""
    import re

    def names(text: str) -> set[str]:
        return set(re.findall(r"\{(\w*)\}", text or ""))

    wrong = []
    for (context, source), node in messages(ROOT / "resources/translations/toimi_fi.ts"
                                            ).items():
        texts = [f.text for f in node.findall("numerusform")] or [node.text]
        for text in texts:
            if text and names(text) != names(source):
                wrong.append((context, source, text))
    assert wrong == []


def test_every_setting_has_a_translated_label():
    """Settings appear in the Settings dialog by themselves: each needs its label (and the
    unit and hint it gives) in the Finnish catalogue."""
    from toimi_desktop.services.settings import all_settings

    for setting in all_settings():
        assert setting.label, f"{setting.key} has no label"
        assert setting.low <= setting.default <= setting.high, setting.key
        for text in (setting.label, setting.unit, setting.hint):
            if text:
                assert translate("settings", text, "fi") != text or text == "€", text
