"""The layering contract of pyproject.toml holds, and services never touch Qt."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_import_linter_contracts_are_kept():
    lint = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run([str(lint), "--no-cache"], cwd=ROOT, capture_output=True,
                            text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Contracts: 3 kept, 0 broken." in result.stdout


def test_no_module_grows_past_500_lines():
    long = [str(p.relative_to(ROOT)) for p in (ROOT / "toimi_desktop").rglob("*.py")
            if "versions" not in p.parts and len(p.read_text().splitlines()) > 500]
    assert long == []
