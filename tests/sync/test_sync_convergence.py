"""Three laptops edit the same trainees at random while offline and sync in random orders;
in the end all three equal each other and the server, nothing typed is lost and nothing is
duplicated. Once with agreeing clocks, once with clocks two days fast and two days slow."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest
from sync_helpers import assert_same_as_server, new_environment, new_trainee

from toimi_desktop.models import Attendance, Period, Trainee
from toimi_desktop.models.attendance import attendance_id
from toimi_desktop.models.enums import AttendanceStatus

DAY = 24 * 3600
PLAIN = {Trainee: ["phone", "email"], Period: ["hours_per_day", "days_per_week"]}
TEXT = {Period: ["goals", "exit_note"]}


class World:
    def __init__(self, devices, rng: random.Random) -> None:
        self.devices, self.rng = devices, rng
        self.typed: dict[tuple, set] = {}  # (table, id, field) → every text typed
        self.replaced: dict[tuple, set] = {}  # texts a device saw and typed over
        self.plain: dict[tuple, list] = {}  # (table, id, field) → [(stamp, value)]

    def edit(self, device, model, row_id: str, name: str, value) -> None:
        key = (model.__tablename__, row_id, name)
        with device.ctx.transaction() as tx:
            record = tx.session.get(model, row_id)
            before = getattr(record, name)
            setattr(record, name, value)
            tx.stamp(record, [name])
            stamp = str(tx.last_stamp)
        if model in TEXT and name in TEXT[model]:
            self.typed.setdefault(key, set()).add(value)
            self.replaced.setdefault(key, set()).add(before)
        else:
            self.plain.setdefault(key, []).append((stamp, value))

    def mark(self, device, trainee: str, period: str, env: str, day: date) -> None:
        status = self.rng.choice(list(AttendanceStatus))
        hours = self.rng.choice([0.0, 2.0, 4.0, 6.0])
        with device.ctx.transaction() as tx:
            mark = tx.session.get(Attendance, attendance_id(trainee, day))
            if mark is None:
                mark = Attendance(id=attendance_id(trainee, day), municipality_code="167",
                                  trainee_id=trainee, day=day, period_id=period,
                                  environment_id=env, status=status, hours=hours)
                tx.stamp(mark, ["*"])
            else:
                mark.status, mark.hours = status, hours
                tx.stamp(mark, ["status", "hours"])
            stamp = str(tx.last_stamp)
        for name, value in (("status", status.value), ("hours", hours)):
            self.plain.setdefault(("attendance", mark.id, name), []).append((stamp, value))


def run_world(server, make_device, seed: int, skews: tuple[float, float, float],
              steps: int = 120) -> dict:
    rng = random.Random(seed)
    devices = [make_device(server, user, f"laptop{i}", skew_seconds=skew)
               for i, (user, skew) in enumerate(zip(("valmentaja", "valmentaja2", "agentti"),
                                                    skews, strict=True))]
    env = new_environment(devices[0])
    people = [new_trainee(devices[0], "167", env, f"Etu{i}", f"Suku{i}") for i in range(4)]
    for device in devices:
        device.sync()
    world = World(devices, rng)
    days = [date(2026, 3, 2) + timedelta(days=i) for i in range(5)]
    for step in range(steps):
        device = rng.choice(devices)
        trainee, period = rng.choice(people)
        action = rng.random()
        if action < 0.15:
            device.sync()
        elif action < 0.45:
            model = rng.choice([Trainee, Period])
            name = rng.choice(PLAIN[model])
            value = (rng.choice([3.0, 4.0, 5.0]) if name == "hours_per_day"
                     else rng.randint(1, 4) if name == "days_per_week"
                     else f"{name}-{step}")
            world.edit(device, model, trainee if model is Trainee else period, name, value)
        elif action < 0.75:
            name = rng.choice(TEXT[Period])
            world.edit(device, Period, period, name, f"{device.path.stem} kirjoitti {step}")
        else:
            world.mark(device, trainee, period, env, rng.choice(days))
    for _round in range(2):  # everyone syncs, in a random order, until nothing moves
        for device in rng.sample(devices, len(devices)):
            device.sync()
    dumps = [d.dump() for d in devices]
    assert dumps[0] == dumps[1] == dumps[2]
    for device in devices:
        assert_same_as_server(device, server)
    final = dumps[0]
    # Plain fields: the edit with the latest clock won, wherever it was made.
    for (table, row_id, name), edits in world.plain.items():
        assert final[table][row_id][name] == max(edits)[1], (table, name)
    # Free text: every text typed is the record's or kept in a conflict, unless the person
    # who replaced it had seen it.
    kept: dict[tuple, set] = {}
    for conflict in final["sync_conflict"].values():
        key = (conflict["table_name"], conflict["row_id"], conflict["field"])
        kept.setdefault(key, set()).add(conflict["other_value"])
    for key, texts in world.typed.items():
        table, row_id, name = key
        survivors = texts - world.replaced.get(key, set())
        present = {final[table][row_id][name]} | kept.get(key, set())
        assert survivors <= present, key
    # Nothing duplicated: one attendance row per trainee and day, one row per id made.
    marks = final["attendance"].values()
    assert len({(m["trainee_id"], m["day"]) for m in marks}) == len(marks)
    assert len(final["trainee"]) == 4 and len(final["period"]) == 4
    return final


@pytest.mark.parametrize("seed", [1, 2])
def test_three_devices_converge(server, make_device, seed):
    final = run_world(server, make_device, seed, (0.0, 0.0, 0.0))
    assert final["sync_conflict"], "the random edits should have made text conflicts"


def test_three_devices_converge_with_clocks_two_days_off(server, make_device):
    run_world(server, make_device, 3, (2 * DAY, -2 * DAY, 0.0))


def test_a_later_edit_wins_though_its_laptop_clock_is_days_behind(server, make_device):
    fast = make_device(server, "valmentaja", "fast", skew_seconds=2 * DAY)
    slow = make_device(server, "valmentaja2", "slow", skew_seconds=-2 * DAY)
    env = new_environment(fast)
    trainee, _period = new_trainee(fast, "167", env, "Aino", "Virtanen")
    world = World([fast, slow], random.Random(0))
    world.edit(fast, Trainee, trainee, "phone", "ensin")
    fast.sync()
    slow.sync()  # sees the first edit: its next stamp comes after it
    world.edit(slow, Trainee, trainee, "phone", "sitten")
    slow.sync(), fast.sync()
    assert fast.dump()["trainee"][trainee]["phone"] == "sitten"
    assert slow.dump() == fast.dump()
