"""Exporting a list to an Excel workbook (.xlsx) or a CSV file, as the user sees the list.

`export_table` is the ONE place where a list leaves the app as a file, and it writes the
access log row of it (who exported which list, when, how many rows, whose data when the
list knows). Identity codes are masked on
the way out whatever the list showed, so no export ever carries a whole HETU.
"""

from __future__ import annotations

import csv
import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from toimi_desktop.i18n import QT_TRANSLATE_NOOP as N_
from toimi_desktop.services.actor import ReadContext
from toimi_desktop.services.context import ServiceContext
from toimi_desktop.services.errors import DomainError
from toimi_desktop.services.hetu import mask_hetu
from toimi_desktop.services.progress import Progress

SUFFIXES = (".xlsx", ".csv")
# A whole personal identity code anywhere in a cell (the century sign is one of 13 signs).
_HETU = re.compile(r"\b(\d{6}[-+A-FU-Y]\d{3}[0-9A-Y])\b")
_FINNISH_DATE = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$")
_NUMBER = re.compile(r"^-?(0|[1-9]\d*)([.,]\d+)?$")  # no leading zeros: 040… stays text
_SHEET_NAME_BAD = re.compile(r"[\[\]:*?/\\]")


@dataclass(frozen=True)
class ExportTable:
    """A list as shown: its name, column headers and rows of display values."""

    title: str
    headers: Sequence[str]
    rows: Iterable[Sequence[object]]
    trainee_ids: Sequence[str] = ()  # whose data the rows are, when the list knows


def mask_text(value: object) -> object:
    """A cell with every whole identity code in it masked (`131052-****`)."""
    if isinstance(value, str) and _HETU.search(value):
        return _HETU.sub(lambda found: mask_hetu(found.group(1)), value)
    return value


def _typed(value: object) -> object:
    """A display text as a typed spreadsheet value where it plainly is one (a date in
    Finnish format, a number with a decimal comma), so that Excel sorts and sums it."""
    if not isinstance(value, str):
        return value
    text = value.strip()
    found = _FINNISH_DATE.match(text)
    if found:
        try:
            return date(int(found.group(3)), int(found.group(2)), int(found.group(1)))
        except ValueError:
            return value
    found = _NUMBER.match(text)
    if found:
        return float(text.replace(",", ".")) if found.group(2) else int(text)
    return value


def export_table(ctx: ReadContext | ServiceContext, table: ExportTable, path: Path,
                 progress: Progress | None = None) -> int:
    """Write `table` to `path` (.xlsx or .csv by its suffix), atomically; returns the number
    of rows written. `ctx` is the user exporting (for the log of exports)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise DomainError(N_("errors", "The output file must end in {suffixes}."),
                          suffixes=" / ".join(SUFFIXES))
    if not path.parent.is_dir():
        raise DomainError(N_("errors", "Cannot write {path}: there is no folder {folder}."),
                          path=path, folder=path.parent)
    progress = progress or Progress()
    rows = ([mask_text(cell) for cell in row] for row in table.rows)
    part = path.with_name(f".{path.name}.part")
    try:
        if suffix == ".csv":
            count = _write_csv(part, table.headers, rows, progress)
        else:
            count = _write_xlsx(part, table.title, table.headers, rows, progress)
        os.replace(part, path)
    except OSError as error:
        raise DomainError(N_("errors", "Cannot write {path}: {reason}"), path=path,
                          reason=error.strerror or error) from None
    finally:
        part.unlink(missing_ok=True)
    from toimi_desktop.models.access_enums import AccessAction, AccessTarget
    from toimi_desktop.services.access_log import log_access

    log_access(ctx, AccessAction.EXPORT, AccessTarget.LIST_EXPORT, table.trainee_ids,
               details={"list": table.title, "rows": count, "file": path.name})
    return count


def _write_csv(path: Path, headers: Sequence[str], rows: Iterable[list[object]],
               progress: Progress) -> int:
    # Semicolons and a byte-order mark: Finnish Excel opens it with ä and ö intact.
    count = 0
    with path.open("w", encoding="utf-8-sig", newline="") as file:
        writer = csv.writer(file, delimiter=";", lineterminator="\r\n")
        writer.writerow(headers)
        for row in rows:
            writer.writerow(["" if cell is None else cell for cell in row])
            count += 1
            progress.advance()
    return count


def _write_xlsx(path: Path, title: str, headers: Sequence[str],
                rows: Iterable[list[object]], progress: Progress) -> int:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(_SHEET_NAME_BAD.sub(" ", title)[:31] or "Sheet")
    sheet.freeze_panes = "A2"
    widths = [len(str(h)) for h in headers]
    buffered: list[list[object]] = []
    for row in rows:
        typed = [_typed(cell) for cell in row]
        for i, cell in enumerate(typed[:len(widths)]):
            widths[i] = max(widths[i], len(str(cell)) if cell is not None else 0)
        buffered.append(typed)
        progress.advance()
    # Column widths must be set before the first row in a write-only sheet.
    for i, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(i)].width = min(max(width, 6) + 2, 60)
    bold = Font(bold=True)
    header_cells = []
    for header in headers:
        cell = WriteOnlyCell(sheet, value=header)
        cell.font = bold
        header_cells.append(cell)
    sheet.append(header_cells)
    for typed in buffered:
        cells = []
        for value in typed:
            cell = WriteOnlyCell(sheet, value=value)
            if isinstance(value, date):
                cell.number_format = "D.M.YYYY"
            cells.append(cell)
        sheet.append(cells)
    workbook.save(path)
    return len(buffered)
