"""Logging a device in and out, and what the server knows of the session."""

from __future__ import annotations

from fastapi import APIRouter, Depends
from sqlalchemy import update

from toimi_desktop.sync.wire import (
    LoginRequest,
    LoginResponse,
    SessionInfo,
    SignInRequest,
    UserInfo,
)
from toimi_server.api.deps import CurrentDevice, GzipRoute, SessionDep, check_protocol
from toimi_server.api.errors import ERROR_RESPONSES
from toimi_server.core.logging import log
from toimi_server.models import Device, utcnow
from toimi_server.services import accounts
from toimi_server.services.pull import last_seq

router = APIRouter(prefix="/api/v1", tags=["auth"], route_class=GzipRoute,
                   dependencies=[Depends(check_protocol)], responses=ERROR_RESPONSES)


@router.post("/login", response_model=LoginResponse)
def login(body: LoginRequest, session: SessionDep) -> LoginResponse:
    with session.begin():
        try:
            token, device, user = accounts.login(session, body.username, body.password,
                                                 body.device_name, body.client_device_id)
        except Exception:
            log("login_failed", username=body.username)
            raise
        log("login", username=user.username, device=device.id)
        return LoginResponse(token=token, device_id=device.id, user=accounts.user_info(user))


@router.post("/signin", response_model=UserInfo)
def sign_in(body: SignInRequest, auth: CurrentDevice, session: SessionDep) -> UserInfo:
    """A user signing in to the app on their logged-in device: the password is checked
    here, so a changed or disabled account takes effect at the next sign-in."""
    with session.begin():
        try:
            user = accounts.check_sign_in(session, auth, body.username, body.password)
        except Exception:
            log("signin_failed", username=body.username, device=auth.device_id)
            raise
        log("signin", username=user.username, device=auth.device_id)
        return accounts.user_info(user)


@router.post("/logout", status_code=204)
def logout(auth: CurrentDevice, session: SessionDep) -> None:
    with session.begin():
        session.execute(update(Device).where(Device.id == auth.device_id)
                        .values(revoked_at=utcnow()))
    log("logout", device=auth.device_id)


@router.get("/session", response_model=SessionInfo)
def session_info(auth: CurrentDevice, session: SessionDep) -> SessionInfo:
    with session.begin():
        return SessionInfo(user=auth.user, device_id=auth.device_id,
                           server_seq=last_seq(session))
