"""One sync run: push everything pending in batches, then pull pages until up to date.

No Qt: the UI runs `SyncEngine.run()` in a worker thread, polls `progress` and sets `cancel`.
Network failures are retried a few times with a growing pause; if the server stays away the
run ends with `Offline` and the next run continues where this one stopped (unanswered batches
are resent under the same id, the cursor only ever moves after a page is stored).
"""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, TypeVar

from toimi_desktop.sync import credentials, errors, state
from toimi_desktop.sync.apply import apply_page, apply_users, retry_failures
from toimi_desktop.sync.push import Scope, next_batch, pending_count, record_answer
from toimi_desktop.sync.transport import Transport
from toimi_desktop.sync.wire import DEFAULT_PULL_LIMIT, PullResponse

if TYPE_CHECKING:
    from toimi_desktop.models.database import Database
    from toimi_desktop.models.ids import HybridLogicalClock

T = TypeVar("T")


@dataclass
class Progress:
    phase: str = "idle"  # "push", "pull", "done"
    done: int = 0
    total: int | None = None


@dataclass
class SyncReport:
    pushed: int = 0  # records accepted by the server
    refused: int = 0  # records refused (kept in the outbox with the reason)
    pulled: int = 0  # records taken in from the server
    pages: int = 0
    conflicts: int = 0  # open free-text conflicts after the run
    failures: int = 0  # pulled rows that could not be stored here
    requests: int = 0
    bytes_sent: int = 0
    bytes_received: int = 0
    seconds: float = 0.0
    cursor: int = 0
    timings: dict[str, float] = field(default_factory=dict)


class SyncEngine:
    def __init__(self, db: Database, transport: Transport | None = None, *,
                 clock: HybridLogicalClock | None = None,
                 on_progress: Callable[[Progress], None] | None = None,
                 cancel: threading.Event | None = None, page_size: int = DEFAULT_PULL_LIMIT,
                 batch_size: int = 1000, retries: int = 4, backoff: float = 0.5) -> None:
        self.db = db
        self._transport = transport
        self.clock = clock
        self.on_progress = on_progress
        self.cancel = cancel or threading.Event()
        self.page_size = page_size
        self.batch_size = batch_size
        self.retries = retries
        self.backoff = backoff
        self.progress = Progress()

    # --- the run --------------------------------------------------------------------------

    def run(self) -> SyncReport:
        started = time.perf_counter()
        report = SyncReport()
        conn = self.db.raw_connection()
        conn.isolation_level = None  # explicit transactions only
        conn.execute("PRAGMA foreign_keys = OFF")  # see apply.py
        transport = self._transport or self._stored_transport(conn)
        try:
            self._push(conn, transport, report)
            self._pull(conn, transport, report)
            report.failures = retry_failures(conn)
            self._finish(conn, report, None)
        except errors.SyncError as error:
            self._finish(conn, report, error)
            raise
        finally:
            report.requests = transport.requests
            report.bytes_sent = transport.bytes_sent
            report.bytes_received = transport.bytes_received
            report.seconds = time.perf_counter() - started
            if self._transport is None:
                transport.close()
            conn.close()
        return report

    def _stored_transport(self, conn: sqlite3.Connection) -> Transport:
        server = state.get(conn, state.SERVER)
        if not server:
            raise errors.AuthError(errors.NOT_LOGGED_IN)
        token = credentials.load_token(server, state.device_id(conn))
        if not token:
            raise errors.AuthError(errors.NOT_LOGGED_IN)
        return Transport(server, token)

    def _finish(self, conn: sqlite3.Connection, report: SyncReport,
                error: errors.SyncError | None) -> None:
        with conn:
            conn.execute("BEGIN IMMEDIATE")
            if error is None:
                state.put(conn, state.LAST_SUCCESS, state.now_text())
                state.put(conn, state.LAST_ERROR, None)
            else:
                state.put(conn, state.LAST_ERROR, error.text())
        status = state.status(conn)
        report.conflicts, report.cursor = status.conflicts, status.cursor
        self._report("done", report.pulled, None)

    def _report(self, phase: str, done: int, total: int | None) -> None:
        self.progress = Progress(phase, done, total)
        if self.on_progress is not None:
            self.on_progress(self.progress)

    def _check_cancel(self) -> None:
        if self.cancel.is_set():
            raise errors.Cancelled(errors.CANCELLED)

    def _retrying(self, call: Callable[[], T]) -> T:
        for attempt in range(self.retries + 1):
            self._check_cancel()
            try:
                return call()
            except errors.SyncError as error:
                if not error.retryable or attempt == self.retries:
                    raise
            pause = self.backoff * (2 ** attempt)
            if self.cancel.wait(pause):
                raise errors.Cancelled(errors.CANCELLED)
        raise AssertionError("unreachable")

    # --- push -----------------------------------------------------------------------------

    def _scope(self, conn: sqlite3.Connection, transport: Transport,
               refresh: bool = False) -> Scope:
        saved = state.get(conn, state.SCOPE)
        if refresh or not saved:
            info = self._retrying(transport.session)
            saved = {"user_id": info.user.id, "role": info.user.role,
                     "municipalities": info.user.municipalities}
            with conn:
                conn.execute("BEGIN IMMEDIATE")
                state.put(conn, state.SCOPE, saved)
                apply_users(conn, [info.user])
        return Scope(saved["role"], frozenset(saved["municipalities"]))

    def _push(self, conn: sqlite3.Connection, transport: Transport,
              report: SyncReport) -> None:
        total = pending_count(conn)
        if not total:
            return
        scope = self._scope(conn, transport)
        refreshed = False
        refused_before = _refusals(conn)
        self._report("push", 0, total)
        while True:
            self._check_cancel()
            batch = next_batch(conn, scope, self.batch_size)
            if batch is None:
                break
            try:
                response = self._retrying(lambda b=batch: transport.push(b.request))
            except errors.ScopeForbidden:
                if refreshed:
                    raise
                # The user's rights changed on the server: re-form the batch with the new
                # scope (the refused push changed nothing there).
                refreshed = True
                scope = self._scope(conn, transport, refresh=True)
                with conn:
                    conn.execute("BEGIN IMMEDIATE")
                    conn.execute("UPDATE sync_outbox SET batch_id = NULL WHERE batch_id = ?",
                                  (batch.batch_id,))
                continue
            refused = record_answer(conn, batch, response)
            report.pushed += batch.size - refused
            # Refused here (outside the scope) or by the server: kept with their reasons.
            report.refused = _refusals(conn) - refused_before
            self._report("push", report.pushed + report.refused, total)

    # --- pull -----------------------------------------------------------------------------

    def _pull(self, conn: sqlite3.Connection, transport: Transport,
              report: SyncReport) -> None:
        cursor = int(state.get(conn, state.CURSOR, 0))
        users_version = int(state.get(conn, state.USERS_VERSION, -1))
        fetch = self._fetcher(transport)
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="sync-fetch") as pool:
            upcoming: Future[PullResponse] = pool.submit(fetch, cursor, users_version)
            first = True
            while True:
                page = upcoming.result()
                if first and self._scope_changed(conn, page.scope) and cursor:
                    cursor = 0  # records that were out of sight may lie behind the cursor
                    upcoming = pool.submit(fetch, cursor, users_version)
                    first = False
                    continue
                first = False
                if page.more:  # fetch the next page while this one is being stored
                    upcoming = pool.submit(fetch, page.cursor, page.users_version)
                self._check_cancel()
                started = time.perf_counter()
                apply_page(conn, page, self.clock)
                report.timings["apply"] = (report.timings.get("apply", 0.0)
                                           + time.perf_counter() - started)
                report.pulled += len(page.records)
                report.pages += 1
                self._report("pull", report.pulled, None)
                if not page.more:
                    break

    @staticmethod
    def _scope_changed(conn: sqlite3.Connection, scope: str) -> bool:
        saved = state.get(conn, state.CURSOR_SCOPE)
        if saved == scope:
            return False
        with conn:
            conn.execute("BEGIN IMMEDIATE")
            state.put(conn, state.CURSOR_SCOPE, scope)
            if saved is not None:
                state.put(conn, state.CURSOR, 0)
        return saved is not None

    def _fetcher(self, transport: Transport) -> Callable[[int, int], PullResponse]:
        def fetch(cursor: int, users_version: int) -> PullResponse:
            return self._retrying(
                lambda: transport.changes(cursor, self.page_size, users_version))

        return fetch


def _refusals(conn: sqlite3.Connection) -> int:
    """Records (not outbox rows) waiting with a refusal."""
    return conn.execute("SELECT count(*) FROM (SELECT DISTINCT table_name, row_id"
                        " FROM sync_rejection)").fetchone()[0]
