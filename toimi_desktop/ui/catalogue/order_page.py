"""Work orders: open or all, search; the table with planned and done hours; the selected
order's card; new, edit, the status flow and the orderer's feedback."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QProgressBar,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from toimi_desktop.models.enums import OrderStatus
from toimi_desktop.services.orders import (
    OrderFilter,
    OrderRow,
    change_order_status,
    input_from_order,
    order_list,
)
from toimi_desktop.services.work_rules import OPEN_STATUSES, ORDER_WRITERS, allowed_transitions
from toimi_desktop.ui.catalogue.common import (
    fact_rows,
    fit_once,
    h,
    hours,
    select_id,
    selected_row,
    side_by_side,
    table_view,
)
from toimi_desktop.ui.catalogue.models import OrderTableModel
from toimi_desktop.ui.errors import run_action
from toimi_desktop.ui.export import ListExport
from toimi_desktop.ui.session import AppSession
from toimi_desktop.ui.text import enum_label, format_date, message_text, number
from toimi_desktop.ui.widgets.choices import ChoiceCombo, enum_choices

REFRESH_ON = ("work_order", "attendance", "work_task", "environment")
OPEN = "open"


class OrderPage(QWidget):
    def __init__(self, session: AppSession, notice: Callable[[list[str]], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._notice = notice
        self._environment_id: str | None = None
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search orders, orderers, tasks, places…"))
        self.search.setAccessibleName(self.tr("Search orders"))
        self.search.setClearButtonEnabled(True)
        self.status = ChoiceCombo([(OPEN, self.tr("Open or awaiting feedback")),
                                   *enum_choices(OrderStatus)],
                                  none_label=self.tr("All orders"))
        self.status.set_value(OPEN)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addWidget(self.status, 1)
        self.search.textChanged.connect(self.refresh)
        self.status.currentIndexChanged.connect(self.refresh)

        self.model = OrderTableModel(self)
        self.table = table_view(self.model, self, (30, 16, 10, 11, 10, 8, 12, 12, 10))
        self.table.setAccessibleName(self.tr("Work orders"))
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.activated.connect(lambda _i: self.edit_order())
        self.progress = QProgressBar()
        self.progress.setObjectName("orderProgress")
        self.progress.setTextVisible(True)
        self.card = QTextBrowser()
        self.card.setObjectName("orderCard")
        self.card.setAccessibleName(self.tr("The selected order"))
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.progress)
        side_layout.addWidget(self.card, 1)
        splitter = side_by_side(self.table, side, 70)

        self.count = QLabel()
        self.new_button = QPushButton(self.tr("New order…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.status_button = QPushButton(self.tr("Status"))
        self.status_menu = QMenu(self)
        self.status_button.setMenu(self.status_menu)
        self.feedback_button = QPushButton(self.tr("Feedback…"))
        self.new_button.clicked.connect(self.new_order)
        self.edit_button.clicked.connect(self.edit_order)
        self.feedback_button.clicked.connect(self.feedback)
        actions = QHBoxLayout()
        actions.addWidget(self.count)
        actions.addStretch(1)
        self.export = ListExport(self.table, session, self.tr("Work orders"))
        actions.addWidget(self.export.button())
        for button in (self.new_button, self.edit_button, self.status_button,
                       self.feedback_button):
            actions.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        layout.addLayout(actions)
        session.dataChanged.connect(self._data_changed)

    # --- data ----------------------------------------------------------------------------
    def set_environment(self, environment_id: str | None) -> None:
        self._environment_id = environment_id
        self.refresh()

    def current_filter(self) -> OrderFilter:
        status = self.status.value()
        statuses = OPEN_STATUSES if status == OPEN else ((status,) if status else ())
        return OrderFilter(environment_id=self._environment_id, statuses=statuses,
                           text=self.search.text(), awaiting_feedback=status == OPEN)

    def refresh(self) -> None:
        selected = selected_row(self.table)
        rows = run_action(self, lambda: order_list(self._session.ctx, self.current_filter()))
        self.model.set_rows(rows or [])
        fit_once(self.table)
        self.count.setText(self.tr("%n order(s)", "", self.model.rowCount()))
        if not (selected and select_id(self.table, selected.id)) and self.model.rowCount():
            self.table.selectRow(0)
        self._selection_changed()

    def _data_changed(self, entity: str, record_id: str) -> None:
        if entity in REFRESH_ON:
            self.refresh()
            if entity == "work_order":
                select_id(self.table, record_id)

    def selected(self) -> OrderRow | None:
        return selected_row(self.table)

    def _selection_changed(self) -> None:
        row = self.selected()
        writer = self._session.actor.role in ORDER_WRITERS
        self.card.setHtml(self._card_html(row) if row else "")
        self.progress.setVisible(row is not None and row.planned_hours > 0)
        if row is not None and row.planned_hours > 0:
            self.progress.setRange(0, 100)
            self.progress.setValue(min(100, round((row.progress or 0) * 100)))
            self.progress.setFormat(self.tr("{done} of {planned} h done").format(
                done=number(row.done_hours), planned=number(row.planned_hours)))
        self.new_button.setEnabled(writer)
        self.edit_button.setEnabled(writer and row is not None
                                    and row.status is not OrderStatus.CANCELLED)
        self.status_menu.clear()
        for target in (allowed_transitions(row.status, row.feedback_score is not None)
                       if row else ()):
            action = QAction(self._transition_text(row.status, target), self.status_menu)
            action.setData(target.value)
            action.triggered.connect(lambda _c=False, t=target: self.set_status(t))
            self.status_menu.addAction(action)
        self.status_button.setEnabled(writer and not self.status_menu.isEmpty())
        self.feedback_button.setEnabled(writer and row is not None
                                        and row.status is OrderStatus.DONE)

    def _transition_text(self, current: OrderStatus, target: OrderStatus) -> str:
        if target is OrderStatus.IN_PROGRESS and current is OrderStatus.DONE:
            return self.tr("Reopen: work continues")
        if target is OrderStatus.REQUESTED and current is OrderStatus.CANCELLED:
            return self.tr("Restore the order")
        return {OrderStatus.REQUESTED: self.tr("Back to requested"),
                OrderStatus.AGREED: self.tr("Agreed with the orderer"),
                OrderStatus.IN_PROGRESS: self.tr("Work started"),
                OrderStatus.DONE: self.tr("Work done"),
                OrderStatus.CANCELLED: self.tr("Cancel the order")}[target]

    def _card_html(self, row: OrderRow) -> str:
        dates = format_date(row.starts_on) + " – " + (format_date(row.ends_on) if row.ends_on
                                                      else self.tr("until further notice"))
        contact = ", ".join(v for v in (row.contact_name, row.contact_phone) if v)
        facts = fact_rows([
            (self.tr("Orderer"), h(row.orderer_department)),
            (self.tr("Task"), h(row.task)),
            (self.tr("Field"), h(enum_label(row.field))),
            (self.tr("Where"), h(row.location)),
            (self.tr("When"), h(dates)),
            (self.tr("Status"), h(enum_label(row.status))),
            (self.tr("Planned"), h(hours(row.planned_hours))),
            (self.tr("Done"), h(hours(row.done_hours))),
            (self.tr("Contact"), h(contact)),
            (self.tr("Environment"), h(row.environment)),
        ])
        parts = [f"<h3>{h(row.title)}</h3>", facts]
        if row.feedback_score is not None:
            stars = "★" * row.feedback_score + "☆" * (5 - row.feedback_score)
            heading = self.tr("Orderer's feedback {date}").format(
                date=format_date(row.feedback_on))
            parts.append(f"<h4>{h(heading)}</h4><p style='font-size:large'>{stars}</p>"
                         f"<p>{h(row.feedback_comment)}</p>")
        elif row.status is OrderStatus.DONE:
            parts.append("<p><i>" + h(self.tr("The orderer's feedback has not been recorded "
                                              "yet.")) + "</i></p>")
        return "".join(parts)

    # --- actions -------------------------------------------------------------------------
    def new_order(self) -> QDialog | None:
        from toimi_desktop.ui.catalogue.order_dialogs import OrderDialog

        if self._session.actor.role not in ORDER_WRITERS:
            return None
        return self._open(OrderDialog(self._session, self._environment_id, parent=self))

    def edit_order(self) -> QDialog | None:
        from toimi_desktop.ui.catalogue.order_dialogs import OrderDialog

        row = self.selected()
        if row is None or self._session.actor.role not in ORDER_WRITERS \
                or row.status is OrderStatus.CANCELLED:
            return None
        return self._open(OrderDialog(self._session, order=row,
                                      initial=input_from_order(row), parent=self))

    def _open(self, dialog: QDialog) -> QDialog:
        def saved() -> None:
            self._notice([message_text(m) for m in getattr(dialog, "warnings", [])])

        dialog.accepted.connect(saved)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def set_status(self, status: OrderStatus, today: date | None = None) -> bool:
        row = self.selected()
        if row is None:
            return False
        done = run_action(self, lambda: change_order_status(self._session.ctx, row.id, status,
                                                            today))
        if done is None:
            return False
        self._session.notify("work_order", row.id)
        return True

    def feedback(self) -> QDialog | None:
        from toimi_desktop.ui.catalogue.order_dialogs import FeedbackDialog

        row = self.selected()
        if row is None or row.status is not OrderStatus.DONE:
            return None
        return self._open(FeedbackDialog(self._session, row, self))
