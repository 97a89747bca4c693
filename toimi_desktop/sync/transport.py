"""HTTP to the sync server (httpx): gzip bodies, the protocol header, the device token, and
every failure turned into a typed SyncError. Counts requests and bytes on the wire."""

from __future__ import annotations

import gzip
import json
from typing import TypeVar

import httpx
from pydantic import BaseModel, ValidationError

from toimi_desktop.sync import errors
from toimi_desktop.sync.wire import (
    PROTOCOL_HEADER,
    PROTOCOL_VERSION,
    LoginRequest,
    LoginResponse,
    PullResponse,
    PushRequest,
    PushResponse,
    SessionInfo,
    SignInRequest,
    UserInfo,
)

Model = TypeVar("Model", bound=BaseModel)
_GZIP_ABOVE = 1024


def normalise_server(address: str) -> str:
    address = address.strip().rstrip("/")
    if "://" not in address:
        address = "https://" + address
    url = httpx.URL(address)
    if url.scheme not in ("http", "https") or not url.host:
        raise errors.SyncError(errors.BAD_ADDRESS, server=address)
    return address


class Transport:
    def __init__(self, server: str, token: str | None = None, *, timeout: float = 60.0,
                 connect_timeout: float = 5.0) -> None:
        self.server = normalise_server(server)
        headers = {PROTOCOL_HEADER: str(PROTOCOL_VERSION), "User-Agent": "toimi-desktop"}
        if token:
            headers["Authorization"] = f"Bearer {token}"
        self._client = httpx.Client(
            base_url=self.server, headers=headers, follow_redirects=False,
            timeout=httpx.Timeout(timeout, connect=connect_timeout),
            event_hooks={"request": [self._count_request], "response": [self._count_response]})
        self.requests = 0
        self.bytes_sent = 0
        self.bytes_received = 0

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> Transport:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # --- counting -------------------------------------------------------------------------

    def _count_request(self, request: httpx.Request) -> None:
        self.requests += 1
        line = len(request.method) + len(str(request.url.raw_path)) + 12
        self.bytes_sent += line + _header_bytes(request.headers) + len(request.content or b"")

    def _count_response(self, response: httpx.Response) -> None:
        self.bytes_received += 17 + _header_bytes(response.headers)

    # --- calls ----------------------------------------------------------------------------

    def login(self, body: LoginRequest) -> LoginResponse:
        return self._call("POST", "/api/v1/login", LoginResponse, body)

    def sign_in(self, body: SignInRequest) -> UserInfo:
        return self._call("POST", "/api/v1/signin", UserInfo, body)

    def session(self) -> SessionInfo:
        return self._call("GET", "/api/v1/session", SessionInfo)

    def logout(self) -> None:
        self._send("POST", "/api/v1/logout")

    def push(self, body: PushRequest) -> PushResponse:
        return self._call("POST", "/api/v1/push", PushResponse, body)

    def changes(self, cursor: int, limit: int, users_version: int) -> PullResponse:
        return self._call("GET", "/api/v1/changes", PullResponse,
                          params={"cursor": cursor, "limit": limit,
                                  "users_version": users_version})

    def health(self) -> bool:
        try:
            return self._client.get("/health", timeout=5).status_code == 200
        except httpx.HTTPError:
            return False

    def _call(self, method: str, path: str, model: type[Model],
              body: BaseModel | None = None, params: dict | None = None) -> Model:
        response = self._send(method, path, body, params)
        try:
            return model.model_validate_json(response.content)
        except ValidationError as error:
            raise errors.ProtocolError(errors.PROTOCOL, reason=str(error)[:200]) from error

    def _send(self, method: str, path: str, body: BaseModel | None = None,
              params: dict | None = None) -> httpx.Response:
        content, headers = None, {}
        if body is not None:
            content = body.model_dump_json().encode()
            headers["Content-Type"] = "application/json"
            if len(content) > _GZIP_ABOVE:
                content = gzip.compress(content, compresslevel=5)
                headers["Content-Encoding"] = "gzip"
        try:
            response = self._client.request(method, path, content=content, headers=headers,
                                            params=params)
            response.read()
        except (httpx.TransportError, httpx.DecodingError) as error:
            raise errors.Offline(errors.OFFLINE, server=self.server) from error
        self.bytes_received += response.num_bytes_downloaded
        if response.status_code >= 400:
            raise _error_for(response)
        return response


def _header_bytes(headers: httpx.Headers) -> int:
    return sum(len(k) + len(v) + 4 for k, v in headers.raw) + 2


def _error_for(response: httpx.Response) -> errors.SyncError:
    status = response.status_code
    try:
        body = json.loads(response.content)
        code, message = body.get("code"), body.get("message", "")
    except (ValueError, AttributeError):
        code, message = None, response.text[:200]
    if status >= 500:
        return errors.ServerError(errors.SERVER_ERROR, status=status)
    if code == "device_revoked":
        return errors.DeviceRevoked(errors.DEVICE_REVOKED)
    if code == "invalid_credentials":
        return errors.AuthError(errors.BAD_LOGIN)
    if code == "user_inactive":
        return errors.AuthError(errors.USER_INACTIVE)
    if status == 401:
        return errors.AuthError(errors.TOKEN_INVALID)
    if status == 403:
        return errors.ScopeForbidden(errors.FORBIDDEN, reason=message)
    if status == 426:
        return errors.Outdated(errors.SERVER_OUTDATED if code == "server_outdated"
                               else errors.CLIENT_OUTDATED)
    if status in (408, 429):
        return errors.ServerError(errors.SERVER_ERROR, status=status)
    return errors.SyncError(errors.PROTOCOL, reason=f"{status} {code}: {message}")
