"""Importing trainees: a row becomes `create_trainee`, unless the register already has the
person (by identity code, else by name and birth date)."""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING, ClassVar

from toimi_desktop.i18n import QT_TRANSLATE_NOOP as N_
from toimi_desktop.models.enums import Gender, TargetGroup
from toimi_desktop.services.errors import DomainError, Message
from toimi_desktop.services.hetu import parse_hetu
from toimi_desktop.services.imports.rows import (
    EXISTS,
    Row,
    RowImporter,
    TraineeFinder,
    TraineeRef,
    name_key,
    names_match,
)
from toimi_desktop.services.imports.values import (
    parse_date,
    parse_enum,
    parse_languages,
    text,
)
from toimi_desktop.services.trainees import TraineeInput, create_trainee

if TYPE_CHECKING:
    from toimi_desktop.services.context import ServiceContext, Transaction

_GENDER_WORDS = {"n": Gender.FEMALE, "nainen": Gender.FEMALE, "f": Gender.FEMALE,
                 "m": Gender.MALE, "mies": Gender.MALE, "muu": Gender.NON_BINARY}
_TARGET_GROUP_WORDS = {"ptt": TargetGroup.LONG_TERM_UNEMPLOYED,
                       "pitkaaikaistyoton": TargetGroup.LONG_TERM_UNEMPLOYED,
                       "osatyokykyinen": TargetGroup.PARTIAL_WORK_ABILITY,
                       "maahanmuuttaja": TargetGroup.IMMIGRANT}


class TraineeImporter(RowImporter):
    SERVICE_FIELDS: ClassVar[dict[str, str | None]] = {"municipality_code": "municipality"}

    def __init__(self, ctx: ServiceContext, tx: Transaction, today: date) -> None:
        super().__init__(ctx, tx, today)
        self.finder = TraineeFinder(self)
        from sqlalchemy import select

        from toimi_desktop.models import Municipality

        self.municipalities: dict[str, str] = {}
        for code, name in self.session.execute(select(Municipality.code, Municipality.name)):
            self.municipalities[name_key(name)] = code
            self.municipalities[code] = code

    def prepare(self, row: Row) -> object:
        last, first = row.text("last_name"), row.text("first_name")
        for key, value in (("last_name", last), ("first_name", first)):
            if not value:
                row.problem(key, N_("errors", "Name is required."))
        code, born_in_code = None, None
        raw = row.text("hetu")
        if raw:
            try:
                parsed = parse_hetu(raw)
            except DomainError as error:
                row.add("hetu", error.message)
            else:
                code, born_in_code = parsed.code, parsed.birth_date
        before = len(row.problems)
        born = row.parse("birth_date", parse_date)
        if not raw and born is None and len(row.problems) == before:
            row.problem("hetu", N_("errors", "Give the personal identity code or the birth "
                                             "date: without either the trainee cannot be "
                                             "recognised when the file is imported again."))
        municipality = self._municipality(row)
        data = TraineeInput(
            first_name=first or "", last_name=last or "", municipality_code=municipality or "",
            hetu=code, birth_date=born or born_in_code,
            gender=row.parse("gender", lambda v: parse_enum(Gender, v, _GENDER_WORDS))
            or Gender.UNKNOWN,
            phone=row.text("phone"), email=row.text("email"), address=row.text("address"),
            languages=parse_languages(row.cells.get("languages")),
            target_groups=row.parse("target_groups", self._target_groups) or [],
            referred_by=row.text("referred_by"),
        )
        if not row.ok:
            return None
        return self._against_file_and_register(row, data)

    def _municipality(self, row: Row) -> str | None:
        value = row.text("municipality")
        if value is None:
            row.problem("municipality", N_("errors", "Choose a municipality."))
            return None
        code = self.municipalities.get(name_key(value)) or self.municipalities.get(
            value.zfill(3))
        if code is None:
            row.problem("municipality", N_("errors", "Unknown municipality “{name}”."),
                        name=value)
        return code

    @staticmethod
    def _target_groups(value: object) -> list[TargetGroup]:
        raw = text(value)
        if raw is None:
            return []
        return [parse_enum(TargetGroup, part, _TARGET_GROUP_WORDS)
                for part in re.split(r"[;,/\n]+", raw) if part.strip()]

    def _against_file_and_register(self, row: Row, data: TraineeInput) -> object:
        keys: list[object] = []
        if data.hetu:
            keys.append(("hetu", data.hetu))
        if data.birth_date:
            keys.append(("name", name_key(data.last_name), name_key(data.first_name).split()[0],
                         data.birth_date))
        for key in keys:
            if not self.first_time(row, key, N_("errors", "The same trainee as on row {row}.")):
                return None
        if data.hetu:
            existing = self.finder.by_hetu(data.hetu)
            if existing is not None:
                if names_match(existing, data.last_name, data.first_name):
                    return EXISTS
                row.problem("hetu", N_("errors", "Another trainee already has this personal "
                                                 "identity code."))
                return None
        if data.birth_date:
            same = self.finder.by_name(data.last_name, data.first_name, data.birth_date)
            if same and data.hetu and all(t.hetu and t.hetu != data.hetu for t in same):
                row.problem("hetu", N_("errors", "A trainee of this name and birth date has "
                                                 "another personal identity code in the "
                                                 "register."))
                return None
            if same:
                if data.hetu:
                    row.add("hetu", Message(N_("errors", "The trainee is already in the "
                                                         "register without a personal identity "
                                                         "code: add it there.")), warning=True)
                return EXISTS
        return data

    def write(self, prepared: TraineeInput) -> list[Message]:
        result = create_trainee(self.ctx, prepared, today=self.today)
        self.finder.add(TraineeRef(result.id, prepared.last_name.strip(),
                                   prepared.first_name.strip(), prepared.hetu,
                                   prepared.birth_date, prepared.municipality_code))
        return list(result.warnings)
