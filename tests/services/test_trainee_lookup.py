"""The CLI's --trainee: the id, the HETU or a unique "Last First", within the actor's scope."""

from datetime import date

import pytest

from toimi_desktop.services.errors import DomainError, NotFound
from toimi_desktop.services.trainee_lookup import find_trainee
from toimi_desktop.services.trainees import TraineeInput, create_trainee

TODAY = date(2026, 11, 22)


@pytest.fixture
def people(as_user):
    coordinator = as_user("koordinaattori")

    def make(first, last, municipality="167", hetu=None):
        return create_trainee(coordinator, TraineeInput(first, last, municipality, hetu=hetu),
                              today=TODAY).id

    return {
        "aino": make("Aino", "Virtanen", hetu="131052-308T"),
        "mika1": make("Mika", "Hirvonen"),
        "mika2": make("Mika", "Hirvonen"),
        "liperi": make("Eero", "Korhonen", municipality="426", hetu="010594Y9032"),
    }


def test_by_id_hetu_and_name_in_either_order(as_user, people):
    ctx = as_user("valmentaja")
    assert find_trainee(ctx, people["aino"]) == people["aino"]
    assert find_trainee(ctx, "131052-308t") == people["aino"]
    assert find_trainee(ctx, "virtanen  aino") == people["aino"]
    assert find_trainee(ctx, "Aino Virtanen") == people["aino"]


def test_namesakes_need_the_id_or_hetu(as_user, people):
    with pytest.raises(DomainError) as caught:
        find_trainee(as_user("valmentaja"), "Hirvonen Mika")
    assert "2" in caught.value.text("en") and "HETU" in caught.value.text("en")


def test_nobody_outside_the_scope_or_unknown(as_user, people):
    coach = as_user("valmentaja")  # Joensuu only
    for text in (people["liperi"], "010594Y9032", "Korhonen Eero", "Nobody Here"):
        with pytest.raises(NotFound):
            find_trainee(coach, text)
    assert find_trainee(as_user("koordinaattori"), "Korhonen Eero") == people["liperi"]
