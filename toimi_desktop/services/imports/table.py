"""Reading a spreadsheet (XLSX or CSV) into a header row and data rows, as Excel shows them.

Finnish Excel saves CSV with `;` between fields and in Windows-1252; other tools write `,`
and UTF-8, with or without a byte-order mark. Both are recognised. Row numbers are kept as
the spreadsheet numbers them, so the report's "row 12" is row 12 on the user's screen.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from toimi_desktop.i18n import QT_TRANSLATE_NOOP as N_
from toimi_desktop.services.errors import DomainError

SUFFIXES = (".xlsx", ".csv")
# A title row or two above the header is common; the header is looked for this far down.
_HEADER_SEARCH_ROWS = 10
_ENCODINGS = ("utf-8-sig", "cp1252")  # utf-8-sig reads plain UTF-8 too


@dataclass(frozen=True)
class SheetTable:
    """The file's column headers and its non-empty data rows (each as long as `headers`)."""

    name: str  # the file name, for the report and the audit entry
    headers: tuple[str, ...]
    rows: tuple[tuple[object, ...], ...]
    row_numbers: tuple[int, ...]  # the spreadsheet's number of each data row

    def __len__(self) -> int:
        return len(self.rows)


HeaderTest = Callable[[list[object]], bool]


def read_table(path: Path, is_header: HeaderTest | None = None) -> SheetTable:
    """Read the first sheet of an XLSX file or a CSV file. `is_header(cells)` tells the
    header row from title rows above it (by default: the first row naming two known fields,
    else the first with two or more cells)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise DomainError(N_("errors", "Choose an Excel (.xlsx) or CSV (.csv) file."))
    if not path.is_file():
        raise DomainError(N_("errors", "There is no file {path}."), path=path)
    try:
        raw = _xlsx_rows(path) if suffix == ".xlsx" else _csv_rows(path)
    except DomainError:
        raise
    except (OSError, ValueError, KeyError, csv.Error) as error:
        raise DomainError(N_("errors", "The file could not be read: {reason}"),
                          reason=error) from None
    return _table(path.name, raw, is_header)


def _xlsx_rows(path: Path) -> list[list[object]]:
    from zipfile import BadZipFile

    import openpyxl

    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except BadZipFile:
        raise DomainError(N_("errors", "The file is not an Excel workbook (.xlsx).")) from None
    try:
        sheet = workbook.worksheets[0]
        return [list(row) for row in sheet.iter_rows(values_only=True)]
    finally:
        workbook.close()


def decode(data: bytes) -> str:
    for encoding in _ENCODINGS:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")  # unreachable: cp1252 fails on 5 bytes only; be safe


def delimiter_of(text: str) -> str:
    """`;`, `,` or tab: the one the header line has most of (a header rarely holds commas,
    while Finnish numbers in the rows do)."""
    first = next((line for line in text.splitlines() if line.strip()), "")
    counts = {sep: first.count(sep) for sep in (";", ",", "\t")}
    best = max(counts, key=lambda sep: counts[sep])
    if counts[best]:
        return best
    try:
        return csv.Sniffer().sniff(text[:4096], delimiters=";,\t").delimiter
    except csv.Error:
        return ";"


def _csv_rows(path: Path) -> list[list[object]]:
    text = decode(path.read_bytes())
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter_of(text))
    return [list(row) for row in reader]


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _default_is_header(cells: list[object]) -> bool:
    return sum(not _blank(c) for c in cells) >= 2


def _table(name: str, raw: list[list[object]], is_header: HeaderTest | None) -> SheetTable:
    from toimi_desktop.services.imports.fields import looks_like_header

    numbered = [(number, row) for number, row in enumerate(raw, start=1)
                if any(not _blank(c) for c in row)]
    if not numbered:
        raise DomainError(N_("errors", "The file has no rows."))
    top = numbered[:_HEADER_SEARCH_ROWS]
    start = next((i for i, (_n, row) in enumerate(top) if (is_header or looks_like_header)(row)),
                 None)
    if start is None:
        start = next((i for i, (_n, row) in enumerate(top) if _default_is_header(row)), 0)
    header_cells = numbered[start][1]
    width = max(len(row) for _n, row in numbered[start:])
    # Columns with neither a header nor any value are dropped (Excel's trailing blanks).
    used = [c for c in range(width)
            if not _blank(header_cells[c] if c < len(header_cells) else None)
            or any(c < len(row) and not _blank(row[c]) for _n, row in numbered[start + 1:])]
    headers = _unique([_header_text(header_cells[c] if c < len(header_cells) else None, c)
                       for c in used])
    rows, numbers = [], []
    for number, row in numbered[start + 1:]:
        rows.append(tuple(_cell(row[c]) if c < len(row) else None for c in used))
        numbers.append(number)
    return SheetTable(name, tuple(headers), tuple(rows), tuple(numbers))


def _cell(value: object) -> object:
    if isinstance(value, str):
        value = value.strip()
        return value or None
    return value


def _header_text(value: object, column: int) -> str:
    if _blank(value):
        from openpyxl.utils import get_column_letter

        return f"[{get_column_letter(column + 1)}]"
    return " ".join(str(value).split())


def _unique(headers: list[str]) -> list[str]:
    seen: dict[str, int] = {}
    result = []
    for header in headers:
        count = seen.get(header.lower(), 0) + 1
        seen[header.lower()] = count
        result.append(header if count == 1 else f"{header} ({count})")
    return result
