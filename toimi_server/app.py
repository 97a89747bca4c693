"""The FastAPI application: routes, error bodies, compression, request logs."""

from __future__ import annotations

import logging
import time

from fastapi import FastAPI
from fastapi.middleware.gzip import GZipMiddleware
from sqlalchemy import Engine
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from toimi_desktop.sync.schema import tables
from toimi_desktop.sync.wire import PROTOCOL_VERSION
from toimi_server.api import errors
from toimi_server.api.routes import auth, health, sync
from toimi_server.core.config import Settings
from toimi_server.core.logging import LOGGER_NAME, log
from toimi_server.db import make_engine, make_sessions

logger = logging.getLogger(LOGGER_NAME)


def create_app(settings: Settings, engine: Engine | None = None) -> FastAPI:
    app = FastAPI(
        title="TOIMI sync server",
        version=f"protocol {PROTOCOL_VERSION}",
        description="Central sync server of TOIMI Desktop: devices push batches of changes "
                    "and pull pages of changes after a cursor, scoped by the user's role "
                    "and municipalities.",
    )
    app.state.settings = settings
    app.state.engine = engine or make_engine(settings.db_url)
    app.state.sessions = make_sessions(app.state.engine)
    errors.install(app)
    app.include_router(health.router)
    app.include_router(auth.router)
    app.include_router(sync.router)
    # Small answers (a no-change pull) stay plain: compression only pays off above ~1 KB.
    app.add_middleware(GZipMiddleware, minimum_size=1024, compresslevel=1)
    app.add_middleware(RequestLog)
    # What the first push would otherwise import while devices wait: the synced tables.
    tables()
    return app


class RequestLog:
    """One log line per request (method, path, status, milliseconds), as plain ASGI
    middleware: Starlette's BaseHTTPMiddleware runs every request through an extra task and
    memory streams, which costs more than the line itself."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        status = 500

        async def send_status(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, send_status)
        except Exception:
            log("request_failed", logging.ERROR, method=scope["method"], path=scope["path"])
            raise
        if logger.isEnabledFor(logging.INFO):
            log("request", method=scope["method"], path=scope["path"], status=status,
                ms=round((time.perf_counter() - started) * 1000, 1))
