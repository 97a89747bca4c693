"""The sign-in dialog: at start-up, and for File → Switch user.

Light on purpose: it paints before anything heavy is imported. The check itself
(`sync.signin.sign_in`: the server when it answers, else the verifier kept on this device,
argon2 and maybe the network) runs in a worker when the user presses Sign in.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from toimi_desktop.ui.widgets.form_dialog import FormDialog
from toimi_desktop.ui.widgets.forms import form_layout, hint_label

if TYPE_CHECKING:
    from toimi_desktop.models.database import Database
    from toimi_desktop.services.actor import Actor
    from toimi_desktop.sync.signin import SignedIn


def local_usernames(db: Database) -> list[str]:
    return [r[0] for r in db.reader().execute(
        "SELECT username FROM app_user WHERE active ORDER BY username")]


def is_demo(db: Database) -> bool:
    return db.reader().execute(
        "SELECT 1 FROM local_setting WHERE key = 'demo'").fetchone() is not None


class SignInDialog(FormDialog):
    """User name and password. `signed` holds the result once accepted."""

    min_width = 440

    def __init__(self, db: Database, username: str = "", switching: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.signed: SignedIn | None = None
        self.operation = None
        self.setObjectName("signIn")
        self.setWindowTitle(self.tr("Switch user") if switching
                            else self.tr("Sign in to TOIMI Desktop"))
        intro = QLabel(self.tr("Sign in with your own user name and password. Everything "
                               "you open in the app is logged under your name."))
        intro.setWordWrap(True)
        self.username = QComboBox()
        self.username.setEditable(True)
        self.username.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.username.addItems(local_usernames(db))
        self.username.setCurrentText(username)
        self.username.lineEdit().setPlaceholderText(self.tr("e.g. mvirtanen"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.returnPressed.connect(self.submit)
        form = form_layout()
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Password"), self.password)
        self.busy = QLabel()
        self.busy.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sign in"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            self.tr("Cancel") if switching else self.tr("Quit"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        # Enter signs in, never quits: Sign in is the default button, and Quit does not
        # take Enter even when it has the focus.
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setDefault(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAutoDefault(False)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.general)
        layout.addLayout(form)
        if is_demo(db):
            layout.addWidget(hint_label(self.tr(
                "Demo database: every demo user's password is “demo”. The README lists the "
                "users of each role.")))
        layout.addWidget(self.busy)
        layout.addWidget(self.buttons)
        (self.password if username else self.username).setFocus()

    @property
    def actor(self) -> Actor | None:
        return self.signed.actor if self.signed else None

    def submit(self) -> None:
        """Check the password off the UI thread; the dialog stays until it is known."""
        if self.operation is not None:
            return
        from toimi_desktop.sync.signin import sign_in
        from toimi_desktop.ui.operation import Operation

        db, username, password = self._db, self.username.currentText(), self.password.text()
        self._set_busy(True)
        self.errors.clear()
        self.operation = Operation(self, lambda: sign_in(db, username, password))
        self.operation.success(self._signed_in).failure(self._refused)
        self.operation.finished.connect(lambda: self._set_busy(False))
        self.operation.run_in_background()

    def _set_busy(self, busy: bool) -> None:
        if not busy:
            self.operation = None
        self.busy.setText(self.tr("Signing in…") if busy else "")
        # Read-only, not disabled, while the check runs: a disabled field would pass the
        # focus (and the Enter being handled) on to the Quit button.
        self.username.lineEdit().setReadOnly(busy)
        self.password.setReadOnly(busy)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not busy)

    def _signed_in(self, signed: SignedIn) -> None:
        self.signed = signed
        self.accept()

    def _refused(self, error: BaseException) -> None:
        from toimi_desktop.services.errors import DomainError
        from toimi_desktop.ui.errors import show_error
        from toimi_desktop.ui.text import error_text

        if not isinstance(error, DomainError):
            show_error(self, error)  # a bug: logged, and told as one
            return
        self.general.setText(error_text(error))
        self.general.show()
        self.refit()
        self.password.clear()
        self.password.setFocus()
