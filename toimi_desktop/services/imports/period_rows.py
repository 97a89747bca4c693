"""Importing coaching periods: `start_period`, and `close_period` when the row gives an end
date and an outcome. A period is the same one again if it has the same trainee,
environment and start date."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, ClassVar

from toimi_desktop.i18n import QT_TRANSLATE_NOOP as N_
from toimi_desktop.models.enums import ExitOutcome, PeriodKind
from toimi_desktop.services.errors import Message
from toimi_desktop.services.imports.rows import (
    EXISTS,
    Row,
    RowImporter,
    TraineeFinder,
    lookup_by_name,
    name_key,
)
from toimi_desktop.services.imports.values import parse_date, parse_enum, parse_number, parse_whole
from toimi_desktop.services.periods import PeriodInput, close_period, start_period

if TYPE_CHECKING:
    from toimi_desktop.services.context import ServiceContext, Transaction

_KIND_WORDS = {"ktt": PeriodKind.REHABILITATIVE_WORK,
               "kuntouttava": PeriodKind.REHABILITATIVE_WORK,
               "tyovalmennus": PeriodKind.COACHING, "valmennus": PeriodKind.COACHING,
               "muu": PeriodKind.OTHER}
_OUTCOME_WORDS = {"tyo": ExitOutcome.OPEN_LABOUR_MARKET,
                  "tyollistyi": ExitOutcome.OPEN_LABOUR_MARKET,
                  "keskeytti": ExitOutcome.DROPOUT, "keskeytys": ExitOutcome.DROPOUT,
                  "muutti": ExitOutcome.MOVED_AWAY, "opiskelu": ExitOutcome.EDUCATION}


@dataclass(frozen=True)
class _NewPeriod:
    trainee_id: str
    data: PeriodInput
    end_date: date | None
    outcome: ExitOutcome | None


class PeriodImporter(RowImporter):
    SERVICE_FIELDS: ClassVar[dict[str, str | None]] = {
        "environment_id": "environment", "exit_outcome": "outcome", "coach_id": None,
        "career_agent_id": None}

    def __init__(self, ctx: ServiceContext, tx: Transaction, today: date) -> None:
        super().__init__(ctx, tx, today)
        from sqlalchemy import select

        from toimi_desktop.models import Environment

        self.finder = TraineeFinder(self)
        self.environments = {
            name_key(name): env_id for env_id, name, code in self.session.execute(
                select(Environment.id, Environment.name, Environment.municipality_code)
                .where(Environment.deleted.is_(False)).order_by(Environment.name))
            if ctx.actor.may_access(code)}

    def prepare(self, row: Row) -> object:
        trainee = self.finder.find(row)
        name = row.text("environment")
        environment_id = lookup_by_name(self.environments, name)
        if environment_id is None:
            row.problem("environment", N_("errors", "Unknown coaching environment “{name}”.")
                        if name else N_("errors", "Choose a coaching environment."), name=name)
        kind = row.parse("kind", lambda v: parse_enum(PeriodKind, v, _KIND_WORDS))
        if kind is None and row.text("kind") is None:
            row.problem("kind", N_("errors", "Give the kind of period."))
        start = row.parse("start_date", parse_date)
        if start is None and row.text("start_date") is None:
            row.problem("start_date", N_("errors", "Start date is required."))
        planned_end = row.parse("planned_end_date", parse_date)
        end = row.parse("end_date", parse_date)
        outcome = row.parse("outcome", lambda v: parse_enum(ExitOutcome, v, _OUTCOME_WORDS))
        if end and outcome is None and row.text("outcome") is None:
            row.problem("outcome", N_("errors", "Give the outcome of a period that has ended."))
        if outcome and end is None and row.text("end_date") is None:
            row.problem("end_date", N_("errors", "Give the end date of a period that has an "
                                                 "outcome."))
        hours = row.parse("hours_per_day", parse_number)
        days = row.parse("days_per_week", parse_whole)
        if trainee is None or not row.ok:
            return None
        if not self.first_time(row, (trainee.id, environment_id, start),
                               N_("errors", "The same period as on row {row}.")):
            return None
        if self._exists(trainee.id, environment_id, start):
            return EXISTS
        data = PeriodInput(
            environment_id=environment_id, kind=kind, start_date=start,
            planned_end_date=planned_end,
            hours_per_day=4.0 if hours is None else hours,
            days_per_week=4 if days is None else days,
            goals=row.text("goals"), coaching_package=row.text("coaching_package"))
        return _NewPeriod(trainee.id, data, end, outcome)

    def _exists(self, trainee_id: str, environment_id: str, start: date) -> bool:
        from sqlalchemy import select

        from toimi_desktop.models import Period

        return self.session.scalar(select(Period.id).where(
            Period.trainee_id == trainee_id, Period.environment_id == environment_id,
            Period.start_date == start, Period.deleted.is_(False))) is not None

    def write(self, prepared: _NewPeriod) -> list[Message]:
        result = start_period(self.ctx, prepared.trainee_id, prepared.data)
        if prepared.end_date is not None:
            close_period(self.ctx, result.id, prepared.end_date, prepared.outcome,
                         today=self.today)
        return list(result.warnings)
