"""Saved versions made offline on two laptops: both "version 2"s of a plan or an assessment
template are kept, stored everywhere (no unique rule refuses the second), and numbered the
same way on every device."""

from __future__ import annotations

from datetime import date

import pytest
from sync_helpers import assert_same_as_server, new_environment, new_trainee, works_at

from toimi_desktop.models.enums import PlanPath
from toimi_desktop.services.errors import DomainError
from toimi_desktop.sync import state

TODAY = date(2026, 3, 2)


def no_failures(*devices) -> bool:
    for device in devices:
        conn = device.db.raw_connection()
        try:
            if state.status(conn).failures:
                return False
        finally:
            conn.close()
    return True


def test_two_offline_plan_saves_both_stay_in_the_history(server, make_device):
    from toimi_desktop.services.plans import (
        PlanInput,
        current_plan,
        plan_version,
        plan_versions,
        save_plan,
    )

    a = make_device(server, "valmentaja", "a")
    b = make_device(server, "agentti", "b")
    env = new_environment(a)
    works_at(a, env)
    trainee, _period = new_trainee(a, "167", env, "Aino", "Virtanen")
    plan = save_plan(a.ctx, trainee, PlanInput(PlanPath.EDUCATION, "Ammattikoulu syksyllä"),
                     today=TODAY).id
    a.sync(), b.sync()
    for device, goal in ((a, "Ammattikoulu ja työkokeilu"), (b, "Ensin kuntoutus")):
        save_plan(device.ctx, trainee, PlanInput(PlanPath.EDUCATION, goal), plan_id=plan,
                  expected_version=1, today=TODAY)
    a.sync(), b.sync(), a.sync()
    assert no_failures(a, b)
    assert a.dump() == b.dump()
    assert_same_as_server(b, server)
    histories = []
    for device in (a, b):
        rows = plan_versions(device.ctx, plan)
        assert [row.version for row in rows] == [3, 2, 1]
        histories.append([plan_version(device.ctx, plan, n).goal for n in (1, 2, 3)])
        assert current_plan(device.ctx, trainee).version == 3
    assert histories[0] == histories[1]
    assert histories[0][0] == "Ammattikoulu syksyllä"
    assert set(histories[0][1:]) == {"Ammattikoulu ja työkokeilu", "Ensin kuntoutus"}
    # A save from an older version is told someone saved in between; from the newest, fine.
    with pytest.raises(DomainError):
        save_plan(b.ctx, trainee, PlanInput(PlanPath.EDUCATION, "Vanhasta"), plan_id=plan,
                  expected_version=2, today=TODAY)
    save_plan(b.ctx, trainee, PlanInput(PlanPath.OPEN_LABOUR_MARKET, "Töihin"), plan_id=plan,
              expected_version=3, today=TODAY)
    b.sync(), a.sync()
    assert [row.version for row in plan_versions(a.ctx, plan)] == [4, 3, 2, 1]
    assert plan_version(a.ctx, plan, 4).goal == "Töihin"


def test_two_offline_template_versions_are_both_kept(server, make_device):
    from toimi_desktop.services.assessment_templates import save_template
    from toimi_desktop.services.assessments import (
        Criterion,
        TemplateInput,
        template_versions,
        templates,
    )

    server.add_user("koordinaattori2", "coordinator", [])
    a = make_device(server, "koordinaattori", "a")
    b = make_device(server, "koordinaattori2", "b")

    def template(name: str, label: str) -> TemplateInput:
        return TemplateInput(name, [Criterion("pace", label, "Työ", 1, 5)])

    first = save_template(a.ctx, template("Keittiötyö", "Työtahti")).id
    a.sync(), b.sync()
    family = next(t.family for t in templates(a.ctx) if t.id == first)
    save_template(a.ctx, template("Keittiötyö", "Työn tahti"), family=family)
    save_template(b.ctx, template("Keittiö- ja siivoustyö", "Työtahti"), family=family)
    a.sync(), b.sync(), a.sync()
    assert no_failures(a, b)
    assert a.dump() == b.dump()
    for device in (a, b):
        versions = template_versions(device.ctx, family)
        assert [t.version for t in versions] == [1, 2, 3]
        (newest,) = [t for t in templates(device.ctx, include_retired=True)
                     if t.family == family]
        assert newest.version == 3 and newest.id == versions[-1].id
    names = {t.name for t in template_versions(a.ctx, family)}
    assert names == {"Keittiötyö", "Keittiö- ja siivoustyö"}


def test_a_first_plan_written_on_two_laptops_is_one_plan(server, make_device):
    from toimi_desktop.services.plans import PlanInput, current_plan, plan_versions, save_plan

    a = make_device(server, "valmentaja", "a")
    b = make_device(server, "agentti", "b")
    env = new_environment(a)
    works_at(a, env)
    trainee, _period = new_trainee(a, "167", env, "Aino", "Virtanen")
    a.sync(), b.sync()
    for device, goal in ((a, "Ammattikoulu"), (b, "Työkokeilu")):
        save_plan(device.ctx, trainee, PlanInput(PlanPath.EDUCATION, goal), today=TODAY)
    a.sync(), b.sync(), a.sync()
    assert a.dump() == b.dump() and len(a.dump()["continuation_plan"]) == 1
    plan = current_plan(a.ctx, trainee)
    assert [row.version for row in plan_versions(a.ctx, plan.id)] == [2, 1]
    # A laptop that still shows "no plan" is told someone wrote one meanwhile.
    c = make_device(server, "valmentaja2", "c")
    c.sync()
    works_at(c, env)
    with pytest.raises(DomainError) as meanwhile:
        save_plan(c.ctx, trainee, PlanInput(PlanPath.EDUCATION, "Kolmas"), today=TODAY)
    assert "(version 2)" in meanwhile.value.text("en")
