"""Every database is a device of its own: two demo laptops editing the same note meet as a
conflict with both texts kept, each keeps its own login in the keyring, and the server
tells devices apart by who pushed, not by the device part of the clock stamps."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sync_helpers import Device, edit, new_environment, new_trainee

from toimi_desktop.models import Period
from toimi_desktop.models.ids import HybridLogicalClock
from toimi_desktop.services.demo.generate import generate_demo
from toimi_desktop.sync.conflicts import open_conflicts

TODAY = date(2026, 12, 1)
DAY = date(2026, 11, 30)


def demo_device(server, template_db: Path, tmp_path: Path, name: str, username: str
                ) -> Device:
    """A laptop with `toimi demo` data (its own generation: a file copy would be the same
    device), logged in."""
    source = tmp_path / f"{name}-demo.db"
    source.write_bytes(template_db.read_bytes())
    generate_demo(source, trainees=8, seed=5, today=TODAY)  # small: Taitamo has 3 that day
    return Device(source, tmp_path / f"{name}.db", server.url, username)


def note_on_both(devices: list[Device], texts: list[str]) -> str:
    """The first Taitamo trainee's note of DAY, written on each device in turn (offline)."""
    from toimi_desktop.reports.allowance import find_environment
    from toimi_desktop.services.attendance import AttendanceEntry, day_sheet, save_day

    trainee = None
    for device, text in zip(devices, texts, strict=True):
        env = find_environment(device.ctx, "Taitamo")
        row = next(r for r in day_sheet(device.ctx, env.id, DAY).rows
                   if r.status is not None and (trainee is None or r.trainee_id == trainee))
        trainee = row.trainee_id
        save_day(device.ctx, env.id, DAY, [AttendanceEntry(
            row.trainee_id, row.status, row.hours, row.absence_reason, row.work_task_id,
            text)], today=TODAY)
    return trainee


def test_two_demo_laptops_keep_both_texts_of_one_note(server, template_db, tmp_path,
                                                      memory_keyring):
    server.add_user("koordinaattori2", "coordinator", [])
    a = demo_device(server, template_db, tmp_path, "a", "koordinaattori")
    b = demo_device(server, template_db, tmp_path, "b", "koordinaattori2")
    assert a.device_id != b.device_id
    assert len(memory_keyring) == 2  # a login of its own for each database
    a.sync(), b.sync()  # the same demo data from both: merged as one
    note_on_both([a, b], ["Lähti aikaisin lääkäriin", "Myöhästyi bussista"])
    a.sync(), b.sync(), a.sync()
    assert a.dump() == b.dump()
    (conflict,) = open_conflicts(a.db)
    assert {conflict.current_value, conflict.other_value} == {"Lähti aikaisin lääkäriin",
                                                              "Myöhästyi bussista"}
    # Named in the user's words (Finnish by default): the trainee and the day, the field.
    assert conflict.what.startswith("Läsnäolo: ") and conflict.what.endswith(", 30.11.2026")
    assert conflict.field_label == "Huomautus"


def test_the_server_tells_devices_apart_by_their_login(server, make_device):
    """Stamps whose device part is the same (as every old demo database's was) are still
    two devices' edits when two devices pushed them."""
    a = make_device(server, "valmentaja", "a")
    b = make_device(server, "valmentaja2", "b")
    b.ctx.__dict__["clock"] = HybridLogicalClock(a.device_id)  # b stamps like a
    env = new_environment(a)
    _trainee, period = new_trainee(a, "167", env, "Aino", "Virtanen")
    a.sync(), b.sync()
    edit(a, Period, period, goals="Työkokeilu keväällä")
    edit(b, Period, period, goals="Ensin kuntoutus")
    a.sync(), b.sync(), a.sync()
    (conflict,) = open_conflicts(a.db)
    assert {conflict.current_value, conflict.other_value} == {"Työkokeilu keväällä",
                                                              "Ensin kuntoutus"}


def push_only(device: Device) -> None:
    """Send the outbox and stop before taking anything in (the network went)."""
    from toimi_desktop.sync.engine import SyncEngine, SyncReport

    engine = SyncEngine(device.db, clock=device.ctx.clock)
    conn = device.db.raw_connection()
    conn.isolation_level = None
    transport = engine._stored_transport(conn)
    try:
        engine._push(conn, transport, SyncReport())
    finally:
        transport.close()
        conn.close()


def test_a_device_logged_in_again_does_not_conflict_with_itself(server, make_device):
    """Its earlier pushes were made under its earlier login: still its own edits."""
    from sync_helpers import PASSWORD

    from toimi_desktop.sync.login import login

    a = make_device(server, "valmentaja", "a")
    env = new_environment(a)
    _trainee, period = new_trainee(a, "167", env, "Aino", "Virtanen")
    a.sync()
    edit(a, Period, period, goals="Ensimmäinen")
    push_only(a)
    login(a.db, server.url, "valmentaja", PASSWORD)
    edit(a, Period, period, goals="Toinen")
    push_only(a)
    a.sync()
    assert open_conflicts(a.db) == []
    assert a.dump()["period"][period]["goals"] == "Toinen"
