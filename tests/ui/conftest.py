"""UI fixtures: an AppSession over the shared `db`/`world` fixtures, and the main window.

The repository's tests/conftest.py sets QT_QPA_PLATFORM=offscreen and gives `db` (a fresh
migrated file), `world` (users of several roles, environments in Joensuu and Liperi) and
`as_user`.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QDialog

from toimi_desktop.models.database import Database
from toimi_desktop.services.context import actor_for
from toimi_desktop.ui.main_window import MainWindow
from toimi_desktop.ui.session import AppSession


@pytest.fixture(autouse=True)
def _finnish_locale():
    """Dates as the app shows them in Finnish (d.M.yyyy); the texts stay in English, the
    source language, since no translator is installed in these tests."""
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Finnish, QLocale.Country.Finland))
    yield
    QLocale.setDefault(previous)


@pytest.fixture
def make_session(db: Database, world: dict[str, str], qapp: QApplication):
    """`make_session("valmentaja")` → an AppSession acting as that user."""
    sessions: list[AppSession] = []

    def make(username: str = "koordinaattori") -> AppSession:
        session = AppSession(db, actor_for(db, username))
        sessions.append(session)
        return session

    yield make
    for session in sessions:
        session.deleteLater()


@pytest.fixture
def session(make_session) -> AppSession:
    return make_session("koordinaattori")


@pytest.fixture
def window(qtbot, session: AppSession) -> MainWindow:
    main = MainWindow(session)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    yield main
    for dialog in main.findChildren(QDialog):
        dialog.reject()

