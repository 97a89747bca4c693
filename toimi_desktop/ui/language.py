"""The UI language and text size, switchable while the app runs (the first-run wizard
changes language on its first page; the main window is built after that, in the new one).

The app's own translations (compiled .qm from resources/translations), Qt's (standard
buttons and dialogs), the default QLocale (dates d.M.yyyy and decimal comma in Finnish, UK
formats in English) and the language of service messages (`toimi_desktop.i18n`) move
together.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from toimi_desktop.i18n import set_language
from toimi_desktop.resources import resource_path

log = logging.getLogger(__name__)

_installed: list[QTranslator] = []


def locale_for(language: str) -> QLocale:
    if language == "fi":
        return QLocale(QLocale.Language.Finnish, QLocale.Country.Finland)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


def apply_language(app: QCoreApplication, language: str) -> None:
    """Install `language` everywhere, replacing the one installed before. A missing
    translation file is logged, never fatal (the UI then shows English)."""
    set_language(language)
    QLocale.setDefault(locale_for(language))
    while _installed:
        app.removeTranslator(_installed.pop())
    # English is the source language, but its catalogue has the plural forms ("1 trainee",
    # "2 trainees" for "%n trainee(s)"); Qt's own texts are English without a catalogue.
    files = [("toimi", resource_path("translations", f"toimi_{language}.qm"))]
    if language != "en":
        qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
        files.append(("qtbase", qt_dir / f"qtbase_{language}.qm"))
    for name, path in files:
        translator = QTranslator(app)
        if translator.load(str(path)):
            app.installTranslator(translator)
            _installed.append(translator)
        else:
            log.warning("No %s translation for %r at %s", name, language, path)


def remove_translations(app: QCoreApplication) -> None:
    """Back to the source texts (tests start from there)."""
    while _installed:
        app.removeTranslator(_installed.pop())


def apply_font_size(app: QApplication, points: int) -> None:
    """The text size of every widget (the bundled font's family is kept)."""
    font = QFont(app.font())
    font.setPointSize(points)
    app.setFont(font)
