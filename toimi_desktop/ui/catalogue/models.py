"""The tables of the work section: tasks, orders, packages, environments, and the planning
day's trainees. Each is a `RowTableModel` over the services' plain rows."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from toimi_desktop.models.enums import OrderStatus, TaskFit
from toimi_desktop.services.catalogue import TaskRow
from toimi_desktop.services.orders import OrderRow
from toimi_desktop.services.planning import LevelSource, Reason, TraineePlan
from toimi_desktop.services.work_rules import Advice
from toimi_desktop.ui.catalogue.common import Column, RowTableModel, hours
from toimi_desktop.ui.text import enum_label, format_date, number
from toimi_desktop.ui.widgets.weekdays import weekday_names, weekday_text  # noqa: F401 - shared


def advice_text(row: TaskRow) -> str:
    advice = row.advice
    if advice is None:
        return ""
    if advice.advice is Advice.LOWER:
        return QCoreApplication.translate("TaskTableModel", "Evidence: suits level {level}"
                                          ).format(level=advice.level)
    if advice.advice is Advice.RAISE:
        return QCoreApplication.translate("TaskTableModel", "Evidence: needs level {level}"
                                          ).format(level=advice.level)
    return QCoreApplication.translate("TaskTableModel", "Evidence: not suitable")


class TaskTableModel(RowTableModel):
    def __init__(self, show_environment: bool = True, parent: QObject | None = None) -> None:
        columns = [
            Column(self.tr("Task"), lambda r: r.name, tooltip=lambda r: r.description),
            Column(self.tr("Field"), lambda r: enum_label(r.field)),
            Column(self.tr("Skill"), lambda r: str(r.skill_level), right=True),
            Column(self.tr("Ability"), lambda r: str(r.work_ability_level), right=True,
                   tooltip=lambda r: self.tr("Work-ability demand")),
            Column(self.tr("Season"), lambda r: enum_label(r.season)),
            Column(self.tr("Evaluations"), self._evidence, tooltip=self._evidence_tip),
            Column(self.tr("Evidence suggests"), self._advice, tooltip=advice_text),
        ]
        if show_environment:
            columns.insert(1, Column(self.tr("Environment"), lambda r: r.environment))
        super().__init__(columns, parent)

    def _evidence(self, row: TaskRow) -> str:
        if not row.evaluations:
            return ""
        suitable = sum(e.suitable for e in row.evidence)
        return self.tr("{suitable}/{total} suitable").format(suitable=suitable,
                                                             total=row.evaluations)

    def _advice(self, row: TaskRow) -> str:
        advice = row.advice
        if advice is None:
            return ""
        if advice.level is None:
            return self.tr("not suitable")
        arrow = "↓" if advice.advice is Advice.LOWER else "↑"
        return self.tr("{arrow} level {level}").format(arrow=arrow, level=advice.level)

    def _evidence_tip(self, row: TaskRow) -> str | None:
        if not row.evaluations:
            return self.tr("Not evaluated yet")
        return "\n".join(self.tr("Level {level}: {s} suitable, {w} with support, {n} not "
                                 "suitable").format(level=e.level, s=e.suitable,
                                                    w=e.with_support, n=e.not_suitable)
                         for e in row.evidence if e.total)


class OrderTableModel(RowTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([
            Column(self.tr("Order"), lambda r: r.title, tooltip=lambda r: r.location),
            Column(self.tr("Orderer"), lambda r: r.orderer_department),
            Column(self.tr("Status"), lambda r: enum_label(r.status)),
            Column(self.tr("Planned"), lambda r: hours(r.planned_hours), right=True),
            Column(self.tr("Done"), lambda r: hours(r.done_hours), right=True),
            Column(self.tr("Done %"), self._share, right=True),
            Column(self.tr("Start"), lambda r: format_date(r.starts_on)),
            Column(self.tr("End"), lambda r: format_date(r.ends_on)),
            Column(self.tr("Feedback"), self._feedback,
                   tooltip=lambda r: r.feedback_comment),
        ], parent)

    @staticmethod
    def _share(row: OrderRow) -> str:
        return "" if row.progress is None else f"{round(row.progress * 100)} %"

    def _feedback(self, row: OrderRow) -> str:
        if row.feedback_score is None:
            return self.tr("awaited") if row.status is OrderStatus.DONE else ""
        return "★" * row.feedback_score + "☆" * (5 - row.feedback_score)


class PackageTableModel(RowTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([
            Column(self.tr("Package"), lambda r: r.name, tooltip=lambda r: r.description),
            Column(self.tr("Environment"), lambda r: r.environment),
            Column(self.tr("Skill levels"),
                   lambda r: f"{r.min_skill_level}–{r.max_skill_level}"),
            Column(self.tr("Work-ability levels"),
                   lambda r: f"{r.min_work_ability_level}–{r.max_work_ability_level}"),
            Column(self.tr("Typical hours"), lambda r: hours(r.typical_hours), right=True),
            Column(self.tr("€ / hour"), lambda r: "" if r.price_per_hour is None
                   else number(r.price_per_hour), right=True),
            Column(self.tr("Tasks"), lambda r: ", ".join(t.name for t in r.tasks)),
        ], parent)


class EnvironmentTableModel(RowTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([
            Column(self.tr("Environment"), lambda r: r.name),
            Column(self.tr("Municipality"), lambda r: r.municipality),
            Column(self.tr("Kind"), lambda r: enum_label(r.kind)),
            Column(self.tr("Open"), lambda r: weekday_text(r.open_weekdays)),
            Column(self.tr("Coaches"), lambda r: ", ".join(r.coaches),
                   tooltip=lambda r: "\n".join(r.coaches) or None),
            Column(self.tr("Tasks in use"), lambda r: str(r.active_tasks), right=True),
            Column(self.tr("Open orders"), lambda r: str(r.open_orders), right=True),
        ], parent)


class PlanTraineeModel(RowTableModel):
    """The planning day's trainees with their levels and the tasks that fit them."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([
            Column(self.tr("Trainee"), lambda r: r.name, tooltip=lambda r: r.goals),
            Column(self.tr("Period"), lambda r: enum_label(r.period_kind)),
            Column(self.tr("Hours"), lambda r: number(r.hours_per_day), right=True),
            Column(self.tr("Levels"), self._levels, tooltip=self._source),
            Column(self.tr("Fitting tasks"), self._tasks, tooltip=self._why),
        ], parent)

    def _levels(self, row: TraineePlan) -> str:
        return f"{row.levels.skill} / {row.levels.work_ability}"

    def _source(self, row: TraineePlan) -> str:
        return {LevelSource.ASSESSMENT: self.tr("From the latest assessment"),
                LevelSource.EVALUATION: self.tr("From the latest task evaluation"),
                LevelSource.DEFAULT: self.tr("Assumed from the period: no assessment yet")
                }[row.levels.source]

    def _tasks(self, row: TraineePlan) -> str:
        return ", ".join(f.name if f.fit is TaskFit.SUITABLE else self.tr("{task} (with "
                                                                          "support)")
                         .format(task=f.name) for f in row.fitting)

    def _why(self, row: TraineePlan) -> str | None:
        reasons = {Reason.GOAL: self.tr("the period's goals"),
                   Reason.PROVEN: self.tr("evaluated suitable"),
                   Reason.ORDER: self.tr("an open order"),
                   Reason.FAMILIAR: self.tr("done lately")}
        lines = [f"{f.name}: {', '.join(reasons[r] for r in f.reasons)}" if f.reasons
                 else f.name for f in row.fitting]
        return "\n".join(lines) or None
