"""Creating and editing trainees.

The ORM is imported when a service runs, not with this module: the UI imports it while
the window is still being built (see `models.database`)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, fields, replace
from datetime import date
from typing import TYPE_CHECKING

from toimi_desktop.i18n import QT_TRANSLATE_NOOP as N_
from toimi_desktop.models.enums import EducationLevel, EmploymentStatus, Gender, Role, TargetGroup
from toimi_desktop.services.access import Right, require_trainee
from toimi_desktop.services.context import ServiceContext, Transaction
from toimi_desktop.services.errors import DomainError, Message, NotFound, Problems
from toimi_desktop.services.hetu import parse_hetu

if TYPE_CHECKING:
    from toimi_desktop.models import Trainee

WRITERS = (Role.COACH, Role.CAREER_AGENT, Role.COORDINATOR)
MIN_AGE, MAX_AGE = 15, 80
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE = re.compile(r"^\+?[0-9 ()-]{5,20}$")
_LANGUAGE = re.compile(r"^[a-z]{2,3}$")


@dataclass
class TraineeInput:
    """What the create/edit dialog (or an import) hands to the service."""

    first_name: str
    last_name: str
    municipality_code: str
    hetu: str | None = None
    birth_date: date | None = None
    gender: Gender = Gender.UNKNOWN
    phone: str | None = None
    email: str | None = None
    address: str | None = None
    languages: list[str] = field(default_factory=list)
    target_groups: list[TargetGroup] = field(default_factory=list)
    consent_date: date | None = None
    referred_by: str | None = None
    employment_status: EmploymentStatus | None = None
    education_level: EducationLevel | None = None
    disability: bool | None = None
    third_country_national: bool | None = None
    foreign_background: bool | None = None
    minority: bool | None = None
    homeless: bool | None = None
    rural: bool | None = None
    # Editing: keep the stored HETU without showing it (the dialog shows it masked).
    keep_hetu: bool = False


@dataclass(frozen=True)
class SaveResult:
    id: str
    warnings: list[Message] = field(default_factory=list)


def _clean(text: str | None) -> str | None:
    text = (text or "").strip()
    return text or None


def _validate(tx: Transaction, data: TraineeInput, trainee_id: str | None,
              today: date) -> tuple[dict[str, object], list[Message]]:
    """Check every field; return the values to store and any warnings."""
    from sqlalchemy import select

    from toimi_desktop.models import Municipality, Trainee

    problems = Problems()
    warnings: list[Message] = []
    values: dict[str, object] = {}

    for name, label_max in (("first_name", 80), ("last_name", 80)):
        value = _clean(getattr(data, name))
        if not value:
            problems.add(name, N_("errors", "Name is required."))
        elif len(value) > label_max:
            problems.add(name, N_("errors", "At most {n} characters."), n=label_max)
        values[name] = value

    hetu = _clean(data.hetu)
    birth_date = data.birth_date
    if hetu:
        try:
            parsed = parse_hetu(hetu)
        except DomainError as error:
            problems.add("hetu", error.message.template, **error.message.params)
        else:
            hetu = parsed.code
            if parsed.temporary:
                warnings.append(Message(N_("errors", "The personal identity code is a "
                                                     "temporary one (900–999).")))
            if birth_date is None:
                birth_date = parsed.birth_date
            elif birth_date != parsed.birth_date:
                problems.add("birth_date", N_("errors", "Birth date does not match the "
                                                        "personal identity code."))
            clash = tx.session.scalar(
                select(Trainee.id).where(Trainee.hetu == hetu, Trainee.id != (trainee_id or ""),
                                         Trainee.deleted.is_(False)).limit(1)
            )
            if clash:
                problems.add("hetu", N_("errors", "Another trainee already has this personal "
                                                  "identity code."))
    values["hetu"] = hetu

    if birth_date is not None and "birth_date" not in problems:
        if birth_date > today:
            problems.add("birth_date", N_("errors", "Birth date cannot be in the future."))
        else:
            age = today.year - birth_date.year - ((today.month, today.day) <
                                                  (birth_date.month, birth_date.day))
            if not MIN_AGE <= age <= MAX_AGE:
                problems.add("birth_date", N_("errors", "Age must be {low}–{high} years."),
                             low=MIN_AGE, high=MAX_AGE)
    values["birth_date"] = birth_date

    email = _clean(data.email)
    if email and not _EMAIL.match(email):
        problems.add("email", N_("errors", "The e-mail address is not valid."))
    phone = _clean(data.phone)
    if phone and not _PHONE.match(phone):
        problems.add("phone", N_("errors", "The phone number may contain digits, spaces, "
                                           "+, - and brackets."))
    values.update(email=email, phone=phone, address=_clean(data.address),
                  referred_by=_clean(data.referred_by))

    languages = [code.strip().lower() for code in data.languages if code.strip()]
    if any(not _LANGUAGE.match(code) for code in languages):
        problems.add("languages", N_("errors", "Give languages as ISO codes, e.g. fi, ru, ar."))
    values["languages"] = sorted(set(languages), key=languages.index)
    try:
        values["target_groups"] = sorted({TargetGroup(g).value for g in data.target_groups})
    except ValueError:
        problems.add("target_groups", N_("errors", "Unknown target group."))

    if data.consent_date and data.consent_date > today:
        problems.add("consent_date", N_("errors", "Consent date cannot be in the future."))
    values["consent_date"] = data.consent_date

    if tx.session.get(Municipality, data.municipality_code) is None:
        problems.add("municipality_code", N_("errors", "Choose a municipality."))
    elif not tx.actor.may_access(data.municipality_code):
        problems.add("municipality_code", N_("errors", "You have no rights to data of this "
                                                       "municipality."))
    values["municipality_code"] = data.municipality_code

    for name in ("gender", "employment_status", "education_level", "disability",
                 "third_country_national", "foreign_background", "minority", "homeless",
                 "rural"):
        values[name] = getattr(data, name)
    values["gender"] = Gender(values["gender"] or Gender.UNKNOWN)

    problems.raise_if_any()
    return values, warnings


def create_trainee(ctx: ServiceContext, data: TraineeInput, today: date | None = None
                   ) -> SaveResult:
    from toimi_desktop.models import Trainee

    ctx.require_role(*WRITERS)
    today = today or date.today()
    with ctx.transaction() as tx:
        values, warnings = _validate(tx, data, None, today)
        trainee = Trainee(**values)
        tx.stamp(trainee, list(values))
        tx.session.flush()
        tx.audit("trainee.create", "trainee", trainee.id, trainee.municipality_code,
                 {"fields": sorted(values)})
        return SaveResult(trainee.id, warnings)


def update_trainee(ctx: ServiceContext, trainee_id: str, data: TraineeInput,
                   today: date | None = None) -> SaveResult:
    from toimi_desktop.models import Trainee

    ctx.require_role(*WRITERS)
    today = today or date.today()
    with ctx.transaction() as tx:
        trainee = tx.session.get(Trainee, trainee_id)
        if trainee is None or trainee.deleted:
            raise NotFound(N_("errors", "The trainee no longer exists."))
        ctx.require_municipality(trainee.municipality_code)
        require_trainee(ctx, trainee_id, Right.REGISTER)
        if data.keep_hetu:
            data = replace(data, hetu=trainee.hetu, keep_hetu=False)
        values, warnings = _validate(tx, data, trainee_id, today)
        changed = [name for name, value in values.items() if getattr(trainee, name) != value]
        if not changed:
            return SaveResult(trainee.id, warnings)
        for name in changed:
            setattr(trainee, name, values[name])
        tx.stamp(trainee, changed)
        tx.audit("trainee.update", "trainee", trainee.id, trainee.municipality_code,
                 {"fields": sorted(changed)})
        return SaveResult(trainee.id, warnings)


def input_from_trainee(trainee: Trainee) -> TraineeInput:
    """The editable fields of a stored trainee, e.g. to pre-fill the edit dialog."""
    names = [f.name for f in fields(TraineeInput) if f.name != "keep_hetu"]
    values = {name: getattr(trainee, name) for name in names}
    values["target_groups"] = [TargetGroup(g) for g in trainee.target_groups or []]
    values["languages"] = list(trainee.languages or [])
    return TraineeInput(**values)
