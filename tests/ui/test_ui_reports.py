"""The Reports section: a steering-group user lands there, creates the summary of their
municipality in the worker, reads its pages, saves and prints it; Cancel stops it; the
ESF+ tools are for staff only."""

from __future__ import annotations

import sys
import threading
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "reports"))
from summary_world import END, NAMES, START, TODAY, make_world

from toimi_desktop.reports.summary.scope import ScopeKind
from toimi_desktop.ui.main_window import REPORTS, MainWindow
from toimi_desktop.ui.operation import Operation
from toimi_desktop.ui.reports.esf_panel import MissingDataDialog
from toimi_desktop.ui.reports.section import LAST_QUARTER, preset_range


@pytest.fixture
def steering_window(qtbot, make_session, as_user, world):
    make_world(as_user, world)
    main = MainWindow(make_session("ohjausryhma"))
    qtbot.addWidget(main)
    main.show()
    main.reports.today = lambda: TODAY
    main.reports.range_choice.setCurrentIndex(LAST_QUARTER)
    main.reports._range_chosen(LAST_QUARTER)
    return main


def test_steering_group_produces_previews_saves_and_prints(qtbot, steering_window,
                                                           tmp_path: Path) -> None:
    main = steering_window
    section = main.reports
    assert main.pages.currentWidget() is section  # they land here
    assert [section.scope.itemData(i).kind for i in range(section.scope.count())] == [
        ScopeKind.AREA, ScopeKind.MUNICIPALITY]  # Joensuu's own area and Joensuu only
    assert section.chosen_scope().name == "Joensuu"
    assert section._range() == (START, END) == preset_range(LAST_QUARTER, TODAY)
    assert not section.esf.isVisibleTo(section)
    steps: list[tuple[int, int]] = []
    operation = section.generate()
    operation.progressed.connect(lambda done, total, _text: steps.append((done, total)))
    assert not section.create.isEnabled() and section.cancel.isVisibleTo(section)
    with qtbot.waitSignal(section.reportReady, timeout=20000):
        pass
    qtbot.waitUntil(lambda: section.operation is None)
    assert section.create.isEnabled() and not section.cancel.isVisibleTo(section)
    preview = section.preview
    assert preview.document.pageCount() >= 4
    assert preview.stack.currentWidget() is preview.view and preview.print_button.isEnabled()
    assert "Joensuu" in section.progress_text.text()
    saved = preview.save_to(tmp_path / "kooste.pdf")
    text = "\n".join(p.extract_text() for p in PdfReader(saved).pages)
    assert "Joensuu" in text and "<5" in text and not any(n in text for n in NAMES)
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert preview.print_to(printer)
    assert len(PdfReader(tmp_path / "printed.pdf").pages) == preview.document.pageCount()


def test_cancel_stops_before_anything_is_written(qtbot, steering_window) -> None:
    section = steering_window.reports
    gate = threading.Event()
    # The single worker is busy until the gate opens, so Cancel comes before the first step.
    blocker = Operation(None, gate.wait).run_in_background()
    operation = section.generate()
    section.cancel_generation()
    gate.set()
    with qtbot.waitSignal(operation.finished, timeout=20000):
        pass
    qtbot.waitUntil(lambda: section.operation is None)
    assert blocker.error is None
    assert section.progress_text.text() == "Cancelled."
    assert section.preview.path is None and section.create.isEnabled()


def test_staff_see_the_esf_tools(qtbot, make_session, as_user, world) -> None:
    ids = make_world(as_user, world)["ids"]
    main = MainWindow(make_session("koordinaattori"))
    qtbot.addWidget(main)
    main.show_section(REPORTS)
    section = main.reports
    section.set_range(START, END)
    assert section.scope.itemData(0).kind is ScopeKind.ALL
    esf = section.esf
    assert esf.isVisibleTo(section) and esf.export_button.isVisibleTo(section)
    dialog = esf.show_missing()
    assert isinstance(dialog, MissingDataDialog) and dialog.table.rowCount() == 4
    opened: list[str] = []
    main.register.open_trainee = opened.append  # what the main window asks the register
    dialog.table.selectRow(0)
    dialog._open()
    assert opened == [ids[dialog.entries[0].name.split()[0]]]
    main.switch_user("valmentaja")
    assert esf.isVisibleTo(section) and not esf.export_button.isVisibleTo(section)


def test_exporting_from_the_section(qtbot, make_session, as_user, world,
                                    tmp_path: Path) -> None:
    make_world(as_user, world)
    main = MainWindow(make_session("koordinaattori"))
    qtbot.addWidget(main)
    main.reports.set_range(START, END)
    esf = main.reports.esf
    with qtbot.waitSignal(esf.exported, timeout=20000) as blocker:
        esf.export(tmp_path / "esr.csv")
    assert Path(blocker.args[0]).read_text(encoding="utf-8-sig").count("\n") == 1 + len(NAMES)
    if esf.last_dialog is not None:
        esf.last_dialog.close()


def test_ranges() -> None:
    today = date(2026, 11, 22)
    assert preset_range(0, today) == (date(2026, 7, 1), date(2026, 9, 30))
    assert preset_range(1, today) == (date(2026, 4, 1), date(2026, 6, 30))
    assert preset_range(2, today) == (date(2026, 10, 1), today)
    assert preset_range(3, today) == (date(2026, 10, 1), date(2026, 10, 31))
    assert preset_range(4, today) == (date(2025, 1, 1), date(2025, 12, 31))
