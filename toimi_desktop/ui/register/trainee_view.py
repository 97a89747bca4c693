"""One trainee: personal details (identity code masked), target groups, languages, ESF+
entry data, and the coaching periods, with Edit / Start / Change / Pause or Resume / Close
period; beside the details, tabs for the assessments, the suitable tasks and the
continuation plan."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from toimi_desktop.models.enums import PeriodState
from toimi_desktop.services.access import Right, has_right
from toimi_desktop.services.errors import DomainError
from toimi_desktop.services.register import TraineeDetails, reveal_hetu, trainee_details
from toimi_desktop.services.trainees import WRITERS
from toimi_desktop.ui.assessments.trainee_tabs import ProgressTabs
from toimi_desktop.ui.attendance.calendar import AttendanceCalendar
from toimi_desktop.ui.errors import run_action
from toimi_desktop.ui.export import ListExport
from toimi_desktop.ui.register.actions import (
    Notice,
    open_close_period,
    open_edit_period,
    open_edit_trainee,
    open_pause_or_resume,
    open_start_period,
)
from toimi_desktop.ui.register.period_model import PeriodTableModel
from toimi_desktop.ui.register.period_table import PeriodTable
from toimi_desktop.ui.session import AppSession
from toimi_desktop.ui.text import enum_label, error_text, format_date, number, yes_no
from toimi_desktop.ui.widgets.forms import form_layout
from toimi_desktop.ui.widgets.weekdays import weekday_text

EMPTY = "–"


def _value_label() -> QLabel:
    label = QLabel(EMPTY)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class TraineeView(QWidget):
    """Shows one trainee and refreshes itself when the session broadcasts a change."""

    backRequested = Signal()  # noqa: N815 - Qt signal naming

    def __init__(self, session: AppSession, notice: Notice, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self._session = session
        self._notice = notice
        self.details: TraineeDetails | None = None
        self._build()
        session.dataChanged.connect(self._data_changed)

    def _build(self) -> None:
        self.back_button = QPushButton(self.tr("← Back to the register"))
        self.back_button.setShortcut(Qt.Key.Key_Escape)
        self.back_button.clicked.connect(self.backRequested)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.start_button = QPushButton(self.tr("Start period…"))
        self.close_button = QPushButton(self.tr("Close period…"))
        self.change_button = QPushButton(self.tr("Change period…"))
        self.pause_button = QPushButton(self.tr("Pause…"))
        self.edit_button.clicked.connect(self.edit)
        self.start_button.clicked.connect(self.start_period)
        self.close_button.clicked.connect(self.close_period)
        self.change_button.clicked.connect(self.change_period)
        self.pause_button.clicked.connect(self.pause_or_resume)
        # Subject access (coordinators): everything about the person, and who saw it.
        self.export_button = QPushButton(self.tr("Export all data…"))
        self.export_button.setToolTip(self.tr(
            "Everything about this person as a readable PDF or a machine-readable JSON file "
            "(a subject access request)"))
        self.access_button = QPushButton(self.tr("Access report…"))
        self.access_button.setToolTip(self.tr("Who has seen this person's data, and when"))
        self.export_button.clicked.connect(self.export_data)
        self.access_button.clicked.connect(self.access_report)
        subject_access = has_right(self._session.actor, Right.SUBJECT_ACCESS)
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addStretch(1)
        for button in (self.export_button, self.access_button):
            button.setVisible(subject_access)
            top.addWidget(button)
        for button in (self.edit_button, self.start_button, self.change_button,
                       self.pause_button, self.close_button):
            top.addWidget(button)

        self.name = QLabel()
        font = self.name.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.name.setFont(font)
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subtitle = QLabel()

        personal = QGroupBox(self.tr("Personal details"))
        form = form_layout(personal)
        self.hetu = _value_label()
        self.show_hetu = QPushButton(self.tr("Show"))
        self.show_hetu.setCheckable(True)
        self.show_hetu.setToolTip(self.tr("Show the whole personal identity code (each "
                                          "showing is logged)"))
        self.show_hetu.toggled.connect(self._hetu_toggled)
        self._revealed: str | None = None
        hetu_row = QHBoxLayout()
        hetu_row.addWidget(self.hetu)
        hetu_row.addWidget(self.show_hetu)
        hetu_row.addStretch(1)
        form.addRow(self.tr("Personal identity code"), hetu_row)
        self.fields: dict[str, QLabel] = {}
        for key, label in (
            ("birth_date", self.tr("Birth date")), ("gender", self.tr("Gender")),
            ("municipality", self.tr("Municipality")), ("phone", self.tr("Phone")),
            ("email", self.tr("E-mail")), ("address", self.tr("Address")),
            ("consent_date", self.tr("Consent date")), ("referred_by", self.tr("Referred by")),
        ):
            self._add_field(form, key, label)

        groups = QGroupBox(self.tr("Target groups and languages"))
        groups_form = form_layout(groups)
        self._add_field(groups_form, "target_groups", self.tr("Target groups"))
        self._add_field(groups_form, "languages", self.tr("Languages"))

        esf = QGroupBox(self.tr("ESF+ entry data"))
        esf_form = form_layout(esf)
        special = has_right(self._session.actor, Right.SPECIAL)
        for key, label in (
            ("employment_status", self.tr("Employment status")),
            ("education_level", self.tr("Education")),
            ("disability", self.tr("Disability")),
            ("third_country_national", self.tr("Third-country national")),
            ("foreign_background", self.tr("Foreign background")),
            ("minority", self.tr("Minority")), ("homeless", self.tr("Homeless")),
            ("rural", self.tr("Lives in a rural area")),
        ):
            self._add_field(esf_form, key, label)
            if key not in ("employment_status", "education_level") and not special:
                esf_form.setRowVisible(self.fields[key], False)  # not for this role

        right = QVBoxLayout()
        right.addWidget(groups)
        right.addWidget(esf)
        right.addStretch(1)
        boxes = QHBoxLayout()
        boxes.addWidget(personal, 1)
        boxes.addLayout(right, 1)

        self.periods = PeriodTableModel(self)
        self.period_table = PeriodTable()
        self.period_table.setModel(self.periods)
        self.period_export = ListExport(self.period_table, self._session,
                                        lambda: self.tr("Coaching periods {name}").format(
                                            name=self.details.last_name if self.details
                                            else ""))
        self.period_table.selectionModel().currentRowChanged.connect(self._show_period)
        periods_box = QGroupBox(self.tr("Coaching periods"))
        self.no_periods = QLabel(self.tr("No coaching periods yet."))
        self.period_details = QWidget()
        period_form = form_layout(self.period_details)
        period_form.setContentsMargins(0, 0, 0, 0)
        for key, label in (("schedule", self.tr("Schedule")),
                           ("pauses", self.tr("Pauses")),
                           ("career_agent", self.tr("Career agent")),
                           ("coaching_package", self.tr("Coaching package")),
                           ("goals", self.tr("Goals"))):
            self._add_field(period_form, key, label)
        periods_layout = QVBoxLayout(periods_box)
        periods_layout.addWidget(self.no_periods)
        periods_layout.addWidget(self.period_table)
        periods_layout.addWidget(self.period_details)
        periods_layout.addStretch(1)

        self.attendance = AttendanceCalendar(self._session, self)
        self.attendance.setVisible(has_right(self._session.actor, Right.ATTENDANCE))
        bottom = QHBoxLayout()
        bottom.addWidget(periods_box, 1)
        bottom.addWidget(self.attendance)

        details_page = QWidget()
        details_layout = QVBoxLayout(details_page)
        details_layout.setContentsMargins(0, 6, 0, 0)
        details_layout.addLayout(boxes)
        details_layout.addLayout(bottom)
        details_layout.addStretch(1)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(details_page, self.tr("Details"))
        # Assessments, Suitable tasks, Continuation plan: built when first shown.
        self.progress = ProgressTabs(self._session, self.tabs)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.name)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.tabs, 1)

    def _add_field(self, form: QFormLayout, key: str, label: str) -> None:
        value = _value_label()
        value.setObjectName(f"value_{key}")
        self.fields[key] = value
        form.addRow(label, value)

    # --- showing ------------------------------------------------------------------------
    def show_trainee(self, trainee_id: str) -> bool:
        """Load and show a trainee; False (and a message) if it cannot be shown."""
        self.show_hetu.setChecked(False)
        self.tabs.setCurrentIndex(0)
        return self._load(trainee_id)

    def _load(self, trainee_id: str) -> bool:
        try:
            details = trainee_details(self._session.ctx, trainee_id)
        except DomainError as error:
            self.details = None
            self._notice([error_text(error)])
            return False
        self.details = details
        self._fill(details)
        return True

    def _fill(self, d: TraineeDetails) -> None:
        self.name.setText(f"{d.last_name} {d.first_name}")
        current = d.open_period
        if current is None:
            subtitle = self.tr("{municipality} · no open coaching period").format(
                municipality=d.municipality)
        else:
            subtitle = self.tr("{municipality} · coaching period at {environment}: {state}"
                               ).format(municipality=d.municipality,
                                        environment=current.environment,
                                        state=enum_label(current.state))
        self.subtitle.setText(subtitle)
        self._update_hetu()
        values = {
            "birth_date": format_date(d.birth_date), "gender": enum_label(d.gender),
            "municipality": d.municipality, "phone": d.phone, "email": d.email,
            "address": d.address, "consent_date": format_date(d.consent_date),
            "referred_by": d.referred_by,
            "target_groups": "\n".join(enum_label(g) for g in d.target_groups),
            "languages": ", ".join(d.languages),
            "employment_status": enum_label(d.employment_status),
            "education_level": enum_label(d.education_level),
            **{name: yes_no(value) for name, value in d.esf_flags.items()},
        }
        for key, value in values.items():
            self.fields[key].setText(value or EMPTY)
        self.periods.set_periods(d.periods)
        self.no_periods.setVisible(not d.periods)
        self.period_table.setVisible(bool(d.periods))
        self.period_details.setVisible(bool(d.periods))
        self.period_table.fit()
        if d.periods:
            self.period_table.selectRow(0)
            self._show_period(self.periods.index(0, 0))
        latest = current or (d.periods[0] if d.periods else None)
        if self.attendance.isVisibleTo(self) and self.attendance.trainee_id != d.id:
            self.attendance.set_trainee(d.id, latest.start_date if latest else None)
        writer = self._session.actor.role in WRITERS
        self.edit_button.setEnabled(writer)
        self.start_button.setEnabled(writer and current is None)
        self.close_button.setEnabled(writer and current is not None)
        self.change_button.setEnabled(writer and current is not None)
        paused = current is not None and current.state is PeriodState.PAUSED
        self.pause_button.setText(self.tr("Resume…") if paused else self.tr("Pause…"))
        self.pause_button.setEnabled(writer and current is not None
                                     and current.state is not PeriodState.PLANNED)
        self.progress.set_trainee(d)

    def _show_period(self, index: QModelIndex) -> None:
        """Details of the chosen period that the table has no room for."""
        if not index.isValid():
            return
        period = self.periods.period(index.row())
        self.fields["schedule"].setText(self.tr("{hours} h a day, {days} days a week: "
                                                "{weekdays}").format(
            hours=number(period.hours_per_day), days=period.days_per_week,
            weekdays=weekday_text(period.weekdays)))
        self.fields["pauses"].setText("\n".join(
            (self.tr("{start}–{end}").format(start=format_date(p.start), end=format_date(p.end))
             if p.end else self.tr("from {start}, still paused").format(
                start=format_date(p.start))) + (f" ({p.reason})" if p.reason else "")
            for p in period.pauses) or EMPTY)
        self.fields["career_agent"].setText(period.career_agent or EMPTY)
        self.fields["coaching_package"].setText(period.coaching_package or EMPTY)
        self.fields["goals"].setText(period.goals or EMPTY)

    def _hetu_toggled(self, shown: bool) -> None:
        """Showing the whole code asks the service, which logs the reveal."""
        self._revealed = None
        if shown and self.details is not None:
            trainee_id = self.details.id
            self._revealed = run_action(self, lambda: reveal_hetu(self._session.ctx,
                                                                  trainee_id))
            if self._revealed is None:
                self.show_hetu.setChecked(False)
                return
        self._update_hetu()

    def _update_hetu(self) -> None:
        masked = self.details.hetu_masked if self.details else ""
        self.show_hetu.setVisible(bool(masked) and has_right(self._session.actor, Right.HETU))
        self.show_hetu.setText(self.tr("Hide") if self.show_hetu.isChecked() else self.tr("Show"))
        shown = self._revealed if self.show_hetu.isChecked() and self._revealed else masked
        self.hetu.setText(shown or EMPTY)

    def _data_changed(self, entity: str, _record_id: str) -> None:
        if self.details is not None and entity in ("trainee", "period"):
            self._load(self.details.id)

    # --- actions ------------------------------------------------------------------------
    def edit(self) -> QDialog | None:
        if not self.details:
            return None
        return open_edit_trainee(self, self._session, self.details.id, self._notice)

    def start_period(self) -> QDialog | None:
        if not self.details:
            return None
        return open_start_period(self, self._session, self.details.id)

    def close_period(self) -> QDialog | None:
        if not self.details:
            return None
        return open_close_period(self, self._session, self.details.id)

    def export_data(self) -> None:
        if self.details:
            from toimi_desktop.ui.register.subject_access import export_trainee_data

            export_trainee_data(self, self._session, self.details)

    def access_report(self) -> None:
        if self.details:
            from toimi_desktop.ui.register.subject_access import save_access_report

            save_access_report(self, self._session, self.details)

    def change_period(self) -> QDialog | None:
        if not self.details:
            return None
        return open_edit_period(self, self._session, self.details.id)

    def pause_or_resume(self) -> QDialog | None:
        if not self.details:
            return None
        return open_pause_or_resume(self, self._session, self.details.id)
