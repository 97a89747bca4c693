"""Running an import: every row checked and written through the service functions inside ONE
transaction (`ServiceContext.batch`), each row in its own savepoint. The same run is the
check: a dry run (or "all or nothing" with a bad row) rolls the whole transaction back, so
what the report says is exactly what an import would do."""

from __future__ import annotations

from datetime import date

from toimi_desktop.i18n import QT_TRANSLATE_NOOP as N_
from toimi_desktop.services.context import ServiceContext, Transaction
from toimi_desktop.services.errors import DomainError, ValidationError
from toimi_desktop.services.imports.fields import ImportKind, Mapping, check_mapping
from toimi_desktop.services.imports.rows import EXISTS, ImportReport, Row, RowImporter
from toimi_desktop.services.imports.table import SheetTable
from toimi_desktop.services.progress import Cancelled, Progress
from toimi_desktop.services.trainees import WRITERS


def _importer(kind: ImportKind, ctx: ServiceContext, tx: Transaction, today: date
              ) -> RowImporter:
    if kind is ImportKind.TRAINEES:
        from toimi_desktop.services.imports.trainee_rows import TraineeImporter

        return TraineeImporter(ctx, tx, today)
    if kind is ImportKind.PERIODS:
        from toimi_desktop.services.imports.period_rows import PeriodImporter

        return PeriodImporter(ctx, tx, today)
    from toimi_desktop.services.imports.attendance_rows import AttendanceImporter

    return AttendanceImporter(ctx, tx, today)


def run_import(ctx: ServiceContext, table: SheetTable, kind: ImportKind, mapping: Mapping, *,
               dry_run: bool = False, all_or_nothing: bool = False, today: date | None = None,
               progress: Progress | None = None) -> ImportReport:
    """Check every row and, unless `dry_run`, keep the valid ones: all of them, or with
    `all_or_nothing` none at all if any row has a problem. Rows already in the database
    are skipped, so importing the same file again adds nothing."""
    ctx.require_role(*WRITERS)
    kind = ImportKind(kind)
    check_mapping(kind, mapping)
    today = today or date.today()
    progress = progress or Progress()
    progress.start(len(table))
    report = ImportReport(table.name, kind, dry_run, all_or_nothing, total=len(table))
    columns = {key: table.headers[column] for column, key in mapping.items()}
    try:
        with ctx.batch() as batch:
            importer = _importer(kind, ctx, batch.tx, today)
            for number, cells in zip(table.row_numbers, table.rows, strict=True):
                progress.check()
                row = Row(number, {key: cells[c] for c, key in mapping.items()}, columns)
                _import_row(importer, row, report)
                progress.advance()
            keep = not dry_run and report.new and not (all_or_nothing and report.problems)
            if keep:
                batch.tx.audit(f"import.{kind.value}", "import", None, _scope(ctx),
                               {"file": table.name, "rows": report.total, "new": report.new,
                                "existing": report.existing, "invalid": report.invalid})
                report.written = True
            else:
                batch.discard()
    except Cancelled:
        report.cancelled, report.written = True, False
    return report


def _import_row(importer: RowImporter, row: Row, report: ImportReport) -> None:
    from sqlalchemy.exc import IntegrityError

    prepared = importer.prepare(row)
    if prepared is EXISTS and row.ok:
        report.existing += 1
    elif prepared is not None and row.ok:
        try:
            with importer.session.begin_nested():
                warnings = importer.write(prepared)
        except ValidationError as error:
            for name, message in error.errors.items():
                row.add(importer.column_of(name), message)
        except DomainError as error:
            row.add(None, error.message)
        except IntegrityError as error:
            row.problem(None, N_("errors", "The row could not be saved: {reason}"),
                        reason=error.orig)
        else:
            report.new += 1
            for message in warnings:
                row.add(None, message, warning=True)
    report.problems.extend(row.problems)
    report.warnings.extend(row.warnings)


def _scope(ctx: ServiceContext) -> str:
    """The municipality an import's audit entry belongs to: the actor's own (the project's
    for a coordinator, who works everywhere)."""
    from toimi_desktop.services.users import PROJECT_SCOPE

    codes = sorted(ctx.actor.municipality_codes)
    return codes[0] if codes else PROJECT_SCOPE
