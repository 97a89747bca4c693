"""Screenshots of encryption at rest, offscreen, in Finnish:
`python tests/ui/screenshots_encryption.py [OUT_DIR]` (default docs/screenshots/).

What a user sees when the database's key cannot be had: 60 no keyring on the computer (or
it is locked), 61 a database file copied from another computer, 62 a keyring that would
keep the key in a plain file. Each is the start-up's own message box (`app.fatal_box`)
with the error the database raised, made here for real against a temporary database.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))  # screenshots.py
sys.path.insert(1, str(HERE.parent))  # the tests' keyring
# The database here is temporary: its key goes to the tests' in-memory keyring.
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "memory_keyring.MemoryKeyring")

from PySide6.QtWidgets import QApplication  # noqa: E402
from screenshots import ROOT, _save, install_finnish  # noqa: E402

from toimi_desktop import app as toimi_app  # noqa: E402


def _refusal(path: Path, backend: object) -> str:
    """The sentence the start-up shows when opening `path` with `backend` as the keyring."""
    import keyring

    from toimi_desktop.models.database import Database
    from toimi_desktop.models.encryption import DatabaseKeyError
    from toimi_desktop.ui.text import error_text

    keyring.set_keyring(backend)
    try:
        Database(path).dispose()
    except DatabaseKeyError as error:
        return error_text(error)
    raise AssertionError("the database opened")


def security_shots(out: Path, app: QApplication, tmp: Path) -> None:
    import keyring
    from keyring.backends.fail import Keyring as NoKeyring
    from memory_keyring import MemoryKeyring

    from toimi_desktop.models.database import Database

    keyring.set_keyring(MemoryKeyring())
    path = tmp / "toimi.db"
    Database(path).dispose()
    texts = {"60-no-keyring.png": _refusal(path, NoKeyring())}
    MemoryKeyring.secrets.clear()  # as on another computer: no key for this file
    texts["61-key-missing.png"] = _refusal(path, MemoryKeyring())

    class PlaintextKeyring(MemoryKeyring):  # what keyrings.alt would give
        pass

    PlaintextKeyring.__module__ = "keyrings.alt.file"
    texts["62-plain-file-keyring.png"] = _refusal(tmp / "new.db", PlaintextKeyring())
    for name, text in texts.items():
        box = toimi_app.fatal_box(text)
        box.show()
        _save(box, out, name, app)
        box.close()


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication([sys.argv[0]])
    toimi_app.install_font(app)
    tmp = Path(tempfile.gettempdir()) / "toimi-screenshots"  # a fixed name: it is shown
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir()
    translators = install_finnish(app, tmp)  # noqa: F841 - installed while they live
    try:
        security_shots(out, app, tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots")
