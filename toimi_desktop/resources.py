"""Where the shipped resources (fonts, translations, icons) live: repo, wheel or bundle."""

from __future__ import annotations

import os
import sys
from pathlib import Path


def resources_root() -> Path:
    override = os.environ.get("TOIMI_RESOURCES")
    if override:
        return Path(override)
    bundle = getattr(sys, "_MEIPASS", None)  # a PyInstaller bundle
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    return resources_root().joinpath(*parts)


GUIDE = "kayttoopas.html"


def guide_path() -> Path:
    """The Finnish user guide (docs/ beside resources/, in the repository and the bundle)."""
    return resources_root().parent / "docs" / GUIDE
