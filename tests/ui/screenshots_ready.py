"""Screenshots 70–79: the first-run wizard, Settings, English formats, 150 % scale and a
larger text size. Offscreen, on demo data:

    python tests/ui/screenshots_ready.py [OUT_DIR]      (default docs/screenshots/)

The 150 % shot needs QT_SCALE_FACTOR before Qt starts, so this script runs itself once more
for it (`--part scaled`); the larger-text shot likewise (`--part large`).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from PySide6.QtWidgets import QApplication, QWidget

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations"


def compile_translations() -> None:
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    for ts in TS.glob("*.ts"):
        subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))],
                       check=True)


def settle(app: QApplication) -> None:
    for _ in range(6):
        app.processEvents()


def save(widget: QWidget, out: Path, name: str, app: QApplication) -> None:
    settle(app)
    widget.grab().save(str(out / name))
    print(out / name)


def start_app(language: str, font_size: int = 10) -> QApplication:
    from toimi_desktop import app as toimi_app

    app = QApplication([sys.argv[0]])
    toimi_app.install_font(app, font_size)
    toimi_app.install_language(app, language)
    return app


def wizard_shots(out: Path, app: QApplication, home: Path) -> None:
    from toimi_desktop.ui.first_run.wizard import FirstRunWizard

    wizard = FirstRunWizard("fi")
    wizard.demo_trainees = 40
    wizard.show()
    save(wizard, out, "70-wizard-language.png", app)
    wizard.next()
    save(wizard, out, "71-wizard-start.png", app)
    wizard.pages[1].server.setChecked(True)
    wizard.next()
    form = wizard.pages[3].form
    form.server.setText("toimi.joensuu.fi")
    form.username.setText("valmentaja.raakkyla1")
    form._say(form.tr("Give the server address, your user name and password."))
    save(wizard, out, "72-wizard-server.png", app)
    wizard.back()
    wizard.pages[1].demo.setChecked(True)
    wizard.next()
    while not wizard.currentPage().isComplete():
        app.processEvents()
        time.sleep(0.05)  # let the worker thread run (and keep the loop from spinning)
    wizard.next()
    save(wizard, out, "73-wizard-ready.png", app)
    wizard.reject()


def settings_shots(out: Path, app: QApplication, session) -> None:
    from toimi_desktop.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(session)
    dialog.show()
    save(dialog, out, "74-settings.png", app)
    dialog.fields["allowance.rate_eur"].setText("yhdeksän")
    dialog.fields["reports.suppression_threshold"].setText("2")
    dialog.save()
    save(dialog, out, "75-settings-errors.png", app)
    dialog.reject()


def coach_and_week(window, session) -> None:
    """A Joensuu coach's attendance week (dates and week numbers in the locale)."""
    from toimi_desktop.ui.attendance.view import WEEK
    from toimi_desktop.ui.main_window import ATTENDANCE

    coach = session.db.reader().execute(
        "SELECT username FROM app_user WHERE username LIKE 'valmentaja.joensuu%'"
        " ORDER BY username").fetchone()
    if coach:
        session.switch_user(coach[0])
    window.show_section(ATTENDANCE)
    view = window.attendance.view
    view.set_day(date.today() - timedelta(days=7))
    view.set_mode(WEEK)


def open_window(db_path: Path, user: str = "koordinaattori"):
    from toimi_desktop.models.database import Database
    from toimi_desktop.services.context import actor_for
    from toimi_desktop.ui.main_window import MainWindow
    from toimi_desktop.ui.session import AppSession

    db = Database(db_path)
    session = AppSession(db, actor_for(db, user))
    window = MainWindow(session)
    window.resize(1280, 800)
    window.show()
    return db, session, window


def part_main(out: Path, db_path: Path, home: Path) -> None:
    """Finnish: the wizard and Settings; then English: the attendance week."""
    app = start_app("fi")
    wizard_shots(out, app, home)
    db, session, window = open_window(db_path)
    settings_shots(out, app, session)
    from toimi_desktop.ui.settings_dialog import SettingsDialog

    session.switch_user("valmentaja.raakkyla1")
    coach = SettingsDialog(session)
    coach.show()
    save(coach, out, "79-settings-coach.png", app)
    coach.reject()
    window.close()
    db.dispose()

    from toimi_desktop.ui.language import apply_language

    apply_language(app, "en")
    db, session, window = open_window(db_path)
    coach_and_week(window, session)
    save(window, out, "76-english-week.png", app)
    db.dispose()


def part_scaled(out: Path, db_path: Path) -> None:
    app = start_app("fi")
    db, session, window = open_window(db_path)
    coach_and_week(window, session)
    window.attendance.view.set_mode(0)
    save(window, out, "77-scale-150.png", app)
    db.dispose()


def part_large(out: Path, db_path: Path) -> None:
    app = start_app("fi", font_size=14)
    db, session, window = open_window(db_path)
    coach_and_week(window, session)
    window.attendance.view.set_mode(0)
    save(window, out, "78-large-text.png", app)
    db.dispose()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", nargs="?", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--part", choices=("main", "scaled", "large"))
    parser.add_argument("--db", type=Path)
    parser.add_argument("--home", type=Path)
    args = parser.parse_args()
    out = args.out.resolve()
    out.mkdir(parents=True, exist_ok=True)
    if args.part == "scaled":
        part_scaled(out, args.db)
        return
    if args.part == "large":
        part_large(out, args.db)
        return
    compile_translations()
    home = Path(tempfile.mkdtemp(prefix="toimi-shots-ready-"))
    # The wizard shows where data goes: a neutral, typical path instead of a temp folder.
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        os.environ[name] = str(home / name.lower())
    from toimi_desktop.services.demo import generate_demo

    db_path = home / "demo.db"
    generate_demo(db_path, trainees=600, seed=1)
    me = [sys.executable, __file__, str(out), "--db", str(db_path), "--home", str(home)]
    part_main(out, db_path, home)
    subprocess.run([*me, "--part", "scaled"], check=True,
                   env={**os.environ, "QT_SCALE_FACTOR": "1.5"})
    subprocess.run([*me, "--part", "large"], check=True)


if __name__ == "__main__":
    main()
