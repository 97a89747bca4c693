"""Coaching environments: the list, the selected one's card (contact, opening days, sites,
coaches, coming closed days), new, edit and closed days. Coordinators edit any, coaches
those of their own municipalities."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from toimi_desktop.services.environments import (
    EnvironmentDetails,
    EnvironmentRow,
    environment_details,
    input_from_details,
    list_environments,
)
from toimi_desktop.services.work_rules import ENVIRONMENT_EDITORS
from toimi_desktop.ui.catalogue.common import (
    fact_rows,
    fit_once,
    h,
    select_id,
    selected_row,
    side_by_side,
    table_view,
)
from toimi_desktop.ui.catalogue.models import EnvironmentTableModel, weekday_text
from toimi_desktop.ui.errors import run_action
from toimi_desktop.ui.export import ListExport
from toimi_desktop.ui.session import AppSession
from toimi_desktop.ui.text import enum_label, format_date

CLOSED_SHOWN = 8


class EnvironmentPage(QWidget):
    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.details: EnvironmentDetails | None = None
        self.model = EnvironmentTableModel(self)
        self.table = table_view(self.model, self, (26, 12, 24, 10, 24, 10, 10))
        self.table.setAccessibleName(self.tr("Coaching environments"))
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.activated.connect(lambda _i: self.edit_environment())
        self.card = QTextBrowser()
        self.card.setObjectName("environmentCard")
        self.card.setAccessibleName(self.tr("The selected environment"))
        splitter = side_by_side(self.table, self.card, 64)
        self.count = QLabel()
        self.new_button = QPushButton(self.tr("New environment…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.closed_button = QPushButton(self.tr("Closed days…"))
        self.new_button.clicked.connect(self.new_environment)
        self.edit_button.clicked.connect(self.edit_environment)
        self.closed_button.clicked.connect(self.closed_days)
        actions = QHBoxLayout()
        actions.addWidget(self.count)
        actions.addStretch(1)
        self.export = ListExport(self.table, session, self.tr("Coaching environments"))
        actions.addWidget(self.export.button())
        for button in (self.new_button, self.edit_button, self.closed_button):
            actions.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter, 1)
        layout.addLayout(actions)
        session.dataChanged.connect(self._data_changed)

    def set_environment(self, environment_id: str | None) -> None:
        self.refresh()
        select_id(self.table, environment_id)

    def refresh(self) -> None:
        selected = selected_row(self.table)
        rows = run_action(self, lambda: list_environments(self._session.ctx))
        self.model.set_rows(rows or [])
        fit_once(self.table)
        self.count.setText(self.tr("%n environment(s)", "", self.model.rowCount()))
        if not (selected and select_id(self.table, selected.id)) and self.model.rowCount():
            self.table.selectRow(0)
        self._selection_changed()

    def _data_changed(self, entity: str, record_id: str) -> None:
        if entity in ("environment", "work_task", "work_order"):
            self.refresh()
            if entity == "environment":
                select_id(self.table, record_id)

    def _selection_changed(self) -> None:
        row: EnvironmentRow | None = selected_row(self.table)
        self.details = None
        if row is not None:
            self.details = run_action(self, lambda: environment_details(
                self._session.ctx, row.id, closed_from=date.today()))
        self.card.setHtml(self._card_html(self.details) if self.details else "")
        editor = self._session.actor.role in ENVIRONMENT_EDITORS
        self.new_button.setEnabled(editor)
        self.edit_button.setEnabled(editor and row is not None)
        self.closed_button.setEnabled(editor and row is not None)

    def _card_html(self, d: EnvironmentDetails) -> str:
        contact = ", ".join(v for v in (d.contact_name, d.contact_phone, d.contact_email) if v)
        facts = fact_rows([
            (self.tr("Municipality"), h(d.municipality)),
            (self.tr("Kind"), h(enum_label(d.kind))),
            (self.tr("Address"), h(d.address)),
            (self.tr("Contact"), h(contact)),
            (self.tr("Open"), h(weekday_text(d.open_weekdays))),
            (self.tr("Coaches"), h(", ".join(d.coaches))),
        ])
        parts = [f"<h3>{h(d.name)}</h3>", facts]
        if d.sites:
            sites = "".join(f"<li>{h(s.name)}{' – ' + h(s.address) if s.address else ''}</li>"
                            for s in d.sites)
            title = self.tr("Sites")
            parts.append(f"<h4>{h(title)}</h4><ul style='margin-left:-20px'>{sites}</ul>")
        heading = self.tr("Coming closed days")
        if d.closed_days:
            days = "".join(f"<li>{format_date(day)} {h(reason)}</li>"
                           for day, reason in d.closed_days[:CLOSED_SHOWN])
            more = len(d.closed_days) - CLOSED_SHOWN
            if more > 0:
                days += "<li>" + h(self.tr("… and %n more", "", more)) + "</li>"
            parts.append(f"<h4>{h(heading)}</h4><ul style='margin-left:-20px'>{days}</ul>")
        return "".join(parts)

    def new_environment(self) -> QDialog | None:
        from toimi_desktop.ui.catalogue.environment_dialogs import EnvironmentDialog

        if self._session.actor.role not in ENVIRONMENT_EDITORS:
            return None
        return _open(EnvironmentDialog(self._session, parent=self))

    def edit_environment(self) -> QDialog | None:
        from toimi_desktop.ui.catalogue.environment_dialogs import EnvironmentDialog

        if self.details is None or self._session.actor.role not in ENVIRONMENT_EDITORS:
            return None
        return _open(EnvironmentDialog(self._session, self.details.id,
                                       input_from_details(self.details), parent=self))

    def closed_days(self) -> QDialog | None:
        from toimi_desktop.ui.catalogue.environment_dialogs import ClosedDaysDialog

        if self.details is None or self._session.actor.role not in ENVIRONMENT_EDITORS:
            return None
        return _open(ClosedDaysDialog(self._session, self.details.id, self))


def _open(dialog: QDialog) -> QDialog:
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog
