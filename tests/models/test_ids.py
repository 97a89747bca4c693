import uuid

from toimi_desktop.models.ids import HybridLogicalClock, Timestamp, new_id


def test_new_id_is_a_time_ordered_uuid7():
    ids = [new_id() for _ in range(200)]
    assert all(uuid.UUID(i).version == 7 for i in ids)
    assert len(set(ids)) == 200
    # time-ordered to the millisecond: the 48-bit prefix never decreases
    prefixes = [i[:13] for i in ids]
    assert prefixes == sorted(prefixes)


class FakeClock:
    def __init__(self, t: float) -> None:
        self.t = t

    def __call__(self) -> float:
        return self.t


def test_hlc_is_monotonic_when_the_wall_clock_stands_still_or_goes_back():
    wall = FakeClock(1000.0)
    clock = HybridLogicalClock("dev-a", clock=wall)
    first = clock.now()
    second = clock.now()
    wall.t = 900.0  # laptop clock set back
    third = clock.now()
    assert first < second < third
    assert str(first) < str(second) < str(third)
    assert Timestamp.parse(str(third)) == third


def test_hlc_orders_after_a_remote_stamp_from_a_clock_two_days_ahead():
    ahead = HybridLogicalClock("dev-b", clock=FakeClock(1000.0 + 2 * 86400))
    remote = ahead.now()
    local = HybridLogicalClock("dev-a", clock=FakeClock(1000.0))
    local.observe(remote)
    assert local.now() > remote


def test_hlc_resumes_from_its_last_stamp():
    clock = HybridLogicalClock("d", last=Timestamp(5_000_000, 7, "d"), clock=FakeClock(1.0))
    assert clock.now() > Timestamp(5_000_000, 7, "d")
