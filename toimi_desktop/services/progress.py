"""Progress and cancel for long work (imports, exports) run on a worker thread.

The worker advances a `Progress`; the UI polls it with a timer (as the sync status does)
and may ask it to stop. Stopping raises `Cancelled` inside the work, so the transaction
around it rolls back and nothing is left half done.
"""

from __future__ import annotations

import threading

from toimi_desktop.i18n import QT_TRANSLATE_NOOP as N_
from toimi_desktop.services.errors import DomainError


class Cancelled(DomainError):
    """The user stopped the work; nothing was written."""

    def __init__(self) -> None:
        super().__init__(N_("errors", "Cancelled: nothing was written."))


class Progress:
    """How far the work is (`done` of `total`), and whether the user asked it to stop.
    Plain attributes written by one thread and read by another: no lock is needed."""

    def __init__(self, total: int = 0) -> None:
        self.total = total
        self.done = 0
        self._stop = threading.Event()

    def start(self, total: int) -> None:
        self.total = total
        self.done = 0

    def advance(self, steps: int = 1) -> None:
        """Count `steps` more done; raises `Cancelled` if the user asked to stop."""
        self.done += steps
        self.check()

    def check(self) -> None:
        if self._stop.is_set():
            raise Cancelled()

    def cancel(self) -> None:
        self._stop.set()

    @property
    def cancelled(self) -> bool:
        return self._stop.is_set()
