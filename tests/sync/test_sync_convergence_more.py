"""Convergence with what test_sync_convergence.py leaves out: deletes (tombstones), plans saved
and steps removed on several laptops, the same person registered on two laptops, and
laptops that start from `toimi demo` data. Three laptops act at random through the services,
sync in random orders, and end identical to each other and to the server, with nothing lost
and nothing duplicated."""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

from sync_helpers import Device, assert_same_as_server, new_environment, new_trainee, works_at

from toimi_desktop.models import Attendance
from toimi_desktop.models.attendance import attendance_id
from toimi_desktop.models.enums import AbsenceReason, AttendanceStatus, PlanPath
from toimi_desktop.services.attendance import AttendanceEntry, save_day
from toimi_desktop.services.duplicates import merge_trainee
from toimi_desktop.services.plans import (
    PlanInput,
    StepInput,
    current_plan,
    plan_version,
    plan_versions,
    save_plan,
)
from toimi_desktop.services.trainees import TraineeInput, create_trainee
from toimi_desktop.sync import describe, state

TODAY = date(2026, 3, 6)
DAYS = [date(2026, 3, 2) + timedelta(days=i) for i in range(5)]
HETU = "131052-308T"
STATES = [(AttendanceStatus.PRESENT, None, 4.0), (AttendanceStatus.PRESENT, None, 6.0),
          (AttendanceStatus.PARTLY_PRESENT, None, 2.0),
          (AttendanceStatus.ABSENT, AbsenceReason.OWN_ILLNESS, 0.0),
          (AttendanceStatus.ABSENT, AbsenceReason.UNEXPLAINED, 0.0)]


def stamp_of(device: Device, table: str, row_id: str) -> str | None:
    row = device.db.reader().execute(f'SELECT updated_hlc FROM "{table}" WHERE id = ?',
                                     (row_id,)).fetchone()
    return row[0] if row else None


class Tracker:
    """What was done, with the clock stamp of each change, to check the end state by."""

    def __init__(self) -> None:
        self.day_states: dict[str, list] = {}  # attendance id → [(stamp, (status, reason, h))]
        self.deleted: dict[str, list] = {}  # attendance id → [(stamp, deleted?)]
        self.goals: list[str] = []  # every plan goal saved
        self.saves = 0

    def mark(self, device: Device, env: str, trainee: str, rng: random.Random) -> None:
        day = rng.choice(DAYS)
        status, reason, hours = rng.choice(STATES)
        row_id = attendance_id(trainee, day)
        before = stamp_of(device, "attendance", row_id)
        save_day(device.ctx, env, day, [AttendanceEntry(trainee, status, hours, reason)],
                 today=TODAY)
        after = stamp_of(device, "attendance", row_id)
        if after != before:
            self.day_states.setdefault(row_id, []).append(
                (after, (status.value, reason.value if reason else None, hours)))
            self.deleted.setdefault(row_id, []).append((after, False))

    def delete(self, device: Device, trainee: str, rng: random.Random) -> None:
        row_id = attendance_id(trainee, rng.choice(DAYS))
        with device.ctx.transaction() as tx:
            mark = tx.session.get(Attendance, row_id)
            if mark is None or mark.deleted:
                return
            mark.deleted = True
            tx.stamp(mark, ["deleted"])
            stamp = str(tx.last_stamp)
        self.deleted.setdefault(row_id, []).append((stamp, True))

    def plan(self, device: Device, trainee: str, step: int, rng: random.Random) -> None:
        now = current_plan(device.ctx, trainee)
        kept = [s for s in now.steps if rng.random() < 0.6] if now else []
        steps = [StepInput(s.what, s.responsible, s.due_on, s.status, s.id) for s in kept]
        steps.append(StepInput(f"Vaihe {step}"))
        goal = f"{device.path.stem} tavoite {step}"
        save_plan(device.ctx, trainee, PlanInput(PlanPath.EDUCATION, goal, steps),
                  plan_id=now.id if now else None,
                  expected_version=now.version if now else None, today=TODAY)
        self.goals.append(goal)
        self.saves += 1


def sync_all(devices: list[Device], rng: random.Random, rounds: int = 2) -> None:
    for _round in range(rounds):
        for device in rng.sample(devices, len(devices)):
            device.sync()


def check_converged(devices: list[Device], server) -> dict:
    # The access log goes up from every device but only coordinators pull it back: each
    # device keeps its own rows of it, so it is left out of the comparison between them.
    dumps = [{t: rows for t, rows in d.dump().items() if t != "access_log"} for d in devices]
    assert all(dump == dumps[0] for dump in dumps[1:])
    for device in devices:
        assert_same_as_server(device, server)
        conn = device.db.raw_connection()
        status = state.status(conn)
        conn.close()
        assert (status.pending, status.rejected, status.failures) == (0, 0, 0)
    return dumps[0]


def test_deletes_plans_and_a_person_registered_twice_converge(server, make_device):
    rng = random.Random(11)
    devices = [make_device(server, user, f"laptop{i}") for i, user in
               enumerate(("valmentaja", "valmentaja2", "agentti"))]
    env = new_environment(devices[0])
    works_at(devices[0], env)
    people = [new_trainee(devices[0], "167", env, f"Etu{i}", f"Suku{i}")[0] for i in range(3)]
    devices[0].sync()
    sync_all(devices, rng, rounds=1)
    works_at(devices[1], env)
    tracker = Tracker()
    twice = {1: 20, 2: 21}  # the same person registered offline on two laptops at these steps
    for step in range(70):
        if step in twice.values():
            device = devices[next(i for i, s in twice.items() if s == step)]
            create_trainee(device.ctx, TraineeInput("Kaisa", "Kaksoinen", "167", hetu=HETU),
                           today=TODAY)
            continue
        device = rng.choice(devices)
        action = rng.random()
        if action < 0.15:
            device.sync()
        elif action < 0.55:
            tracker.mark(device, env, rng.choice(people), rng)
        elif action < 0.7:
            tracker.delete(device, rng.choice(people), rng)
        else:
            tracker.plan(device, people[0], step, rng)
    sync_all(devices, rng)
    # The laptop whose copy was refused merges it into the person the server has.
    refused = [(d, r) for d in devices for r in describe.refusals(d.db.reader())]
    assert [r.code for _d, r in refused] == ["duplicate_hetu"]
    device, refusal = refused[0]
    merge_trainee(device.ctx, refusal.row_id, refusal.other_id)
    sync_all(devices, rng)
    final = check_converged(devices, server)

    live = [i for i, t in final["trainee"].items() if t["hetu"] == HETU and not t["deleted"]]
    assert live == [refusal.other_id]
    for row_id, changes in tracker.deleted.items():  # tombstones: the later change wins
        assert bool(final["attendance"][row_id]["deleted"]) == max(changes)[1], row_id
    for row_id, saves in tracker.day_states.items():  # the later save wins the whole day
        mark = final["attendance"][row_id]
        assert (mark["status"], mark["absence_reason"], mark["hours"]) == max(saves)[1]
    marks = [m for m in final["attendance"].values() if not m["deleted"]]
    assert len({(m["trainee_id"], m["day"]) for m in marks}) == len(marks)
    # Every plan save is a version in the history, the same on every laptop.
    plan = current_plan(devices[0].ctx, people[0])
    for device in devices:
        assert len(plan_versions(device.ctx, plan.id)) == tracker.saves
    goals = [plan_version(devices[1].ctx, plan.id, n).goal for n in range(1, tracker.saves + 1)]
    assert sorted(goals) == sorted(tracker.goals)
    assert len(final["continuation_plan"]) == 1


def test_laptops_started_from_demo_data_converge(server, template_db, tmp_path: Path):
    """Each laptop made its own `toimi demo` (same seed): the same records, different
    devices. Coaches' day sheets are edited at random on all three, with notes."""
    from toimi_desktop.reports.allowance import find_environment
    from toimi_desktop.services.attendance import day_sheet
    from toimi_desktop.services.demo.generate import generate_demo

    rng = random.Random(7)
    devices = []
    for i in range(3):
        server.add_user(f"koordinaattori{i}x", "coordinator", [])
        source = tmp_path / f"demo{i}.db"
        source.write_bytes(template_db.read_bytes())
        generate_demo(source, trainees=8, seed=5, today=date(2026, 12, 1))
        devices.append(Device(source, tmp_path / f"laptop{i}.db", server.url,
                              f"koordinaattori{i}x"))
    assert len({d.device_id for d in devices}) == 3
    sync_all(devices, rng)
    day = date(2026, 11, 30)
    env = find_environment(devices[0].ctx, "Taitamo").id
    typed: dict[str, set] = {}  # trainee → notes typed for the day
    replaced: dict[str, set] = {}  # notes a laptop saw there and typed over
    for step in range(24):
        device = rng.choice(devices)
        if rng.random() < 0.2:
            device.sync()
            continue
        row = rng.choice([r for r in day_sheet(device.ctx, env, day).rows
                          if r.status is not None][:3])
        status, reason, hours = rng.choice(STATES)
        note = f"{device.path.stem} {step}"
        typed.setdefault(row.trainee_id, set()).add(note)
        replaced.setdefault(row.trainee_id, set()).add(row.note)
        save_day(device.ctx, env, day, [AttendanceEntry(row.trainee_id, status, hours, reason,
                                                        row.work_task_id, note)],
                 today=date(2026, 12, 1))
    sync_all(devices, rng)
    final = check_converged(devices, server)
    assert final["sync_conflict"], "notes typed on two laptops should have met as conflicts"
    for trainee, notes in typed.items():  # every note typed is kept, unless typed over
        row_id = attendance_id(trainee, day)
        present = {final["attendance"][row_id]["note"]} | {
            c["other_value"] for c in final["sync_conflict"].values() if c["row_id"] == row_id}
        assert notes - replaced[trainee] <= present, trainee
