"""The app without its database key: a sentence in Finnish and a stop, never a window over
an unencrypted file."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from toimi_desktop.i18n import translate
from toimi_desktop.models.encryption import KEY_MISSING, NO_KEYRING


def _run_app(*args: str, home: Path, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "toimi_desktop.app", *args],
                          capture_output=True, text=True, timeout=120, check=False,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen",
                               "XDG_DATA_HOME": str(home), **env})


def test_without_a_keyring_the_app_says_so_and_stops(db, world, tmp_path):
    db.dispose()
    before = db.path.read_bytes()
    result = _run_app("--db", str(db.path), "--quit-after-show", home=tmp_path,
                      PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    assert result.returncode == 2
    assert result.stderr.strip() == translate("errors", NO_KEYRING, "fi")
    assert db.path.read_bytes() == before
    # A new database is not made either.
    result = _run_app("--quit-after-show", home=tmp_path,
                      PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    assert result.returncode == 2
    assert not (tmp_path / "toimi-desktop" / "toimi.db").exists()


def test_a_database_from_another_computer_is_refused(db, world, tmp_path):
    db.dispose()
    other_computer = tmp_path / "empty-keyring.json"  # a keyring without this file's key
    result = _run_app("--db", str(db.path), "--quit-after-show", home=tmp_path,
                      TOIMI_TEST_KEYRING_FILE=str(other_computer))
    assert result.returncode == 2
    assert result.stderr.strip() == translate("errors", KEY_MISSING, "fi").format(
        path=db.path)
