"""Screenshots of sync (90–94), offscreen, in Finnish:
`python tests/ui/screenshots_sync.py [OUT_DIR]` (default docs/screenshots/).

Two laptops, each with its own `toimi demo` data, and a sync server on 127.0.0.1 (SQLite,
in a temporary directory). Offline, both write a note for the same day, both register the
same new person, both save a version of one continuation plan, and an older app on the
second laptop kept a day under another id. After syncing, the second laptop shows:
90 the sync page (a conflict, a refused duplicate person, a record not stored here), 91 the
conflict dialog, 92 the question before merging the copy, 93 the plan's history with both
offline versions, 94 `toimi sync` in Finnish.
"""

from __future__ import annotations

import contextlib
import io
import os
import shutil
import sys
import tempfile
from datetime import date
from pathlib import Path
from typing import ClassVar

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent / "sync")]

import keyring  # noqa: E402
from keyring.backend import KeyringBackend  # noqa: E402
from PySide6.QtGui import QFont  # noqa: E402
from PySide6.QtWidgets import QApplication, QPlainTextEdit  # noqa: E402
from screenshots import ROOT, _save, install_finnish  # noqa: E402

from toimi_desktop import app as toimi_app  # noqa: E402
from toimi_desktop.models.database import connect  # noqa: E402
from toimi_desktop.models.enums import AttendanceStatus  # noqa: E402

TODAY = date(2026, 12, 1)
DAY = date(2026, 11, 30)


class MemoryKeyring(KeyringBackend):
    """The device tokens of the two laptops, for this run only."""

    priority = 1
    secrets: ClassVar[dict] = {}

    def get_password(self, service, username):
        return self.secrets.get((service, username))

    def set_password(self, service, username, password):
        self.secrets[(service, username)] = password

    def delete_password(self, service, username):
        self.secrets.pop((service, username), None)


def temporary_hetu(birth: str, number: int) -> str:
    """A valid HETU from the temporary range 900–999 (demo data never uses real ones)."""
    digits = f"{birth}{number:03d}"
    return f"{birth}-{number:03d}{'0123456789ABCDEFHJKLMNPRSTUVWXY'[int(digits) % 31]}"


def laptops(tmp: Path):
    from sync_helpers import PASSWORD, Device, RunningServer, password_hash

    from toimi_desktop.models.database import Database
    from toimi_desktop.services.demo.generate import generate_demo
    from toimi_server.services.accounts import add_user

    server = RunningServer(f"sqlite:///{tmp / 'server.db'}")
    with server.sessions() as session, session.begin():
        for username, name in (("sari.salo", "Sari Salo"), ("pekka.pelkonen", "Pekka Pelkonen")):
            add_user(session, username, PASSWORD, "coordinator", [], display_name=name,
                     password_hash=password_hash())
    template = tmp / "template.db"
    Database(template).dispose()
    devices = []
    for name, user in (("kannettava-a", "sari.salo"), ("kannettava-b", "pekka.pelkonen")):
        source = tmp / f"{name}-demo.db"
        shutil.copy(template, source)
        generate_demo(source, trainees=60, seed=1, today=TODAY)
        devices.append(Device(source, tmp / f"{name}.db", server.url, user))
    return server, devices


def offline_work(a, b) -> tuple[str, str]:
    """What the two laptops do apart; returns (plan id, trainee name) of the shared plan."""
    from toimi_desktop.reports.allowance import find_environment
    from toimi_desktop.services.attendance import AttendanceEntry, day_sheet, save_day
    from toimi_desktop.services.context import ServiceContext, actor_for
    from toimi_desktop.services.plans import current_plan, save_plan
    from toimi_desktop.services.trainees import TraineeInput, create_trainee

    env = find_environment(a.ctx, "Taitamo").id
    row = next(r for r in day_sheet(a.ctx, env, DAY).rows if r.status is not None)
    for device, note in ((a, "Lähti puoliltapäivin lääkäriin."),
                         (b, "Myöhästyi, bussi ei kulkenut.")):
        save_day(device.ctx, env, DAY, [AttendanceEntry(row.trainee_id, row.status, row.hours,
                                                        row.absence_reason, row.work_task_id,
                                                        note)], today=TODAY)
    hetu = temporary_hetu("150398", 951)
    for device, phone in ((a, None), (b, "040 123 4567")):
        create_trainee(device.ctx, TraineeInput("Kaisa", "Kärkkäinen", "167", hetu=hetu,
                                                phone=phone), today=TODAY)
    # An older app on b kept the next day under an id not made from (trainee, day).
    fresh = next(r for r in day_sheet(a.ctx, env, TODAY).rows if r.status is None)
    with connect(b.path) as conn:
        conn.execute(
            "INSERT INTO attendance(id, trainee_id, day, period_id, environment_id, status,"
            " hours, municipality_code, updated_hlc, deleted, created_at, updated_at)"
            " VALUES ('vanha-sovellus', ?, ?, ?, ?, 'present', 4, '167',"
            " '0000000000001-00000-vanha', 0, '2026-12-01 08:00:00', '2026-12-01 08:00:00')",
            (fresh.trainee_id, TODAY.isoformat(), fresh.period_id, env))
    # Present, whatever the demo gave the row above: an absence would need its reason.
    save_day(a.ctx, env, TODAY, [AttendanceEntry(fresh.trainee_id, AttendanceStatus.PRESENT,
                                                 5.0)], today=TODAY)
    conn = a.db.reader()
    trainee, name = conn.execute(
        "SELECT t.id, t.last_name || ' ' || t.first_name FROM continuation_plan p"
        " JOIN trainee t ON t.id = p.trainee_id WHERE t.municipality_code = '167'"
        " AND p.deleted = 0 ORDER BY t.last_name LIMIT 1").fetchone()
    for device, coach, goal in (
            (a, "valmentaja.joensuu1", "Kiinteistöhuollon työkokeilu keväällä, sitten "
                                       "oppisopimus."),
            (b, "valmentaja.joensuu2", "Ensin kuntoutustutkimus, työkokeilu sen jälkeen.")):
        ctx = ServiceContext(device.db, actor_for(device.db, coach))
        ctx.__dict__["clock"] = device.ctx.clock
        plan = current_plan(ctx, trainee)
        data = plan.to_input()
        data.goal = goal
        save_plan(ctx, trainee, data, plan_id=plan.id, expected_version=plan.version,
                  today=TODAY)
    return plan.id, name


def cli_sync(device, out: Path, app: QApplication) -> None:
    """`toimi sync` on the laptop, as a terminal would show it."""
    from toimi_desktop.cli import main

    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        main(["--lang", "fi", "sync", "--db", str(device.path)])
    view = QPlainTextEdit(f"$ toimi sync --db {device.path.name}\n" + printed.getvalue())
    font = QFont("DejaVu Sans Mono")
    font.setStyleHint(QFont.StyleHint.Monospace)
    view.setFont(font)
    view.setStyleSheet("background: #1e1e1e; color: #e8e8e8;")
    view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
    view.resize(1180, 300)
    view.show()
    _save(view, out, "94-sync-cli.png", app)


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication([sys.argv[0]])
    toimi_app.install_font(app)
    tmp = Path(tempfile.mkdtemp(prefix="toimi-sync-shots-"))
    translators = install_finnish(app, tmp)  # noqa: F841 - installed while they live
    keyring.set_keyring(MemoryKeyring())

    from toimi_desktop.services.context import actor_for
    from toimi_desktop.services.plans import current_plan
    from toimi_desktop.sync.conflicts import open_conflicts
    from toimi_desktop.ui.main_window import SYNC, MainWindow
    from toimi_desktop.ui.plans.versions_dialog import PlanVersionsDialog
    from toimi_desktop.ui.session import AppSession
    from toimi_desktop.ui.sync.dialogs import ConflictDialog

    server, (a, b) = laptops(tmp)
    try:
        a.sync(), b.sync()
        plan_id, name = offline_work(a, b)
        a.sync(), b.sync(), a.sync(), b.sync()

        session = AppSession(b.db, actor_for(b.db, "pekka.pelkonen"))
        session.ctx.__dict__["clock"] = b.ctx.clock
        window = MainWindow(session)
        window.resize(1280, 860)
        window.show()
        window.sync.refresh()  # the changes waiting, counted now (the app counts after paint)
        window.show_section(SYNC)
        page = window.sync_page
        page.reload_lists()
        page.refused.list.setCurrentRow(0)
        _save(window, out, "90-sync-page.png", app)

        conflict = next(c for c in open_conflicts(b.db) if c.table_name == "attendance")
        dialog = ConflictDialog(conflict, window)
        dialog.show()
        _save(dialog, out, "91-sync-conflict-dialog.png", app)
        dialog.reject()

        box = page.refused.confirm_box()
        box.show()
        _save(box, out, "92-sync-merge-question.png", app)
        box.reject()

        plan = current_plan(session.ctx, next(
            t for (t,) in b.db.reader().execute(
                "SELECT trainee_id FROM continuation_plan WHERE id = ?", (plan_id,))))
        versions = PlanVersionsDialog(session, plan, name, window)
        versions.show()
        versions.list.selectRow(1)
        _save(versions, out, "93-plan-versions-offline.png", app)
        versions.reject()

        cli_sync(b, out, app)
        window.close()
    finally:
        a.close(), b.close()
        server.stop()
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots")
