"""The Qt binding does not corrupt Python's reference counts when signals are emitted.

PySide6 6.12.0 drops a reference to True on every `Signal.emit()`; on Python 3.11, where
True is an ordinary object, the app then dies after some thousands of signals with "Fatal
Python error: bool_dealloc". pyproject.toml excludes that release; this test catches any
other release with the same fault (Python 3.12+ makes True immortal, so it cannot see it).
"""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    changed = Signal(str, str)


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="True is immortal from Python 3.12")
def test_emitting_signals_keeps_reference_counts(qapp) -> None:
    emitter = _Emitter()
    received = []
    emitter.changed.connect(lambda kind, key: received.append(kind))
    before = sys.getrefcount(True), sys.getrefcount(None)
    for _ in range(200):
        emitter.changed.emit("attendance", "")
    after = sys.getrefcount(True), sys.getrefcount(None)
    assert len(received) == 200
    assert abs(after[0] - before[0]) < 20, f"True lost {before[0] - after[0]} references"
    assert abs(after[1] - before[1]) < 20
