"""Retention: the records of trainees whose client relationship ended more than N years ago
(the setting `retention.years`, default 5: municipal practice keeps client records five years
after the relationship ends) are deleted.

Who goes (`today` minus N years is the cutoff; "before the cutoff" means more than N years):
- a trainee with coaching periods: every period has ended, and the last one ended before the
  cutoff (an active or paused period keeps the trainee, however old);
- a trainee with no period: the trainee's record and everything recorded directly about them
  (assessments, plans, task evaluations) were last changed before the cutoff.

What "deleted" means, so that the deletion syncs: every record of the trainee (the trainee,
periods, attendance, assessments and their scores, plans with their steps and versions, task
evaluations, and sync conflicts over them) becomes a tombstone (`deleted`), its personal
fields blanked (names, HETU, contact data, free text, absence reasons, ESF+ answers, scores),
stamped and queued for sync like any change. The server and other devices take in the blank
tombstone, so the data goes there too. A tombstone keeps only ids, links and what a record
cannot be without (its required dates, status codes and hours, and the values that make it
unique); every optional field is emptied.
The audit and access logs are kept: they name a trainee by id only.

The run is written to the audit log, one entry per municipality with the counts per table
(no personal data); `dry_run` counts the same without writing anything.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from functools import cache
from typing import TYPE_CHECKING

from toimi_desktop.models.enums import Role
from toimi_desktop.services import settings
from toimi_desktop.services.context import ServiceContext

if TYPE_CHECKING:
    from collections.abc import Iterator

    from sqlalchemy import Table
    from sqlalchemy.orm import Session

    from toimi_desktop.services.context import Transaction

# Entries about the whole database go to the lead municipality's scope (Joensuu), as the
# shared assessment templates do, when no municipality had anything removed.
RUN_SCOPE = "167"
_CHUNK = 500
# Columns that say what a record is, not about whom: kept in its tombstone.
_KEEP = {"sync_conflict": frozenset({"table_name", "row_id", "field", "kept_hlc",
                                      "other_hlc"})}


@dataclass(frozen=True)
class RetentionReport:
    years: int
    cutoff: date  # records of relationships that ended before this day go
    dry_run: bool
    trainees: int  # trainees removed (or that would be)
    counts: dict[str, int] = field(default_factory=dict)  # records by table, trainee included
    by_municipality: dict[str, int] = field(default_factory=dict)  # trainees by code


def years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def run_retention(ctx: ServiceContext, dry_run: bool = False, today: date | None = None
                  ) -> RetentionReport:
    """Delete (or with `dry_run` only count, writing nothing) the records past retention.
    Coordinators only."""
    ctx.require_role(Role.COORDINATOR)
    today = today or date.today()
    if dry_run:
        with ctx.db.session() as session:
            return _run(session, None, today)
    with ctx.transaction() as tx:
        return _run(tx.session, tx, today)


def _run(session: Session, tx: Transaction | None, today: date) -> RetentionReport:
    years = int(settings.read(session, settings.RETENTION_YEARS))
    cutoff = years_before(today, years)
    people = _expired(session, cutoff)
    rows = _records_of(session, [trainee_id for trainee_id, _ in people])
    tally: dict[str, dict[str, int]] = {}  # municipality → table → records
    for table_name, record, changes in _changes_to_make(session, rows):
        counts = tally.setdefault(record.municipality_code, {})
        counts[table_name] = counts.get(table_name, 0) + 1
        if tx is not None:
            for name, value in changes.items():
                setattr(record, name, value)
            tx.stamp(record, sorted(changes))
    totals: dict[str, int] = {}
    for counts in tally.values():
        for table_name, n in counts.items():
            totals[table_name] = totals.get(table_name, 0) + n
    trainees: dict[str, int] = {}
    for _trainee, code in people:
        trainees[code] = trainees.get(code, 0) + 1
    report = RetentionReport(years, cutoff, tx is None, len(people), dict(sorted(totals.items())),
                             dict(sorted(trainees.items())))
    if tx is not None:
        _forget_failures(session, rows)
        base = {"years": years, "cutoff": cutoff.isoformat()}
        for code in sorted(tally) or [RUN_SCOPE]:  # an entry also when nothing went
            tx.audit("retention.delete", "database", None, code,
                     {**base, "trainees": trainees.get(code, 0),
                      "counts": dict(sorted(tally.get(code, {}).items()))})
    return report


# --- who --------------------------------------------------------------------------------------

def _day(column: str) -> str:
    """A stored date or time as its ISO day, comparable with the cutoff."""
    return f"substr({column}, 1, 10)"


def _expired(session: Session, cutoff: date) -> list[tuple[str, str]]:
    """(trainee id, municipality) of every trainee past retention, in id order."""
    from sqlalchemy import text

    touched = " OR ".join(
        f"EXISTS (SELECT 1 FROM {table.name} x WHERE x.trainee_id = t.id"
        f" AND {_day('x.updated_at')} >= :cutoff)"
        for table, links in _dependants() if ("trainee_id", "trainee") in links
        and table.name != "period") or "0"
    sql = f"""
        SELECT t.id, t.municipality_code FROM trainee t
        LEFT JOIN (SELECT trainee_id, count(*) AS periods,
                          sum(status != 'ended') AS open_periods,
                          max(coalesce(end_date, {_day('updated_at')})) AS last_end
                   FROM period WHERE deleted = 0 GROUP BY trainee_id) p
          ON p.trainee_id = t.id
        WHERE t.deleted = 0 AND (
          (p.periods > 0 AND p.open_periods = 0 AND p.last_end < :cutoff)
          OR (p.periods IS NULL AND {_day('t.updated_at')} < :cutoff
              AND NOT ({touched})))
        ORDER BY t.id"""
    return [tuple(row) for row in session.execute(text(sql), {"cutoff": cutoff.isoformat()})]


# --- which records ----------------------------------------------------------------------------

@cache
def _dependants() -> tuple[tuple[Table, tuple[tuple[str, str], ...]], ...]:
    """The synced tables whose rows belong to a trainee, parents first, each with its links
    (column, parent table) to the trainee or to another such table."""
    from toimi_desktop.models import Base, synced_tables

    synced = set(synced_tables())
    reached = {"trainee"}
    result = []
    for table in Base.metadata.sorted_tables:
        if table.name not in synced or table.name == "trainee":
            continue
        links = tuple((fk.parent.name, fk.column.table.name) for fk in table.foreign_keys
                      if fk.column.table.name in reached)
        if links:
            reached.add(table.name)
            result.append((table, links))
    return tuple(result)


def _chunks(ids: list[str]) -> list[list[str]]:
    return [ids[i:i + _CHUNK] for i in range(0, len(ids), _CHUNK)]


def _records_of(session: Session, trainee_ids: list[str]) -> dict[str, list[str]]:
    """Ids of every row that belongs to these trainees, by table (the conflicts included)."""
    from sqlalchemy import text

    rows: dict[str, list[str]] = {"trainee": list(trainee_ids)}
    for table, links in _dependants():
        found: set[str] = set()
        for column, parent in links:
            for chunk in _chunks(rows.get(parent, [])):
                marks = ",".join(f":p{i}" for i in range(len(chunk)))
                found.update(session.scalars(text(
                    f'SELECT id FROM "{table.name}" WHERE "{column}" IN ({marks})'),
                    {f"p{i}": v for i, v in enumerate(chunk)}))
        rows[table.name] = sorted(found)
    conflicts: set[str] = set()
    for table_name, ids in list(rows.items()):
        for chunk in _chunks(ids):
            marks = ",".join(f":p{i}" for i in range(len(chunk)))
            conflicts.update(session.scalars(text(
                f"SELECT id FROM sync_conflict WHERE table_name = :table AND row_id IN ({marks})"),
                {"table": table_name, **{f"p{i}": v for i, v in enumerate(chunk)}}))
    rows["sync_conflict"] = sorted(conflicts)
    return {name: ids for name, ids in rows.items() if ids}


# --- blanking ---------------------------------------------------------------------------------

@cache
def _blanks(table_name: str) -> tuple[dict[str, object], tuple[str, ...]]:
    """(column → its blank value, NOT NULL JSON columns emptied to their own kind) for the
    personal fields of a table: everything but ids, links, the sync columns and the columns
    of a multi-column unique key. Nullable → NULL; text → ""; an enum that has "unknown" →
    that; other NOT NULL values (dates, codes, numbers) stay."""
    from sqlalchemy import JSON, Enum, String, UniqueConstraint

    from toimi_desktop.models import SYNC_COLUMNS, Base

    table = Base.metadata.tables[table_name]
    keys = {c.name for u in table.constraints if isinstance(u, UniqueConstraint)
            and len(u.columns) > 1 for c in u.columns}
    blanks: dict[str, object] = {}
    emptied = []
    for column in table.columns:
        if column.name in SYNC_COLUMNS or column.name == "id" or column.foreign_keys \
                or column.name in keys or column.name in _KEEP.get(table_name, ()):
            continue
        kind = column.type
        if column.nullable:
            blanks[column.name] = None
        elif isinstance(kind, Enum):
            unknown = next((m for m in kind.enum_class or () if m.value == "unknown"), None)
            if unknown is not None:
                blanks[column.name] = unknown
        elif isinstance(kind, JSON):
            emptied.append(column.name)
        elif isinstance(kind, String):  # Text included
            blanks[column.name] = ""
    return blanks, tuple(emptied)


def _classes() -> dict[str, type]:
    from toimi_desktop.models import Base

    return {mapper.local_table.name: mapper.class_ for mapper in Base.registry.mappers}


def _blank_values(record: object, table_name: str) -> dict[str, object]:
    blanks, emptied = _blanks(table_name)
    values = dict(blanks)
    for name in emptied:
        current = getattr(record, name)
        values[name] = type(current)() if isinstance(current, list | dict) else {}
    if table_name == "sync_conflict":
        values["resolved"] = True  # nothing left to resolve
    return values


def _changes(record: object, table_name: str) -> dict[str, object]:
    """What turning `record` into a blank tombstone changes (empty: it already is one)."""
    changes = {name: value for name, value in _blank_values(record, table_name).items()
               if getattr(record, name) != value}
    if not record.deleted:
        changes["deleted"] = True
    return changes


def _changes_to_make(session: Session, rows: dict[str, list[str]]
                     ) -> Iterator[tuple[str, object, dict[str, object]]]:
    """(table, record, changes) for every record that is not yet a blank tombstone."""
    for table_name, ids in rows.items():
        for record in _loaded(session, table_name, ids):
            changes = _changes(record, table_name)
            if changes:
                yield table_name, record, changes


def _loaded(session: Session, table_name: str, ids: list[str]) -> Iterator[object]:
    from sqlalchemy import select

    model = _classes()[table_name]
    for chunk in _chunks(ids):
        yield from session.scalars(select(model).where(model.id.in_(chunk)))


def _forget_failures(session: Session, rows: dict[str, list[str]]) -> None:
    """Pulled records that could not be stored keep their values in a local table (never
    synced): those of removed records go."""
    from sqlalchemy import text

    for table_name, ids in rows.items():
        for chunk in _chunks(ids):
            marks = ",".join(f":p{i}" for i in range(len(chunk)))
            session.execute(text(
                f"DELETE FROM sync_apply_failure WHERE table_name = :table"
                f" AND row_id IN ({marks})"),
                {"table": table_name, **{f"p{i}": v for i, v in enumerate(chunk)}})
