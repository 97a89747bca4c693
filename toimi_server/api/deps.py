"""Typed dependencies of the routes: the database session, the authenticated device, the
protocol check, and gzip-compressed request bodies.

FastAPI runs a plain `def` dependency in a worker thread and an `async def` one on the event
loop. Only the token check touches the database, so it alone takes a thread: the protocol
check and making the session are `async` (each thread hop costs more than they do)."""

from __future__ import annotations

import zlib
from collections.abc import AsyncIterator, Callable
from typing import Annotated

from fastapi import Depends, Header, Request
from fastapi.routing import APIRoute
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool

from toimi_desktop.sync.wire import PROTOCOL_HEADER, PROTOCOL_VERSION
from toimi_server.services.accounts import Authenticated, authenticate
from toimi_server.services.errors import ApiError, Outdated, TooLarge, Unauthorized


async def get_session(request: Request) -> AsyncIterator[Session]:
    """The request's session. Making one touches no database; the routes open and close
    their transactions themselves, so closing it only has work to do (a rollback, in a
    worker thread) when a request failed half-way."""
    session = request.app.state.sessions()
    try:
        yield session
    finally:
        if session.in_transaction():
            await run_in_threadpool(session.close)
        else:
            session.close()


SessionDep = Annotated[Session, Depends(get_session)]


async def check_protocol(
    protocol: Annotated[int | None, Header(alias=PROTOCOL_HEADER)] = None,
) -> None:
    """An old client gets a clear "please update" instead of data it would misread."""
    if protocol is None or protocol == PROTOCOL_VERSION:
        return
    if protocol < PROTOCOL_VERSION:
        raise Outdated(f"This app speaks sync protocol {protocol}; the server needs "
                       f"{PROTOCOL_VERSION}. Please update TOIMI Desktop.")
    raise Outdated(f"The server speaks sync protocol {PROTOCOL_VERSION}, older than the "
                   f"app's {protocol}. Ask for the server to be updated.", "server_outdated")


def current_device(
    session: SessionDep,
    authorization: Annotated[str | None, Header()] = None,
) -> Authenticated:
    if not authorization or not authorization.startswith("Bearer "):
        raise Unauthorized("Log in first: no token was sent.")
    with session.begin():
        return authenticate(session, authorization[len("Bearer "):].strip())


CurrentDevice = Annotated[Authenticated, Depends(current_device)]


class GzipRequest(Request):
    """A request whose body may be gzip-compressed (`Content-Encoding: gzip`)."""

    async def body(self) -> bytes:
        if not hasattr(self, "_body"):
            settings = self.app.state.settings
            length = self.headers.get("content-length")
            if length and length.isdigit() and int(length) > settings.max_body_bytes:
                raise TooLarge("The request is too large.")
            body = await super().body()
            if "gzip" in self.headers.get("content-encoding", ""):
                body = _inflate(body, settings.max_inflated_bytes)
            self._body = body
        return self._body


def _inflate(data: bytes, limit: int) -> bytes:
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        out = inflater.decompress(data, limit + 1)
    except zlib.error as error:
        raise ApiError(f"The body is not valid gzip: {error}") from error
    if len(out) > limit or inflater.unconsumed_tail:
        raise TooLarge("The request is too large when decompressed.")
    return out


class GzipRoute(APIRoute):
    def get_route_handler(self) -> Callable:
        handler = super().get_route_handler()

        async def route_handler(request: Request):
            return await handler(GzipRequest(request.scope, request.receive))

        return route_handler


__all__ = ["CurrentDevice", "GzipRoute", "SessionDep", "check_protocol"]
