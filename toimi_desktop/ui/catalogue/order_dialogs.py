"""Create or edit a work order (`services.orders.OrderInput`) and record the orderer's
feedback on a done order."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCompleter,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from toimi_desktop.services import reference
from toimi_desktop.services.catalogue import TaskFilter, task_list
from toimi_desktop.services.errors import DomainError, Message, ValidationError
from toimi_desktop.services.orders import (
    MAX_PLANNED_HOURS,
    OrderInput,
    OrderRow,
    create_order,
    departments,
    order_overlaps,
    record_feedback,
    update_order,
)
from toimi_desktop.ui.catalogue.task_dialogs import buttons, text_box
from toimi_desktop.ui.errors import show_error
from toimi_desktop.ui.session import AppSession
from toimi_desktop.ui.text import message_text
from toimi_desktop.ui.widgets.choices import ChoiceCombo
from toimi_desktop.ui.widgets.dates import DateEdit, OptionalDateEdit
from toimi_desktop.ui.widgets.form_dialog import FormDialog
from toimi_desktop.ui.widgets.forms import form_layout, hint_label, required


class OrderDialog(FormDialog):
    """What a department orders, where and when, planned hours and whom to contact. While
    the task and dates overlap another order of the task that is not cancelled, a yellow
    note says which, and which of the two the days in both count for; it does not stop the
    save (the page's notice repeats it after saving)."""

    min_width = 560

    def __init__(self, session: AppSession, environment_id: str | None = None,
                 order: OrderRow | None = None, initial: OrderInput | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._order = order
        self.result_id: str | None = None
        self.warnings: list[Message] = []
        self.setWindowTitle(self.tr("Edit work order") if order else self.tr("New work order"))
        wrap = self.errors.wrap
        ctx = session.ctx
        self.environment = ChoiceCombo([(c.key, c.label) for c in reference.environments(ctx)],
                                       none_label=self.tr("Choose…"))
        self.environment.setEnabled(order is None)
        self.task = ChoiceCombo()
        self.department = QLineEdit()
        self.department.setCompleter(QCompleter(departments(ctx), self.department))
        self.department.setPlaceholderText(self.tr("e.g. Parks, Facilities, Schools"))
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("e.g. Raking the central park in spring"))
        self.location = QLineEdit()
        self.starts_on = DateEdit(date.today())
        self.ends_on = OptionalDateEdit(suggested=date.today())
        self.planned = QDoubleSpinBox()
        self.planned.setRange(0, MAX_PLANNED_HOURS)
        self.planned.setDecimals(1)
        self.planned.setSingleStep(5)
        self.planned.setSuffix(self.tr(" h"))
        self.contact_name = QLineEdit()
        self.contact_phone = QLineEdit()

        form = form_layout()
        form.addRow(required(self.tr("Coaching environment")),
                    wrap("environment_id", self.environment))
        form.addRow(required(self.tr("Task")), wrap("task_id", self.task))
        form.addRow(required(self.tr("Orderer")), wrap("orderer_department", self.department))
        form.addRow(required(self.tr("What is ordered")), wrap("title", self.title))
        form.addRow(self.tr("Where"), wrap("location", self.location))
        form.addRow(required(self.tr("Start")), wrap("starts_on", self.starts_on))
        form.addRow(self.tr("End"), wrap("ends_on", self.ends_on))
        self.overlap = QLabel()
        self.overlap.setObjectName("overlapWarning")
        self.overlap.setWordWrap(True)
        self.overlap.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.overlap.setStyleSheet("#overlapWarning { background: #fff4d6; color: #4a3900;"
                                   " border: 1px solid #e0b84a; border-radius: 4px;"
                                   " padding: 6px; }")
        self.overlap.setAccessibleName(self.tr("Overlapping orders"))
        self.overlap.hide()
        form.addRow(self.overlap)
        form.addRow(self.tr("Planned hours"), wrap("planned_hours", self.planned))
        form.addRow("", hint_label(self.tr("Hours done are summed from the attendance that "
                                           "names the task, from the start to the end."),
                                   wrap=False))
        form.addRow(self.tr("Contact person"), wrap("contact_name", self.contact_name))
        form.addRow(self.tr("Contact phone"), wrap("contact_phone", self.contact_phone))
        box = buttons(self, self.tr("Save"))
        box.accepted.connect(self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.general)
        layout.addLayout(form)
        layout.addWidget(box)
        self.environment.currentIndexChanged.connect(self._environment_changed)
        self.task.currentIndexChanged.connect(self._task_changed)
        self._orderers: dict[str, str | None] = {}
        self.fill(initial or OrderInput(environment_id or "", "", "", "", date.today()))
        self.starts_on.dateChanged.connect(self.check_overlaps)
        self.ends_on.changed.connect(self.check_overlaps)
        self.check_overlaps()

    def _environment_changed(self) -> None:
        env = self.environment.value()
        tasks = task_list(self._session.ctx, TaskFilter(environment_id=str(env), active=None)
                          ) if env else []
        current = self._order.task_id if self._order else None
        tasks = [t for t in tasks if t.active or t.id == current]
        self._orderers = {t.id: t.orderer_department for t in tasks}
        self.task.set_choices([(t.id, t.name) for t in tasks], none_label=self.tr("Choose…"))

    def _task_changed(self) -> None:
        orderer = self._orderers.get(str(self.task.value()))
        if orderer and not self.department.text().strip():
            self.department.setText(orderer)
        self.check_overlaps()

    def check_overlaps(self) -> None:
        """Show which other orders of the task share days with these dates."""
        task = str(self.task.value() or "")
        try:
            found = order_overlaps(self._session.ctx, task, self.starts_on.value(),
                                   self.ends_on.value(),
                                   self._order.id if self._order else None)
        except DomainError:
            found = []
        text = "\n".join(message_text(o.message()) for o in found)
        if text == self.overlap.text() and self.overlap.isVisibleTo(self) == bool(text):
            return
        self.overlap.setText(text)
        self.overlap.setVisible(bool(text))
        if self.isVisible():
            self.refit()

    def fill(self, data: OrderInput) -> None:
        self.environment.set_value(data.environment_id or None)
        self._environment_changed()
        self.department.setText(data.orderer_department)
        self.task.set_value(data.task_id or None)
        self.title.setText(data.title)
        self.location.setText(data.location or "")
        if data.starts_on:
            self.starts_on.set_value(data.starts_on)
        self.ends_on.set_value(data.ends_on)
        self.planned.setValue(data.planned_hours)
        self.contact_name.setText(data.contact_name or "")
        self.contact_phone.setText(data.contact_phone or "")

    def collect(self) -> OrderInput:
        return OrderInput(
            environment_id=str(self.environment.value() or ""),
            task_id=str(self.task.value() or ""), orderer_department=self.department.text(),
            title=self.title.text(), starts_on=self.starts_on.value(),
            ends_on=self.ends_on.value(), planned_hours=self.planned.value(),
            location=self.location.text(), contact_name=self.contact_name.text(),
            contact_phone=self.contact_phone.text())

    def save(self) -> None:
        self.errors.clear()
        ctx = self._session.ctx
        try:
            if self._order:
                result = update_order(ctx, self._order.id, self.collect())
            else:
                result = create_order(ctx, self.collect())
        except ValidationError as error:
            self.errors.show(error)
            return
        except DomainError as error:
            show_error(self, error)
            return
        self.result_id, self.warnings = result.id, result.warnings
        self.accept()
        self._session.notify("work_order", result.id)


class FeedbackDialog(FormDialog):
    """The orderer's view of the quality: 1 (poor) – 5 (excellent) and a comment."""

    min_width = 480

    def __init__(self, session: AppSession, order: OrderRow, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self._session = session
        self._order = order
        self.setWindowTitle(self.tr("Orderer's feedback"))
        wrap = self.errors.wrap
        title = QLabel(self.tr("{title} – {orderer}").format(title=order.title,
                                                            orderer=order.orderer_department))
        title.setWordWrap(True)
        title.setStyleSheet("font-weight: bold;")
        self.scores = QButtonGroup(self)
        row = QWidget()
        row_layout = QHBoxLayout(row)
        row_layout.setContentsMargins(0, 0, 0, 0)
        labels = {1: self.tr("1 poor"), 2: "2", 3: "3", 4: "4", 5: self.tr("5 excellent")}
        for score, label in labels.items():
            button = QRadioButton(label)
            self.scores.addButton(button, score)
            row_layout.addWidget(button)
        row_layout.addStretch(1)
        if order.feedback_score:
            self.scores.button(order.feedback_score).setChecked(True)
        self.comment = text_box(3)
        self.comment.setPlainText(order.feedback_comment or "")
        self.day = DateEdit(order.feedback_on or date.today())
        form = form_layout()
        form.addRow(required(self.tr("Score")), wrap("feedback_score", row))
        form.addRow(self.tr("Comment"), wrap("feedback_comment", self.comment))
        form.addRow(required(self.tr("Date")), wrap("feedback_on", self.day))
        box = buttons(self, self.tr("Save"))
        box.accepted.connect(self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.general)
        layout.addLayout(form)
        layout.addWidget(box)

    def save(self) -> None:
        self.errors.clear()
        score = self.scores.checkedId()
        try:
            record_feedback(self._session.ctx, self._order.id, score if score > 0 else None,
                            self.comment.toPlainText(), self.day.value())
        except ValidationError as error:
            self.errors.show(error)
            return
        except DomainError as error:
            show_error(self, error)
            return
        self.accept()
        self._session.notify("work_order", self._order.id)
