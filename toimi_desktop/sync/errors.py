"""Why a sync did not happen, as a sentence the user understands (Finnish or English).

Every error says what to do. `retryable` errors (network, server busy) end the attempt
quietly: the next sync continues where this one stopped.
"""

from __future__ import annotations

from toimi_desktop.i18n import QT_TRANSLATE_NOOP as N_
from toimi_desktop.services.errors import DomainError

OFFLINE = N_("errors", "The sync server {server} cannot be reached. Your changes are saved "
                       "on this computer and sync when the connection returns.")
SERVER_ERROR = N_("errors", "The sync server had a problem ({status}). Your changes are saved "
                            "on this computer; sync is tried again later.")
NOT_LOGGED_IN = N_("errors", "This computer is not logged in to a sync server: log in first.")
TOKEN_INVALID = N_("errors", "The sync server no longer accepts this computer's login: log "
                             "in again.")
DEVICE_REVOKED = N_("errors", "This computer's access to the sync server has been revoked. "
                              "Ask your coordinator; your unsynced changes stay on this "
                              "computer.")
BAD_LOGIN = N_("errors", "Wrong user name or password.")
USER_INACTIVE = N_("errors", "Your user account on the sync server is not active.")
FORBIDDEN = N_("errors", "The sync server refused: {reason}")
CLIENT_OUTDATED = N_("errors", "This version of TOIMI Desktop is too old for the sync server. "
                               "Please update the app.")
SERVER_OUTDATED = N_("errors", "The sync server is older than this app. Ask for the server to "
                               "be updated.")
NO_KEYRING = N_("errors", "No keyring is available to keep the sync login safely (for example "
                          "GNOME Keyring or KWallet). Install or unlock one, then log in "
                          "again. The login is never written to a file.")
BAD_ADDRESS = N_("errors", "“{server}” is not a server address: give one like "
                           "https://toimi.example.fi")
PROTOCOL = N_("errors", "The sync server sent an answer this app does not understand "
                        "({reason}).")
CANCELLED = N_("errors", "Sync was cancelled; it continues from here next time.")


class SyncError(DomainError):
    retryable = False


class Offline(SyncError):
    retryable = True


class ServerError(SyncError):
    retryable = True


class AuthError(SyncError):
    """Login needed again (bad token or password, inactive user)."""


class DeviceRevoked(AuthError):
    pass


class ScopeForbidden(SyncError):
    pass


class Outdated(SyncError):
    pass


class CredentialStoreError(SyncError):
    pass


class Cancelled(SyncError):
    pass


class ProtocolError(SyncError):
    retryable = True
