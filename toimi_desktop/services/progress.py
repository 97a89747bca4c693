"""Progress and cancelling of long work (a report, an import, an export) without Qt.

The work either calls `step(done, total, what)` between its parts, which hands the figures
to an optional callback (the UI's worker moves its progress bar with it), or `start(total)`
and `advance()`, whose `done`/`total` the UI polls with a timer. The UI's Cancel button
calls `cancel()`; the work stops at its next step with `Cancelled`, so the transaction
around it rolls back and nothing is left half written.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from toimi_desktop.i18n import QT_TRANSLATE_NOOP as N_
from toimi_desktop.services.errors import DomainError

CANCELLED = N_("errors", "Cancelled: nothing was written.")

Report = Callable[[int, int, str], None]  # (done, total, what is being done)


class Cancelled(DomainError):
    """The user stopped the work; nothing was written."""

    def __init__(self) -> None:
        super().__init__(CANCELLED)


class Progress:
    """Shared by the worker thread (steps) and the UI thread (cancel, polling). `done` and
    `total` are plain attributes written by one thread and read by another."""

    def __init__(self, report: Report | None = None, total: int = 0) -> None:
        self._report = report
        self._stop = threading.Event()
        self.total = total
        self.done = 0

    def cancel(self) -> None:
        self._stop.set()

    @property
    def cancelled(self) -> bool:
        return self._stop.is_set()

    def check(self) -> None:
        if self._stop.is_set():
            raise Cancelled()

    def start(self, total: int) -> None:
        self.total, self.done = total, 0

    def advance(self, steps: int = 1) -> None:
        """Count `steps` more done; raises `Cancelled` if the user asked to stop."""
        self.done += steps
        self.check()

    def step(self, done: int, total: int, what: str = "") -> None:
        """Report `done` of `total` parts; stop here if cancelled."""
        self.check()
        self.done, self.total = done, total
        if self._report is not None:
            self._report(done, total, what)
