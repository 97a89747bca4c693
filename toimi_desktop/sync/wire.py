"""The wire format of sync: pydantic models of every request and response body.

The client (`toimi_desktop.sync`) and the server (`toimi_server`) both import this module, so
the two sides cannot drift. Bump `PROTOCOL_VERSION` on any incompatible change: the server
answers 426 with `client_outdated` to an older client instead of sending data it would
misread. Version 2: `RecordResult.other_id` (a refused duplicate names the record it
duplicates).

Records travel as plain column values (ISO dates and the text SQLAlchemy stores in SQLite),
exactly as the client's database holds them; the server treats them as opaque except for
the scope (`municipality_code`) and the clocks.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StrictBool,
    StrictFloat,
    StrictInt,
    StrictStr,
    StringConstraints,
    TypeAdapter,
    WithJsonSchema,
)

PROTOCOL_VERSION = 2
PROTOCOL_HEADER = "X-Toimi-Protocol"
MAX_PUSH_RECORDS = 2000
MAX_PULL_LIMIT = 10_000
DEFAULT_PULL_LIMIT = 5000
MAX_TEXT_VALUE = 100_000

# A column value. Tried in order, exact JSON types first: pydantic's default "smart" union
# scores every member for every value, which made validating a page of pulled records ~1.5 ×
# slower. The lax `str` and `float` after them keep what smart mode accepted from Python
# (bytes, Decimal, enum members); the JSON schema stays the plain union.
_PlainScalar = str | int | float | bool | None
Scalar = Annotated[
    Annotated[StrictStr | StrictInt | StrictFloat | StrictBool | str | float,
              Field(union_mode="left_to_right")] | None,
    WithJsonSchema(TypeAdapter(_PlainScalar).json_schema()),
]
Name = Annotated[str, StringConstraints(min_length=1, max_length=64,
                                        pattern=r"^[a-z][a-z0-9_]*$")]
RecordId = Annotated[str, StringConstraints(min_length=1, max_length=36)]
Clock = Annotated[str, StringConstraints(min_length=21, max_length=64,
                                         pattern=r"^\d{13}-\d{5}-[^\s]{1,44}$")]
BatchId = Annotated[str, StringConstraints(min_length=8, max_length=36,
                                           pattern=r"^[0-9A-Za-z-]+$")]
Municipality = Annotated[str, StringConstraints(pattern=r"^\d{3}$")]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


# --- errors -----------------------------------------------------------------------------

ErrorCode = Literal[
    "bad_request", "invalid_credentials", "invalid_token", "device_revoked", "user_inactive",
    "forbidden", "client_outdated", "server_outdated", "too_large", "unavailable",
    "batch_mismatch",
]


class ErrorBody(_Model):
    """Every error answer: a code the client translates, and an English sentence."""

    code: ErrorCode
    message: str


# --- login ------------------------------------------------------------------------------

class UserInfo(_Model):
    id: RecordId
    username: str
    display_name: str
    role: str
    municipalities: list[str]
    active: bool = True


class LoginRequest(_Model):
    username: Annotated[str, StringConstraints(min_length=1, max_length=64)]
    password: Annotated[str, StringConstraints(min_length=1, max_length=1024)]
    device_name: Annotated[str, StringConstraints(max_length=120)] = ""
    # The device's own id: the last part of its clock stamps.
    client_device_id: Annotated[str, StringConstraints(min_length=1, max_length=44,
                                                       pattern=r"^[^\s]+$")]


class LoginResponse(_Model):
    token: str
    device_id: str  # the server's id of this device (what `toimi-server device` lists)
    user: UserInfo


class SignInRequest(_Model):
    """Signing in on a device that is already logged in: the server checks the password of
    the device's user (no new device token). A different user logs the device in anew."""

    username: Annotated[str, StringConstraints(min_length=1, max_length=64)]
    password: Annotated[str, StringConstraints(min_length=1, max_length=1024)]


class SessionInfo(_Model):
    user: UserInfo
    device_id: str
    server_seq: int


# --- push -------------------------------------------------------------------------------

class PushRecord(_Model):
    """One changed row: all its column values, and the clock of each field that changed.

    `base` is the server sequence number of the row's version the device last took in: a
    free-text field changed on the server after it, by another device, is a conflict.
    """

    table: Name
    id: RecordId
    clocks: dict[Name, Clock] = Field(min_length=1)
    values: dict[Name, Scalar]
    base: int = Field(default=0, ge=0)


class PushRequest(_Model):
    batch_id: BatchId
    records: list[PushRecord] = Field(max_length=MAX_PUSH_RECORDS)


RecordStatus = Literal["applied", "unchanged", "rejected"]


class RecordResult(_Model):
    """What became of one pushed record. `lost` holds the server's values of fields where a
    later change won, for the device to take in; `conflicts` counts free-text versions kept
    as conflict records."""

    table: str
    id: str
    status: RecordStatus
    code: str | None = None
    reason: str | None = None
    seq: int | None = None
    hlc: str | None = None
    lost: dict[str, Scalar] | None = None
    conflicts: int = 0
    # A refusal for a duplicate (code `duplicate_hetu`): the record that holds the value, when
    # it is within the user's scope (the device may open it); None otherwise.
    other_id: str | None = None


class PushResponse(_Model):
    batch_id: str
    duplicate: bool = False  # the batch had been applied before: nothing changed now
    results: list[RecordResult]


# --- pull -------------------------------------------------------------------------------

class PulledRecord(_Model):
    seq: int
    table: str
    id: str
    hlc: str
    values: dict[str, Scalar]


class PullResponse(_Model):
    """One page of changes after the cursor, in server sequence order. `cursor` is where the
    next page starts; `more` tells whether to ask again. `users` is sent only when the user
    directory changed since the device's `users_version`."""

    records: list[PulledRecord]
    cursor: int
    more: bool
    users_version: int
    users: list[UserInfo] | None = None
    # What the pages are filtered by (role and municipalities): when it changes, the device
    # pulls again from the start, as records it could not see before may lie behind it.
    scope: str = ""


class Health(_Model):
    status: Literal["ok", "unavailable"]
    database: str
    protocol: int = PROTOCOL_VERSION
