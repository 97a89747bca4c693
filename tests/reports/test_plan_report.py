"""The continuation plan PDF: read back with pypdf, from the service and from `toimi`."""

from datetime import date
from pathlib import Path

import pytest
from assessment_helpers import TODAY, trainee_with_period
from pypdf import PdfReader

from toimi_desktop.cli import main
from toimi_desktop.i18n import DEFAULT_LANGUAGE, set_language
from toimi_desktop.models.enums import PlanPath, StepStatus
from toimi_desktop.reports.plan import plan_report, write_pdf
from toimi_desktop.services.errors import NotFound
from toimi_desktop.services.plans import PlanInput, StepInput, save_plan


@pytest.fixture(autouse=True)
def _language_restored():
    """`main` sets the process's language; the tests after these expect the default."""
    yield
    set_language(DEFAULT_LANGUAGE)


def _text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


@pytest.fixture
def planned(as_user, world):
    agent = as_user("agentti")
    trainee, _period = trainee_with_period(as_user("valmentaja"), world)
    plan_id = save_plan(agent, trainee, PlanInput(
        path=PlanPath.LIGHT_ENTREPRENEURSHIP, goal="Aloittaa kevytyrittäjänä <pihatyöt> & "
                                                   "lumityöt.\nToinen rivi.",
        steps=[StepInput("Laskutuspalveluun rekisteröityminen", "Valmentautuja",
                         date(2026, 12, 15)),
               StepInput("Yrittäjyysneuvonta", "Ura-agentti", date(2027, 1, 10),
                         StepStatus.DONE)],
        services_referred="Uusyrityskeskus Joensuu", next_review_on=date(2027, 1, 20),
        agreed_on=date(2026, 11, 20)), today=TODAY).id
    save_plan(agent, trainee, PlanInput(path=PlanPath.OPEN_LABOUR_MARKET, goal="Töihin.",
                                        next_review_on=date(2027, 2, 1)), plan_id,
              expected_version=1, today=TODAY)
    return trainee


def test_plan_pdf_has_what_is_signed(as_user, planned, tmp_path):
    out = tmp_path / "plan.pdf"
    report = plan_report(as_user("agentti"), planned, version=1)
    write_pdf(report, out, "Agentti", "en")
    text = _text(out)
    for expected in ("Continuation plan", "Aino Virtanen", "Light entrepreneurship",
                     "Aloittaa kevytyrittäjänä <pihatyöt> & lumityöt.", "Toinen rivi.",
                     "Laskutuspalveluun rekisteröityminen", "15.12.2026", "Done",
                     "Uusyrityskeskus Joensuu", "20.1.2027", "20.11.2026", "Taitamo",
                     "1, saved", "by Agentti", "Trainee: signature",
                     "Career agent: signature", "Page 1 / 1"):
        assert expected in text, expected


def test_plan_pdf_in_finnish_from_the_command_line(db, as_user, planned, tmp_path, capsys):
    out = tmp_path / "suunnitelma.pdf"
    code = main(["report", "plan", "--db", str(db.path), "--trainee", planned, "--out",
                 str(out), "--user", "agentti"])
    assert code == 0 and capsys.readouterr().out.strip() == str(out)
    text = _text(out)
    assert "Avoimet työmarkkinat" in text and "Töihin." in text
    assert "2, " in text  # the current version


def test_no_plan_is_a_clear_error(db, as_user, world, tmp_path, capsys):
    trainee, _period = trainee_with_period(as_user("valmentaja"), world, name="Eino")
    with pytest.raises(NotFound):
        plan_report(as_user("agentti"), trainee)
    code = main(["--lang", "en", "report", "plan", "--db", str(db.path), "--trainee",
                 trainee, "--out", str(tmp_path / "x.pdf"), "--user", "agentti"])
    assert code == 2
    assert "no continuation plan" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()
