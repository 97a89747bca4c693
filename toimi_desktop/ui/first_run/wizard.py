"""`FirstRunWizard`: a new user's way from the installed program to a working database.

    language → how to start → demo data | server login | first local account → ready

On Finish the choices are saved as this computer's preferences (language, database), so the
next start opens that database directly. Shown by app.py when there is no database of the
user's own; reopened from File → Settings (then the new choice applies on the next start).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget, QWizard

from toimi_desktop import preferences
from toimi_desktop.ui.errors import run_action
from toimi_desktop.ui.first_run.data_pages import AccountPage, DemoPage, ServerPage
from toimi_desktop.ui.first_run.pages import (
    DEMO,
    LOCAL,
    SERVER,
    FinishPage,
    LanguagePage,
    StartPage,
)
from toimi_desktop.ui.language import apply_language

LANGUAGE_PAGE, START_PAGE, DEMO_PAGE, SERVER_PAGE, ACCOUNT_PAGE, FINISH_PAGE = range(6)


class FirstRunWizard(QWizard):
    # The demo the app makes on first use (tests make a smaller one).
    demo_trainees, demo_seed = 600, 1

    def __init__(self, language: str, parent: QWidget | None = None, reopened: bool = False
                 ) -> None:
        super().__init__(parent)
        self.setObjectName("firstRunWizard")
        self.language = language
        self.reopened = reopened
        self.choice = DEMO
        self.database_path: Path | None = None
        self.server_user: str | None = None
        # Who proved who they are in the wizard (the server's login, or the password just
        # chosen); the demo's coordinator for the demo. The app then opens as that user.
        self.signed_in: str | None = None
        self.own_path = preferences.own_database_path()
        self.demo_path = preferences.demo_database_path()
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage)
        self.pages = {
            LANGUAGE_PAGE: LanguagePage(self), START_PAGE: StartPage(self),
            DEMO_PAGE: DemoPage(self), SERVER_PAGE: ServerPage(self),
            ACCOUNT_PAGE: AccountPage(self), FINISH_PAGE: FinishPage(self),
        }
        for page_id, page in self.pages.items():
            self.setPage(page_id, page)
        self.setStartId(LANGUAGE_PAGE)
        self.retranslate()
        self.resize(640, 480)

    def data_folder(self) -> str:
        return str(self.own_path.parent)

    def set_language(self, language: str) -> None:
        """The language page's choice applies at once: the rest of the wizard (and, on the
        first run, the whole app) speaks it."""
        if language == self.language:
            return
        self.language = language
        if not self.reopened:  # a running app keeps its language until it starts again
            apply_language(QCoreApplication.instance(), language)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("TOIMI Desktop – first start"))
        buttons = {QWizard.WizardButton.BackButton: self.tr("< &Back"),
                   QWizard.WizardButton.NextButton: self.tr("&Next >"),
                   QWizard.WizardButton.FinishButton: self.tr("&Start using TOIMI"),
                   QWizard.WizardButton.CancelButton: self.tr("Cancel")}
        for which, text in buttons.items():
            self.setButtonText(which, text)
        for page in self.pages.values():
            page.retranslate()

    def nextId(self) -> int:
        current = self.currentId()
        if current == START_PAGE:
            choice = self.pages[START_PAGE].choice()
            if choice == SERVER:
                return SERVER_PAGE
            if choice == LOCAL:
                return ACCOUNT_PAGE if self._needs_account() else FINISH_PAGE
            return DEMO_PAGE
        if current in (DEMO_PAGE, SERVER_PAGE, ACCOUNT_PAGE):
            return FINISH_PAGE
        if current == FINISH_PAGE:
            return -1
        return super().nextId()

    def _needs_account(self) -> bool:
        """An existing database of one's own with users needs no new account."""
        if not self.own_path.exists():
            return True
        from toimi_desktop.models.database import Database
        from toimi_desktop.services.users import has_users

        db = Database(self.own_path)
        try:
            return not has_users(db)
        finally:
            db.dispose()

    def validateCurrentPage(self) -> bool:
        if self.currentId() == START_PAGE and self.pages[START_PAGE].choice() == LOCAL:
            self.database_path = self.own_path
        return super().validateCurrentPage()

    def accept(self) -> None:
        from toimi_desktop.services.settings import save_first_run

        if self.database_path is None:
            return
        path = str(self.database_path)
        if run_action(self, lambda: save_first_run(self.language, path)) is None:
            return
        super().accept()
