"""Create or edit a coaching environment (`services.environments.EnvironmentInput`): sites,
contact, opening weekdays and coaches; and keep its closed days."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from toimi_desktop.models.enums import EnvironmentKind, Role
from toimi_desktop.services import reference
from toimi_desktop.services.closed_days import add_closed_days, reopen_day
from toimi_desktop.services.environments import (
    EnvironmentInput,
    SiteInput,
    create_environment,
    environment_details,
    update_environment,
)
from toimi_desktop.services.errors import DomainError, ValidationError
from toimi_desktop.ui.catalogue.models import weekday_names
from toimi_desktop.ui.catalogue.task_dialogs import buttons
from toimi_desktop.ui.errors import run_action, show_error
from toimi_desktop.ui.session import AppSession
from toimi_desktop.ui.text import format_date
from toimi_desktop.ui.widgets.choices import CheckList, ChoiceCombo, enum_choices
from toimi_desktop.ui.widgets.dates import DateEdit
from toimi_desktop.ui.widgets.form_dialog import FormDialog
from toimi_desktop.ui.widgets.forms import form_layout, required

SITE_ID_ROLE = Qt.ItemDataRole.UserRole + 7


class EnvironmentDialog(FormDialog):
    min_width = 600

    def __init__(self, session: AppSession, environment_id: str | None = None,
                 initial: EnvironmentInput | None = None, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self._session = session
        self._environment_id = environment_id
        self.result_id: str | None = None
        self.setWindowTitle(self.tr("Edit coaching environment") if environment_id
                            else self.tr("New coaching environment"))
        wrap = self.errors.wrap
        ctx = session.ctx
        data = initial or EnvironmentInput(next(iter(sorted(ctx.actor.municipality_codes)),
                                                ""), "")
        self.municipality = ChoiceCombo([(c.key, c.label) for c in reference.municipalities(ctx)],
                                        none_label=self.tr("Choose…"))
        self.municipality.set_value(data.municipality_code or None)
        self.municipality.setEnabled(environment_id is None)
        self.name = QLineEdit(data.name)
        self.kind = ChoiceCombo(enum_choices(EnvironmentKind))
        self.kind.set_value(data.kind)
        self.address = QLineEdit(data.address or "")
        self.contact_name = QLineEdit(data.contact_name or "")
        self.contact_phone = QLineEdit(data.contact_phone or "")
        self.contact_email = QLineEdit(data.contact_email or "")
        days = QWidget()
        day_layout = QHBoxLayout(days)
        day_layout.setContentsMargins(0, 0, 0, 0)
        self.weekdays: list[QCheckBox] = []
        for number, name in enumerate(weekday_names(), start=1):
            check = QCheckBox(name)
            check.setChecked(str(number) in data.open_weekdays)
            self.weekdays.append(check)
            day_layout.addWidget(check)
        day_layout.addStretch(1)
        self.sites = QTableWidget(0, 2)
        self.sites.setHorizontalHeaderLabels([self.tr("Site"), self.tr("Address")])
        self.sites.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.sites.verticalHeader().hide()
        self.sites.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.sites.setFixedHeight(self.fontMetrics().height() * 7)
        for site in data.sites:
            self.add_site(site)
        site_buttons = QHBoxLayout()
        add, remove = QPushButton(self.tr("Add site")), QPushButton(self.tr("Remove site"))
        add.clicked.connect(lambda: self.add_site(SiteInput("")))
        remove.clicked.connect(self.remove_site)
        site_buttons.addWidget(add)
        site_buttons.addWidget(remove)
        site_buttons.addStretch(1)
        site_box = QWidget()
        site_layout = QVBoxLayout(site_box)
        site_layout.setContentsMargins(0, 0, 0, 0)
        site_layout.addWidget(self.sites)
        site_layout.addLayout(site_buttons)
        self.coaches = CheckList([])
        self.coach_holder = QVBoxLayout()
        coach_box = QWidget()
        coach_box.setLayout(self.coach_holder)
        self.coach_holder.setContentsMargins(0, 0, 0, 0)

        form = form_layout()
        form.addRow(required(self.tr("Municipality")), wrap("municipality_code",
                                                            self.municipality))
        form.addRow(required(self.tr("Name")), wrap("name", self.name))
        form.addRow(required(self.tr("Kind")), wrap("kind", self.kind))
        form.addRow(self.tr("Address"), wrap("address", self.address))
        form.addRow(self.tr("Contact person"), wrap("contact_name", self.contact_name))
        form.addRow(self.tr("Contact phone"), wrap("contact_phone", self.contact_phone))
        form.addRow(self.tr("Contact e-mail"), wrap("contact_email", self.contact_email))
        form.addRow(required(self.tr("Open on")), wrap("open_weekdays", days))
        form.addRow(self.tr("Sites"), wrap("sites", site_box))
        form.addRow(self.tr("Coaches"), wrap("coach_ids", coach_box))
        box = buttons(self, self.tr("Save"))
        box.accepted.connect(self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.general)
        layout.addLayout(form)
        layout.addWidget(box)
        self.municipality.currentIndexChanged.connect(lambda _i: self._load_coaches([]))
        self._load_coaches(data.coach_ids)

    def add_site(self, site: SiteInput) -> None:
        row = self.sites.rowCount()
        self.sites.insertRow(row)
        name = QTableWidgetItem(site.name)
        name.setData(SITE_ID_ROLE, site.id)
        self.sites.setItem(row, 0, name)
        self.sites.setItem(row, 1, QTableWidgetItem(site.address or ""))
        if not site.name:
            self.sites.editItem(name)

    def remove_site(self) -> None:
        row = self.sites.currentRow()
        if row >= 0:
            self.sites.removeRow(row)

    def _load_coaches(self, checked: list[str]) -> None:
        code = self.municipality.value()
        people = reference.people(self._session.ctx, Role.COACH, str(code)) if code else []
        self.coaches.setParent(None)
        self.coaches.deleteLater()
        self.coaches = CheckList([(p.key, p.label) for p in people])
        self.coaches.set_checked(checked)
        self.coach_holder.addWidget(self.coaches)
        self.refit()

    def collect(self) -> EnvironmentInput:
        sites = []
        for row in range(self.sites.rowCount()):
            name, address = self.sites.item(row, 0), self.sites.item(row, 1)
            sites.append(SiteInput(name.text() if name else "",
                                   address.text() if address else None,
                                   name.data(SITE_ID_ROLE) if name else None))
        return EnvironmentInput(
            municipality_code=str(self.municipality.value() or ""), name=self.name.text(),
            kind=self.kind.value(), address=self.address.text(),
            contact_name=self.contact_name.text(), contact_phone=self.contact_phone.text(),
            contact_email=self.contact_email.text(),
            open_weekdays="".join(str(i) for i, c in enumerate(self.weekdays, start=1)
                                  if c.isChecked()),
            sites=sites, coach_ids=[str(c) for c in self.coaches.checked_values()])

    def save(self) -> None:
        self.errors.clear()
        ctx = self._session.ctx
        try:
            if self._environment_id:
                result = update_environment(ctx, self._environment_id, self.collect())
            else:
                result = create_environment(ctx, self.collect())
        except ValidationError as error:
            self.errors.show(error)
            return
        except DomainError as error:
            show_error(self, error)
            return
        self.result_id = result.id
        self.accept()
        self._session.notify("environment", result.id)


class ClosedDaysDialog(QDialog):
    """The environment's coming closed days; close a range of days or reopen one."""

    def __init__(self, session: AppSession, environment_id: str, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self._session = session
        self._environment_id = environment_id
        self.setWindowTitle(self.tr("Closed days"))
        self.setMinimumWidth(460)
        self.days = QListWidget()
        self.first, self.last = DateEdit(date.today()), DateEdit(date.today())
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("e.g. Summer break, staff training"))
        close_button = QPushButton(self.tr("Close these days"))
        close_button.clicked.connect(self.close_days)
        self.reopen_button = QPushButton(self.tr("Open the chosen day"))
        self.reopen_button.clicked.connect(self.reopen)
        self.message = QLabel()
        self.message.setWordWrap(True)
        form = form_layout()
        form.addRow(self.tr("First day"), self.first)
        form.addRow(self.tr("Last day"), self.last)
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow("", close_button)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Coming closed days (public holidays are known "
                                        "without listing them):")))
        layout.addWidget(self.days, 1)
        layout.addWidget(self.reopen_button)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(box)
        self.load()

    def load(self) -> None:
        details = run_action(self, lambda: environment_details(
            self._session.ctx, self._environment_id, closed_from=date.today()))
        self.days.clear()
        for day, reason in details.closed_days if details else ():
            item = QListWidgetItem(f"{format_date(day)}  {reason or ''}")
            item.setData(SITE_ID_ROLE, day.isoformat())
            self.days.addItem(item)

    def close_days(self) -> None:
        try:
            count = add_closed_days(self._session.ctx, self._environment_id,
                                    self.first.value(), self.last.value(), self.reason.text())
        except DomainError as error:
            show_error(self, error)
            return
        self.message.setText(self.tr("%n day(s) closed.", "", count))
        self._session.notify("environment", self._environment_id)
        self.load()

    def reopen(self) -> None:
        item = self.days.currentItem()
        if item is None:
            return
        day = date.fromisoformat(item.data(SITE_ID_ROLE))
        if run_action(self, lambda: reopen_day(self._session.ctx, self._environment_id, day)):
            self.message.setText(self.tr("{day} is an opening day again.").format(
                day=format_date(day)))
            self._session.notify("environment", self._environment_id)
        self.load()
