"""The main window: section navigation, menus, the status bar."""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QPaintEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

import toimi_desktop
from toimi_desktop.models.enums import Role
from toimi_desktop.services import settings
from toimi_desktop.services.access import Right, has_right
from toimi_desktop.services.trainees import WRITERS
from toimi_desktop.ui.assessments.section import AssessmentsSection
from toimi_desktop.ui.attendance.section import AttendanceSection
from toimi_desktop.ui.catalogue.section import CatalogueSection
from toimi_desktop.ui.data_actions import DataActions
from toimi_desktop.ui.errors import run_action
from toimi_desktop.ui.plans.section import PlansSection
from toimi_desktop.ui.register.section import RegisterSection
from toimi_desktop.ui.session import AppSession
from toimi_desktop.ui.signin.lock import IdleLock
from toimi_desktop.ui.sync.controller import SyncController
from toimi_desktop.ui.sync.status import SyncStatusWidget
from toimi_desktop.ui.text import enum_label

if TYPE_CHECKING:
    from toimi_desktop.ui.reports.section import ReportsSection
    from toimi_desktop.ui.sync.page import SyncPage

REGISTER, ATTENDANCE, CATALOGUE, ASSESSMENTS, PLANS, REPORTS, SYNC = range(7)
AFTER_PAINT_MS = 300  # work left for after the first paint starts this much later
W = TypeVar("W", bound=QWidget)


class MainWindow(QMainWindow):
    def __init__(self, session: AppSession, parent: QWidget | None = None,
                 idle_lock_minutes: int | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("TOIMI Desktop"))
        self.resize(1280, 800)

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName(self.tr("Sections"))
        self.nav.setFrameShape(QListWidget.Shape.NoFrame)
        self.nav.setIconSize(QSize(0, 0))
        self.nav.setStyleSheet(
            "#navigation { background: palette(window); outline: 0; }"
            " #navigation::item { padding: 9px 14px; border-radius: 4px; margin: 1px 6px; }"
            " #navigation::item:selected { background: palette(highlight);"
            " color: palette(highlighted-text); }")
        self.pages = QStackedWidget()
        self.register = RegisterSection(session)
        titles = [self.tr("Register"), self.tr("Attendance"), self.tr("Assessments"),
                  self.tr("Continuation plans"), self.tr("Reports"), self.tr("Synchronisation")]
        self.attendance = AttendanceSection(session)
        self.catalogue = CatalogueSection(session)
        titles.insert(CATALOGUE, self.tr("Tasks and orders"))
        self.assessments = AssessmentsSection(session)
        self.plans = PlansSection(session)
        # Reports and Synchronisation are made when first shown (`reports`, `sync_page`):
        # their modules (the PDF preview, ESF+ export, summaries, sync lists) are not
        # imported, nor their first queries run, before the window paints.
        self._reports: ReportsSection | None = None
        self._sync_page: SyncPage | None = None
        self.pages.addWidget(self.register)
        self.pages.addWidget(self.attendance)
        self.pages.addWidget(self.catalogue)
        self.pages.addWidget(self.assessments)
        self.pages.addWidget(self.plans)
        self.pages.addWidget(QWidget())  # Reports' place
        # The changes waiting to be sent are counted in the background once the window is
        # up (`paintEvent`): on a device that has not synced for long that reads a large index.
        self.sync = SyncController(session, self, counts=False)
        self._painted = False
        self._after_paint = QTimer(self, singleShot=True, interval=AFTER_PAINT_MS)
        self._after_paint.timeout.connect(self.sync.count_in_background)
        self.pages.addWidget(QWidget())  # Synchronisation's place
        for section in (self.assessments, self.plans):
            section.openRequested.connect(self.open_trainee)
        for title in titles:
            QListWidgetItem(title, self.nav)
        self.nav.currentRowChanged.connect(self._section_changed)
        width = max(self.nav.sizeHintForColumn(0), 140) + 16
        self.nav.setFixedWidth(width)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 6, 6, 0)
        layout.setSpacing(6)
        layout.addWidget(self.nav)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)

        self.data = DataActions(session, self)
        self._build_status_bar()
        self._build_menus(titles)
        minutes = (idle_lock_minutes if idle_lock_minutes is not None
                   else int(settings.read_plain(session.db, settings.IDLE_LOCK_MINUTES)))
        self.idle_lock = IdleLock(self, session, minutes)
        self.file_menu.insertAction(self.quit_separator, self.idle_lock.lock_action)
        self.register.countChanged.connect(self._show_count)
        session.actorChanged.connect(self._actor_changed)
        self.nav.setCurrentRow(REGISTER)
        self._actor_changed()
        if self.register.list_view is not None:
            self._show_count(self.register.list_view.model.total_count())
        else:
            self._show_count(-1)

    @property
    def reports(self) -> ReportsSection:
        """The Reports section, made now (in its place in the stack) if not made yet."""
        if self._reports is None:
            from toimi_desktop.ui.reports.section import ReportsSection

            self._reports = self._put_in_place(REPORTS, ReportsSection(self.session))
        return self._reports

    @property
    def sync_page(self) -> SyncPage:
        """The Synchronisation page, made now (in its place in the stack) if not made yet."""
        if self._sync_page is None:
            from toimi_desktop.ui.sync.page import SyncPage

            self._sync_page = self._put_in_place(SYNC, SyncPage(self.session, self.sync))
        return self._sync_page

    def _put_in_place(self, index: int, page: W) -> W:
        """`page` instead of the placeholder at `index` of the stack."""
        page.openRequested.connect(self.open_trainee)
        current, placeholder = self.pages.currentIndex(), self.pages.widget(index)
        self.pages.insertWidget(index, page)
        self.pages.removeWidget(placeholder)
        placeholder.deleteLater()
        self.pages.setCurrentIndex(current)
        return page

    # --- building ------------------------------------------------------------------------
    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.db_label = QLabel(self.tr("Database: {name}").format(name=self.session.db.path.name))
        self.db_label.setToolTip(str(self.session.db.path))
        self.user_label = QLabel()
        self.count_label = QLabel()
        for label in (self.db_label, self.user_label, self.count_label):
            label.setContentsMargins(6, 0, 6, 0)
        bar.addWidget(self.db_label)
        bar.addWidget(self.user_label)
        bar.addPermanentWidget(self.data.reminder)
        bar.addPermanentWidget(self.count_label)
        bar.addPermanentWidget(SyncStatusWidget(self.sync))

    def _build_menus(self, titles: list[str]) -> None:
        file_menu = self.file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.new_action = QAction(self.tr("&New trainee…"), self)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.triggered.connect(self.new_trainee)
        file_menu.addAction(self.new_action)
        self.access_log_action = QAction(self.tr("&Access log…"), self)
        self.access_log_action.triggered.connect(self.open_access_log)
        file_menu.addAction(self.access_log_action)
        self.switch_action = QAction(self.tr("&Switch user…"), self)
        self.switch_action.triggered.connect(self.ask_switch_user)
        file_menu.addAction(self.switch_action)
        file_menu.addSeparator()
        for action in self.data.actions():
            file_menu.addAction(action)
        file_menu.addSeparator()
        self.settings_action = QAction(self.tr("S&ettings…"), self)
        self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.settings_action.triggered.connect(self.open_settings)
        file_menu.addAction(self.settings_action)
        self.quit_separator = file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        self.section_actions: list[QAction] = []
        for index, title in enumerate(titles):
            action = QAction(title, self)
            action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            action.triggered.connect(lambda _checked=False, i=index: self.show_section(i))
            view_menu.addAction(action)
            self.section_actions.append(action)
        view_menu.addSeparator()
        self.find_action = QAction(self.tr("&Find trainee"), self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.triggered.connect(self.find_trainee)
        view_menu.addAction(self.find_action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.guide_action = QAction(self.tr("&User guide"), self)
        self.guide_action.setShortcut(QKeySequence.StandardKey.HelpContents)
        self.guide_action.triggered.connect(self.open_guide)
        help_menu.addAction(self.guide_action)
        about = QAction(self.tr("&About TOIMI Desktop"), self)
        about.setMenuRole(QAction.MenuRole.AboutRole)
        about.triggered.connect(self.about)
        help_menu.addAction(about)

    # --- behaviour ----------------------------------------------------------------------
    def show_section(self, index: int) -> None:
        self.nav.setCurrentRow(index)

    def _section_changed(self, index: int) -> None:
        """Leaving Attendance with unsaved input asks first; Cancel stays there."""
        leaving = self.pages.currentIndex() == ATTENDANCE and index != ATTENDANCE
        if leaving and not self.attendance.confirm_leave():
            self.nav.blockSignals(True)
            self.nav.setCurrentRow(ATTENDANCE)
            self.nav.blockSignals(False)
            return
        if index == REPORTS:
            self.reports  # noqa: B018 - made on the first visit
        elif index == SYNC:
            self.sync_page  # noqa: B018
        self.pages.setCurrentIndex(index)
        if index == ATTENDANCE:
            self.attendance.focus_table()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:  # the window is up: what was left for later starts soon
            self._painted = True
            self._after_paint.start()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.attendance.confirm_leave():
            event.ignore()
            return
        self.sync.stop_counting()
        super().closeEvent(event)

    def open_trainee(self, trainee_id: str, tab: str = "") -> None:
        """Show a trainee's page (e.g. from a dashboard row), at one of its progress tabs
        ("assessments", "tasks", "plan")."""
        self.show_section(REGISTER)
        self.register.open_trainee(trainee_id)
        view = self.register.trainee_view
        if tab and view is not None and view.details is not None \
                and view.details.id == trainee_id:
            view.progress.show_tab(tab)

    def find_trainee(self) -> None:
        self.show_section(REGISTER)
        self.register.focus_search()

    def new_trainee(self) -> None:
        self.show_section(REGISTER)
        self.register.new_trainee()

    def open_settings(self) -> None:
        from toimi_desktop.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.session, self)
        dialog.templatesRequested.connect(self.show_templates)
        dialog.loginRequested.connect(self.log_in_to_server)
        dialog.exec()

    def show_templates(self) -> None:
        self.show_section(ASSESSMENTS)
        self.assessments.ensure_built()
        if self.assessments.templates is not None:
            self.assessments.templates.setFocus()

    def log_in_to_server(self) -> None:
        self.show_section(SYNC)
        self.sync_page.log_in()

    def open_guide(self) -> None:
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        from toimi_desktop.resources import guide_path

        path = guide_path()
        if not path.exists() or not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            QMessageBox.warning(self, self.tr("User guide"), self.tr(
                "The user guide could not be opened. It is the file {path}.").format(
                    path=path))

    def ask_switch_user(self) -> QDialog | None:
        """Another user signs in (their password); unsaved attendance is asked about first."""
        if not self.attendance.confirm_leave():
            return None
        from toimi_desktop.ui.signin.dialog import SignInDialog

        dialog = SignInDialog(self.session.db, switching=True, parent=self)
        dialog.accepted.connect(lambda: self.session.switch_to(dialog.actor))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def switch_user(self, username: str) -> None:
        """Act as `username` without asking a password (tests and tools only)."""
        if username != self.session.actor.username and self.attendance.confirm_leave():
            run_action(self, lambda: self.session.switch_user(username))

    def open_access_log(self) -> QDialog | None:
        if not has_right(self.session.actor, Right.SUBJECT_ACCESS):
            return None
        from toimi_desktop.ui.access_log.dialog import AccessLogDialog

        dialog = AccessLogDialog(self.session, self)
        dialog.openTrainee.connect(self.open_trainee)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def _actor_changed(self) -> None:
        actor = self.session.actor
        self.user_label.setText(self.tr("User: {name} · {role}").format(
            name=actor.display_name, role=enum_label(actor.role)))
        self.new_action.setEnabled(self.register.available and actor.role in WRITERS)
        self.find_action.setEnabled(self.register.available)
        self.access_log_action.setVisible(has_right(actor, Right.SUBJECT_ACCESS))
        if actor.role is Role.STEERING_GROUP:  # the summaries are what they come for
            self.show_section(REPORTS)

    def _show_count(self, count: int) -> None:
        self.count_label.setVisible(count >= 0)
        self.count_label.setText(self.tr("Register: %n trainee(s) found", "", max(count, 0)))

    def about(self) -> None:
        QMessageBox.about(self, self.tr("About TOIMI Desktop"), self.tr(
            "<h3>TOIMI Desktop {version}</h3>"
            "<p>Case management for the work coaches of the TOIMI project "
            "(Toimivat välityömarkkinat Pohjois-Karjalaan), North Karelia.</p>"
            "<p>Co-funded by the European Union (ESF+).</p>").format(
                version=toimi_desktop.__version__))

