"""Spreadsheet import of trainees, coaching periods and attendance (XLSX or CSV).

    table = read_table(path)
    kind, mapping = remembered_mapping(ctx, table.headers) or (
        kind := detect_kind(table.headers), propose_mapping(table.headers, kind))
    report = run_import(ctx, table, kind, mapping, dry_run=True)   # the check
    report = run_import(ctx, table, kind, mapping)                 # the import

Nothing is written by a dry run; an import writes in one transaction through the same
service functions a user's own edits use (audit entry and sync outbox row for every record).
"""

from toimi_desktop.services.actor import ReadContext
from toimi_desktop.services.imports.fields import (
    FIELDS,
    Field,
    ImportKind,
    Mapping,
    check_mapping,
    detect_kind,
    propose_mapping,
    remember_mapping,
    remembered_mapping,
)
from toimi_desktop.services.imports.rows import ImportReport, RowProblem
from toimi_desktop.services.imports.runner import run_import
from toimi_desktop.services.imports.table import SUFFIXES, SheetTable, read_table

__all__ = [
    "FIELDS",
    "SUFFIXES",
    "Field",
    "ImportKind",
    "ImportReport",
    "Mapping",
    "RowProblem",
    "SheetTable",
    "check_mapping",
    "detect_kind",
    "field_label",
    "initial_mapping",
    "propose_mapping",
    "read_table",
    "remember_mapping",
    "remembered_mapping",
    "run_import",
]


def field_label(kind: ImportKind, key: str, language: str | None = None) -> str:
    return next(f for f in FIELDS[ImportKind(kind)] if f.key == key).translated(language)


def initial_mapping(ctx: ReadContext, table: SheetTable) -> tuple[ImportKind, Mapping]:
    """The mapping remembered for these headers on this device, else the proposed one."""
    remembered = remembered_mapping(ctx, table.headers)
    if remembered is not None:
        return remembered
    kind = detect_kind(table.headers)
    return kind, propose_mapping(table.headers, kind)
