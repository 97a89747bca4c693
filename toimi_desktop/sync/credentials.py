"""The device token lives in the OS keyring (`keyring`), never in a file or the database.

One entry per server and local database (its device id), so two databases on one account do
not share a login. Without a usable keyring the user is told so plainly.
"""

from __future__ import annotations

import contextlib

from toimi_desktop.sync import errors

SERVICE = "TOIMI Desktop sync"


def _account(server: str, device_id: str) -> str:
    return f"{server} {device_id}"


def _keyring():
    import keyring
    from keyring.errors import KeyringError

    return keyring, KeyringError


def check_available(server: str, device_id: str) -> None:
    """Raise CredentialStoreError now, before the server is asked for a token, when there is
    no usable keyring (reading this database's entry is what a login needs first)."""
    load_token(server, device_id)


def store_token(server: str, device_id: str, token: str) -> None:
    keyring, failure = _keyring()
    try:
        keyring.set_password(SERVICE, _account(server, device_id), token)
    except failure as error:
        raise errors.CredentialStoreError(errors.NO_KEYRING) from error


def load_token(server: str, device_id: str) -> str | None:
    keyring, failure = _keyring()
    try:
        return keyring.get_password(SERVICE, _account(server, device_id))
    except failure as error:
        raise errors.CredentialStoreError(errors.NO_KEYRING) from error


def forget_token(server: str, device_id: str) -> None:
    keyring, failure = _keyring()
    # Nothing stored, or no keyring: either way no token remains.
    with contextlib.suppress(failure):
        keyring.delete_password(SERVICE, _account(server, device_id))
