"""The wizard's choice pages: language, how to start, and the summary at the end.

Every page sets its texts in `retranslate()`, which the wizard calls again when the user
picks another language on the first page: the rest of the wizard then speaks it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QButtonGroup,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWizardPage,
)

from toimi_desktop.i18n import LANGUAGE_NAMES, LANGUAGES
from toimi_desktop.ui.widgets.forms import hint_label

if TYPE_CHECKING:
    from toimi_desktop.ui.first_run.wizard import FirstRunWizard

DEMO, SERVER, LOCAL = "demo", "server", "local"


def _choice(group: QButtonGroup, layout: QVBoxLayout, key: str) -> tuple[QRadioButton, QLabel]:
    """A radio button with a grey explanation under it, indented to the button's text."""
    button = QRadioButton()
    button.setObjectName(f"choice_{key}")
    group.addButton(button)
    hint = hint_label("")
    hint.setContentsMargins(24, 0, 0, 8)
    hint.setBuddy(button)
    layout.addWidget(button)
    layout.addWidget(hint)
    return button, hint


class LanguagePage(QWizardPage):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__()
        self._wizard = wizard
        layout = QVBoxLayout(self)
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        for code in LANGUAGES:
            button = QRadioButton(LANGUAGE_NAMES[code])
            button.setObjectName(f"language_{code}")
            self.group.addButton(button)
            layout.addWidget(button)
            self.buttons[code] = button
            button.toggled.connect(lambda on, c=code: on and wizard.set_language(c))
        self.note = hint_label("")
        layout.addSpacing(12)
        layout.addWidget(self.note)
        layout.addStretch(1)
        self.buttons[wizard.language].setChecked(True)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Welcome to TOIMI Desktop"))
        self.setSubTitle(self.tr("Choose the language of the program. You can change it later "
                                 "in File → Settings."))
        self.note.setText(self.tr("Dates and numbers follow the language: 24.3.2026 and 4,5 "
                                  "in Finnish, 24/03/2026 and 4.5 in English."))


class StartPage(QWizardPage):
    """Demo data, the organisation's server, or an empty database on this computer."""

    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__()
        self._wizard = wizard
        layout = QVBoxLayout(self)
        self.group = QButtonGroup(self)
        self.demo, self.demo_hint = _choice(self.group, layout, DEMO)
        self.server, self.server_hint = _choice(self.group, layout, SERVER)
        self.local, self.local_hint = _choice(self.group, layout, LOCAL)
        layout.addStretch(1)
        self.location = hint_label("")
        self.location.setObjectName("dataLocation")
        layout.addWidget(self.location)
        self.demo.setChecked(True)

    def choice(self) -> str:
        if self.server.isChecked():
            return SERVER
        return LOCAL if self.local.isChecked() else DEMO

    def retranslate(self) -> None:
        self.setTitle(self.tr("How do you want to start?"))
        self.setSubTitle(self.tr("You can run this wizard again later from File → Settings."))
        self.demo.setText(self.tr("&Try it with demo data"))
        self.demo_hint.setText(self.tr(
            "Invented trainees, coaches and attendance in all 13 North Karelian "
            "municipalities. Nothing is sent anywhere: good for learning and training."))
        self.server.setText(self.tr("&Connect to my organisation's server"))
        self.server_hint.setText(self.tr(
            "Your coordinator gives you the server address and your user name. Your "
            "trainees and colleagues' records arrive from the server."))
        self.local.setText(self.tr("Use a database on this &computer only"))
        self.local_hint.setText(self.tr(
            "An empty database that is not synchronised. You become its first "
            "coordinator and can add the rest yourself."))
        self.location.setText(self.tr("Your data is kept in {folder}").format(
            folder=self._wizard.data_folder()))

    def validatePage(self) -> bool:
        self._wizard.choice = self.choice()
        return True


class FinishPage(QWizardPage):
    """What was made, where it is, and where to go next."""

    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__()
        self._wizard = wizard
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setObjectName("summary")
        self.next_steps = QLabel()
        self.next_steps.setWordWrap(True)
        self.restart = hint_label("")
        layout.addWidget(self.summary)
        layout.addSpacing(8)
        layout.addWidget(self.next_steps)
        layout.addStretch(1)
        layout.addWidget(self.restart)

    def initializePage(self) -> None:
        self.retranslate()

    def retranslate(self) -> None:
        wizard = self._wizard
        self.setTitle(self.tr("Ready"))
        self.setSubTitle("")
        path = str(wizard.database_path or "")
        texts = {
            DEMO: self.tr("The demo database is at {path}. You act as the project "
                          "coordinator; File → Switch user lets you try the other roles, "
                          "e.g. a work coach in Rääkkylä. Every demo user's password is "
                          "“demo”."),
            SERVER: self.tr("You are logged in as {user}. Your data is kept at {path} and "
                            "synchronised with the server in the background: the first "
                            "synchronisation starts when the main window opens."),
            LOCAL: self.tr("Your database is at {path}. You are its coordinator."),
        }
        self.summary.setText(texts.get(wizard.choice, "").format(
            path=path, user=wizard.server_user or ""))
        self.next_steps.setText(self.tr(
            "<b>Next:</b> Attendance (Ctrl+2) records the day: one key per trainee, P for "
            "present. The user guide (Help → User guide, F1) explains every section."))
        self.restart.setText(self.tr("TOIMI Desktop opens this database the next time it "
                                     "starts.") if wizard.reopened else "")
        self.restart.setVisible(wizard.reopened)

