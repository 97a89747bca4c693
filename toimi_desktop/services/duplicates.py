"""One person registered twice: two laptops offline can each add the same HETU, and the
server refuses the second (`duplicate_hetu`, naming the first). Merging moves everything
recorded for the refused copy to the person the server has and retires the copy.

Periods, assessments, plans and task evaluations are re-pointed. Attendance is per person
and day (its id comes from that key), so each day of the copy becomes a day of the person;
where the person already has that day, theirs is kept and the copy's is retired (counted in
the result; nothing is deleted, a tombstone keeps it). Fields the person lacks are filled
from the copy. Then the copy is retired, and its refused changes are sent again: as a
tombstone the server takes them.
"""

from __future__ import annotations

from dataclasses import dataclass

from toimi_desktop.i18n import QT_TRANSLATE_NOOP as N_
from toimi_desktop.models.base import SYNC_COLUMNS
from toimi_desktop.services.context import ServiceContext
from toimi_desktop.services.errors import DomainError, NotFound
from toimi_desktop.services.trainees import WRITERS

# Trainee fields never copied from the copy to the person.
_KEEP = SYNC_COLUMNS | {"hetu"}


@dataclass(frozen=True)
class MergeResult:
    trainee_id: str  # the person everything now belongs to
    moved: int  # records re-pointed or moved to the person
    days_in_both: int  # attendance days both had: the person's entry was kept
    filled: tuple[str, ...]  # the person's empty fields filled from the copy


def merge_trainee(ctx: ServiceContext, copy_id: str, into_id: str) -> MergeResult:
    """Move what was recorded for `copy_id` to `into_id` (the same HETU) and retire the
    copy, in one transaction."""
    from sqlalchemy import select, text

    from toimi_desktop.models import (
        Assessment,
        Attendance,
        ContinuationPlan,
        Period,
        TaskEvaluation,
        Trainee,
    )
    from toimi_desktop.models.attendance import attendance_id

    ctx.require_role(*WRITERS)
    with ctx.transaction() as tx:
        session = tx.session
        copy, into = session.get(Trainee, copy_id), session.get(Trainee, into_id)
        if copy is None or into is None or copy.deleted or into.deleted:
            raise NotFound(N_("errors", "The trainee no longer exists."))
        ctx.require_municipality(copy.municipality_code)
        ctx.require_municipality(into.municipality_code)
        if copy_id == into_id or not copy.hetu or copy.hetu != into.hetu:
            raise DomainError(N_("errors", "Only two records with the same personal identity "
                                           "code can be merged."))
        moved = 0
        for model in (Period, Assessment, ContinuationPlan, TaskEvaluation):
            for row in session.scalars(select(model).where(model.trainee_id == copy_id)):
                row.trainee_id = into_id
                tx.stamp(row, ["trainee_id"])
                moved += 1
        in_both = 0
        columns = [c.name for c in Attendance.__table__.columns
                   if c.name not in SYNC_COLUMNS and c.name != "trainee_id"]
        for day in session.scalars(select(Attendance).where(
                Attendance.trainee_id == copy_id, Attendance.deleted.is_(False))):
            target = session.get(Attendance, attendance_id(into_id, day.day))
            if target is not None and not target.deleted:
                in_both += 1
            elif target is None:
                target = Attendance(id=attendance_id(into_id, day.day), trainee_id=into_id,
                                    municipality_code=day.municipality_code,
                                    **{name: getattr(day, name) for name in columns})
                tx.stamp(target, ["*"])
                moved += 1
            else:  # retired before: the copy's day takes its place
                for name in columns:
                    setattr(target, name, getattr(day, name))
                target.deleted = False
                tx.stamp(target, [*columns, "deleted"])
                moved += 1
            day.deleted = True
            tx.stamp(day, ["deleted"])
        filled = tuple(name for name in (c.name for c in Trainee.__table__.columns)
                       if name not in _KEEP and getattr(into, name) in (None, "", [])
                       and getattr(copy, name) not in (None, "", []))
        for name in filled:
            setattr(into, name, getattr(copy, name))
        if filled:
            tx.stamp(into, list(filled))
        copy.deleted = True
        tx.stamp(copy, ["deleted"])
        # The copy's refused creation goes again, now as a tombstone the server accepts.
        session.execute(text("DELETE FROM sync_rejection WHERE table_name = 'trainee'"
                             " AND row_id = :id"), {"id": copy_id})
        session.execute(text("UPDATE sync_outbox SET batch_id = NULL WHERE table_name ="
                             " 'trainee' AND row_id = :id AND pushed_at IS NULL"),
                        {"id": copy_id})
        tx.audit("trainee.merge", "trainee", into_id, into.municipality_code,
                 {"copy": copy_id, "moved": moved, "days_in_both": in_both,
                  "filled": list(filled)})
    return MergeResult(into_id, moved, in_both, filled)
