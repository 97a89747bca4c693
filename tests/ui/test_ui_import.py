"""File → Import…, Back up… and Restore… through the GUI, and the backup reminder."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from toimi_desktop.models.database import connect
from toimi_desktop.services.backup import (
    backup_database,
    mark_restore_ready,
    prepare_restore,
    stage_path,
)
from toimi_desktop.services.imports import ImportKind
from toimi_desktop.ui.data_actions import RESTART_PROPERTY
from toimi_desktop.ui.imports.dialog import ImportDialog
from toimi_desktop.ui.operation import Operation

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "import"


def trainees(path: Path) -> int:
    with connect(path) as conn:
        return conn.execute("SELECT count(*) FROM trainee").fetchone()[0]


def settle(qtbot, dialog: ImportDialog) -> None:
    """Wait until the dialog's background work (reading, then checking) is over."""
    qtbot.waitUntil(lambda: not dialog.running() and dialog.report is not None, timeout=30000)


def open_file(qtbot, window, name: str) -> ImportDialog:
    dialog = window.data.open_import()
    qtbot.addWidget(dialog)
    dialog.choose_file(FIXTURES / name)
    settle(qtbot, dialog)
    return dialog


def test_a_file_is_read_mapped_and_checked_without_writing(qtbot, window, db):
    dialog = open_file(qtbot, window, "trainees_bad.csv")
    assert dialog.current_kind() is ImportKind.TRAINEES
    assert [dialog.preview.horizontalHeaderItem(c).text() for c in range(3)] == [
        "Sukunimi", "Etunimi", "Henkilötunnus"]
    assert dialog.preview.mapping()[2] == "hetu"
    assert dialog.preview.item(1, 0).text() == dialog.table.rows[0][0]
    model = dialog.report_model
    assert model.rowCount() == len(dialog.report.problems) == 7
    assert [model.index(0, c).data() for c in range(3)] == [
        "4", "Henkilötunnus", "The check character of the personal identity code is wrong."]
    assert "With problems: 6" in dialog.summary.text()
    assert trainees(db.path) == 0
    dialog.show_warnings.setChecked(True)
    assert model.rowCount() == 8  # the one valid row's temporary identity code


def test_import_valid_rows_refreshes_the_register(qtbot, window, db):
    dialog = open_file(qtbot, window, "trainees_good.csv")
    assert dialog.report.problems == [] and dialog.report.new == 6
    dialog.report = None
    dialog.import_valid_button.click()
    settle(qtbot, dialog)
    assert dialog.report.written and trainees(db.path) == 6
    assert window.register.list_view.model.total_count() == 6  # told through notify


def test_only_if_all_valid_writes_nothing_from_a_bad_file(qtbot, window, db):
    dialog = open_file(qtbot, window, "trainees_bad.csv")
    dialog.report = None
    dialog.import_all_button.click()
    settle(qtbot, dialog)
    assert not dialog.report.written and trainees(db.path) == 0
    assert "Nothing was imported" in dialog.summary.text()


def test_a_changed_mapping_is_checked_again_and_remembered(qtbot, window):
    dialog = open_file(qtbot, window, "trainees_good.csv")
    email = dialog.preview.combos[5]
    email.setCurrentIndex(0)  # "not imported"
    assert dialog.report is None and dialog.report_model.rowCount() == 0
    dialog.check_button.click()
    settle(qtbot, dialog)
    assert 5 not in dialog.preview.mapping()
    dialog.close()
    again = open_file(qtbot, window, "trainees_good.csv")
    assert 5 not in again.preview.mapping() and again.preview.mapping()[2] == "hetu"


def test_missing_columns_are_named_instead_of_checking(qtbot, window):
    from toimi_desktop.i18n import set_language

    set_language("en")  # as the app does for an English UI (no Qt translator in tests)
    dialog = open_file(qtbot, window, "trainees_good.csv")
    dialog.preview.combos[0].setCurrentIndex(0)  # the last name: not imported
    assert dialog.check() is None
    assert "Last name" in dialog.summary.text()


def test_cancel_rolls_back_the_import(qtbot, window, db):
    dialog = open_file(qtbot, window, "trainees_good.csv")
    # Hold the one worker thread so that Cancel is pressed before the import begins.
    gate = threading.Event()
    blocker = Operation(None, gate.wait).run_in_background()
    dialog.report = None
    dialog.import_valid_button.click()
    assert dialog.cancel_button.isVisible()
    dialog.cancel_button.click()
    gate.set()
    with qtbot.waitSignal(blocker.finished, timeout=10000):
        pass
    settle(qtbot, dialog)
    assert dialog.report.cancelled and trainees(db.path) == 0
    assert dialog.summary.text().endswith("Cancelled: nothing was written.")


def test_backup_from_the_menu_and_the_reminder(qtbot, window, db, tmp_path):
    data = window.data
    now = datetime(2026, 11, 22, 12, tzinfo=UTC)
    assert data.refresh_reminder(now) is None and not data.reminder.isVisible()
    dialog = open_file(qtbot, window, "trainees_good.csv")
    dialog.import_valid_button.click()
    settle(qtbot, dialog)
    assert data.refresh_reminder(now) is not None and data.reminder.isVisible()
    assert "No backup yet" in data.reminder.text()
    operation = data.backup(tmp_path / "varmuuskopio.db")
    with qtbot.waitSignal(operation.finished, timeout=30000):
        pass
    assert trainees(tmp_path / "varmuuskopio.db") == 6
    assert data.refresh_reminder() is None and not data.reminder.isVisible()


def test_restore_from_the_menu_asks_then_restarts(qtbot, window, db, tmp_path, monkeypatch):
    backup = tmp_path / "b.db"
    backup_database(db, backup)
    data = window.data
    asked: list[str] = []

    def answer(reply):
        def question(_parent, _title, text, *_args):
            asked.append(text)
            return reply
        return question

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Cancel))
    with qtbot.waitSignal(data.restore(backup).finished, timeout=30000):
        pass
    assert "b.db" in asked[0] and not stage_path(db.path).exists()

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    with qtbot.waitSignal(data.restore(backup).finished, timeout=30000):
        pass
    assert stage_path(db.path).exists() and QApplication.instance().property(RESTART_PROPERTY)
    assert not window.isVisible()
    QApplication.instance().setProperty(RESTART_PROPERTY, False)


def test_the_app_finishes_a_confirmed_restore_when_it_starts(db, world, as_user, tmp_path):
    from toimi_desktop.services.trainees import TraineeInput, create_trainee

    backup = tmp_path / "b.db"
    backup_database(db, backup)
    create_trainee(as_user("valmentaja"), TraineeInput("Aino", "Uusi", "167",
                                                       hetu="131052-308T"))
    prepare_restore(db.path, backup)
    mark_restore_ready(db.path)
    db.dispose()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_DATA_HOME": str(tmp_path)}
    result = subprocess.run([sys.executable, "-m", "toimi_desktop.app", "--db", str(db.path),
                             "--lang", "en", "--quit-after-show"], capture_output=True,
                            text=True, timeout=120, env=env, check=False)
    assert result.returncode == 0, result.stderr
    assert trainees(db.path) == 0 and not stage_path(db.path).exists()
    kept = list(tmp_path.glob("toimi.before-restore-*.db"))
    assert len(kept) == 1 and trainees(kept[0]) == 1
