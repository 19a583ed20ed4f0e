"""Packaging: runtime imports need only requirements.txt; the CLI and console script are wired."""

from __future__ import annotations

import ast
import importlib.metadata as md
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parents[1]
RUNTIME_FILES = sorted([ROOT / "app.py", *(ROOT / "timeline").rglob("*.py")])


def _canon(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _requirements(path: Path) -> set[str]:
    names = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#")[0].strip()
        if line:
            names.add(_canon(Requirement(line).name))
    return names


def _closure(roots: set[str]) -> set[str]:
    """Distributions installed by pip for ``roots``: the roots and their dependencies, recursively."""
    seen: set[str] = set()
    todo = list(roots)
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        try:
            requires = md.requires(name) or []
        except md.PackageNotFoundError:
            continue
        for spec in requires:
            req = Requirement(spec)
            if req.marker is None or req.marker.evaluate({"extra": ""}):
                todo.append(_canon(req.name))
    return seen


def _top_level_imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module.split(".")[0])
    return names


RUNTIME = _closure(_requirements(ROOT / "requirements.txt"))
MODULE_TO_DISTS = {mod: {_canon(d) for d in dists} for mod, dists in md.packages_distributions().items()}


@pytest.mark.parametrize("path", RUNTIME_FILES, ids=lambda p: str(p.relative_to(ROOT)))
def test_runtime_imports_come_from_requirements_txt(path: Path):
    third_party = {
        name
        for name in _top_level_imports(path)
        if name not in sys.stdlib_module_names and name not in ("timeline", "__future__")
    }
    missing = {
        name: sorted(MODULE_TO_DISTS.get(name, {"<not installed>"}))
        for name in third_party
        if not MODULE_TO_DISTS.get(name, set()) & RUNTIME
    }
    assert not missing, f"imported at runtime but not installed by requirements.txt: {missing}"


def test_dev_tools_are_not_runtime_requirements():
    dev = _requirements(ROOT / "requirements-dev.txt")
    assert not dev & _requirements(ROOT / "requirements.txt")
    assert {"pytest", "hypothesis", "ruff", "playwright"} <= dev


def test_requirements_are_pinned():
    for line in (ROOT / "requirements.txt").read_text(encoding="utf-8").splitlines():
        line = line.split("#")[0].strip()
        if line:
            assert "==" in line, f"pin {line!r} to an exact version"


def test_console_script_points_at_the_cli():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert project["project"]["scripts"]["timeline"] == "timeline.cli:main"
    from timeline.cli import main

    assert callable(main)


def test_python_dash_m_lists_the_commands():
    out = subprocess.run([sys.executable, "-m", "timeline", "--help"], capture_output=True, text=True, cwd=ROOT)
    assert out.returncode == 0, out.stderr
    for command in ("validate", "ids", "settings"):
        assert command in out.stdout


def test_streamlit_upload_limit_matches_the_setting():
    from timeline import settings

    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    limit_mb = config["server"]["maxUploadSize"]  # Streamlit counts megabytes of 1024 * 1024 bytes
    assert (limit_mb - 1) * 1024 * 1024 < next(s.default for s in settings.SETTINGS if s.name == "max_upload_bytes") <= limit_mb * 1024 * 1024
