"""The Qt binding itself: PySide6 6.12.0 drops a reference to `True` on every Python
`Signal.emit()`, so the app aborts ("bool_dealloc") at exit or in a long session — after
"all remaining present" on a big group, for one. pyproject.toml excludes that version."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    changed = Signal(int)


def test_emitting_a_signal_keeps_the_reference_count_of_true(qapp) -> None:
    emitter = _Emitter()
    received: list[int] = []
    emitter.changed.connect(received.append)
    emitter.changed.emit(-1)  # anything made once on the first emit is made now
    before = sys.getrefcount(True)
    for n in range(200):
        emitter.changed.emit(n)
    lost = before - sys.getrefcount(True)  # 6.12.0: 200
    assert len(received) == 201
    assert lost <= 0
