"""The service catalogue of an environment (its work service packages and task catalogue)
and a one-page service card per package, for the ordering departments.

`toimi report services --db PATH --environment NAME --out FILE.pdf`; the UI's packages view
prints the same. The data comes from the catalogue services; the layout is reportlab's.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.platypus import KeepTogether

from toimi_desktop.i18n import QT_TRANSLATE_NOOP as N_
from toimi_desktop.i18n import translate
from toimi_desktop.models.enums import (
    SKILL_LEVELS,
    WORK_ABILITY_LEVELS,
    EnvironmentKind,
    WorkField,
)
from toimi_desktop.reports import pdf
from toimi_desktop.services.actor import ReadContext
from toimi_desktop.services.catalogue import TaskFilter, TaskRow, task_list
from toimi_desktop.services.errors import NotFound, PermissionDenied
from toimi_desktop.services.packages import PackageRow, package_list
from toimi_desktop.services.work_rules import CATALOGUE_READERS, READERS

TITLE = N_("reports", "Service catalogue")
CARD_TITLE = N_("reports", "Service card: {name}")
SUBTITLE = N_("reports", "{environment}, {municipality}")
CONTACT = N_("reports", "Contact: {contact}")
PACKAGES = N_("reports", "Work service packages")
TASKS = N_("reports", "Task catalogue")
NO_PACKAGES = N_("reports", "No work service packages yet.")
NO_TASKS = N_("reports", "No tasks in use.")
SUITS = N_("reports", "Suits")
SKILL_RANGE = N_("reports", "skill levels {low}–{high}")
ABILITY_RANGE = N_("reports", "work-ability levels {low}–{high}")
TYPICAL_HOURS = N_("reports", "Typical hours")
PRICE = N_("reports", "Internal price")
PRICE_LINE = N_("reports", "{price} € / h, typically {total} €")
PRICE_PER_HOUR = N_("reports", "{price} € / h")
TRACK_RECORD = N_("reports", "Done so far")
TRACK_LINE = N_("reports", "Orders done: {orders}, feedback {score} / 5 on average")
TRACK_COUNT = N_("reports", "Orders done: {orders}")
TRACK_NONE = N_("reports", "No orders done yet")
INCLUDED = N_("reports", "Tasks included")
COL_TASK = N_("reports", "Task")
COL_FIELD = N_("reports", "Field")
COL_LEVELS = N_("reports", "Skill / work ability")
COL_SEASON = N_("reports", "Season")
COL_LOAD = N_("reports", "Physical load")
COL_SAFETY = N_("reports", "Safety")
GROUP_WORK = N_("reports", "group work")
INDUCTION = N_("reports", "induction needed")
LEGEND = N_("reports", "Levels")
SKILL_HEADING = N_("reports", "Skill level")
ABILITY_HEADING = N_("reports", "Work-ability demand")
NOT_SET = "–"


@dataclass(frozen=True)
class TrackRecord:
    orders_done: int
    mean_score: float | None


@dataclass(frozen=True)
class ServiceCatalogue:
    environment_id: str
    environment: str
    municipality: str
    kind: EnvironmentKind
    address: str | None
    contact: str | None  # None for the steering group (no persons)
    packages: tuple[PackageRow, ...]
    tasks: tuple[TaskRow, ...]
    track: dict[str, TrackRecord]  # by package id


def find_environment_id(ctx: ReadContext, name_or_id: str) -> str:
    """The id of an environment given by name (as on the command line) or id."""
    row = ctx.db.reader().execute(
        "SELECT id, municipality_code FROM environment WHERE deleted = 0 AND (id = ? OR name = ?)"
        " ORDER BY id = ? DESC LIMIT 1", (name_or_id, name_or_id, name_or_id)).fetchone()
    if row is None:
        raise NotFound(N_("errors", "No coaching environment “{name}”."), name=name_or_id)
    if not ctx.actor.may_access(row[1]):
        raise PermissionDenied(N_("errors", "You have no rights to data of this "
                                            "municipality."))
    return row[0]


def service_catalogue(ctx: ReadContext, environment_id: str) -> ServiceCatalogue:
    """What the catalogue and the cards print: packages and active tasks, with each
    package's orders done and their mean feedback."""
    if ctx.actor.role not in CATALOGUE_READERS:
        raise PermissionDenied(N_("errors", "Your role ({role}) does not allow this."),
                               role=ctx.actor.role)
    conn = ctx.db.reader()
    row = conn.execute(
        "SELECT e.name, m.name, e.kind, e.address, e.contact_name, e.contact_phone,"
        " e.contact_email, e.municipality_code FROM environment e"
        " JOIN municipality m ON m.code = e.municipality_code WHERE e.id = ? AND e.deleted = 0",
        (environment_id,)).fetchone()
    if row is None:
        raise NotFound(N_("errors", "The coaching environment no longer exists."))
    if not ctx.actor.may_access(row[7]):
        raise PermissionDenied(N_("errors", "You have no rights to data of this "
                                            "municipality."))
    contact = ", ".join(v for v in row[4:7] if v) or None
    packages = tuple(package_list(ctx, environment_id))
    track = {}
    for package in packages:
        ids = [t.id for t in package.tasks]
        marks = ",".join("?" * len(ids))
        done, mean = conn.execute(
            "SELECT count(*), avg(feedback_score) FROM work_order WHERE deleted = 0"
            f" AND status = 'done' AND task_id IN ({marks})", ids).fetchone() if ids else (0,
                                                                                       None)
        track[package.id] = TrackRecord(done, mean)
    return ServiceCatalogue(
        environment_id=environment_id, environment=row[0], municipality=row[1],
        kind=EnvironmentKind(row[2]), address=row[3],
        contact=contact if ctx.actor.role in READERS else None, packages=packages,
        tasks=tuple(task_list(ctx, TaskFilter(environment_id=environment_id))), track=track)


# --- layout -------------------------------------------------------------------------------------

def _p(text: str | None, style: str = "body") -> pdf.Paragraph:
    return pdf.para(escape(text or ""), style)


def _header(data: ServiceCatalogue, title: str, t, language: str | None) -> list:
    lines = [pdf.para(escape(title), "title"),
             pdf.para(escape(t(SUBTITLE).format(environment=data.environment,
                                                municipality=data.municipality)), "subtitle")]
    facts = [data.kind.translated(language), data.address or ""]
    lines.append(_p(" · ".join(f for f in facts if f)))
    if data.contact:
        lines.append(_p(t(CONTACT).format(contact=data.contact)))
    return [*lines, pdf.spacer()]


def _package_block(package: PackageRow, track: TrackRecord, t, language: str | None) -> list:
    suits = ", ".join((t(SKILL_RANGE).format(low=package.min_skill_level,
                                             high=package.max_skill_level),
                       t(ABILITY_RANGE).format(low=package.min_work_ability_level,
                                               high=package.max_work_ability_level)))
    hours = f"{pdf.fi_number(package.typical_hours, 0)} h" if package.typical_hours else NOT_SET
    if package.price_per_hour is None:
        price = NOT_SET
    elif package.typical_price is None:
        price = t(PRICE_PER_HOUR).format(price=pdf.fi_number(package.price_per_hour))
    else:
        price = t(PRICE_LINE).format(price=pdf.fi_number(package.price_per_hour),
                                     total=pdf.fi_number(package.typical_price, 0))
    if not track.orders_done:
        record = t(TRACK_NONE)
    elif track.mean_score is None:
        record = t(TRACK_COUNT).format(orders=track.orders_done)
    else:
        record = t(TRACK_LINE).format(orders=track.orders_done,
                                      score=pdf.fi_number(track.mean_score, 1))
    cell = pdf.styles()["cell"]
    facts = pdf.Table([[pdf.Paragraph(escape(k), pdf.styles()["head"]),
                        pdf.Paragraph(escape(v), cell)] for k, v in (
        (t(SUITS), suits), (t(TYPICAL_HOURS), hours), (t(PRICE), price),
        (t(TRACK_RECORD), record))], colWidths=[38 * pdf.mm, 140 * pdf.mm])
    facts.hAlign = "LEFT"
    facts.setStyle(pdf.TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("LEFTPADDING", (0, 0), (0, -1), 0)]))
    rows = [[pdf.Paragraph(escape(task.name), cell),
             WorkField(task.field).translated(language),
             f"{task.skill_level} / {task.work_ability_level}",
             pdf.Paragraph(escape(task.description or ""), cell)] for task in package.tasks]
    return [KeepTogether([
        pdf.heading(escape(package.name)), _p(package.description), pdf.spacer(2), facts,
        pdf.spacer(2), pdf.para(escape(t(INCLUDED)), "small"),
        pdf.data_table([t(COL_TASK), t(COL_FIELD), t(COL_LEVELS), ""], rows,
                       col_widths=[48 * pdf.mm, 32 * pdf.mm, 24 * pdf.mm, 74 * pdf.mm])])]


def _tasks(tasks: tuple[TaskRow, ...], t, language: str | None) -> list:
    if not tasks:
        return [_p(t(NO_TASKS))]
    cell = pdf.styles()["cell"]
    story: list = []
    for work_field in WorkField:
        of_field = [task for task in tasks if task.field is work_field]
        if not of_field:
            continue
        rows = []
        for task in of_field:
            notes = [t(GROUP_WORK)] if task.group_work else []
            if task.induction_needed:
                notes.append(t(INDUCTION))
            rows.append([
                pdf.Paragraph(f"<b>{escape(task.name)}</b><br/>"
                              f"{escape(task.description or '')}", cell),
                f"{task.skill_level} / {task.work_ability_level}",
                task.season.translated(language), task.physical_load.translated(language),
                pdf.Paragraph(escape(", ".join(notes)), cell)])
        table = pdf.data_table([t(COL_TASK), t(COL_LEVELS), t(COL_SEASON), t(COL_LOAD), ""],
                               rows, col_widths=[76 * pdf.mm, 24 * pdf.mm, 26 * pdf.mm,
                                                 24 * pdf.mm, 28 * pdf.mm])
        title = pdf.para(f"<b>{escape(work_field.translated(language))}</b>")
        story += [KeepTogether([title, table]), pdf.spacer(3)]
    return story


def _legend(t, language: str | None) -> list:
    rows = [[level, translate("enums", SKILL_LEVELS[level], language),
             translate("enums", WORK_ABILITY_LEVELS[level], language)] for level in (1, 2, 3)]
    cell = pdf.styles()["cell"]
    rows = [[r[0], pdf.Paragraph(escape(r[1]), cell), pdf.Paragraph(escape(r[2]), cell)]
            for r in rows]
    return [pdf.heading(escape(t(LEGEND))),
            pdf.data_table(["", t(SKILL_HEADING), t(ABILITY_HEADING)], rows,
                           col_widths=[10 * pdf.mm, 84 * pdf.mm, 84 * pdf.mm])]


def write_catalogue_pdf(data: ServiceCatalogue, out: Path | str, who: str,
                        language: str | None = None) -> None:
    """The environment's packages, then its task catalogue by field, then the levels."""
    t = pdf.translator(language)
    title = t(TITLE)
    story = _header(data, title, t, language)
    story.append(pdf.heading(escape(t(PACKAGES))))
    active = [p for p in data.packages if p.active]
    if not active:
        story.append(_p(t(NO_PACKAGES)))
    for package in active:
        story += [*_package_block(package, data.track[package.id], t, language), pdf.spacer(4)]
    story += [pdf.heading(escape(t(TASKS))), *_tasks(data.tasks, t, language),
              *_legend(t, language)]
    pdf.build_pdf(out, f"{title} – {data.environment}", story, who=who, language=language)


def write_service_card(data: ServiceCatalogue, package_id: str, out: Path | str, who: str,
                       language: str | None = None) -> None:
    """One package on its own page: what it is, whom it suits, hours and price, tasks."""
    package = next((p for p in data.packages if p.id == package_id), None)
    if package is None:
        raise NotFound(N_("errors", "The service package no longer exists."))
    t = pdf.translator(language)
    title = t(CARD_TITLE).format(name=package.name)
    story = [*_header(data, title, t, language),
             *_package_block(package, data.track[package.id], t, language),
             *_legend(t, language)]
    pdf.build_pdf(out, title, story, who=who, language=language)
