"""The keys in a real Secret Service (GNOME Keyring in a private D-Bus session), as on a
Linux desktop: stored through `keyring`, read at start-up straight from the service, and in
no file in readable form. Skipped where GNOME Keyring is not installed."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

TOOLS = ("dbus-run-session", "gnome-keyring-daemon")

pytestmark = pytest.mark.skipif(not all(map(shutil.which, TOOLS)),
                                reason="needs dbus-run-session and gnome-keyring-daemon")

MAKE = """
import sys
from pathlib import Path
from toimi_desktop.models.database import Database
Database(Path(sys.argv[1])).dispose()
"""
READ = """
import sys
from pathlib import Path
from toimi_desktop.models import encryption
from toimi_desktop.models.database import Database
path = Path(sys.argv[1])
account = path.read_bytes()[:16].hex()
direct = encryption._load_from_secret_service(account)
assert direct is not None and "keyring" not in sys.modules, "not read directly"
import keyring
assert direct == keyring.get_password(encryption.SERVICE, account)
print(type(keyring.get_keyring()).__module__)
encryption.look_up_early(path)
Database(path).dispose()
print(direct)
"""


def _in_session(tmp_path: Path, *commands: list[str]) -> list[str]:
    """Run the commands one after another in one D-Bus session with an unlocked keyring."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("PYTHON_KEYRING_BACKEND", "TOIMI_TEST_KEYRING_FILE",
                        "DBUS_SESSION_BUS_ADDRESS") and not k.startswith("XDG_")}
    env.update(HOME=str(tmp_path), XDG_DATA_HOME=str(tmp_path / "data"),
               XDG_CONFIG_HOME=str(tmp_path / "config"), QT_QPA_PLATFORM="offscreen")
    script = ("printf test | gnome-keyring-daemon --unlock --components=secrets"
              " >/dev/null 2>&1\n")
    script += "\n".join(" ".join(f"'{part}'" for part in command) for command in commands)
    # Output to files, not pipes: processes the bus starts may hold a pipe open after it.
    out, err = tmp_path / "out.txt", tmp_path / "err.txt"
    with out.open("w") as stdout, err.open("w") as stderr:
        code = subprocess.run(["dbus-run-session", "--", "bash", "-ec", script], env=env,
                              stdout=stdout, stderr=stderr, timeout=120, check=False
                              ).returncode
    assert code == 0, err.read_text()
    return out.read_text().split()


def test_a_key_kept_by_the_secret_service_and_read_straight_from_it(tmp_path):
    path = tmp_path / "toimi.db"
    backend, key = _in_session(tmp_path, [sys.executable, "-c", MAKE, str(path)],
                               [sys.executable, "-c", READ, str(path)])
    assert backend == "keyring.backends.SecretService"
    assert len(key) == 64
    files = [p for p in tmp_path.rglob("*") if p.is_file() and p.suffix != ".txt"]
    assert any(p.parent.name == "keyrings" for p in files)  # GNOME Keyring's own store
    assert not any(key.encode() in p.read_bytes() or bytes.fromhex(key) in p.read_bytes()
                   for p in files)
