"""Users and devices: adding users (the command line), logging in, tokens, revoking."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import bindparam, select, update
from sqlalchemy.orm import Session

from toimi_desktop.models.enums import Role
from toimi_desktop.models.ids import new_id
from toimi_desktop.models.reference import SERVICE_AREAS
from toimi_desktop.sync.wire import UserInfo
from toimi_server.core.security import hash_password, new_token, token_hash, verify_password
from toimi_server.models import USERS_COUNTER, Counter, Device, ServerUser, utcnow
from toimi_server.services.errors import ApiError, Unauthorized
from toimi_server.services.policy import Scope

MUNICIPALITIES = {code: name for _area, (_n, places) in SERVICE_AREAS.items()
                  for code, name in places}
_SEEN_EVERY = timedelta(seconds=60)


def municipality_code(name_or_code: str) -> str:
    """"Joensuu", "joensuu" or "167" → "167"."""
    if name_or_code in MUNICIPALITIES:
        return name_or_code
    for code, name in MUNICIPALITIES.items():
        if name.casefold() == name_or_code.casefold():
            return code
    raise ValueError(f"unknown municipality {name_or_code!r}; one of: "
                     + ", ".join(sorted(MUNICIPALITIES.values())))


def _bump_users(session: Session) -> None:
    session.execute(update(Counter).where(Counter.name == USERS_COUNTER)
                    .values(value=Counter.value + 1))


def add_user(session: Session, username: str, password: str, role: str,
             municipalities: list[str], display_name: str | None = None,
             password_hash: str | None = None) -> ServerUser:
    """A new account. `password_hash` (argon2, e.g. carried over from another system)
    replaces hashing `password` here."""
    role_value = Role(role)
    codes = sorted({municipality_code(m) for m in municipalities})
    if role_value is not Role.COORDINATOR and not codes:
        raise ValueError("give at least one --municipality for this role")
    if not password and not password_hash:
        raise ValueError("the password must not be empty")
    if session.scalar(select(ServerUser).where(ServerUser.username == username)):
        raise ValueError(f"user {username!r} exists already")
    user = ServerUser(id=new_id(), username=username, display_name=display_name or username,
                      role=role_value.value, municipalities=codes,
                      password_hash=password_hash or hash_password(password), active=True)
    session.add(user)
    _bump_users(session)
    return user


def user_info(user: ServerUser) -> UserInfo:
    return UserInfo(id=user.id, username=user.username, display_name=user.display_name,
                    role=user.role, municipalities=list(user.municipalities),
                    active=user.active)


def login(session: Session, username: str, password: str, device_name: str,
          client_device_id: str) -> tuple[str, Device, ServerUser]:
    user = session.scalar(select(ServerUser).where(ServerUser.username == username))
    if not verify_password(user.password_hash if user else None, password) or user is None:
        raise Unauthorized("Wrong user name or password.", "invalid_credentials")
    if not user.active:
        raise Unauthorized("This user account is not active.", "user_inactive")
    # The same database logging in again as the same user replaces its earlier login: a
    # token lost with a failed keyring or an abandoned login does not stay usable.
    session.execute(update(Device).where(
        Device.user_id == user.id, Device.client_device_id == client_device_id,
        Device.revoked_at.is_(None)).values(revoked_at=utcnow()))
    token = new_token()
    device = Device(id=new_id(), user_id=user.id, name=device_name,
                    client_device_id=client_device_id, token_hash=token_hash(token),
                    last_seen_at=utcnow())
    session.add(device)
    return token, device, user


def check_sign_in(session: Session, auth: Authenticated, username: str, password: str
                  ) -> ServerUser:
    """The device's own user with the right password; anyone else is refused the same way
    as a wrong password (a device is logged in for one user)."""
    user = session.get(ServerUser, auth.user.id)
    ok = verify_password(user.password_hash if user else None, password)
    if not ok or user is None or user.username != username:
        raise Unauthorized("Wrong user name or password.", "invalid_credentials")
    if not user.active:
        raise Unauthorized("This user account is not active.", "user_inactive")
    return user


@dataclass(frozen=True)
class Authenticated:
    device_id: str
    client_device_id: str
    user: UserInfo
    scope: Scope


_DEVICE, _USER = Device.__table__.c, ServerUser.__table__.c
# Built once: making a statement costs more than running it on an indexed key.
_BY_TOKEN = (
    select(_DEVICE.id, _DEVICE.client_device_id, _DEVICE.revoked_at, _DEVICE.last_seen_at,
           _USER.id, _USER.username, _USER.display_name, _USER.role, _USER.municipalities,
           _USER.active)
    .join_from(Device.__table__, ServerUser.__table__, _USER.id == _DEVICE.user_id)
    .where(_DEVICE.token_hash == bindparam("token_hash")))
_SEEN = (Device.__table__.update().where(_DEVICE.id == bindparam("device_id"))
         .values(last_seen_at=bindparam("now")))


def authenticate(session: Session, token: str) -> Authenticated:
    """The device and user of a token: one lookup by the token's SHA-256 (a unique index),
    read as plain columns, as every request does it."""
    row = session.execute(_BY_TOKEN, {"token_hash": token_hash(token)}).first()
    if row is None:
        raise Unauthorized("Unknown or expired token: log in again.")
    (device_id, client_device_id, revoked_at, seen, user_id, username, display_name, role,
     municipalities, active) = row
    if revoked_at is not None:
        raise Unauthorized("This device has been revoked: ask your coordinator.",
                           "device_revoked")
    if not active:
        raise Unauthorized("This user account is not active.", "user_inactive")
    now = utcnow()
    if seen is None or _aware(seen) < now - _SEEN_EVERY:
        session.execute(_SEEN, {"device_id": device_id, "now": now})
    user = UserInfo(id=user_id, username=username, display_name=display_name, role=role,
                    municipalities=list(municipalities), active=active)
    return Authenticated(device_id, client_device_id, user,
                         Scope(user_id, Role(role), frozenset(municipalities)))


def _aware(moment: datetime) -> datetime:
    from datetime import UTC

    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def revoke_device(session: Session, device_id: str) -> Device:
    device = session.get(Device, device_id)
    if device is None:
        matches = session.scalars(select(Device).where(Device.id.startswith(device_id))).all()
        if len(matches) != 1:
            raise ApiError(f"no single device matches {device_id!r}")
        device = matches[0]
    if device.revoked_at is None:
        device.revoked_at = utcnow()
    return device


def list_devices(session: Session) -> list[tuple[Device, str]]:
    return [(d, name) for d, name in session.execute(
        select(Device, ServerUser.username).join(ServerUser, ServerUser.id == Device.user_id)
        .order_by(ServerUser.username, Device.created_at))]


def directory(session: Session) -> tuple[int, list[UserInfo]]:
    version = session.get(Counter, USERS_COUNTER).value
    users = session.scalars(select(ServerUser).order_by(ServerUser.username)).all()
    return version, [user_info(u) for u in users]
