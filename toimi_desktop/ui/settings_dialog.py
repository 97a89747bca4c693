"""File → Settings: every `Setting` of services/settings.py (built from its definition, so a
new one appears by itself), this computer's language and text size, the sync server, a way
to the assessment templates, and the first-run wizard again."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from toimi_desktop import preferences
from toimi_desktop.i18n import LANGUAGE_NAMES, LANGUAGES
from toimi_desktop.models.enums import Role
from toimi_desktop.services import settings
from toimi_desktop.services.errors import DomainError, ValidationError
from toimi_desktop.sync import state
from toimi_desktop.ui.errors import run_action, show_error
from toimi_desktop.ui.session import AppSession
from toimi_desktop.ui.text import number
from toimi_desktop.ui.widgets.form_dialog import FormDialog
from toimi_desktop.ui.widgets.forms import form_layout, hint_label


def setting_text(text: str) -> str:
    """A setting's label, unit or hint in the UI language."""
    return QCoreApplication.translate("settings", text) if text else ""


def parse_number(text: str) -> object:
    """The number typed in the UI's locale (4,5 in Finnish); the text itself when it is
    not a number, so the service can say so under the field."""
    from PySide6.QtCore import QLocale

    cleaned = text.strip().replace("\u00a0", "").replace(" ", "")
    value, ok = QLocale().toDouble(cleaned)
    if not ok:
        value, ok = QLocale.c().toDouble(cleaned)  # 4.5 is understood everywhere
    if not ok:
        return text
    return int(value) if value.is_integer() else value


def _left(widget: QWidget) -> QWidget:
    """`widget` at its natural width, at the left of a form row."""
    row = QWidget()
    line = QHBoxLayout(row)
    line.setContentsMargins(0, 0, 0, 0)
    line.addWidget(widget)
    line.addStretch(1)
    return row


class SettingsDialog(FormDialog):
    templatesRequested = Signal()  # noqa: N815 - show the assessment templates
    loginRequested = Signal()  # noqa: N815 - log this computer in to a sync server

    min_width = 640

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Settings"))
        self.coordinator = session.actor.role is Role.COORDINATOR
        self.values = run_action(self, lambda: settings.read_all(session.ctx)) or {}
        self.prefs = preferences.load()
        self.fields: dict[str, QLineEdit] = {}
        self.saved: settings.SettingsSaved | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(self.general)
        layout.addWidget(self._project_box())
        layout.addWidget(self._computer_box())
        layout.addWidget(self._sync_box())
        layout.addWidget(self._templates_box())
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    # --- building ------------------------------------------------------------------------
    def _project_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Project settings"))
        form = form_layout(box)
        if not self.coordinator:
            form.addRow(hint_label(self.tr("Only a coordinator can change these.")))
        for setting in settings.all_settings():
            edit = QLineEdit(number(self.values.get(setting.key, setting.default)))
            edit.setObjectName(f"setting_{setting.key}")
            edit.setEnabled(self.coordinator)
            label = setting_text(setting.label) or setting.key
            edit.setAccessibleName(label)
            edit.setMaximumWidth(edit.fontMetrics().horizontalAdvance("0") * 12)
            row = QWidget()
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            line.addWidget(edit)
            line.addWidget(QLabel(setting_text(setting.unit)))
            line.addStretch(1)
            field = QWidget()
            column = QVBoxLayout(field)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(2)
            column.addWidget(self.errors.wrap(setting.key, row))
            limits = self.tr("Allowed {low}–{high}.").format(low=number(setting.low),
                                                              high=number(setting.high))
            column.addWidget(hint_label(" ".join(t for t in (setting_text(setting.hint),
                                                            limits) if t)))
            form.addRow(label, field)
            form.labelForField(field).setBuddy(edit)
            self.fields[setting.key] = edit
        return box

    def _computer_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("This computer"))
        form = form_layout(box)
        self.language = QComboBox()
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.language.setCurrentIndex(LANGUAGES.index(self.prefs.language))
        language_label = QLabel(self.tr("&Language"))
        language_label.setBuddy(self.language)
        form.addRow(language_label, _left(self.errors.wrap("language", self.language)))
        self.font_size = QSpinBox()
        self.font_size.setRange(preferences.MIN_FONT_SIZE, preferences.MAX_FONT_SIZE)
        self.font_size.setValue(self.prefs.font_size)
        self.font_size.setSuffix(self.tr(" pt"))
        self.font_size.setMaximumWidth(self.font_size.fontMetrics().horizontalAdvance("0") * 10)
        size_label = QLabel(self.tr("&Text size"))
        size_label.setBuddy(self.font_size)
        form.addRow(size_label, _left(self.errors.wrap("font_size", self.font_size)))
        form.addRow("", hint_label(self.tr(
            "The language and text size change when TOIMI Desktop starts again.")))
        self.wizard_button = QPushButton(self.tr("Run the first-start &wizard again…"))
        self.wizard_button.clicked.connect(self.run_wizard)
        form.addRow("", _left(self.wizard_button))
        return box

    def _sync_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Synchronisation"))
        form = form_layout(box)
        status = state.status(self.session.db.reader(), counts=False)
        self.server = QLabel(status.server or self.tr("not set up"))
        self.server.setObjectName("serverAddress")
        self.server.setWordWrap(True)
        form.addRow(self.tr("Server address"), self.server)
        if status.username:
            form.addRow(self.tr("Logged in as"), QLabel(status.username))
        self.login_button = QPushButton(self.tr("Log in to a server…") if not status.server
                                        else self.tr("Change the server or log in again…"))
        self.login_button.clicked.connect(self._login)
        form.addRow("", _left(self.login_button))
        form.addRow("", hint_label(self.tr(
            "The address is checked and saved when the server accepts your login.")))
        return box

    def _templates_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Assessment templates"))
        line = QHBoxLayout(box)
        line.addWidget(hint_label(self.tr(
            "The criteria and scales of assessments are versioned templates, edited in the "
            "Assessments section.")), 1)
        button = QPushButton(self.tr("&Open the templates"))
        button.clicked.connect(self._templates)
        line.addWidget(button)
        return box

    # --- behaviour -----------------------------------------------------------------------
    def chosen_preferences(self) -> preferences.Preferences:
        return self.prefs.with_changes(language=self.language.currentData(),
                                       font_size=self.font_size.value())

    def changed_values(self) -> dict[str, object]:
        """The project settings as typed (coordinators only: others cannot change them)."""
        if not self.coordinator:
            return {}
        return {key: parse_number(edit.text()) for key, edit in self.fields.items()}

    def save(self) -> None:
        self.errors.clear()
        try:
            saved = settings.save_settings(self.session.ctx, self.changed_values(),
                                           self.chosen_preferences())
        except ValidationError as error:
            self.errors.show(error)
            return
        except DomainError as error:
            show_error(self, error)
            return
        self.saved = saved
        if saved.changed:
            self.session.notify("settings")
        if saved.restart_needed:
            QMessageBox.information(self, self.tr("Settings"), self.tr(
                "The new language and text size are used when you start TOIMI Desktop "
                "again."))
        self.accept()

    def run_wizard(self) -> None:
        from toimi_desktop.i18n import current_language
        from toimi_desktop.ui.first_run.wizard import FirstRunWizard

        wizard = FirstRunWizard(current_language(), self, reopened=True)
        if wizard.exec():
            self.prefs = preferences.load()
            self.language.setCurrentIndex(LANGUAGES.index(self.prefs.language))

    def _login(self) -> None:
        self.loginRequested.emit()
        self.reject()

    def _templates(self) -> None:
        self.templatesRequested.emit()
        self.reject()
