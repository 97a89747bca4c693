"""Push a batch of changes; pull pages of changes after a cursor."""

from __future__ import annotations

import contextlib
import threading
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Response
from sqlalchemy.exc import IntegrityError

from toimi_desktop.sync.wire import (
    DEFAULT_PULL_LIMIT,
    MAX_PULL_LIMIT,
    PullResponse,
    PushRequest,
    PushResponse,
)
from toimi_server.api.deps import CurrentDevice, GzipRoute, SessionDep, check_protocol
from toimi_server.api.errors import ERROR_RESPONSES
from toimi_server.services.pull import encode_page, read_page
from toimi_server.services.push import apply_push

_PUSH_LOCK = threading.Lock()


def _push_lock(session: SessionDep):
    """SQLite has one writer: queueing pushes here keeps the one holding the database lock
    from waiting for the GIL behind the others. PostgreSQL pushes run side by side."""
    if session.get_bind().dialect.name == "sqlite":
        return _PUSH_LOCK
    return contextlib.nullcontext()

router = APIRouter(prefix="/api/v1", tags=["sync"], route_class=GzipRoute,
                   dependencies=[Depends(check_protocol)], responses=ERROR_RESPONSES)


@router.post("/push", response_model=PushResponse)
def push(body: PushRequest, auth: CurrentDevice, session: SessionDep) -> Response:
    """Apply a batch in one transaction. The same batch id again changes nothing and gets
    the first answer. Each record is applied or rejected on its own."""
    for attempt in range(3):
        try:
            with _push_lock(session), session.begin():
                response = apply_push(session, auth, body)
            # Serialised here: FastAPI would validate the model it was just given again.
            return Response(response.model_dump_json(), media_type="application/json")
        except IntegrityError:
            # Another device created the same record (a natural key) at the same moment:
            # merge against it now.
            if attempt == 2:
                raise
    raise AssertionError("unreachable")


@router.get("/changes", response_model=PullResponse)
def changes(
    auth: CurrentDevice,
    session: SessionDep,
    cursor: Annotated[int, Query(ge=0, le=2**62)] = 0,
    limit: Annotated[int, Query(ge=1, le=MAX_PULL_LIMIT)] = DEFAULT_PULL_LIMIT,
    users_version: Annotated[int, Query(ge=-1, le=2**62)] = -1,
    municipality: Annotated[list[str] | None, Query(max_length=13)] = None,
) -> Response:
    """Changes after `cursor`, oldest first, in the caller's scope. `municipality` narrows
    the scope (a municipality outside it is refused with 403)."""
    with session.begin():
        page = read_page(session, auth, cursor, limit, users_version, municipality)
    return Response(encode_page(page), media_type="application/json")
