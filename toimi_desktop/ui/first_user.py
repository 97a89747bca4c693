"""The first run on an empty database: create the first local coordinator account, with
the password that signs them in on this device from now on."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from toimi_desktop.models.database import Database
from toimi_desktop.models.enums import Role
from toimi_desktop.services.context import Actor
from toimi_desktop.services.errors import DomainError, ValidationError
from toimi_desktop.ui.errors import show_error
from toimi_desktop.ui.widgets.form_dialog import FormDialog
from toimi_desktop.ui.widgets.forms import form_layout, hint_label, required


class FirstUserDialog(FormDialog):
    """Asks for a user name and a display name; the account is a coordinator."""

    min_width = 460

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("Welcome to TOIMI Desktop"))
        intro = QLabel(self.tr(
            "This database has no users yet. Create the first local account: it will be a "
            "coordinator, who sees the whole project and can add other users."))
        intro.setWordWrap(True)
        self.username = QLineEdit()
        self.username.setPlaceholderText(self.tr("e.g. mvirtanen"))
        self.display_name = QLineEdit()
        self.display_name.setPlaceholderText(self.tr("e.g. Maija Virtanen"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeated = QLineEdit()
        self.repeated.setEchoMode(QLineEdit.EchoMode.Password)
        form = form_layout()
        form.addRow(required(self.tr("User name")), self.errors.wrap("username", self.username))
        form.addRow("", hint_label(self.tr("3–64 characters: a–z, 0–9, dot, hyphen or "
                                           "underscore.")))
        form.addRow(required(self.tr("Name")), self.errors.wrap("display_name",
                                                                self.display_name))
        form.addRow(required(self.tr("Password")), self.errors.wrap("password", self.password))
        form.addRow(required(self.tr("Password again")),
                    self.errors.wrap("repeated", self.repeated))
        form.addRow("", hint_label(self.tr("At least 8 characters. Only a verifier of it is "
                                           "kept on this computer, never the password.")))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create account"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Quit"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.general)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def save(self) -> None:
        from toimi_desktop.models.access_enums import AccessAction
        from toimi_desktop.services.access_log import log_sign_in
        from toimi_desktop.services.users import create_user

        self.errors.clear()
        try:
            self.actor = create_user(self._db, self.username.text(), self.display_name.text(),
                                     Role.COORDINATOR, [],
                                     password=(self.password.text(), self.repeated.text()))
            log_sign_in(self._db, self.actor.username, self.actor, True, AccessAction.SIGN_IN,
                        {"mode": "first_account"})
        except ValidationError as error:
            self.errors.show(error)
            return
        except DomainError as error:
            show_error(self, error)
            return
        self.accept()
