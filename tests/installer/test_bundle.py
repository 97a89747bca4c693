"""The PyInstaller bundle builds and its program starts offscreen on a new demo database.

Slow (a minute or more on a busy machine: PyInstaller analyses Qt), so marked `slow`; it
runs in the full suite and in CI. `pytest -m "not slow"` leaves it out while iterating.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from toimi_desktop.models.database import connect

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
    home = tmp_path / "home"
    env = {"HOME": str(home), "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
           "LANG": "C.UTF-8", "QT_QPA_PLATFORM": "offscreen",
           **{name: str(home / name.lower()) for name in
              ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME")}}
    db = tmp_path / "demo.db"
    done = subprocess.run([str(bundle / "toimi-desktop"), "--demo", "--db", str(db),
                           "--lang", "fi", "--quit-after-show"],
                          env=env, timeout=600, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "No toimi translation" not in done.stderr  # the .qm was found in the bundle
    with connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM trainee").fetchone()[0] > 0
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()
