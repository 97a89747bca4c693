"""The service catalogue and service card PDFs, read back with pypdf, and the CLI command."""

import sys
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))

from work_helpers import TODAY, catalogue

from toimi_desktop.cli import main
from toimi_desktop.i18n import current_language, set_language
from toimi_desktop.models.enums import OrderStatus
from toimi_desktop.reports import services_catalogue as report
from toimi_desktop.services.errors import PermissionDenied
from toimi_desktop.services.orders import (
    OrderInput,
    change_order_status,
    create_order,
    record_feedback,
)
from toimi_desktop.services.packages import PackageInput, create_package


@pytest.fixture(autouse=True)
def _language_restored():
    """`main(["--lang", "en", …])` sets the process-wide language: put it back."""
    previous = current_language()
    yield
    set_language(previous)


def text_of(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)


@pytest.fixture
def taitamo(as_user, world):
    ctx = as_user("valmentaja")
    env = world["joensuu_env"]
    tasks = catalogue(ctx, env)
    package = create_package(ctx, PackageInput(
        env, "Koulujen puhtaanapito & keittiö", "Päivittäinen siivous ja keittiöapu <kouluille>.",
        1, 2, 1, 2, 120, 18.5, [tasks["cleaning"], tasks["kitchen"]])).id
    create_package(ctx, PackageInput(env, "Vanha paketti", task_ids=[tasks["cleaning"]],
                                     active=False))
    for score in (4, 5):
        order = create_order(ctx, OrderInput(env, tasks["cleaning"], "Koulut", "Siivous",
                                             date(2026, 11, 2), date(2026, 11, 13), 20)).id
        for status in (OrderStatus.AGREED, OrderStatus.IN_PROGRESS, OrderStatus.DONE):
            change_order_status(ctx, order, status, today=TODAY)
        record_feedback(ctx, order, score, today=TODAY)
    return {"ctx": ctx, "env": env, "package": package}


def test_catalogue_pdf_lists_packages_tasks_and_levels(taitamo, tmp_path):
    ctx = taitamo["ctx"]
    data = report.service_catalogue(ctx, report.find_environment_id(ctx, "Taitamo"))
    out = tmp_path / "palvelut.pdf"
    report.write_catalogue_pdf(data, out, "Valmentaja", "fi")
    text = text_of(out)
    assert "Palveluluettelo" in text or "Service catalogue" in text
    assert "Koulujen puhtaanapito & keittiö" in text  # escaped for reportlab, shown as is
    assert "<kouluille>" in text
    assert "Vanha paketti" not in text  # inactive packages are not offered
    for task in ("Koulun ylläpitosiivous", "Keittiöapu", "Lumityöt", "Puistojen kitkentä",
                 "Puutyöpaja"):
        assert task in text
    assert "18,50" in text and "2220" in text.replace("\u202f", "").replace(" ", "")
    assert "4,5" in text  # the mean feedback of the two orders done
    english = tmp_path / "services.pdf"
    report.write_catalogue_pdf(data, english, "Coach", "en")
    text = text_of(english)
    assert "Service catalogue" in text and "Work service packages" in text
    assert "Orders done: 2, feedback 4,5 / 5 on average" in text
    assert "1 – simple routine work after a short induction" in text


def test_service_card_is_one_package(taitamo, tmp_path):
    ctx = taitamo["ctx"]
    data = report.service_catalogue(ctx, taitamo["env"])
    out = tmp_path / "kortti.pdf"
    report.write_service_card(data, taitamo["package"], out, "Valmentaja", "en")
    text = text_of(out)
    assert "Service card: Koulujen puhtaanapito & keittiö" in text
    assert "skill levels 1–2, work-ability levels 1–2" in text
    assert "Lumityöt" not in text  # not in the package
    assert len(PdfReader(str(out)).pages) == 1


def test_steering_group_gets_the_catalogue_without_the_contact(taitamo, as_user, world, db):
    from toimi_desktop.services.environments import (
        environment_details,
        input_from_details,
        update_environment,
    )

    ctx = taitamo["ctx"]
    data = input_from_details(environment_details(ctx, taitamo["env"]))
    data.contact_name = "Maija Mallikas"
    update_environment(ctx, taitamo["env"], data)
    assert report.service_catalogue(ctx, taitamo["env"]).contact == "Maija Mallikas"
    assert report.service_catalogue(as_user("ohjausryhma"), taitamo["env"]).contact is None
    with pytest.raises(PermissionDenied):
        report.service_catalogue(as_user("liperi"), taitamo["env"])


def test_cli_writes_the_catalogue_and_a_card(taitamo, db, tmp_path, capsys):
    out = tmp_path / "taitamo.pdf"
    code = main(["report", "services", "--db", str(db.path), "--environment", "Taitamo",
                 "--out", str(out), "--user", "valmentaja", "--lang", "en"])
    assert code == 0 and capsys.readouterr().out.strip() == str(out)
    assert "Task catalogue" in text_of(out)
    card = tmp_path / "card.pdf"
    assert main(["report", "services", "--db", str(db.path), "--environment", "Taitamo",
                 "--package", "Koulujen puhtaanapito & keittiö", "--out", str(card),
                 "--user", "valmentaja", "--lang", "en"]) == 0
    assert "Service card" in text_of(card)
    assert main(["report", "services", "--db", str(db.path), "--environment", "Taitamo",
                 "--package", "Ei ole", "--out", str(card), "--user", "valmentaja",
                 "--lang", "en"]) == 2
    assert "no service package “Ei ole”" in capsys.readouterr().err
    assert main(["report", "services", "--db", str(db.path), "--environment", "Nowhere",
                 "--out", str(card), "--user", "valmentaja", "--lang", "en"]) == 2
