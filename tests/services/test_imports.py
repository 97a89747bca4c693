"""Spreadsheet import: reading files, the column mapping, the per-row report, the two modes,
dry runs and re-imports, on the fixtures in tests/fixtures/import/."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from toimi_desktop.models.database import connect
from toimi_desktop.services.errors import PermissionDenied, ValidationError
from toimi_desktop.services.imports import (
    ImportKind,
    detect_kind,
    initial_mapping,
    propose_mapping,
    read_table,
    remember_mapping,
    run_import,
)
from toimi_desktop.services.progress import Progress

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "import"
TODAY = date(2026, 11, 22)


def count(db, sql: str, *params) -> int:
    with connect(db.path) as conn:
        return conn.execute(sql, params).fetchone()[0]


def totals(db) -> tuple[int, int, int, int, int]:
    return (count(db, "SELECT count(*) FROM trainee"), count(db, "SELECT count(*) FROM period"),
            count(db, "SELECT count(*) FROM attendance"),
            count(db, "SELECT count(*) FROM audit_entry"),
            count(db, "SELECT count(*) FROM sync_outbox"))


def load(ctx, name: str, **options):
    table = read_table(FIXTURES / name)
    kind, mapping = initial_mapping(ctx, table)
    return run_import(ctx, table, kind, mapping, today=TODAY, **options)


def problems(report) -> list[tuple[int, str | None, str]]:
    return [(p.row, p.column, p.message.text("en")) for p in report.problems]


# --- reading and mapping ---------------------------------------------------------------------

def test_finnish_excel_csv_semicolons_cp1252_and_a_title_row(tmp_path):
    table = read_table(FIXTURES / "trainees_bad.csv")
    assert table.headers[:3] == ("Sukunimi", "Etunimi", "Henkilötunnus")
    assert table.row_numbers[0] == 3  # row 1 is a title, row 2 the header
    assert len(table) == 7
    utf8 = tmp_path / "utf8.csv"
    utf8.write_text("Etunimi,Sukunimi,Kunta\nÄijä,Öhman,Liperi\n", encoding="utf-8")
    assert read_table(utf8).rows == (("Äijä", "Öhman", "Liperi"),)


def test_xlsx_with_a_title_row_and_excel_dates():
    table = read_table(FIXTURES / "trainees_200.xlsx")
    assert len(table) == 200
    assert table.headers == ("Sukunimi", "Etunimi", "HETU", "Syntymäaika", "Kotikunta",
                             "Puhelin", "Kieli")
    assert table.row_numbers[0] == 3
    assert hasattr(table.rows[0][3], "year")  # a date cell, not text


def test_unreadable_files_are_refused_with_a_sentence(tmp_path):
    from toimi_desktop.services.errors import DomainError

    fake = tmp_path / "list.xlsx"
    fake.write_text("not a workbook")
    with pytest.raises(DomainError) as caught:
        read_table(fake)
    assert "Excel" in caught.value.text("en")
    with pytest.raises(DomainError):
        read_table(tmp_path / "list.ods")


def test_columns_are_proposed_from_finnish_and_english_headers():
    finnish = ["Sukunimi", "Etunimi", "Henkilötunnus (HETU)", "Kotikunta", "Sähköposti"]
    assert propose_mapping(finnish, ImportKind.TRAINEES) == {
        0: "last_name", 1: "first_name", 2: "hetu", 3: "municipality", 4: "email"}
    english = ["Last name", "First name", "Date of birth", "Municipality", "Whatever"]
    assert propose_mapping(english, ImportKind.TRAINEES) == {
        0: "last_name", 1: "first_name", 2: "birth_date", 3: "municipality"}
    assert detect_kind(["HETU", "Päivämäärä", "Tila", "Tunnit"]) is ImportKind.ATTENDANCE
    assert detect_kind(["HETU", "Valmennusympäristö", "Alkupäivä"]) is ImportKind.PERIODS
    assert detect_kind(english) is ImportKind.TRAINEES


def test_a_missing_required_column_is_named_before_any_row_is_read(as_user):
    table = read_table(FIXTURES / "trainees_good.csv")
    with pytest.raises(ValidationError) as caught:
        run_import(as_user("valmentaja"), table, ImportKind.TRAINEES, {0: "last_name"},
                   today=TODAY)
    assert "First name" in caught.value.text("en") and "Municipality" in caught.value.text("en")


def test_the_mapping_is_remembered_per_header_set(as_user):
    ctx = as_user("valmentaja")
    table = read_table(FIXTURES / "trainees_good.csv")
    chosen = {0: "last_name", 1: "first_name", 2: "hetu", 3: "municipality"}  # not e-mail
    remember_mapping(ctx, table.headers, ImportKind.TRAINEES, chosen)
    assert initial_mapping(ctx, table) == (ImportKind.TRAINEES, chosen)
    other = read_table(FIXTURES / "trainees_duplicate.csv")  # other headers: proposed
    assert initial_mapping(ctx, other)[1][3] == "hetu"


# --- trainees ----------------------------------------------------------------------------------

def test_good_file_imports_every_row_with_audit_and_outbox(db, as_user):
    report = load(as_user("koordinaattori"), "trainees_good.csv")
    assert (report.total, report.new, report.existing, report.problems) == (6, 6, 0, [])
    assert report.written
    trainees = totals(db)[0]
    assert trainees == 6
    # one audit entry per trainee and one for the import; every record in the outbox
    assert count(db, "SELECT count(*) FROM audit_entry WHERE action = 'trainee.create'") == 6
    assert count(db, "SELECT count(*) FROM audit_entry WHERE action = 'import.trainees'") == 1
    assert count(db, "SELECT count(*) FROM sync_outbox WHERE table_name = 'trainee'") == 6
    assert [m.text("en") for m, n in report.warning_counts()] == [
        "The personal identity code is a temporary one (900–999)."]


def test_importing_again_and_the_duplicate_file_add_nothing(db, as_user):
    ctx = as_user("koordinaattori")
    load(ctx, "trainees_good.csv")
    before = totals(db)
    again = load(ctx, "trainees_good.csv")
    assert (again.new, again.existing, again.written) == (0, 6, False)
    duplicate = load(ctx, "trainees_duplicate.csv")  # same people by HETU, English headers
    assert (duplicate.new, duplicate.existing) == (0, 6)
    assert problems(duplicate) == [(8, None, "The same trainee as on row 2.")]
    assert totals(db) == before


def test_bad_rows_are_reported_by_row_and_column(db, as_user):
    report = load(as_user("valmentaja"), "trainees_bad.csv", dry_run=True)
    assert problems(report) == [
        (4, "Henkilötunnus", "The check character of the personal identity code is wrong."),
        (5, "Kunta", "Unknown municipality “Atlantis”."),
        (6, "Sukunimi", "Name is required."),
        (6, "Henkilötunnus", "Give the personal identity code or the birth date: without "
                             "either the trainee cannot be recognised when the file is "
                             "imported again."),
        (7, None, "The same trainee as on row 3."),
        (8, "Henkilötunnus", "The date in the personal identity code does not exist."),
        (9, "Henkilötunnus", "Give the personal identity code or the birth date: without "
                             "either the trainee cannot be recognised when the file is "
                             "imported again."),
    ]
    assert (report.new, report.invalid) == (1, 6)
    assert report.problems[0].message.text("fi") == "Henkilötunnuksen tarkistusmerkki on väärä."


def test_dry_run_writes_nothing_and_reports_what_an_import_would_do(db, as_user):
    ctx = as_user("valmentaja")
    dry = load(ctx, "trainees_bad.csv", dry_run=True)
    assert totals(db) == (0, 0, 0, 0, 0)
    real = load(ctx, "trainees_bad.csv")
    assert problems(real) == problems(dry) and real.new == dry.new == 1


def test_valid_rows_mode_keeps_the_good_rows_all_or_nothing_keeps_none(db, as_user):
    ctx = as_user("valmentaja")
    strict = load(ctx, "trainees_bad.csv", all_or_nothing=True)
    assert not strict.written and totals(db) == (0, 0, 0, 0, 0)
    assert strict.outcome().text("en") == "Nothing was imported: some rows have problems."
    lenient = load(ctx, "trainees_bad.csv")
    assert lenient.written and count(db, "SELECT count(*) FROM trainee") == 1


def test_an_excel_list_of_200_with_a_few_bad_rows(db, as_user):
    ctx = as_user("koordinaattori")
    report = load(ctx, "trainees_200.xlsx")
    assert (report.total, report.new, report.invalid) == (200, 195, 5)
    assert [(p.row, p.column) for p in report.problems] == [
        (20, "HETU"), (61, "Kotikunta"), (102, "Sukunimi"), (143, "Syntymäaika"), (174, None)]
    assert count(db, "SELECT count(*) FROM trainee") == 195
    assert count(db, "SELECT count(*) FROM trainee WHERE languages LIKE '%ru%'") == 39
    again = load(ctx, "trainees_200.xlsx")
    assert (again.new, again.existing, again.invalid) == (0, 195, 5)
    assert count(db, "SELECT count(*) FROM trainee") == 195


def test_a_trainee_known_by_name_and_birth_date_is_not_added_twice(db, as_user, tmp_path):
    ctx = as_user("valmentaja")
    first = tmp_path / "a.csv"
    first.write_text("Sukunimi;Etunimi;Syntymäaika;Kunta\nKivelä;Aino;3.4.1980;Joensuu\n",
                     encoding="utf-8")
    assert load_path(ctx, first).new == 1
    second = tmp_path / "b.csv"  # another list of the same person, all first names given
    second.write_text("Sukunimi;Etunimi;Syntymäaika;Kunta\nKIVELÄ;Aino Maria;1980-04-03;"
                      "Joensuu\n", encoding="utf-8")
    report = load_path(ctx, second)
    assert (report.new, report.existing) == (0, 1)


def load_path(ctx, path: Path, **options):
    table = read_table(path)
    kind, mapping = initial_mapping(ctx, table)
    return run_import(ctx, table, kind, mapping, today=TODAY, **options)


def test_rights_are_those_of_the_service_functions(db, as_user):
    with pytest.raises(PermissionDenied):
        load(as_user("ohjausryhma"), "trainees_good.csv")
    liperi = load(as_user("liperi"), "trainees_good.csv")  # a Liperi coach: Joensuu refused
    assert liperi.new == 2 and liperi.invalid == 4
    assert {p.column for p in liperi.problems} == {"Kunta"}


def test_cancel_rolls_everything_back(db, as_user):
    progress = Progress()
    progress.cancel()
    report = load(as_user("valmentaja"), "trainees_200.xlsx", progress=progress)
    assert report.cancelled and not report.written
    assert totals(db) == (0, 0, 0, 0, 0)


# --- periods and attendance --------------------------------------------------------------------

@pytest.fixture
def with_trainees(db, as_user):
    ctx = as_user("koordinaattori")
    load(ctx, "trainees_good.csv")
    return ctx


def test_periods_import_start_and_close_and_not_twice(db, with_trainees):
    report = load(with_trainees, "periods_good.csv")
    assert (report.new, report.problems) == (7, [])
    assert count(db, "SELECT count(*) FROM period WHERE status = 'ended'") == 1
    assert count(db, "SELECT count(*) FROM period WHERE exit_outcome = 'education'") == 1
    again = load(with_trainees, "periods_good.csv")
    assert (again.new, again.existing) == (0, 7)
    assert count(db, "SELECT count(*) FROM period") == 7


def test_bad_periods(db, with_trainees):
    report = load(with_trainees, "periods_bad.csv", dry_run=True)
    assert problems(report) == [
        (2, "Valmennusympäristö", "Unknown coaching environment “Taikametsä”."),
        (3, "Suunniteltu loppu", "The planned end cannot be before the start."),
        (4, "Henkilötunnus", "The date in the personal identity code does not exist."),
        (5, "Jakson tyyppi", "Unknown value “Lomailu”: use one of Rehabilitative work "
                             "activity, Work coaching, Other."),
        (5, "Alkupäivä", "The date “32.10.2026” does not exist."),
        (6, "Tulos", "Give the outcome of a period that has ended."),
    ]


def test_attendance_import_reimport_and_bad_rows(db, with_trainees):
    load(with_trainees, "periods_good.csv")
    report = load(with_trainees, "attendance_good.csv")
    assert (report.new, report.problems) == (72, [])
    assert count(db, "SELECT count(*) FROM attendance") == 72
    assert count(db, "SELECT count(*) FROM attendance WHERE status = 'absent'"
                     " AND absence_reason = 'own_illness'") > 0
    assert count(db, "SELECT count(*) FROM sync_outbox WHERE table_name = 'attendance'") == 72
    again = load(with_trainees, "attendance_good.csv")
    assert (again.new, again.existing) == (0, 72)

    report = load(with_trainees, "attendance_bad.csv")
    assert problems(report) == [
        (2, "Päivämäärä", "Attendance cannot be recorded for a future day."),
        (3, "Päivämäärä", "3.8.2026 is outside the trainee's coaching periods."),
        (4, "Tila", "Unknown attendance “Q”: use a mark letter (P, O, S, L, K, H, T, M, X, E) "
                    "or a status."),
        (5, "Tila", "Give the reason for the absence."),
        (6, "Tila", "Hours must be 0–12."),
        (8, None, "The same trainee and day as on row 7."),
        (9, "Tila", "This day is already recorded differently (Present): change it in the "
                    "attendance view."),
    ]
    assert report.new == 1


def test_mark_letters_match_the_attendance_view():
    from toimi_desktop.services.imports.values import MARK_LETTERS
    from toimi_desktop.ui.attendance.marks import MARKS

    assert {m.letter: (m.status, m.reason) for m in MARKS} == MARK_LETTERS


def test_the_fixture_script_still_writes_the_committed_csv_files(tmp_path, monkeypatch):
    """The CSV fixtures are what tests/fixtures/import/make_fixtures.py writes."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("make_fixtures",
                                                  FIXTURES / "make_fixtures.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    monkeypatch.setattr(module, "HERE", tmp_path)
    monkeypatch.setattr(module, "write_xlsx_200", lambda: None)
    module.main()
    for made in tmp_path.glob("*.csv"):
        assert made.read_bytes() == (FIXTURES / made.name).read_bytes(), made.name
    shutil.rmtree(tmp_path)
