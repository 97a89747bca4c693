"""The register's item models: Qt's model tester, lazy paging, SQL filtering."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QAbstractItemModelTester

from toimi_desktop.models.enums import PeriodKind, PeriodState, TargetGroup
from toimi_desktop.services.periods import PeriodInput, close_period, start_period
from toimi_desktop.services.register import RegisterFilter, TraineeRegister, trainee_details
from toimi_desktop.services.trainees import TraineeInput, create_trainee
from toimi_desktop.ui.register import list_model
from toimi_desktop.ui.register.list_model import TraineeListModel
from toimi_desktop.ui.register.period_model import PeriodTableModel


@pytest.fixture
def coordinator(as_user):
    return as_user("koordinaattori")


def add_trainees(ctx, count: int, municipality: str = "167", last: str = "Testinen") -> list[str]:
    return [
        create_trainee(ctx, TraineeInput(
            first_name=f"Etu{i:03d}", last_name=last, municipality_code=municipality,
            birth_date=date(1980, 1, 1) + timedelta(days=i),
            target_groups=[TargetGroup.IMMIGRANT] if i % 2 else [],
        )).id
        for i in range(count)
    ]


@pytest.fixture
def small_pages(monkeypatch: pytest.MonkeyPatch) -> int:
    monkeypatch.setattr(TraineeListModel, "PAGE_SIZE", 20)
    return 20


def test_list_model_passes_qt_model_tester(qtmodeltester, coordinator, small_pages) -> None:
    add_trainees(coordinator, 45)
    model = TraineeListModel(TraineeRegister(coordinator))
    assert model.rowCount() == 20
    qtmodeltester.check(model)  # the tester itself calls fetchMore: rows inserted lazily
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == 45


def test_list_model_resets_cleanly_on_filter(qtlog, coordinator, small_pages) -> None:
    """Re-filtering resets the model. Qt's tester is attached without its own fetchMore
    calls here: it calls fetchMore from its modelReset slot before it has marked the reset
    as finished, which it then reports as rows inserted during a reset, for any lazy
    model (a false positive of the tester, not of the model)."""
    add_trainees(coordinator, 45)
    model = TraineeListModel(TraineeRegister(coordinator))
    tester = QAbstractItemModelTester(
        model, QAbstractItemModelTester.FailureReportingMode.Warning)
    tester.setUseFetchMore(False)
    for flt in (RegisterFilter(target_group=TargetGroup.IMMIGRANT), RegisterFilter(text="etu01"),
                RegisterFilter(text="no-such-name"), RegisterFilter()):
        model.set_filter(flt)
        if model.canFetchMore(QModelIndex()):
            model.fetchMore(QModelIndex())
    failures = [r.message for r in qtlog.records if "FAIL!" in r.message]
    assert failures == []
    assert model.total_count() == 45 and model.rowCount() == 40


def test_list_model_pages_in_lazily(coordinator, small_pages) -> None:
    ids = add_trainees(coordinator, 45)
    model = TraineeListModel(TraineeRegister(coordinator))
    assert model.total_count() == 45
    assert model.rowCount() == 20
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 45
    assert not model.canFetchMore(QModelIndex())
    # Ordered by name: Etu000 … Etu044, the same ids the service made.
    assert [model.trainee_id(row) for row in range(45)] == ids
    assert model.canFetchMore(model.index(0, 0)) is False  # a table has no children


def test_set_filter_requeries_synchronously(coordinator) -> None:
    add_trainees(coordinator, 5)
    add_trainees(coordinator, 3, municipality="426", last="Liperiläinen")
    model = TraineeListModel(TraineeRegister(coordinator))
    assert model.total_count() == 8
    model.set_filter(RegisterFilter(text="liperil"))
    assert model.total_count() == 3 and model.rowCount() == 3
    assert model.index(0, list_model.LAST_NAME).data() == "Liperiläinen"
    assert model.index(0, list_model.MUNICIPALITY).data() == "Liperi"
    model.set_filter(RegisterFilter(municipality_code="167", period_state=PeriodState.NONE))
    assert model.total_count() == 5
    model.set_filter(RegisterFilter(text="nobody-matches-this"))
    assert model.total_count() == 0 and model.rowCount() == 0


def test_list_model_shows_masked_hetu_and_translated_labels(coordinator, world) -> None:
    trainee = create_trainee(coordinator, TraineeInput(
        first_name="Maija", last_name="Virtanen", municipality_code="167",
        hetu="131052-308T", target_groups=[TargetGroup.LONG_TERM_UNEMPLOYED,
                                           TargetGroup.IMMIGRANT]))
    start_period(coordinator, trainee.id, PeriodInput(
        environment_id=world["joensuu_env"], kind=PeriodKind.COACHING,
        start_date=date.today()))
    model = TraineeListModel(TraineeRegister(coordinator))
    row = model.row_of(trainee.id)
    text = {column: model.index(row, column).data() for column in range(model.columnCount())}
    assert text[list_model.HETU] == "131052-****"
    assert "308T" not in " ".join(text.values())
    assert text[list_model.ENVIRONMENT] == "Taitamo"
    assert text[list_model.PERIOD_STATE] == "Active"
    assert text[list_model.TARGET_GROUPS] == "Immigrant, Long-term unemployed"
    assert model.index(row, 0).data(list_model.TRAINEE_ID_ROLE) == trainee.id
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Last name"


def test_period_model_passes_qt_model_tester(qtmodeltester, coordinator, world) -> None:
    trainee_id = add_trainees(coordinator, 1)[0]
    first = start_period(coordinator, trainee_id, PeriodInput(
        environment_id=world["joensuu_env"], kind=PeriodKind.COACHING,
        start_date=date.today() - timedelta(days=100), coach_id=world["coach"]))
    close_period(coordinator, first.id, date.today() - timedelta(days=10), "education")
    start_period(coordinator, trainee_id, PeriodInput(
        environment_id=world["liperi_env"], kind=PeriodKind.COACHING,
        start_date=date.today()))
    model = PeriodTableModel()
    model.set_periods(trainee_details(coordinator, trainee_id).periods)
    assert model.rowCount() == 2
    qtmodeltester.check(model)
    assert model.index(0, 0).data() == "Liperin työpaja"  # newest first
    assert model.index(1, 6).data() == "Education"
    assert model.index(1, 7).data() == "Valmentaja"


def test_refresh_keeps_the_rows_already_loaded(coordinator, small_pages) -> None:
    add_trainees(coordinator, 45)
    model = TraineeListModel(TraineeRegister(coordinator))
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 40
    model.refresh()
    assert model.rowCount() == 40 and model.total_count() == 45
