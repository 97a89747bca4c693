"""The steering summary against the hand-computed small Joensuu of `summary_world`: the raw
figures, what the protected document prints, and the PDF's text read back with pypdf."""

from datetime import date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from summary_world import END, NAMES, START, TODAY, make_world

from toimi_desktop.cli import main
from toimi_desktop.i18n import DEFAULT_LANGUAGE, set_language, translate
from toimi_desktop.models.enums import AbsenceReason, ExitOutcome, PeriodKind, WorkField
from toimi_desktop.reports.summary import document as doc
from toimi_desktop.reports.summary import sections_activity as act
from toimi_desktop.reports.summary import sections_people as ppl
from toimi_desktop.reports.summary.figures import summary_figures
from toimi_desktop.reports.summary.people import OUTCOMES
from toimi_desktop.reports.summary.scope import resolve_scope
from toimi_desktop.services.errors import PermissionDenied


@pytest.fixture(autouse=True)
def _language_restored():
    yield
    set_language(DEFAULT_LANGUAGE)


@pytest.fixture
def small(as_user, world):
    return make_world(as_user, world)


def figures_of(ctx, municipality="Joensuu"):
    scope = resolve_scope(ctx, municipality=municipality)
    return summary_figures(ctx, scope, START, END, today=TODAY,
                           produced_at=datetime(2026, 11, 22, 9, 0))


def test_raw_figures_match_the_hand_count(as_user, small):
    figures = figures_of(as_user("ohjausryhma"))
    now, before = figures.current, figures.previous
    assert (before.start, before.end) == (date(2026, 4, 1), date(2026, 6, 30))
    people = now.people
    assert [sum(row) for row in people.participants] == [6, 3, 0]  # rehab, coaching, other
    assert [sum(row[c] for row in people.participants) for c in range(4)] == [6, 3, 0, 0]
    assert sum(map(sum, people.starts)) == 6 and sum(map(sum, before.people.starts)) == 3
    assert [sum(row) for row in people.exits] == [0, 2, 0]
    assert people.outcomes[OUTCOMES.index(ExitOutcome.OPEN_LABOUR_MARKET)] == 2
    assert people.exit_results["exit_employed"] == [2, 0, 0]
    assert people.exit_results["exit_job_search"] == [0, 2, 0]
    assert people.exit_results["exit_qualification"] == [0, 0, 2]
    attendance = now.attendance
    assert (attendance.attended, attendance.absent, attendance.people) == (13, 5, 6)
    assert attendance.absences[list(AbsenceReason).index(AbsenceReason.OWN_ILLNESS)] == (5, 5)
    assert (attendance.allowance_days, attendance.allowance_people) == (13, 6)
    assert attendance.by_month[date(2026, 7, 1)] == (13, 18, 6)
    assert now.work.by_field[WorkField.CLEANING_SERVICES].hours == 52.0
    assert now.work.by_department["Koulut"].trainees == 6
    assert (now.plans.on_time, now.plans.overdue, now.plans.without) == (0, 0, 7)
    assert before.attendance.attended == 0 and before.people.exits == [[0] * 4] * 3


def _cells(table, label):
    return next(row.cells for row in table.rows if row.label == label)


def test_the_document_prints_protected_figures(as_user, small):
    figures = figures_of(as_user("ohjausryhma"))
    document = doc.summary_document(figures, "en")
    key = document.key_figures
    t = lambda text: translate("reports", text, "en")  # noqa: E731
    assert _cells(key, t(doc.KEY_PARTICIPANTS)) == ("9", "<5", "..")  # Q2: G, H and I
    assert _cells(key, t(doc.KEY_STARTS)) == ("6", "<5", "..")
    assert _cells(key, t(doc.KEY_EXITS)) == ("<5", "0", "..")
    assert _cells(key, t(doc.KEY_EMPLOYED))[0] == ".."  # 2 of 2: a share of a hidden count
    assert _cells(key, t(doc.KEY_RATE)) == ("72%", "–", "–")
    assert _cells(key, t(doc.KEY_ALLOWANCE)) == ("13", "0", "+13")
    assert _cells(key, t(doc.KEY_HOURS)) == ("52", "0", "+52")
    assert _cells(key, t(doc.KEY_PLAN)) == ("0%", "..", "..")
    people = document.sections[0]
    coaching = people.blocks[0].table
    assert _cells(coaching, t(ppl.TOTAL)) == ("9", "<5", "..")
    # 3 men are "<5", so one more figure of each list is hidden with them.
    assert _cells(coaching, t(ppl.MEN))[0] == "<5"
    assert _cells(coaching, t(ppl.WOMEN))[0] == ".."
    assert _cells(coaching, PeriodKind.COACHING.translated("en"))[0] == "<5"
    assert _cells(coaching, PeriodKind.REHABILITATIVE_WORK.translated("en"))[0] == ".."
    starts = people.blocks[1].table
    assert _cells(starts, t(ppl.WOMEN)) == ("6", "0", "+6")
    assert _cells(starts, t(ppl.MEN)) == ("0", "<5", "..")
    attendance = document.sections[2]
    absences = attendance.blocks[1].table
    assert _cells(absences, AbsenceReason.OWN_ILLNESS.translated("en"))[:2] == ("5", "100%")
    rate_chart = attendance.blocks[0].chart
    assert rate_chart.series[0].values[3:] == (pytest.approx(13 / 18), None, None)
    plans = document.sections[5].blocks[0].table
    assert _cells(plans, t(act.WITHOUT)) == ("7", "100%", "<5", "..")
    texts = " ".join(document.texts())
    assert not any(name in texts for name in NAMES) and "Testi" not in texts


def test_the_pdf_text(as_user, small, tmp_path: Path):
    figures = figures_of(as_user("ohjausryhma"))
    out = tmp_path / "summary.pdf"
    pages = doc.write_pdf(doc.summary_document(figures, "fi"), out, who="Ohjausryhmä",
                          language="fi")
    text = "\n".join(page.extract_text() for page in PdfReader(out).pages)
    assert pages == len(PdfReader(out).pages) >= 4
    assert "Joensuu" in text and "1.7.2026–30.9.2026" in text and "1.4.2026–30.6.2026" in text
    for title in (ppl.PEOPLE, ppl.EXITS_TITLE, act.ATTENDANCE, act.PROGRESS, act.WORK,
                  act.PLANS, doc.KEY_FIGURES):
        assert translate("reports", title, "fi") in text, title
    assert "<5" in text
    for name in NAMES:
        assert name not in text
    assert "Testi" not in text


def test_scope_rights(as_user, small):
    steering = as_user("ohjausryhma")
    with pytest.raises(PermissionDenied):
        resolve_scope(steering, municipality="Liperi")
    with pytest.raises(PermissionDenied):
        resolve_scope(steering)
    scope = resolve_scope(as_user("koordinaattori"), municipality="Liperi")
    with pytest.raises(PermissionDenied):
        summary_figures(steering, scope, START, END, today=TODAY)


def test_cli_writes_the_summary(db, as_user, small, tmp_path: Path):
    out = tmp_path / "ohjausryhma.pdf"
    code = main(["report", "steering", "--db", str(db.path), "--municipality", "Joensuu",
                 "--from", "2026-07-01", "--to", "2026-09-30", "--out", str(out),
                 "--user", "ohjausryhma", "--lang", "en"])
    assert code == 0
    text = "\n".join(page.extract_text() for page in PdfReader(out).pages)
    assert "Progress summary" in text and "Joensuu" in text
    assert main(["report", "steering", "--db", str(db.path), "--all", "--out",
                 str(tmp_path / "all.pdf"), "--user", "ohjausryhma"]) == 2
