"""The wizard's pages that make the database: the demo data, a login to the organisation's
server, or the first local coordinator account. Slow work runs off the UI thread."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QLineEdit, QProgressBar, QVBoxLayout, QWizardPage

from toimi_desktop.services.errors import DomainError, ValidationError
from toimi_desktop.ui.operation import Operation
from toimi_desktop.ui.sync.dialogs import LoginForm
from toimi_desktop.ui.text import error_text
from toimi_desktop.ui.widgets.field_errors import FieldErrors
from toimi_desktop.ui.widgets.forms import (
    form_layout,
    general_error_label,
    hint_label,
    label_fields,
    required,
)

if TYPE_CHECKING:
    from toimi_desktop.ui.first_run.wizard import FirstRunWizard


def _failure_text(error: BaseException) -> str:
    return error_text(error) if isinstance(error, DomainError) else str(error)


class DemoPage(QWizardPage):
    """Makes the demo database (a few seconds) unless it is there already."""

    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self._done = False
        self._running = False
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy: the generator gives no steps
        self.progress.setTextVisible(False)
        self.error = general_error_label(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.progress)
        layout.addWidget(self.error)
        layout.addStretch(1)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Demo data"))
        self.setSubTitle(self.tr("Invented people only: personal identity codes are from the "
                                 "temporary range 900–999."))
        self._show_status()
        self.progress.setAccessibleName(self.tr("Creating the demo database"))

    def _show_status(self) -> None:
        self.status.setText(self.tr("The demo database is ready.") if self._done else
                            self.tr("Creating the demo database…"))

    def initializePage(self) -> None:
        wizard = self._wizard
        wizard.database_path = wizard.demo_path
        if self._done or self._running:
            return
        if wizard.demo_path.exists():
            self._finished(None)
            return
        self._running = True
        self.error.hide()
        self.progress.show()
        self._show_status()
        path, trainees, seed = wizard.demo_path, wizard.demo_trainees, wizard.demo_seed

        def work() -> None:
            from toimi_desktop.services.demo import generate_demo

            try:
                generate_demo(path, trainees=trainees, seed=seed)
            except BaseException:
                path.unlink(missing_ok=True)  # never leave half a demo behind
                raise

        Operation(self, work).success(self._finished).failure(self._failed) \
            .run_in_background()

    def _finished(self, _result: object) -> None:
        self._running, self._done = False, True
        self.progress.hide()
        self._show_status()
        self.completeChanged.emit()

    def _failed(self, error: BaseException) -> None:
        self._running = False
        self.progress.hide()
        self.status.setText(self.tr("The demo database could not be created."))
        self.error.setText(_failure_text(error))
        self.error.show()

    def isComplete(self) -> bool:
        return self._done


class ServerPage(QWizardPage):
    """Logs this computer in to the organisation's server; the database is made then."""

    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self._logged_in = False
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        path = wizard.own_path

        def log_in(server: str, username: str, password: str) -> object:
            from toimi_desktop.models.database import Database
            from toimi_desktop.sync.login import login

            db = Database(path)
            try:
                return login(db, server, username, password)
            finally:
                db.dispose()

        self.form = LoginForm(log_in, parent=self)
        self.form.loggedIn.connect(self._done)
        self.form.busyChanged.connect(lambda _busy: self.completeChanged.emit())
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.form)
        layout.addStretch(1)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Log in to your organisation's server"))
        self.setSubTitle(self.tr("You log in once on this computer; the login is kept in the "
                                 "system keyring, never in a file."))
        self.intro.setText(self.tr("Your coordinator gives the server address, e.g. "
                                   "https://toimi.joensuu.fi, and your user name."))

    def initializePage(self) -> None:
        self._wizard.database_path = self._wizard.own_path
        self.form.server.setFocus()

    def isComplete(self) -> bool:
        return not self.form.busy

    def validatePage(self) -> bool:
        """Next starts the login; a successful login moves on by itself."""
        if self._logged_in:
            return True
        self.form.log_in()
        return False

    def _done(self, user: object) -> None:
        self._logged_in = True
        self._wizard.server_user = getattr(user, "display_name", "") or getattr(
            user, "username", "")
        self._wizard.signed_in = getattr(user, "username", None)  # the server checked it
        self._wizard.next()


class AccountPage(QWizardPage):
    """The first local account of an empty database: a coordinator."""

    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.general = general_error_label(self)
        self.errors = FieldErrors(self.general)
        self.username = QLineEdit()
        self.display_name = QLineEdit()
        self.password, self.repeated = QLineEdit(), QLineEdit()
        for edit in (self.password, self.repeated):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.username_label, self.name_label = QLabel(), QLabel()
        self.password_label, self.repeated_label = QLabel(), QLabel()
        self.rules = hint_label("")
        self.password_rules = hint_label("")
        form = form_layout()
        form.addRow(self.username_label, self.errors.wrap("username", self.username))
        form.addRow("", self.rules)
        form.addRow(self.name_label, self.errors.wrap("display_name", self.display_name))
        form.addRow(self.password_label, self.errors.wrap("password", self.password))
        form.addRow(self.repeated_label, self.errors.wrap("repeated", self.repeated))
        form.addRow("", self.password_rules)
        self.username_label.setBuddy(self.username)
        self.name_label.setBuddy(self.display_name)
        self.password_label.setBuddy(self.password)
        self.repeated_label.setBuddy(self.repeated)
        layout = QVBoxLayout(self)
        layout.addWidget(self.general)
        layout.addLayout(form)
        layout.addStretch(1)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Your account"))
        self.setSubTitle(self.tr("The first account of a new database is a coordinator, who "
                                 "sees the whole project and can add other users."))
        self.username_label.setText(required(self.tr("&User name")))
        self.name_label.setText(required(self.tr("&Name")))
        self.password_label.setText(required(self.tr("&Password")))
        self.repeated_label.setText(required(self.tr("Password &again")))
        self.password_rules.setText(self.tr(
            "At least 8 characters. You sign in with it on this computer; only a verifier of "
            "it is kept, never the password."))
        for edit in (self.username, self.display_name, self.password, self.repeated):
            edit.setAccessibleName("")  # taken again from the label, in this language
        label_fields(self)
        self.username.setPlaceholderText(self.tr("e.g. mvirtanen"))
        self.display_name.setPlaceholderText(self.tr("e.g. Maija Virtanen"))
        self.rules.setText(self.tr("3–64 characters: a–z, 0–9, dot, hyphen or underscore."))

    def initializePage(self) -> None:
        self._wizard.database_path = self._wizard.own_path
        self.username.setFocus()

    def validatePage(self) -> bool:
        from toimi_desktop.models.database import Database
        from toimi_desktop.models.enums import Role
        from toimi_desktop.services.users import create_user

        self.errors.clear()
        path: Path = self._wizard.own_path
        db = Database(path)
        try:
            actor = create_user(db, self.username.text(), self.display_name.text(),
                                Role.COORDINATOR, [],
                                password=(self.password.text(), self.repeated.text()))
            self._wizard.signed_in = actor.username
        except ValidationError as error:
            self.errors.show(error)
            return False
        except DomainError as error:
            self.general.setText(error_text(error))
            self.general.show()
            return False
        finally:
            db.dispose()
        return True
