"""Time-ordered record ids and the hybrid logical clock used by every synced row."""

from __future__ import annotations

import os
import threading
import time
import uuid
from dataclasses import dataclass


def new_id() -> str:
    """A UUIDv7 (RFC 9562) as text: made on the device, time-ordered for fast inserts."""
    ms = time.time_ns() // 1_000_000
    rand = int.from_bytes(os.urandom(10), "big")
    value = (ms & ((1 << 48) - 1)) << 80
    value |= 0x7 << 76  # version
    value |= ((rand >> 62) & 0xFFF) << 64  # rand_a, 12 bits
    value |= 0b10 << 62  # variant
    value |= rand & ((1 << 62) - 1)  # rand_b
    return str(uuid.UUID(int=value))


@dataclass(frozen=True, order=True)
class Timestamp:
    """One hybrid-logical-clock reading; its text form sorts in causal order."""

    wall_ms: int
    counter: int
    device: str

    def __str__(self) -> str:
        return f"{self.wall_ms:013d}-{self.counter:05d}-{self.device}"

    @classmethod
    def parse(cls, text: str) -> Timestamp:
        wall, counter, device = text.split("-", 2)
        return cls(int(wall), int(counter), device)


class HybridLogicalClock:
    """Kulkarni et al. HLC: wall time plus a counter, so order survives skewed laptop clocks.

    `now()` stamps a local change; `observe()` folds in a timestamp received from elsewhere
    so that our next stamp is later than anything we have seen.
    """

    def __init__(self, device: str, last: Timestamp | None = None, clock=time.time) -> None:
        self.device = device
        self._clock = clock
        self._wall = last.wall_ms if last else 0
        self._counter = last.counter if last else 0
        self._lock = threading.Lock()

    def now(self) -> Timestamp:
        with self._lock:
            physical = int(self._clock() * 1000)
            if physical > self._wall:
                self._wall, self._counter = physical, 0
            else:
                self._counter += 1
            return Timestamp(self._wall, self._counter, self.device)

    def observe(self, remote: Timestamp) -> None:
        with self._lock:
            physical = int(self._clock() * 1000)
            wall = max(self._wall, remote.wall_ms, physical)
            if wall == self._wall == remote.wall_ms:
                counter = max(self._counter, remote.counter) + 1
            elif wall == self._wall:
                counter = self._counter + 1
            elif wall == remote.wall_ms:
                counter = remote.counter + 1
            else:
                counter = 0
            self._wall, self._counter = wall, counter


# The clock stamp of rows that migrations seed on every device (default assessment templates):
# lower than any real stamp, so the copies merge on sync and any later edit wins.
SEED_STAMP = "0000000000000-00000-seed"
