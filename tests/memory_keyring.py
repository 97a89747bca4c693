"""An in-memory keyring for tests (PYTHON_KEYRING_BACKEND=memory_keyring.MemoryKeyring): no
developer keyring is touched.

Processes a test starts (the `toimi` command, the app, a sync client) must open the same
encrypted test databases, so the secrets are also kept in the file named by
TOIMI_TEST_KEYRING_FILE (in the test session's temporary folder) when that is set: each
process adds what the file holds before it reads, and writes its secrets after a change.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import ClassVar

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

SHARED_FILE = "TOIMI_TEST_KEYRING_FILE"


class MemoryKeyring(KeyringBackend):
    priority = 1
    secrets: ClassVar[dict[tuple[str, str], str]] = {}

    @staticmethod
    def _file() -> Path | None:
        name = os.environ.get(SHARED_FILE)
        return Path(name) if name else None

    @classmethod
    def load(cls) -> None:
        path = cls._file()
        if path is not None and path.exists():
            for service, username, password in json.loads(path.read_text()):
                cls.secrets[(service, username)] = password

    @classmethod
    def save(cls) -> None:
        path = cls._file()
        if path is not None:
            part = path.with_name(f"{path.name}.{os.getpid()}.part")
            part.write_text(json.dumps([[*key, value] for key, value in cls.secrets.items()]))
            os.replace(part, path)

    def get_password(self, service: str, username: str) -> str | None:
        self.load()
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.load()
        self.secrets[(service, username)] = password
        self.save()

    def delete_password(self, service: str, username: str) -> None:
        self.load()
        if self.secrets.pop((service, username), None) is None:
            raise PasswordDeleteError(username)
        self.save()
