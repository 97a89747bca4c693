"""Every error answer is an ErrorBody: a code the client translates and an English sentence."""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse

from toimi_desktop.sync.wire import ErrorBody
from toimi_server.services.errors import ApiError

ERROR_RESPONSES = {
    status: {"model": ErrorBody, "description": text}
    for status, text in ((400, "Bad request"), (401, "Not logged in, or the device is revoked"),
                         (403, "Outside the user's role or municipalities"),
                         (409, "Batch id used by another device"),
                         (413, "Request too large"), (422, "Invalid request"),
                         (426, "Protocol version mismatch"))
}


def _error(status: int, code: str, message: str) -> JSONResponse:
    return JSONResponse(ErrorBody(code=code, message=message).model_dump(), status_code=status)


def install(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def api_error(_request: Request, error: ApiError) -> JSONResponse:
        return _error(error.status, error.code, error.message)

    @app.exception_handler(RequestValidationError)
    async def invalid(_request: Request, error: RequestValidationError) -> JSONResponse:
        first = error.errors()[0] if error.errors() else {}
        where = ".".join(str(p) for p in first.get("loc", ()))
        return _error(422, "bad_request", f"{where}: {first.get('msg', 'invalid request')}")
