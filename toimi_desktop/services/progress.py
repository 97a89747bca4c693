"""Progress and cancelling of long work (a report, an export) without Qt: the work calls
`step()` between its parts; the UI's worker passes a callback that moves its progress bar
and calls `cancel()` from its Cancel button. A cancelled job stops at its next step with
`Cancelled`, before it has written anything."""

from __future__ import annotations

import threading
from collections.abc import Callable

from toimi_desktop.i18n import QT_TRANSLATE_NOOP as N_
from toimi_desktop.services.errors import DomainError

CANCELLED = N_("errors", "Cancelled: nothing was written.")

Report = Callable[[int, int, str], None]  # (done, total, what is being done)


class Cancelled(DomainError):
    def __init__(self) -> None:
        super().__init__(CANCELLED)


class Progress:
    """Shared by the worker thread (steps) and the UI thread (cancel)."""

    def __init__(self, report: Report | None = None) -> None:
        self._report = report
        self._cancelled = threading.Event()

    def cancel(self) -> None:
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def check(self) -> None:
        if self._cancelled.is_set():
            raise Cancelled()

    def step(self, done: int, total: int, what: str = "") -> None:
        """Report `done` of `total` parts; stop here if cancelled."""
        self.check()
        if self._report is not None:
            self._report(done, total, what)
