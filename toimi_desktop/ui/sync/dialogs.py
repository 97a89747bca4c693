"""First-time setup (server address and login) and resolving a free-text conflict."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from toimi_desktop.services.errors import DomainError
from toimi_desktop.sync.conflicts import ConflictView
from toimi_desktop.ui.operation import Operation
from toimi_desktop.ui.session import AppSession
from toimi_desktop.ui.text import error_text

log = logging.getLogger(__name__)


class LoginForm(QWidget):
    """Server address, user name and password, and the login run off the UI thread.

    Used by the login dialog and by the first-run wizard. `login(server, username,
    password)` runs on a worker thread (the wizard makes its database file only then)."""

    loggedIn = Signal(object)  # noqa: N815 - the server's UserInfo
    busyChanged = Signal(bool)  # noqa: N815

    def __init__(self, login: Callable[[str, str, str], object], server: str = "",
                 username: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._login = login
        self.busy = False
        self.server = QLineEdit(server)
        self.server.setPlaceholderText("https://toimi.example.fi")
        self.username = QLineEdit(username)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: palette(highlight);")
        self.message.hide()
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Server address"), self.server)
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Password"), self.password)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.message)

    def log_in(self) -> None:
        server, username, password = (self.server.text().strip(),
                                      self.username.text().strip(), self.password.text())
        if not server or not username or not password:
            self._say(self.tr("Give the server address, your user name and password."))
            return
        self._set_busy(True)
        self._say(self.tr("Logging in…"))
        login = self._login
        Operation(self, lambda: login(server, username, password)) \
            .success(self._logged_in).failure(self._failed).run_in_background()

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.busyChanged.emit(busy)

    def _logged_in(self, user) -> None:
        self._set_busy(False)
        self.password.clear()
        self.message.hide()
        self.loggedIn.emit(user)

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if isinstance(error, DomainError):
            self._say(error_text(error))
        else:
            log.error("login failed", exc_info=(type(error), error, error.__traceback__))
            self._say(self.tr("Logging in failed unexpectedly; the details are in the log "
                              "file."))

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()


class LoginDialog(QDialog):
    """Asks the server address, user name and password; logs in off the UI thread."""

    def __init__(self, session: AppSession, server: str = "", username: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.user = None
        self.setWindowTitle(self.tr("Log in to the sync server"))
        intro = QLabel(self.tr("Your coordinator gives the server address. You log in once on "
                               "this computer; the login is kept in the system keyring."))
        intro.setWordWrap(True)
        db = session.db

        def log_in(server: str, username: str, password: str) -> object:
            from toimi_desktop.sync.login import login

            return login(db, server, username, password)

        self.form = LoginForm(log_in, server, username, self)
        self.server, self.username = self.form.server, self.form.username
        self.password, self.message = self.form.password, self.form.message
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.login_button = self.buttons.addButton(self.tr("Log in"),
                                                   QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.form.log_in)
        self.buttons.rejected.connect(self.reject)
        self.form.busyChanged.connect(lambda busy: self.login_button.setEnabled(not busy))
        self.form.loggedIn.connect(self._logged_in)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)

    def log_in(self) -> None:
        self.form.log_in()

    def _logged_in(self, user) -> None:
        self.user = user
        self.accept()


class ConflictDialog(QDialog):
    """Both versions of a text side by side; the user keeps one or writes them together."""

    def __init__(self, conflict: ConflictView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.conflict = conflict
        self.setWindowTitle(self.tr("Text edited on two devices"))
        heading = QLabel(self.tr("{record} – {field}").format(
            record=conflict.what or conflict.table_name,
            field=conflict.field_label or conflict.field))
        heading.setWordWrap(True)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        self.current = QPlainTextEdit(conflict.current_value or "")
        self.other = QPlainTextEdit(conflict.other_value or "")
        for box in (self.current, self.other):
            box.setReadOnly(True)
        self.result_text = QPlainTextEdit(conflict.current_value or "")
        keep_current = QPushButton(self.tr("Use this version"))
        keep_current.clicked.connect(lambda: self.result_text.setPlainText(
            self.current.toPlainText()))
        keep_other = QPushButton(self.tr("Use this version"))
        keep_other.clicked.connect(lambda: self.result_text.setPlainText(
            self.other.toPlainText()))
        both = QPushButton(self.tr("Use both"))
        both.clicked.connect(lambda: self.result_text.setPlainText(
            self.current.toPlainText() + "\n\n" + self.other.toPlainText()))
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Now in the record")), 0, 0)
        grid.addWidget(QLabel(self.tr("The other version, by {name}").format(
            name=conflict.other_by or "?")), 0, 1)
        grid.addWidget(self.current, 1, 0)
        grid.addWidget(self.other, 1, 1)
        grid.addWidget(keep_current, 2, 0)
        grid.addWidget(keep_other, 2, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(both, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(grid)
        layout.addWidget(QLabel(self.tr("Keep this text:")))
        layout.addWidget(self.result_text)
        layout.addWidget(buttons)
        self.resize(760, 520)

    def text(self) -> str:
        return self.result_text.toPlainText()
