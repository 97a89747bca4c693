"""Encryption at rest: every local database is an SQLCipher file whose random key lives in the
OS keyring (`keyring`), never in a file.

A database is known by its salt: SQLCipher keeps 16 random bytes unencrypted at the start of
the file. The key is stored in the keyring under that salt, so a moved or renamed file finds
its key, while a copy taken to another computer (or user account) finds none and cannot be
read. The key is 32 random bytes given to SQLCipher raw (`x'…'`): opening a connection runs
no password-based key derivation, which would cost a fraction of a second per connection.

A plaintext file from an older version is encrypted the first time it is opened (see
`plaintext`).

Without a usable keyring the database is not opened at all (a clear error says what to do);
there is no fallback to plaintext, and a keyring that keeps secrets in a plain file
(`keyrings.alt`) is refused.
"""

from __future__ import annotations

import logging
import os
import secrets
import sys
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlcipher3 import dbapi2 as dbapi

from toimi_desktop.errors import DomainError
from toimi_desktop.i18n import QT_TRANSLATE_NOOP as N_

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

__all__ = ["DatabaseKey", "DatabaseKeyError", "connect", "dbapi", "file_kind", "forget_key",
           "key_for", "look_up_early", "store"]

log = logging.getLogger(__name__)

SERVICE = "TOIMI Desktop database"
KEY_BYTES, SALT_BYTES = 32, 16
SQLITE_MAGIC = b"SQLite format 3\x00"
PAGE_SIZE = 4096  # SQLCipher 4's default: an encrypted file is a whole number of pages

NO_KEYRING = N_("errors", "The database cannot be opened: no keyring is available to keep "
                          "its encryption key (for example GNOME Keyring, KWallet, Windows "
                          "Credential Manager or the macOS Keychain), or the keyring is "
                          "locked. Sign in to the desktop or unlock the keyring, then try "
                          "again. The data is never stored unencrypted.")
UNSAFE_KEYRING = N_("errors", "The database cannot be opened: the keyring in use ({backend}) "
                              "keeps secrets in a plain file, which would let anyone who "
                              "copies the files read the data. Use the desktop's own keyring "
                              "(for example GNOME Keyring or KWallet).")
KEY_MISSING = N_("errors", "The database {path} is encrypted and its key is not in this "
                           "computer's keyring. A database opens only for the user account "
                           "and computer that made it: on another computer, sign in and sync "
                           "to get the data from the server.")
WRONG_KEY = N_("errors", "The key in this computer's keyring does not open the database "
                         "{path}: the file is damaged or is not a TOIMI database.")
NOT_A_DATABASE = N_("errors", "{path} is not a TOIMI database.")
IN_USE = N_("errors", "The database {path} is not yet encrypted and another program is using "
                      "it. Close the other TOIMI windows and commands, then try again.")


class DatabaseKeyError(DomainError):
    """The database's key cannot be had, or does not open it: nothing was read or written."""


@dataclass(frozen=True)
class DatabaseKey:
    key: bytes
    salt: bytes

    @classmethod
    def generate(cls) -> DatabaseKey:
        return cls(secrets.token_bytes(KEY_BYTES), secrets.token_bytes(SALT_BYTES))

    @property
    def account(self) -> str:
        """The keyring account name: the database's salt (not a secret, it is in the file)."""
        return self.salt.hex()

    @property
    def pragma_value(self) -> str:
        """SQLCipher's raw key form (key and salt in hex): no key derivation runs."""
        return f"x'{self.key.hex()}{self.salt.hex()}'"

    def __repr__(self) -> str:  # never in a log or a traceback
        return f"DatabaseKey(salt={self.account})"


def connect(path: Path | str, key: DatabaseKey, **kwargs: object) -> dbapi.Connection:
    """A DB-API connection to an encrypted file, keyed (the key is checked on first read)."""
    conn = dbapi.connect(str(path), **kwargs)
    # A wrong key is reported by us as a sentence: SQLCipher's own stderr log would only add
    # noise to every command's output.
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(f'PRAGMA key = "{key.pragma_value}"')
    return conn


def file_kind(path: Path) -> str:
    """"new" (missing or empty), "plain" (an unencrypted SQLite file), "encrypted" (looks
    like an SQLCipher file: no SQLite header, whole pages) or "other"."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return "new"
    if size == 0:
        return "new"
    with path.open("rb") as file:
        head = file.read(len(SQLITE_MAGIC))
    if head == SQLITE_MAGIC:
        return "plain"
    return "encrypted" if size % PAGE_SIZE == 0 else "other"


def key_for(path: Path) -> DatabaseKey:
    """The key that opens the database at `path`: a new one (stored in the keyring) for a new
    file, which is then created; the stored one for an encrypted file; a plaintext file is
    encrypted first. Raises DatabaseKeyError with the reason otherwise."""
    kind = file_kind(path)
    if kind == "new":
        return _create(path)
    if kind == "plain":
        from toimi_desktop.models.plaintext import encrypt_plain_file

        return encrypt_plain_file(path)
    if kind == "other":
        raise DatabaseKeyError(NOT_A_DATABASE, path=path)
    with path.open("rb") as file:
        salt = file.read(SALT_BYTES)
    stored = _early_answer(salt.hex())
    if stored is None:
        raise DatabaseKeyError(KEY_MISSING, path=path)
    key = DatabaseKey(bytes.fromhex(stored), salt)
    if not _opens(path, key):
        raise DatabaseKeyError(WRONG_KEY, path=path)
    return key


def forget_key(path: Path) -> None:
    """Remove the key of the encrypted database at `path` from the keyring, for a file about
    to be deleted (a scratch or demo file), so that no orphan keys pile up. Not for a copy:
    a copy shares its original's salt, and so its key."""
    if file_kind(path) != "encrypted":
        return
    from keyring.errors import PasswordDeleteError

    with path.open("rb") as file:
        account = file.read(SALT_BYTES).hex()
    try:
        _backend().delete_password(SERVICE, account)
    except PasswordDeleteError:
        pass  # not there: nothing to forget
    except _keyring_errors() as error:
        raise DatabaseKeyError(NO_KEYRING) from error


# Keys asked for early (see `look_up_early`): account → (answered, [stored key or error]).
_early: dict[str, tuple[threading.Event, list]] = {}


def look_up_early(path: Path) -> None:
    """Ask the keyring for the key of the encrypted database at `path` now, so that opening
    it finds the answer waiting. The app calls this in a thread at start-up: the keyring
    library's import and its round trips to the keyring service run while Qt starts."""
    if file_kind(path) != "encrypted":
        return  # a new or plaintext file gets its key when it is opened
    with path.open("rb") as file:
        account = file.read(SALT_BYTES).hex()
    answered, box = _early.setdefault(account, (threading.Event(), []))
    try:
        box.append(_load_from_secret_service(account) or _load(account))
    except Exception as error:  # raised where the database is opened
        box.append(error)
    finally:
        answered.set()


def _early_answer(account: str) -> str | None:
    """The stored key: the early look-up's answer (waited for), else asked now."""
    early = _early.pop(account, None)
    if early is None:
        return _load(account)
    answered, box = early
    answered.wait()
    if isinstance(box[0], Exception):
        raise box[0]
    return box[0]


def _opens(path: Path, key: DatabaseKey) -> bool:
    conn = connect(path, key, timeout=10)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return True
    except dbapi.DatabaseError:
        return False
    finally:
        conn.close()


def _create(path: Path) -> DatabaseKey:
    key = DatabaseKey.generate()
    store(key)  # first: a file must never exist without its key in the keyring
    conn = connect(path, key, timeout=10)
    try:
        conn.execute("PRAGMA journal_mode = WAL")  # writes the first page, salt included
    finally:
        conn.close()
    return key


# --- the keyring ----------------------------------------------------------------------------

# Backends tried first on each platform: asking keyring to discover every installed backend
# costs a tenth of a second or more at start-up (it probes them all).
_NATIVE = {
    "linux": ("keyring.backends.SecretService.Keyring", "keyring.backends.kwallet.DBusKeyring"),
    "win32": ("keyring.backends.Windows.WinVaultKeyring",),
    "darwin": ("keyring.backends.macOS.Keyring",),
}


def _backend() -> KeyringBackend:
    """The keyring to use: one already chosen in this process (keyring.set_keyring), else
    the environment's or keyringrc's choice, else the platform's own, else keyring's
    discovery. A backend that cannot keep secrets safely is refused."""
    import keyring
    import keyring.core
    from keyring.backends import fail

    if getattr(keyring.core, "_keyring_backend", None) is None:
        chosen = keyring.core.load_env() or keyring.core.load_config() or _native()
        if chosen is not None:
            keyring.core.set_keyring(chosen)
    backend = keyring.get_keyring()
    if isinstance(backend, fail.Keyring) or type(backend).__module__ == "keyring.backends.null":
        raise DatabaseKeyError(NO_KEYRING)
    unsafe = _plain_file_keyring(backend)
    if unsafe is not None:
        raise DatabaseKeyError(UNSAFE_KEYRING, backend=unsafe)
    return backend


def _plain_file_keyring(backend: KeyringBackend) -> str | None:
    """The name of a `keyrings.alt` backend in use (alone, or in keyring's chain of several,
    which falls back to the next one when the first fails), else None."""
    if type(backend).__module__.startswith("keyrings.alt"):
        return type(backend).__name__
    for member in getattr(backend, "backends", ()):  # keyring.backends.chainer
        name = _plain_file_keyring(member)
        if name is not None:
            return name
    return None


def _native() -> KeyringBackend | None:
    import keyring.core

    platform = "linux" if sys.platform.startswith(("linux", "freebsd")) else sys.platform
    for name in _NATIVE.get(platform, ()):
        try:
            return keyring.core.load_keyring(name)
        except (ImportError, RuntimeError, OSError) as error:  # not running or not installed
            log.debug("Keyring backend %s not usable: %s", name, error)
    return None


def _load_from_secret_service(account: str) -> str | None:
    """The stored key read straight from the Secret Service (GNOME Keyring, KWallet) on a
    Linux desktop where no other keyring is chosen, or None (then `keyring` is asked).

    Importing `keyring` costs about a tenth of a second, which the start-up would wait for;
    `secretstorage` (what keyring's own SecretService backend uses) reads the same item: the
    default collection, attributes "service" and "username". Only reads take this way, and
    anything unusual (locked, missing, no session bus) falls back to `keyring`."""
    if not sys.platform.startswith("linux") or os.environ.get("PYTHON_KEYRING_BACKEND") \
            or not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        return None
    config = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
    if (config / "python_keyring" / "keyringrc.cfg").exists():
        return None  # the user chose a keyring: keyring reads its configuration
    try:
        import secretstorage

        connection = secretstorage.dbus_init()
        try:
            collection = secretstorage.get_default_collection(connection)
            if collection.is_locked():
                return None  # keyring asks the user to unlock it
            for item in collection.search_items({"service": SERVICE, "username": account}):
                return item.get_secret().decode("utf-8")
        finally:
            connection.close()
    except Exception as error:  # no Secret Service here: keyring finds out what there is
        log.debug("Secret Service not read directly: %s", error)
    return None


def _keyring_errors() -> tuple[type[Exception], ...]:
    from keyring.errors import KeyringError

    return (KeyringError, RuntimeError, OSError)


def _load(account: str) -> str | None:
    backend = _backend()
    try:
        return backend.get_password(SERVICE, account)
    except _keyring_errors() as error:
        raise DatabaseKeyError(NO_KEYRING) from error


def store(key: DatabaseKey) -> None:
    """Keep a new key in the keyring, and check that it was kept."""
    backend = _backend()
    try:
        backend.set_password(SERVICE, key.account, key.key.hex())
        kept = backend.get_password(SERVICE, key.account)
    except _keyring_errors() as error:
        raise DatabaseKeyError(NO_KEYRING) from error
    if kept != key.key.hex():  # a keyring that accepts and forgets: no data goes in
        raise DatabaseKeyError(NO_KEYRING)
