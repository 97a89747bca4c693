"""The client engine against a real server: a demo device fills an empty server, another
device takes it in, edits travel both ways, rejected records wait with their reason,
conflicts are resolved, and the CLI does the same (pulled rows that cannot be stored:
test_sync_duplicates.py)."""

from __future__ import annotations

import io
import re
from datetime import date

import pytest
from sync_helpers import (
    PASSWORD,
    assert_same_as_server,
    edit,
    new_environment,
    new_trainee,
    works_at,
)

from toimi_desktop.models import Period, Trainee
from toimi_desktop.sync import state
from toimi_desktop.sync.conflicts import open_conflicts, resolve_conflict


def test_two_devices_meet_through_the_server(server, make_device):
    a = make_device(server, "valmentaja", "a")
    b = make_device(server, "valmentaja2", "b")
    env = new_environment(a)
    trainee, period = new_trainee(a, "167", env, "Aino", "Virtanen")
    report = a.sync()
    assert (report.pushed, report.requests) == (3, 2)  # one push, one pull
    b.sync()
    assert b.dump()["trainee"][trainee]["first_name"] == "Aino"
    edit(b, Trainee, trainee, phone="040 123")
    edit(a, Period, period, hours_per_day=5.0)
    b.sync(), a.sync(), b.sync()
    for device in (a, b):
        assert device.dump()["trainee"][trainee]["phone"] == "040 123"
        assert device.dump()["period"][period]["hours_per_day"] == 5.0
        assert_same_as_server(device, server)
    assert a.dump() == b.dump()
    nothing = a.sync()
    assert (nothing.requests, nothing.pushed, nothing.pulled) == (1, 0, 0)
    assert nothing.bytes_sent + nothing.bytes_received <= 2048


def test_changes_outside_the_scope_wait_with_a_reason_and_block_nothing(server, make_device):
    a = make_device(server, "valmentaja", "a")
    env = new_environment(a, "167")
    foreign_env = new_environment(a, "426", "Liperin paja")
    report = a.sync()
    assert report.pushed == 1 and report.refused == 1
    conn = a.db.raw_connection()
    status = state.status(conn)
    assert status.rejected == 1 and status.pending == 0
    (refused,) = state.rejections(conn)
    assert (refused.row_id, refused.code) == (foreign_env, "outside_scope")
    conn.close()
    assert ("environment", env) in server.records()
    assert ("environment", foreign_env) not in server.records()


def test_text_conflict_is_shown_and_resolved_everywhere(server, make_device, capsys):
    from toimi_desktop.cli import main

    a = make_device(server, "valmentaja", "a")
    b = make_device(server, "valmentaja2", "b")
    env = new_environment(a)
    _trainee, period = new_trainee(a, "167", env, "Aino", "Virtanen")
    a.sync()
    b.sync()
    edit(a, Period, period, goals="Työkokeilu keväällä")
    edit(b, Period, period, goals="Ensin kuntoutus")
    a.sync(), b.sync(), a.sync()
    assert a.dump() == b.dump()
    (conflict,) = open_conflicts(b.db)
    assert {conflict.current_value, conflict.other_value} == {"Työkokeilu keväällä",
                                                              "Ensin kuntoutus"}
    assert main(["--lang", "fi", "sync", "--db", str(b.path)]) == 0
    assert "\n1 teksti on muokattu kahdella laitteella: " in capsys.readouterr().out
    resolve_conflict(b.ctx, conflict.id, "Ensin kuntoutus, sitten työkokeilu")
    b.sync(), a.sync()
    assert open_conflicts(a.db) == []
    assert a.dump()["period"][period]["goals"] == "Ensin kuntoutus, sitten työkokeilu"
    assert_same_as_server(a, server)


def test_cli_login_and_sync(server, make_device, tmp_path, monkeypatch, capsys,
                            memory_keyring):
    from toimi_desktop.cli import main

    seed = make_device(server, "valmentaja", "seed")
    env = new_environment(seed)
    new_trainee(seed, "167", env, "Aino", "Virtanen")
    seed.sync()
    path = tmp_path / "cli.db"
    monkeypatch.delenv("TOIMI_PASSWORD")  # the password from standard input, as a script
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    assert main(["--lang", "en", "login", "--db", str(path), "--server", server.url,
                 "--user", "valmentaja2"]) == 0
    assert main(["--lang", "en", "sync", "--db", str(path)]) == 0
    out = capsys.readouterr().out
    assert "Logged in" in out and "received" in out
    assert main(["--lang", "en", "sync", "--db", str(path), "--status"]) == 0
    assert "Waiting to be sent: 0" in capsys.readouterr().out
    # Finnish numbers and local time, not "44.1 s" and raw UTC.
    assert main(["--lang", "fi", "sync", "--db", str(path)]) == 0
    assert re.search(r"^Synkronoitu \(\d+,\d s\): .* \(\d+,\d kt verkossa\)\.$",
                     capsys.readouterr().out, re.MULTILINE)
    assert main(["--lang", "fi", "sync", "--db", str(path), "--status"]) == 0
    out = capsys.readouterr().out
    assert re.search(r"^Viimeisin onnistunut synkronointi: \d{1,2}\.\d{1,2}\.\d{4} "
                     r"\d{1,2}\.\d{2}$", out, re.MULTILINE), out
    token = next(iter(memory_keyring.values()))
    assert all(token.encode() not in p.read_bytes() for p in tmp_path.rglob("*")
               if p.is_file())
    assert main(["--lang", "en", "logout", "--db", str(path)]) == 0
    assert main(["--lang", "en", "sync", "--db", str(path)]) == 2
    assert "not logged in" in capsys.readouterr().err


@pytest.mark.parametrize("day", [date(2026, 3, 2)])
def test_attendance_marked_on_two_laptops_merges(server, make_device, day):
    from toimi_desktop.models import Attendance
    from toimi_desktop.models.attendance import attendance_id
    from toimi_desktop.models.enums import AttendanceStatus

    a = make_device(server, "valmentaja", "a")
    b = make_device(server, "valmentaja2", "b")
    env = new_environment(a)
    trainee, period = new_trainee(a, "167", env, "Aino", "Virtanen")
    a.sync(), b.sync()
    for device, status, hours in ((a, AttendanceStatus.PRESENT, 4.0),
                                  (b, AttendanceStatus.PARTLY_PRESENT, 2.0)):
        with device.ctx.transaction() as tx:
            mark = Attendance(id=attendance_id(trainee, day), municipality_code="167",
                              trainee_id=trainee, day=day, period_id=period,
                              environment_id=env, status=status, hours=hours)
            tx.stamp(mark, ["*"])
    a.sync(), b.sync(), a.sync()
    assert len(a.dump()["attendance"]) == len(b.dump()["attendance"]) == 1
    assert a.dump() == b.dump()
    assert_same_as_server(b, server)


def test_a_day_saved_on_two_laptops_never_merges_into_an_impossible_state(server,
                                                                          make_device):
    """One laptop marks the day absent (0 h), the other, later, changes only the hours of
    "present": the later save wins the status, the reason and the hours together."""
    from toimi_desktop.models.attendance import attendance_id
    from toimi_desktop.models.enums import AbsenceReason, AttendanceStatus
    from toimi_desktop.services.attendance import AttendanceEntry, save_day

    day = date(2026, 3, 2)
    a = make_device(server, "valmentaja", "a")
    b = make_device(server, "valmentaja2", "b")
    env = new_environment(a)
    works_at(a, env)
    trainee, _period = new_trainee(a, "167", env, "Aino", "Virtanen")
    save_day(a.ctx, env, day, [AttendanceEntry(trainee, AttendanceStatus.PRESENT, 4.0)],
             today=day)
    a.sync(), b.sync()
    works_at(b, env)
    save_day(a.ctx, env, day, [AttendanceEntry(trainee, AttendanceStatus.ABSENT, 0.0,
                                               AbsenceReason.OWN_ILLNESS)], today=day)
    save_day(b.ctx, env, day, [AttendanceEntry(trainee, AttendanceStatus.PRESENT, 6.0)],
             today=day)
    a.sync(), b.sync(), a.sync()
    assert a.dump() == b.dump()
    mark = a.dump()["attendance"][attendance_id(trainee, day)]
    assert (mark["status"], mark["absence_reason"], mark["hours"]) == ("present", None, 6.0)
