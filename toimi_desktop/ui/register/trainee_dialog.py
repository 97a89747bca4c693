"""Create or edit a trainee: every field of `services.trainees.TraineeInput`."""

from __future__ import annotations

import re

from PySide6.QtWidgets import (
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from toimi_desktop.models.enums import EducationLevel, EmploymentStatus, Gender, TargetGroup
from toimi_desktop.services import reference
from toimi_desktop.services.errors import DomainError, Message, ValidationError
from toimi_desktop.services.register import TraineeDetails
from toimi_desktop.services.trainees import TraineeInput, create_trainee, update_trainee
from toimi_desktop.ui.errors import show_error
from toimi_desktop.ui.session import AppSession
from toimi_desktop.ui.widgets.choices import CheckList, ChoiceCombo, TriStateCombo, enum_choices
from toimi_desktop.ui.widgets.dates import OptionalDateEdit
from toimi_desktop.ui.widgets.form_dialog import FormDialog
from toimi_desktop.ui.widgets.forms import form_layout, hint_label, required

ESF_FLAGS = ("disability", "third_country_national", "foreign_background", "minority",
             "homeless", "rural")


def input_from_details(details: TraineeDetails) -> TraineeInput:
    """The editable fields of a trainee as shown, to pre-fill the edit dialog. The HETU
    stays masked: it is kept unless a new one is typed."""
    return TraineeInput(
        first_name=details.first_name, last_name=details.last_name,
        municipality_code=details.municipality_code, hetu=details.hetu_masked or None,
        keep_hetu=bool(details.hetu_masked),
        birth_date=details.birth_date, gender=details.gender, phone=details.phone,
        email=details.email, address=details.address, languages=list(details.languages),
        target_groups=list(details.target_groups), consent_date=details.consent_date,
        referred_by=details.referred_by, employment_status=details.employment_status,
        education_level=details.education_level,
        **{name: details.esf_flags.get(name) for name in ESF_FLAGS},
    )


class TraineeDialog(FormDialog):
    """Collects a `TraineeInput`, saves it through the service, shows field errors.

    On success `result_id` and `warnings` hold what the service returned, the dialog is
    accepted and the session broadcasts the change.
    """

    min_width = 920

    def __init__(self, session: AppSession, trainee_id: str | None = None,
                 initial: TraineeInput | None = None, default_municipality: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._trainee_id = trainee_id
        self._keep_hetu = False  # editing: the stored HETU stays unless a new one is typed
        self.result_id: str | None = None
        self.warnings: list[Message] = []
        self.setWindowTitle(self.tr("Edit trainee") if trainee_id else self.tr("New trainee"))
        self._build()
        if initial is not None:
            self.set_input(initial)
        elif default_municipality:
            self.municipality.set_value(default_municipality)

    # --- building ------------------------------------------------------------------------
    def _build(self) -> None:
        wrap = self.errors.wrap
        self.last_name = QLineEdit()
        self.first_name = QLineEdit()
        self.hetu = QLineEdit()
        self.hetu.setPlaceholderText(self.tr("e.g. 131052-308T"))
        self.birth_date = OptionalDateEdit()
        self.gender = ChoiceCombo(enum_choices(Gender))
        self.gender.set_value(Gender.UNKNOWN)
        municipalities = reference.municipalities(self._session.ctx)
        self.municipality = ChoiceCombo(
            [(m.key, m.label) for m in municipalities],
            none_label=None if len(municipalities) == 1 else self.tr("Choose…"))
        self.phone = QLineEdit()
        self.email = QLineEdit()
        self.address = QLineEdit()
        self.consent_date = OptionalDateEdit()
        self.referred_by = QLineEdit()
        self.referred_by.setPlaceholderText(self.tr("Client manager who referred the trainee"))

        personal = QGroupBox(self.tr("Personal details"))
        form = form_layout(personal)
        form.addRow(required(self.tr("Last name")), wrap("last_name", self.last_name))
        form.addRow(required(self.tr("First name")), wrap("first_name", self.first_name))
        form.addRow(self.tr("Personal identity code"), wrap("hetu", self.hetu))
        form.addRow(self.tr("Birth date"), wrap("birth_date", self.birth_date))
        form.addRow("", hint_label(self.tr("Taken from the identity code when left empty."),
                                         wrap=False))
        form.addRow(self.tr("Gender"), wrap("gender", self.gender))
        form.addRow(required(self.tr("Municipality")),
                    wrap("municipality_code", self.municipality))
        form.addRow(self.tr("Phone"), wrap("phone", self.phone))
        form.addRow(self.tr("E-mail"), wrap("email", self.email))
        form.addRow(self.tr("Address"), wrap("address", self.address))
        form.addRow(self.tr("Consent date"), wrap("consent_date", self.consent_date))
        form.addRow(self.tr("Referred by"), wrap("referred_by", self.referred_by))

        self.target_groups = CheckList(enum_choices(TargetGroup))
        groups = QGroupBox(self.tr("Target groups"))
        self.target_groups.setAccessibleName(groups.title())
        QVBoxLayout(groups).addWidget(wrap("target_groups", self.target_groups))

        self.languages = QLineEdit()
        self.languages.setPlaceholderText(self.tr("e.g. fi, ru, ar"))
        self.employment_status = ChoiceCombo(enum_choices(EmploymentStatus),
                                             none_label=self.tr("Not set"))
        self.education_level = ChoiceCombo(enum_choices(EducationLevel),
                                           none_label=self.tr("Not set"))
        self.flags = {name: TriStateCombo() for name in ESF_FLAGS}
        flag_labels = {
            "disability": self.tr("Disability"),
            "third_country_national": self.tr("Third-country national"),
            "foreign_background": self.tr("Foreign background"),
            "minority": self.tr("Minority"),
            "homeless": self.tr("Homeless"),
            "rural": self.tr("Lives in a rural area"),
        }
        esf = QGroupBox(self.tr("Languages and ESF+ entry data"))
        esf_form = form_layout(esf)
        esf_form.addRow(self.tr("Languages"), wrap("languages", self.languages))
        esf_form.addRow("", hint_label(self.tr("ISO codes separated by commas."), wrap=False))
        esf_form.addRow(self.tr("Employment status"),
                        wrap("employment_status", self.employment_status))
        esf_form.addRow(self.tr("Education"), wrap("education_level", self.education_level))
        for name, combo in self.flags.items():
            esf_form.addRow(flag_labels[name], wrap(name, combo))
        esf_form.addRow("", hint_label(self.tr(
            "Disability and minority are special categories of personal data: record them "
            "only if the trainee agrees to tell.")))

        right = QVBoxLayout()
        right.addWidget(groups)
        right.addWidget(esf)
        right.addStretch(1)
        columns = QHBoxLayout()
        columns.addWidget(personal, 1)
        columns.addLayout(right, 1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons

        layout = QVBoxLayout(self)
        layout.addWidget(self.general)
        layout.addLayout(columns)
        layout.addWidget(buttons)
        self.last_name.setFocus()

    # --- data ------------------------------------------------------------------------
    def collect(self) -> TraineeInput:
        """What the user has entered, as the service's input (nothing validated here)."""
        return TraineeInput(
            first_name=self.first_name.text(),
            last_name=self.last_name.text(),
            municipality_code=str(self.municipality.value() or ""),
            hetu=self.hetu.text(),
            keep_hetu=self._keep_hetu and not self.hetu.text().strip(),
            birth_date=self.birth_date.value(),
            gender=self.gender.value() or Gender.UNKNOWN,
            phone=self.phone.text(),
            email=self.email.text(),
            address=self.address.text(),
            languages=[code for code in re.split(r"[,;\s]+", self.languages.text()) if code],
            target_groups=list(self.target_groups.checked_values()),
            consent_date=self.consent_date.value(),
            referred_by=self.referred_by.text(),
            employment_status=self.employment_status.value(),
            education_level=self.education_level.value(),
            **{name: combo.value() for name, combo in self.flags.items()},
        )

    def set_input(self, data: TraineeInput) -> None:
        self.first_name.setText(data.first_name)
        self.last_name.setText(data.last_name)
        self.municipality.set_value(data.municipality_code)
        self._keep_hetu = data.keep_hetu
        if data.keep_hetu:
            self.hetu.clear()
            self.hetu.setPlaceholderText(self.tr("{code} (kept; type a new code to change it)")
                                         .format(code=data.hetu or ""))
        else:
            self.hetu.setText(data.hetu or "")
        self.birth_date.set_value(data.birth_date)
        self.gender.set_value(Gender(data.gender))
        self.phone.setText(data.phone or "")
        self.email.setText(data.email or "")
        self.address.setText(data.address or "")
        self.languages.setText(", ".join(data.languages))
        self.target_groups.set_checked(data.target_groups)
        self.consent_date.set_value(data.consent_date)
        self.referred_by.setText(data.referred_by or "")
        self.employment_status.set_value(data.employment_status)
        self.education_level.set_value(data.education_level)
        for name, combo in self.flags.items():
            combo.set_value(getattr(data, name))

    def save(self) -> None:
        """Save through the service; on invalid input show the messages and stay open."""
        self.errors.clear()
        data = self.collect()
        ctx = self._session.ctx
        try:
            if self._trainee_id:
                result = update_trainee(ctx, self._trainee_id, data)
            else:
                result = create_trainee(ctx, data)
        except ValidationError as error:
            self.errors.show(error)
            return
        except DomainError as error:
            show_error(self, error)
            return
        self.result_id = result.id
        self.warnings = list(result.warnings)
        self.accept()
        self._session.notify("trainee", result.id)
