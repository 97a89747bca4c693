"""Runs sync in the background: on start, on a timer, on demand and when the server answers
again after being away. The UI never waits for the network.

Sync runs on its own thread (network work is kept off the database-job thread, STYLE.md
item 3); its progress is polled with a QTimer and it can be cancelled. Views learn of new
data through `AppSession.notify("sync")`.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from toimi_desktop.sync import state
from toimi_desktop.ui.session import AppSession

if TYPE_CHECKING:
    from toimi_desktop.models.database import Connection

log = logging.getLogger(__name__)

SYNC_EVERY_MS = 5 * 60 * 1000  # while online
PROBE_EVERY_MS = 30 * 1000  # while offline: is the server back?
FIRST_SYNC_MS = 2000  # after start-up, once the window is up


@dataclass(frozen=True)
class SyncView:
    """What the status bar and the sync page show."""

    configured: bool
    online: bool | None  # None: not known yet
    running: bool
    phase: str
    done: int
    total: int | None
    status: state.SyncStatus | None
    error: str | None  # the last run's error, a sentence for the user


class SyncController(QObject):
    changed = Signal()
    finished = Signal(object)  # the SyncReport, or the error

    def __init__(self, session: AppSession, parent: QObject | None = None,
                 autostart: bool = True, counts: bool = True) -> None:
        """`counts=False`: read only the settings now, and count the changes waiting when
        `count_in_background` is called (the main window does so after its first paint)."""
        super().__init__(parent)
        self.session = session
        self.online: bool | None = None
        self.error: str | None = None
        self._engine = None
        self._thread: threading.Thread | None = None
        self._outcome: object = None
        self._generation = 0  # a background count older than the last refresh is dropped
        self._counting: tuple[threading.Thread, Connection, QTimer] | None = None
        self._status = self._read_status(counts)
        self._poll = QTimer(self, interval=200, timeout=self._poll_progress)
        self._periodic = QTimer(self, interval=SYNC_EVERY_MS, timeout=self.sync_now)
        self._probe = QTimer(self, interval=PROBE_EVERY_MS, timeout=self._probe_server)
        session.dataChanged.connect(self._local_change)
        if autostart and self.configured:
            QTimer.singleShot(FIRST_SYNC_MS, self.sync_now)
            self._periodic.start()

    # --- state -----------------------------------------------------------------------------

    @property
    def configured(self) -> bool:
        return self._status is not None and self._status.configured

    @property
    def running(self) -> bool:
        return self._thread is not None

    def view(self) -> SyncView:
        engine = self._engine
        progress = engine.progress if engine is not None else None
        return SyncView(self.configured, self.online, self.running,
                        progress.phase if progress else "idle",
                        progress.done if progress else 0,
                        progress.total if progress else None, self._status, self.error)

    def _read_status(self, counts: bool = True) -> state.SyncStatus | None:
        try:
            return state.status(self.session.db.reader(), counts)
        except Exception:  # a database without the sync tables cannot sync; say so
            log.exception("sync status unreadable")
            return None

    def refresh(self) -> None:
        self._generation += 1
        self._status = self._read_status()
        self.changed.emit()

    def count_in_background(self) -> None:
        """Count the changes waiting (and refused, in conflict) on a thread of its own and
        show them when done: on a device that has not synced for long the count reads a
        large index, which must not hold up the window. The thread touches no Qt object; a
        timer here picks its answer up. Whoever quits calls `stop_counting` first."""
        if self._counting is not None:
            return
        generation, conn, answer = self._generation, self.session.db.raw_connection(), []

        def work() -> None:
            try:
                answer.append(state.status(conn))
            except Exception as error:  # interrupted at quit, or unreadable
                answer.append(error)

        worker = threading.Thread(target=work, name="sync-status", daemon=True)
        timer = QTimer(self, interval=50)
        self._counting = worker, conn, timer

        def pick_up() -> None:
            if worker.is_alive():
                return
            self.stop_counting()
            result = answer[0] if answer else None
            if isinstance(result, BaseException):
                log.error("sync status unreadable", exc_info=result)
            elif result is not None and generation == self._generation:
                self._status = result  # nothing has refreshed it meanwhile
                self.changed.emit()

        timer.timeout.connect(pick_up)
        worker.start()
        timer.start()

    def stop_counting(self) -> None:
        """End a background count now: at quit, no thread may be reading the encrypted
        file while the process ends (SQLCipher's crypto library is torn down at exit)."""
        if self._counting is None:
            return
        worker, conn, timer = self._counting
        self._counting = None
        timer.stop()
        timer.deleteLater()
        conn.interrupt()
        worker.join()
        conn.close()

    def _local_change(self, entity: str, _record_id: str) -> None:
        if entity != "sync":
            self.refresh()  # one more change waiting to be sent

    # --- running ---------------------------------------------------------------------------

    def sync_now(self) -> bool:
        """Start a sync in the background; False when one runs already or none is set up."""
        if self.running or not self.configured:
            return False
        from toimi_desktop.sync.engine import SyncEngine  # httpx: not on the start-up path

        self._engine = SyncEngine(self.session.db, clock=self.session.ctx.clock)
        self._outcome = None
        self._thread = threading.Thread(target=self._run, args=(self._engine,),
                                        name="toimi-sync", daemon=True)
        self._thread.start()
        self._poll.start()
        self.changed.emit()
        return True

    def cancel(self) -> None:
        if self._engine is not None:
            self._engine.cancel.set()

    def _run(self, engine) -> None:
        try:
            self._outcome = engine.run()
        except BaseException as error:  # handed to the UI thread, which reports it
            self._outcome = error

    def _poll_progress(self) -> None:
        thread = self._thread
        if thread is not None and not thread.is_alive():
            self._done()
        else:
            self.changed.emit()

    def _done(self) -> None:
        from toimi_desktop.sync import errors

        outcome = self._outcome
        self._thread, self._engine = None, None
        self._poll.stop()
        if isinstance(outcome, errors.Offline):
            self.online, self.error = False, outcome.text()
            self._periodic.stop()
            self._probe.start()
        elif isinstance(outcome, errors.Cancelled):
            self.error = None
        elif isinstance(outcome, errors.SyncError):
            self.online, self.error = True, outcome.text()
        elif isinstance(outcome, BaseException):
            log.error("sync failed", exc_info=(type(outcome), outcome, outcome.__traceback__))
            self.error = self.tr("Sync failed unexpectedly; the details are in the log file.")
        else:
            self.online, self.error = True, None
            if getattr(outcome, "pulled", 0):
                self.session.notify("sync")
        if self.online and not self._periodic.isActive():
            self._periodic.start()
        self.refresh()
        self.finished.emit(outcome)

    def _probe_server(self) -> None:
        """While offline, ask the server's health now and then; sync when it answers."""
        server = self._status.server if self._status else None
        if not server or self.running:
            return

        def probe() -> None:
            from toimi_desktop.sync.transport import Transport

            with Transport(server) as transport:
                self._probe_result = transport.health()

        self._probe_result = False
        worker = threading.Thread(target=probe, daemon=True)
        worker.start()
        QTimer.singleShot(6000, lambda: self._probed(worker))

    def _probed(self, worker: threading.Thread) -> None:
        if worker.is_alive() or not self._probe_result:
            return
        self._probe.stop()
        self.online = True
        self.sync_now()  # back online: send what waited

    def logged_in(self) -> None:
        """After the first-time setup: sync at once, and from now on by the timer."""
        self.error, self.online = None, True
        self.refresh()
        self._periodic.start()
        self.sync_now()
