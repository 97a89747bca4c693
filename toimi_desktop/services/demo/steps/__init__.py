"""The demo generation steps, in the order they run.

A step is a function taking the shared `DemoWorld`: it reads what earlier steps made,
writes its rows through `world.writer` and records what later steps need on the world.
To add one (assessments, plans…): write a module with a `run(world)` function
and add a `Step` below, after the steps it builds on.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from toimi_desktop.services.demo.steps import (
    access_log,
    approvals,
    assessments,
    attendance,
    catalogue,
    earlier_clients,
    environments,
    orders,
    periods,
    plans,
    trainees,
    users,
    work_tasks,
)
from toimi_desktop.services.demo.world import DemoWorld


@dataclass(frozen=True)
class Step:
    name: str
    run: Callable[[DemoWorld], None]


STEPS: tuple[Step, ...] = (
    Step("users", users.run),
    Step("environments", environments.run),
    Step("work_tasks", work_tasks.run),
    Step("trainees", trainees.run),
    Step("periods", periods.run),
    Step("attendance", attendance.run),
    Step("approvals", approvals.run),
    Step("assessments", assessments.run),
    Step("plans", plans.run),
    Step("orders", orders.run),
    Step("catalogue", catalogue.run),
    Step("earlier_clients", earlier_clients.run),
    Step("access_log", access_log.run),
)
