"""Installed like any Python tool: a wheel built from the checkout, installed into a fresh virtual environment away
from it, builds, queries, exports and validates the seed with everything it needs inside the package.

The fresh environment borrows the dependencies already installed for the tests (a ``.pth`` line naming their
site-packages folder, after its own) instead of downloading them again; ``kg`` itself comes from the wheel alone.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    work = tmp_path_factory.mktemp("wheel")
    built = subprocess.run([sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps", "-q", "-w", str(work)],
                           capture_output=True, text=True, cwd=work, timeout=600)
    if built.returncode != 0 and "bdist_wheel" not in built.stderr and "setuptools" not in built.stderr:
        pytest.fail(built.stderr[-2000:])
    if built.returncode != 0:
        pytest.skip(f"the wheel's build tools cannot be installed here: {built.stderr.strip()[-300:]}")
    (wheel,) = work.glob("claimgraph-*.whl")
    env_dir = work / "venv"
    venv.EnvBuilder(with_pip=False).create(env_dir)
    python = env_dir / "bin" / "python"
    site = subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                          capture_output=True, text=True, check=True).stdout.strip()
    (Path(site) / "borrowed-deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    installed = subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps", "-q",
                                str(wheel)], capture_output=True, text=True, timeout=600)
    if installed.returncode != 0:  # a pip without --python: install with the venv's interpreter and pip's module
        installed = subprocess.run([str(python), "-m", "pip", "install", "--no-deps", "-q", str(wheel)],
                                   capture_output=True, text=True, timeout=600)
    assert installed.returncode == 0, installed.stderr[-2000:]
    kg = env_dir / "bin" / "kg"
    if not kg.exists():  # pip run from outside writes the script for the venv's interpreter all the same
        kg.write_text(f"#!{python}\nfrom kg.cli import main\nmain()\n", encoding="utf-8")
        kg.chmod(0o755)
    return python, kg, work


def _run(command, cwd):
    env = {k: v for k, v in os.environ.items() if k not in {"KG_HOME", "KG_STORE", "PYTHONPATH"}}
    return subprocess.run([str(c) for c in command], capture_output=True, text=True, cwd=cwd, env=env, timeout=600)


def test_the_installed_package_runs_the_quick_start_away_from_the_checkout(installed, tmp_path):
    python, kg, _ = installed
    where = _run([python, "-c", "import kg, kg.resources as r; print(kg.__file__); print(r.queries_dir())"], tmp_path)
    package_file, queries = where.stdout.split()
    assert not package_file.startswith(str(ROOT)), "kg was imported from the checkout, not the wheel"
    assert "_project" in queries
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    assert _run([kg, "--version"], tmp_path).stdout.startswith("kg, version ")
    build = _run([kg, "build", "seeds/", "-q"], tmp_path)
    assert build.returncode == 0, build.stderr
    query = _run([kg, "query", "who-claims-what", "--format", "csv"], tmp_path)
    assert query.returncode == 0 and "Konashenkov" in query.stdout, query.stderr
    listed = _run([kg, "queries"], tmp_path)
    assert "who-claims-what" in listed.stdout and "actors" in listed.stdout
    export = _run([kg, "export", "--format", "turtle", "--out", "out/seeds.ttl"], tmp_path)
    assert export.returncode == 0 and (tmp_path / "out" / "seeds.ttl").stat().st_size > 10_000, export.stderr
    validate = _run([kg, "validate"], tmp_path)
    assert validate.returncode == 0 and "conforms" in validate.stdout, validate.stdout + validate.stderr
    picture = _run([kg, "viz", "--out", "out/seeds.png"], tmp_path)
    assert picture.returncode == 0 and (tmp_path / "out" / "seeds.png").stat().st_size > 10_000, picture.stderr


def test_the_installed_package_carries_the_contradiction_model_and_runs_it_without_torch(installed, tmp_path):
    python, kg, _ = installed
    script = ("import sys, kg.nli as n; j = n.shared_model().judge([('A man is sleeping on the couch.', "
              "'A man is running a marathon in the rain.')])[0]; print(n.MODEL_DIR, round(j.contradiction, 2), "
              "'torch' in sys.modules)")
    ran = _run([python, "-c", script], tmp_path)
    assert ran.returncode == 0, ran.stderr
    where, contradiction, torch_loaded = ran.stdout.split()
    assert not where.startswith(str(ROOT)) and float(contradiction) > 0.5 and torch_loaded == "False"
    rules = _run([kg, "rules"], tmp_path)
    assert rules.returncode == 0 and "nli-model" in rules.stdout and "not installed" not in rules.stdout
