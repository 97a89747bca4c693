"""Build the TOIMI Desktop one-folder bundle with PyInstaller, on Linux or Windows.

    python installer/build.py [--dist DIR] [--work DIR]

Needs the package installed with its build extra (`pip install -e ".[build]"`). Compiles the
translations (.ts → .qm) and, on Windows, the program icon (.svg → .ico) first, then runs
installer/toimi-desktop.spec. The result is DIR/toimi-desktop/ (default dist/), with the
program `toimi-desktop` (`toimi-desktop.exe` on Windows) inside; on Linux the desktop entry,
the icon and install-linux.sh are copied beside it.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WINDOWS = sys.platform == "win32"


def tool(name: str) -> str:
    """A console script installed next to this Python (venv bin/ or Scripts/)."""
    folder = Path(sys.executable).parent
    for candidate in (folder / name, folder / f"{name}.exe"):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install the package with pip install -e .[build]")
    return found


def compile_translations() -> None:
    for ts in sorted((ROOT / "resources" / "translations").glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
                           check=True)


def windows_icon(out: Path) -> None:
    """The SVG icon as a multi-size .ico (PyInstaller's EXE icon), drawn by Qt."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(ROOT / "resources" / "icons" / "toimi.svg"))
    image = QImage(256, 256, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    out.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(out), "ICO"):
        print("!! Could not write the Windows icon; the program gets the default icon")


def linux_extras(bundle: Path) -> None:
    shutil.copy(ROOT / "installer" / "toimi-desktop.desktop", bundle)
    shutil.copy(ROOT / "resources" / "icons" / "toimi.svg", bundle / "toimi-desktop.svg")
    shutil.copy(ROOT / "installer" / "install-linux.sh", bundle)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist",
                        help="where the bundle folder goes (default: dist/)")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller",
                        help="PyInstaller's work folder (default: build/pyinstaller/)")
    args = parser.parse_args(argv)
    compile_translations()
    if WINDOWS:
        windows_icon(ROOT / "build" / "toimi.ico")
    import PyInstaller.__main__

    PyInstaller.__main__.run([
        str(ROOT / "installer" / "toimi-desktop.spec"), "--noconfirm", "--log-level", "WARN",
        "--distpath", str(args.dist), "--workpath", str(args.work)])
    bundle = args.dist / "toimi-desktop"
    if not WINDOWS:
        linux_extras(bundle)
    print(f"Built {bundle}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
