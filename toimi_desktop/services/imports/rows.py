"""What the importers of each kind share: a row being checked, its problems, the report, and
finding the trainee a period or an attendance row is about."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any, ClassVar

from toimi_desktop.i18n import QT_TRANSLATE_NOOP as N_
from toimi_desktop.services.errors import DomainError, Message
from toimi_desktop.services.hetu import parse_hetu
from toimi_desktop.services.imports.fields import ImportKind
from toimi_desktop.services.imports.values import CellError, parse_date, text

if TYPE_CHECKING:
    from toimi_desktop.services.context import ServiceContext, Transaction

# A row that is already in the database: nothing to write, and not an error.
EXISTS = object()


@dataclass(frozen=True)
class RowProblem:
    """A problem (or a warning) of one row: the spreadsheet's row number, the file's column
    header (None: the row as a whole) and what is wrong."""

    row: int
    column: str | None
    message: Message


class Row:
    """One data row, its cells by field key, and what was found wrong with it."""

    def __init__(self, number: int, cells: dict[str, object], columns: dict[str, str]) -> None:
        self.number = number
        self.cells = cells
        self.columns = columns  # field key → the file's header
        self.problems: list[RowProblem] = []
        self.warnings: list[RowProblem] = []

    def text(self, key: str) -> str | None:
        return text(self.cells.get(key))

    def add(self, key: str | None, message: Message, warning: bool = False) -> None:
        problem = RowProblem(self.number, self.columns.get(key) if key else None, message)
        (self.warnings if warning else self.problems).append(problem)

    def problem(self, key: str | None, template: str, **params: object) -> None:
        self.add(key, Message(template, params))

    def parse(self, key: str, parser: Callable[[object], Any]) -> Any:
        """The cell read by `parser`, or None (and a problem) if it cannot be read."""
        try:
            return parser(self.cells.get(key))
        except CellError as error:
            self.add(key, error.message)
            return None

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass
class ImportReport:
    """What an import found and did, row by row."""

    file: str
    kind: ImportKind
    dry_run: bool
    all_or_nothing: bool
    total: int = 0
    new: int = 0  # rows that were (or, in a dry run, would be) written
    existing: int = 0  # rows already in the database: skipped
    problems: list[RowProblem] = field(default_factory=list)
    warnings: list[RowProblem] = field(default_factory=list)
    written: bool = False
    cancelled: bool = False

    @property
    def invalid(self) -> int:
        """Rows with at least one problem (never written)."""
        return len({p.row for p in self.problems})

    def summary(self) -> Message:
        return Message(N_("errors", "Rows: {total}. New: {new}. Already in the database: "
                                    "{existing}. With problems: {invalid}."),
                       {"total": self.total, "new": self.new, "existing": self.existing,
                        "invalid": self.invalid})

    def outcome(self) -> Message:
        """What happened, in one sentence."""
        if self.cancelled:
            text = N_("errors", "Cancelled: nothing was written.")
        elif self.dry_run:
            text = N_("errors", "Checked only: nothing was written.")
        elif self.written:
            text = N_("errors", "Rows imported: {new}.")
        elif self.all_or_nothing and self.problems:
            text = N_("errors", "Nothing was imported: some rows have problems.")
        else:
            text = N_("errors", "Nothing new to import.")
        return Message(text, {"new": self.new})

    def warning_counts(self) -> list[tuple[Message, int]]:
        """Warnings grouped by their text (e.g. 198 temporary identity codes), most first."""
        counts: dict[str, tuple[Message, int]] = {}
        for warning in self.warnings:
            key = str(warning.message)
            first, count = counts.get(key, (warning.message, 0))
            counts[key] = (first, count + 1)
        return sorted(counts.values(), key=lambda item: -item[1])


class RowImporter:
    """One kind of import: `prepare` reads and checks a row (returns what to write, EXISTS,
    or None with the row's problems); `write` stores it through the service functions."""

    # Field names of the services' validation errors → the import field of that column.
    SERVICE_FIELDS: ClassVar[dict[str, str | None]] = {}

    def __init__(self, ctx: ServiceContext, tx: Transaction, today: date) -> None:
        self.ctx = ctx
        self.tx = tx
        self.session = tx.session
        self.today = today
        self.seen: dict[object, int] = {}  # natural keys met in the file → their row

    def prepare(self, row: Row) -> object:
        raise NotImplementedError

    def write(self, prepared: Any) -> list[Message]:
        raise NotImplementedError

    def column_of(self, service_field: str) -> str | None:
        return self.SERVICE_FIELDS.get(service_field, service_field)

    def first_time(self, row: Row, key: object, template: str) -> bool:
        """False (and a problem) if an earlier row of the file had the same natural key."""
        earlier = self.seen.setdefault(key, row.number)
        if earlier != row.number:
            row.problem(None, template, row=earlier)
            return False
        return True


@dataclass(frozen=True)
class TraineeRef:
    """What matching needs of a stored trainee (plain data: thousands are loaded at once)."""

    id: str
    last_name: str
    first_name: str
    hetu: str | None
    birth_date: date | None
    municipality_code: str


def names_match(trainee: TraineeRef, last: str | None, first: str | None) -> bool:
    """The file's names fit the stored ones (a file may give all first names)."""
    if last and last.casefold() != trainee.last_name.casefold():
        return False
    if first:
        given, stored = first.casefold().split(), trainee.first_name.casefold().split()
        return bool(given and stored) and given[0] == stored[0]
    return True


class TraineeFinder:
    """Trainees by identity code, or by name and birth date. The register is read once,
    as plain tuples, so that a file of thousands of rows does not query per row."""

    def __init__(self, importer: RowImporter) -> None:
        from sqlalchemy import select

        from toimi_desktop.models import Trainee

        self.importer = importer
        self._by_hetu: dict[str, TraineeRef] = {}
        self._by_birth: dict[date, list[TraineeRef]] = {}
        for values in importer.session.execute(
                select(Trainee.id, Trainee.last_name, Trainee.first_name, Trainee.hetu,
                       Trainee.birth_date, Trainee.municipality_code)
                .where(Trainee.deleted.is_(False))):
            self.add(TraineeRef(*values))

    def add(self, trainee: TraineeRef) -> None:
        """Count a trainee just created by the import too."""
        if trainee.hetu:
            self._by_hetu[trainee.hetu] = trainee
        if trainee.birth_date:
            self._by_birth.setdefault(trainee.birth_date, []).append(trainee)

    def by_hetu(self, code: str) -> TraineeRef | None:
        return self._by_hetu.get(code)

    def by_name(self, last: str, first: str, born: date) -> list[TraineeRef]:
        return [t for t in self._by_birth.get(born, ()) if names_match(t, last, first)]

    def find(self, row: Row) -> TraineeRef | None:
        """The existing trainee the row is about, or None with a problem on the row."""
        last, first = row.text("last_name"), row.text("first_name")
        raw = row.text("hetu")
        trainee = None
        if raw:
            try:
                code = parse_hetu(raw).code
            except DomainError as error:
                row.add("hetu", error.message)
                return None
            trainee = self.by_hetu(code)
            if trainee is None:
                row.problem("hetu", N_("errors", "No trainee with this personal identity code "
                                                 "in the register."))
                return None
            if not names_match(trainee, last, first):
                row.problem("last_name", N_("errors", "The name does not match the trainee "
                                                      "with this personal identity code."))
                return None
        else:
            born = row.parse("birth_date", parse_date)
            if not (last and first and born):
                if row.ok:
                    row.problem("hetu", N_("errors", "Give the personal identity code, or the "
                                                     "last name, first name and birth date."))
                return None
            found = self.by_name(last, first, born)
            if not found:
                row.problem("last_name", N_("errors", "No trainee of this name and birth date "
                                                      "in the register."))
                return None
            if len(found) > 1:
                row.problem("last_name", N_("errors", "Several trainees have this name and "
                                                      "birth date: give the personal identity "
                                                      "code."))
                return None
            trainee = found[0]
        if not self.importer.ctx.actor.may_access(trainee.municipality_code):
            row.problem(None, N_("errors", "You have no rights to data of this municipality."))
            return None
        return trainee


def lookup_by_name(names: dict[str, str], value: str | None) -> str | None:
    """The id of a named thing (environment, task), matched without regard to case."""
    if value is None:
        return None
    return names.get(" ".join(value.casefold().split()))


def name_key(value: str) -> str:
    return " ".join(value.casefold().split())
