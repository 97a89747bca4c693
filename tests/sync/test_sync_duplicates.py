"""The same person registered offline on two laptops: the server keeps one, refuses the
other with `duplicate_hetu` and names the first; the laptop stores both, shows why, and
merges its copy into the person the server has. Pulled records that cannot be stored here
are kept, shown in the user's words and stored once the obstacle is gone."""

from __future__ import annotations

import io
from datetime import date

from sync_helpers import (
    PASSWORD,
    assert_same_as_server,
    edit,
    new_environment,
    new_trainee,
    works_at,
)

from toimi_desktop.models import Trainee
from toimi_desktop.models.attendance import attendance_id
from toimi_desktop.models.database import connect
from toimi_desktop.models.enums import AbsenceReason, AttendanceStatus
from toimi_desktop.services.attendance import AttendanceEntry, save_day
from toimi_desktop.services.duplicates import merge_trainee
from toimi_desktop.sync import describe, state

HETU = "010594Y9032"
DAY = date(2026, 3, 2)


def person_on(device, env: str, last: str) -> tuple[str, str]:
    trainee, period = new_trainee(device, "167", env, "Aino", last)
    edit(device, Trainee, trainee, hetu=HETU)
    return trainee, period


def test_a_person_registered_on_two_laptops_is_refused_then_merged(server, make_device):
    a = make_device(server, "valmentaja", "a")
    b = make_device(server, "valmentaja2", "b")
    env = new_environment(a)
    works_at(a, env)
    a.sync(), b.sync()
    works_at(b, env)
    ta, _pa = person_on(a, env, "Virtanen")
    tb, pb = person_on(b, env, "Virtanen-Kopio")
    save_day(b.ctx, env, DAY, [AttendanceEntry(tb, AttendanceStatus.PRESENT, 4.0)],
             today=DAY)
    edit(b, Trainee, tb, phone="040 555 1234")
    a.sync()
    report = b.sync()
    assert (report.refused, report.failures) == (1, 0)
    # The server has one person with the HETU; the laptop has both, and says why.
    assert [i for (_t, i), d in server.records("trainee").items() if d["hetu"] == HETU] == [ta]
    conn = b.db.raw_connection()
    (refusal,) = describe.refusals(conn)
    assert (refusal.row_id, refusal.code, refusal.other_id) == (tb, "duplicate_hetu", ta)
    assert refusal.what == "Valmentautuja: Virtanen-Kopio Aino"
    assert refusal.reason.startswith("Henkilö on jo rekisterissä tällä henkilötunnuksella.")
    conn.close()
    assert {ta, tb} <= set(b.dump()["trainee"])

    result = merge_trainee(b.ctx, tb, ta)
    assert (result.moved, result.days_in_both, result.filled) == (2, 0, ("phone",))
    b.sync(), a.sync(), b.sync()
    assert a.dump() == b.dump()
    assert_same_as_server(a, server)
    final = a.dump()
    assert final["trainee"][tb]["deleted"] and not final["trainee"][ta]["deleted"]
    assert final["trainee"][ta]["phone"] == "040 555 1234"
    assert final["period"][pb]["trainee_id"] == ta
    assert final["attendance"][attendance_id(ta, DAY)]["status"] == "present"
    assert final["attendance"][attendance_id(tb, DAY)]["deleted"]
    conn = b.db.raw_connection()
    assert state.status(conn).rejected == 0 and describe.refusals(conn) == []
    conn.close()


def test_the_same_hetu_is_free_again_once_its_person_is_retired(server, make_device):
    a = make_device(server, "valmentaja", "a")
    b = make_device(server, "valmentaja2", "b")
    env = new_environment(a)
    ta, _ = person_on(a, env, "Virtanen")
    a.sync()
    edit(a, Trainee, ta, deleted=True)
    a.sync(), b.sync()
    tb, _ = person_on(b, env, "Uusi")
    assert b.sync().refused == 0
    assert server.records("trainee")[("trainee", tb)]["hetu"] == HETU


def test_a_pulled_row_that_cannot_be_stored_is_kept_shown_and_retried(
        server, make_device, monkeypatch, capsys):
    from toimi_desktop.cli import main

    a = make_device(server, "valmentaja", "a")
    b = make_device(server, "valmentaja2", "b")
    env = new_environment(a)
    works_at(a, env)
    trainee, period = new_trainee(a, "167", env, "Aino", "Virtanen")
    a.sync(), b.sync()
    # An older app on b kept this day under an id not made from (trainee, day).
    with connect(b.path) as conn:
        conn.execute(
            "INSERT INTO attendance(id, trainee_id, day, period_id, environment_id, status,"
            " hours, municipality_code, updated_hlc, deleted, created_at, updated_at)"
            " VALUES ('vanha', ?, ?, ?, ?, 'present', 4, '167', '0000000000001-00000-x', 0,"
            " '2026-03-02 08:00:00', '2026-03-02 08:00:00')",
            (trainee, DAY.isoformat(), period, env))
    save_day(a.ctx, env, DAY, [AttendanceEntry(trainee, AttendanceStatus.ABSENT, 0.0,
                                               AbsenceReason.OWN_ILLNESS, note="Sairas")],
             today=DAY)
    a.sync()
    assert b.sync().failures == 1  # a's day: kept aside, not lost
    conn = b.db.raw_connection()
    (failure,) = describe.failures(conn)
    conn.close()
    assert failure.what == "Läsnäolo: Virtanen Aino, 2.3.2026"
    assert failure.reason == ("Tällä tietokoneella on jo toinen tieto, jolla on sama "
                              "valmentautuja, päivä.")
    assert "UNIQUE" in failure.detail
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    assert main(["--lang", "fi", "sync", "--db", str(b.path), "--status"]) == 0
    out = capsys.readouterr().out
    assert "Läsnäolo: Virtanen Aino, 2.3.2026: Tällä tietokoneella on jo toinen tieto" in out
    assert "UNIQUE" not in out
    with connect(b.path) as conn:  # someone removes the old record
        conn.execute("DELETE FROM attendance WHERE id = 'vanha'")
    assert b.sync().failures == 0
    assert b.dump()["attendance"][attendance_id(trainee, DAY)]["note"] == "Sairas"
