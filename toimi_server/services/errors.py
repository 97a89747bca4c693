"""Errors the services raise; the API turns each into its HTTP status and an ErrorBody."""

from __future__ import annotations


class ApiError(Exception):
    status = 400
    code = "bad_request"

    def __init__(self, message: str, code: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        if code:
            self.code = code


class Unauthorized(ApiError):
    status = 401
    code = "invalid_token"


class Forbidden(ApiError):
    status = 403
    code = "forbidden"


class Conflict(ApiError):
    status = 409
    code = "batch_mismatch"


class Outdated(ApiError):
    status = 426
    code = "client_outdated"


class TooLarge(ApiError):
    status = 413
    code = "too_large"
