"""GET /health: 200 when the database answers, 503 when it does not."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse

from toimi_desktop.sync.wire import Health
from toimi_server.db import ping

router = APIRouter(tags=["health"])


@router.get("/health", response_model=Health,
            responses={503: {"model": Health, "description": "The database is unreachable"}})
def health(request: Request):
    try:
        ping(request.app.state.engine)
    except Exception as error:  # any failure to reach the database is "unavailable"
        body = Health(status="unavailable", database=type(error).__name__)
        return JSONResponse(body.model_dump(), status_code=503)
    return Health(status="ok", database=request.app.state.engine.dialect.name)
