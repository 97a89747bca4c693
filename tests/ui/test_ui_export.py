"""Export… of list views: the register's SQL-paged model exports every matching row (not only
the page loaded), with its filter; other lists export what they display; HETUs stay masked."""

from __future__ import annotations

import csv
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QTableView

from toimi_desktop.services.exports import ExportTable, export_table
from toimi_desktop.services.imports import initial_mapping, read_table, run_import
from toimi_desktop.services.register import RegisterFilter
from toimi_desktop.ui.export import ListExport, table_of
from toimi_desktop.ui.register.list_model import TraineeListModel

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "import"


@pytest.fixture
def register_of_195(session):
    table = read_table(FIXTURES / "trainees_200.xlsx")
    kind, mapping = initial_mapping(session.ctx, table)
    report = run_import(session.ctx, table, kind, mapping, today=date(2026, 11, 22))
    assert report.new == 195
    return session


def run_export(qtbot, export: ListExport, path: Path) -> None:
    operation = export.run(path)
    with qtbot.waitSignal(operation.finished, timeout=30000):
        pass
    assert operation.error is None, operation.error


def test_register_exports_every_matching_row_not_just_the_loaded_page(
        qtbot, window, register_of_195, tmp_path, monkeypatch):
    monkeypatch.setattr(TraineeListModel, "PAGE_SIZE", 50)
    monkeypatch.setattr(TraineeListModel, "EXPORT_PAGE_SIZE", 40)
    view = window.register.list_view
    view.set_filter(RegisterFilter(municipality_code="426"))  # Liperi only
    loaded, total = view.model.rowCount(), view.model.total_count()
    assert loaded == 50 and total > 90

    run_export(qtbot, view.export, tmp_path / "rekisteri.xlsx")
    sheet = openpyxl.load_workbook(tmp_path / "rekisteri.xlsx").active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:4] == ("Last name", "First name", "Identity code", "Birth date")
    assert len(rows) - 1 == total  # every Liperi trainee, none of Joensuu's
    assert {r[4] for r in rows[1:]} == {"Liperi"}
    assert all(r[2].endswith("-****") or r[2].endswith("A****") for r in rows[1:])
    assert all(isinstance(r[3], datetime) for r in rows[1:])  # dates as Excel dates
    assert window.statusBar().currentMessage().startswith(f"{total} ")


def test_a_list_exports_what_it_displays_as_csv(qtbot, window, tmp_path):
    from toimi_desktop.ui.main_window import CATALOGUE

    window.show_section(CATALOGUE)
    page = window.catalogue.environments
    page.refresh()
    assert page.model.rowCount() == 2
    run_export(qtbot, page.export, tmp_path / "ymparistot.csv")
    with open(tmp_path / "ymparistot.csv", encoding="utf-8-sig", newline="") as file:
        rows = list(csv.reader(file, delimiter=";"))
    assert rows[0] == table_of(page.model, "x", page.table).headers
    assert sorted(r[0] for r in rows[1:]) == ["Liperin työpaja", "Taitamo"]


def test_hidden_columns_stay_out_and_whole_hetus_are_masked(qapp, tmp_path, as_user, db):
    model = QStandardItemModel(2, 3)
    model.setHorizontalHeaderLabels(["Nimi", "Tunnus", "Päivä\n3.11."])
    for row, (name, code) in enumerate((("Aino", "131052-308T"), ("Eino", "010594Y9032"))):
        model.setItem(row, 0, QStandardItem(name))
        model.setItem(row, 1, QStandardItem(f"HETU {code}"))
        model.setItem(row, 2, QStandardItem("4,5"))
    view = QTableView()
    view.setModel(model)
    view.setColumnHidden(0, True)
    table = table_of(model, "Testi", view)
    assert list(table.headers) == ["Tunnus", "Päivä 3.11."]
    export_table(as_user("koordinaattori"), table, tmp_path / "t.xlsx")
    sheet = openpyxl.load_workbook(tmp_path / "t.xlsx").active
    assert list(sheet.iter_rows(values_only=True)) == [
        ("Tunnus", "Päivä 3.11."), ("HETU 131052-****", 4.5), ("HETU 010594Y****", 4.5)]
    # Every export leaves its row in the access log: who, which list, how many rows.
    action, target, details = db.reader().execute(
        "SELECT action, target, details FROM access_log ORDER BY at DESC LIMIT 1").fetchone()
    assert (action, target) == ("export", "list_export")
    assert '"list": "Testi"' in details and '"rows": 2' in details


def test_the_context_menu_of_a_list_has_export(window):
    table = window.register.list_view.table
    assert table.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu
    assert window.register.list_view.export.action in table.actions()


def test_export_refuses_an_unknown_suffix(tmp_path, as_user):
    from toimi_desktop.services.errors import DomainError

    with pytest.raises(DomainError):
        export_table(as_user("koordinaattori"), ExportTable("x", ["a"], [["1"]]),
                     tmp_path / "x.ods")


def test_the_attendance_week_exports_its_marks(qtbot, window, session, world, tmp_path):
    from toimi_desktop.ui.attendance.view import WEEK
    from toimi_desktop.ui.main_window import ATTENDANCE

    for name in ("trainees_good.csv", "periods_good.csv", "attendance_good.csv"):
        table = read_table(FIXTURES / name)
        kind, mapping = initial_mapping(session.ctx, table)
        assert run_import(session.ctx, table, kind, mapping, today=date(2026, 11, 22)).written
    window.show_section(ATTENDANCE)
    view = window.attendance.view
    view.environment.set_value(world["joensuu_env"])
    view.set_day(date(2026, 10, 7))
    view.set_mode(WEEK)
    operation = view.exports[1].run(tmp_path / "viikko.csv")
    with qtbot.waitSignal(operation.finished, timeout=30000):
        pass
    with open(tmp_path / "viikko.csv", encoding="utf-8-sig", newline="") as file:
        rows = list(csv.reader(file, delimiter=";"))
    assert rows[0][0] == "Trainee" and len(rows[0]) == 8  # the name and seven days
    assert len(rows) - 1 == 4  # Taitamo's four trainees of the file
    marks = {cell for row in rows[1:] for cell in row[1:4]}  # Monday to Wednesday
    assert marks <= set("POSLKHTMXE") and "P" in marks
    assert all(row[4:] == ["", "", "", ""] for row in rows[1:])  # nothing from Thursday on
