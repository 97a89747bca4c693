"""The access log for coordinators (File → Access log…): search by user, person, action
and dates; open the person, or save their access report for a subject-access request."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QModelIndex, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from toimi_desktop.models.access_enums import AccessAction
from toimi_desktop.services.access_log_search import (
    SEARCH_LIMIT,
    LogFilter,
    log_users,
    search_access_log,
)
from toimi_desktop.ui.access_log.model import TRAINEE_ID_ROLE, AccessLogModel
from toimi_desktop.ui.errors import run_action
from toimi_desktop.ui.session import AppSession
from toimi_desktop.ui.widgets.choices import ChoiceCombo, enum_choices
from toimi_desktop.ui.widgets.dates import DateEdit

DEFAULT_DAYS = 30


class AccessLogDialog(QDialog):
    openTrainee = Signal(str)  # noqa: N815 - a trainee id

    def __init__(self, session: AppSession, parent: QWidget | None = None,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.setObjectName("accessLog")
        self.setWindowTitle(self.tr("Access log"))
        self.resize(1180, 680)
        today = today or date.today()
        intro = QLabel(self.tr(
            "Who has used whose data: views of records, shown personal identity codes, "
            "printouts and exports, sign-ins. Refused attempts are in red. The log cannot be "
            "changed or deleted."))
        intro.setWordWrap(True)
        self.user = ChoiceCombo([(uid, label) for uid, label in
                                 run_action(self, lambda: log_users(session.ctx)) or []],
                                none_label=self.tr("All users"))
        self.user.setAccessibleName(self.tr("User"))
        self.trainee = QLineEdit()
        self.trainee.setPlaceholderText(self.tr("Whose data: name or whole identity code"))
        self.trainee.setAccessibleName(self.tr("Whose data"))
        self.trainee.setClearButtonEnabled(True)
        self.action = ChoiceCombo(enum_choices(AccessAction), none_label=self.tr("All actions"))
        self.action.setAccessibleName(self.tr("Action"))
        self.start = DateEdit(today - timedelta(days=DEFAULT_DAYS))
        self.end = DateEdit(today)
        self.failures = QCheckBox(self.tr("Refused only"))
        self.trainee.setMinimumWidth(260)
        self.user.setSizeAdjustPolicy(ChoiceCombo.SizeAdjustPolicy.AdjustToContents)
        who, when = QHBoxLayout(), QHBoxLayout()
        for row, label, widget in ((who, self.tr("Whose data"), self.trainee),
                                   (who, self.tr("User"), self.user),
                                   (when, self.tr("Action"), self.action),
                                   (when, self.tr("From"), self.start),
                                   (when, self.tr("To"), self.end)):
            caption = QLabel(label)
            caption.setBuddy(widget)
            row.addWidget(caption)
            row.addWidget(widget, 1 if widget is self.trainee else 0)
        who.addStretch(0)
        when.addWidget(self.failures)
        when.addStretch(1)

        self.model = AccessLogModel(self)
        self.table = QTableView()
        self.table.setObjectName("accessLogTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.doubleClicked.connect(self._open)
        self.table.selectionModel().currentRowChanged.connect(self._selected)

        self.count = QLabel()
        self.open_button = QPushButton(self.tr("Open the person"))
        self.report_button = QPushButton(self.tr("Access report of the person…"))
        self.close_button = QPushButton(self.tr("Close"))
        self.open_button.clicked.connect(lambda: self._open(self.table.currentIndex()))
        self.report_button.clicked.connect(self._report)
        self.close_button.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count, 1)
        for button in (self.open_button, self.report_button, self.close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(who)
        layout.addLayout(when)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

        # Typing in the name field searches after a pause; the other filters at once.
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self.search)
        self.trainee.textChanged.connect(lambda _text: self._debounce.start())
        for combo in (self.user, self.action):
            combo.currentIndexChanged.connect(lambda _i: self.search())
        for edit in (self.start, self.end):
            edit.dateChanged.connect(lambda _d: self.search())
        self.failures.toggled.connect(lambda _on: self.search())
        self.search()

    def current_filter(self) -> LogFilter:
        first, last = sorted((self.start.value(), self.end.value()))
        action = self.action.value()
        return LogFilter(user_id=self.user.value(), trainee_text=self.trainee.text(),
                         action=AccessAction(action) if action else None, start=first,
                         end=last, failures_only=self.failures.isChecked())

    def search(self) -> None:
        flt = self.current_filter()
        rows = run_action(self, lambda: search_access_log(self._session.ctx, flt))
        if rows is None:
            return
        self.model.set_rows(rows)
        if len(rows) >= SEARCH_LIMIT:
            self.count.setText(self.tr("The newest {n} rows: narrow the search to see older "
                                       "ones.").format(n=len(rows)))
        else:
            self.count.setText(self.tr("%n row(s)", "", len(rows)))
        self._selected(self.table.currentIndex())

    def _trainee_of(self, index: QModelIndex) -> str | None:
        return index.data(TRAINEE_ID_ROLE) if index.isValid() else None

    def _selected(self, index: QModelIndex) -> None:
        person = self._trainee_of(index)
        known = bool(person and self.model.row(index.row()).trainee)
        self.open_button.setEnabled(known)
        self.report_button.setEnabled(known)

    def _open(self, index: QModelIndex) -> None:
        person = self._trainee_of(index)
        if person and self.model.row(index.row()).trainee:
            self.openTrainee.emit(person)

    def _report(self) -> None:
        index = self.table.currentIndex()
        person = self._trainee_of(index)
        if not person:
            return
        from toimi_desktop.ui.register.subject_access import save_access_report

        operation = save_access_report(self, self._session, person,
                                       self.model.row(index.row()).trainee)
        if operation is not None:  # making the report is logged too: show that row
            operation.finished.connect(self.search)
