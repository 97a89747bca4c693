"""The PyInstaller bundle builds and its program starts offscreen on a new demo database.

Slow (a minute or more on a busy machine: PyInstaller analyses Qt), so marked `slow`; it
runs in the full suite and in CI. `pytest -m "not slow"` leaves it out while iterating.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    pytest.importorskip("PyInstaller", reason="the build extra is not installed")
    out = tmp_path_factory.mktemp("bundle")
    subprocess.run([sys.executable, str(ROOT / "installer" / "build.py"),
                    "--dist", str(out / "dist"), "--work", str(out / "work")],
                   check=True, timeout=1800, capture_output=True, text=True)
    return out / "dist" / "toimi-desktop"


def test_bundle_holds_its_resources(bundle: Path):
    inside = bundle / "_internal"
    for part in ("resources/translations/toimi_fi.qm", "resources/translations/toimi_fi.ts",
                 "resources/fonts/DejaVuSans.ttf", "resources/icons/toimi.svg",
                 "toimi_desktop/migrations/env.py", "docs/kayttoopas.html"):
        assert (inside / part).is_file(), part
    assert {p.name for p in (inside / "toimi_desktop/migrations/versions").glob("0001_*.py")}
    for extra in ("toimi-desktop.desktop", "toimi-desktop.svg", "install-linux.sh"):
        assert (bundle / extra).is_file(), extra


def test_built_program_opens_a_new_demo_database(bundle: Path, tmp_path: Path):
    """As on a user's computer: a keyring service (GNOME Keyring in a session of its own,
    scripts/with-keyring), a fresh home, the demo user's password given for the sign-in."""
    if shutil.which("gnome-keyring-daemon") is None or shutil.which("dbus-run-session") is None:
        pytest.fail("gnome-keyring and dbus are needed: scripts/test installs them as root")
    home = tmp_path / "home"
    env = {"HOME": str(home), "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
           "LANG": "C.UTF-8", "QT_QPA_PLATFORM": "offscreen",
           "TOIMI_KEYRING_PASSWORD": "bundle-test", "TOIMI_PASSWORD": "demo",
           **{name: str(home / name.lower()) for name in
              ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME")}}
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        Path(env[name]).mkdir(parents=True)  # the keyring daemon keeps its socket there
    keyring = ["bash", str(ROOT / "scripts" / "with-keyring")]
    db = tmp_path / "demo.db"
    done = subprocess.run([*keyring, str(bundle / "toimi-desktop"), "--demo", "--db", str(db),
                           "--lang", "fi", "--quit-after-show"],
                          env=env, timeout=600, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "No toimi translation" not in done.stderr  # the .qm was found in the bundle
    # The file is encrypted: read it back in the same keyring (kept in the fresh home).
    check = ("from toimi_desktop.models.database import connect; import sys;"
             " c = connect(sys.argv[1]);"
             " print(c.execute('SELECT count(*) FROM trainee').fetchone()[0],"
             " c.execute('SELECT version_num FROM alembic_version').fetchone()[0])")
    read = subprocess.run([*keyring, sys.executable, "-c", check, str(db)], env=env,
                          timeout=120, capture_output=True, text=True)
    assert read.returncode == 0, read.stderr
    trainees, revision = read.stdout.split()
    assert int(trainees) > 0 and revision
