"""The one helper that runs slow work (PDF reports, later imports) off the UI thread.

    Operation(parent, lambda: write_report(...)).success(done).run_in_background()

`work` runs on a worker thread and must not touch widgets; it gets its own database
sessions (services open one per call). `success(result)` and `failure(error)` run on the UI
thread; without a failure handler the error goes to the one error-dialog helper. A single
worker thread runs these jobs one after another (database work is serialised, see
STYLE.md item 3); `finished` is emitted after either handler.

    Operation.reporting(parent, lambda progress: build(..., progress=progress))

gives the work a `services.progress.Progress`: its steps arrive on the UI thread as
`progressed(done, total, text)`, and `cancel()` makes the work stop at its next step with
`Cancelled`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, ClassVar

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from PySide6.QtWidgets import QWidget

from toimi_desktop.ui.errors import show_error

log = logging.getLogger(__name__)


class _Job(QRunnable):
    def __init__(self, operation: Operation) -> None:
        super().__init__()
        self.operation = operation

    def run(self) -> None:
        try:
            result = self.operation.work()
        except BaseException as error:
            self.operation._failed.emit(error)
        else:
            self.operation._succeeded.emit(result)


class Operation(QObject):
    """Work off the UI thread, its outcome back on the UI thread."""

    finished = Signal()
    progressed = Signal(int, int, str)  # done, total, what is being done
    _succeeded = Signal(object)
    _failed = Signal(object)

    _running: ClassVar[set[Operation]] = set()  # kept alive until they finish
    _pool: ClassVar[QThreadPool | None] = None

    def __init__(self, parent: QWidget | None, work: Callable[[], Any]) -> None:
        super().__init__()  # no Qt parent: the job may outlive the widget that started it
        self.parent_widget = parent
        self.work = work
        self._on_success: Callable[[Any], None] | None = None
        self._on_failure: Callable[[BaseException], None] | None = None
        self.result: Any = None
        self.error: BaseException | None = None
        self.progress: Any = None  # a services.progress.Progress, for `reporting` work
        self._succeeded.connect(self._success)
        self._failed.connect(self._failure)

    @classmethod
    def reporting(cls, parent: QWidget | None, work: Callable[[Any], Any]) -> Operation:
        """Work that takes a `Progress`: it reports its steps and can be cancelled."""
        from toimi_desktop.services.progress import Progress

        operation = cls(parent, lambda: work(operation.progress))
        # Emitted on the worker thread; Qt queues it to the UI thread (the receiver's).
        operation.progress = Progress(operation.progressed.emit)
        return operation

    def cancel(self) -> None:
        if self.progress is not None:
            self.progress.cancel()

    @classmethod
    def pool(cls) -> QThreadPool:
        if cls._pool is None:
            cls._pool = QThreadPool()
            cls._pool.setMaxThreadCount(1)
        return cls._pool

    def success(self, handler: Callable[[Any], None]) -> Operation:
        self._on_success = handler
        return self

    def failure(self, handler: Callable[[BaseException], None]) -> Operation:
        self._on_failure = handler
        return self

    def run_in_background(self) -> Operation:
        Operation._running.add(self)
        self.pool().start(_Job(self))
        return self

    def _alive_parent(self) -> QWidget | None:
        parent = self.parent_widget
        return parent if parent is not None and shiboken6.isValid(parent) else None

    def _success(self, result: object) -> None:
        self.result = result
        try:
            if self._on_success is not None and (self.parent_widget is None
                                                 or self._alive_parent() is not None):
                self._on_success(result)
        except Exception as error:
            show_error(self._alive_parent(), error)
        finally:
            self._finish()

    def _failure(self, error: BaseException) -> None:
        self.error = error
        try:
            if self._on_failure is not None:
                self._on_failure(error)
            else:
                show_error(self._alive_parent(), error)
        finally:
            self._finish()

    def _finish(self) -> None:
        Operation._running.discard(self)
        self.finished.emit()
