"""The FastAPI application: routes, error bodies, compression, request logs."""

from __future__ import annotations

import time

from fastapi import FastAPI, Request
from fastapi.middleware.gzip import GZipMiddleware
from sqlalchemy import Engine

from toimi_desktop.sync.wire import PROTOCOL_VERSION
from toimi_server.api import errors
from toimi_server.api.routes import auth, health, sync
from toimi_server.core.config import Settings
from toimi_server.core.logging import log
from toimi_server.db import make_engine, make_sessions


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

    @app.middleware("http")
    async def request_log(request: Request, call_next):
        started = time.perf_counter()
        try:
            response = await call_next(request)
        except Exception:
            log("request_failed", 40, method=request.method, path=request.url.path)
            raise
        log("request", method=request.method, path=request.url.path,
            status=response.status_code,
            ms=round((time.perf_counter() - started) * 1000, 1))
        return response

    return app
