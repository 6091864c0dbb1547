"""The build step pyproject.toml cannot say: the package carries the project's ontology and named queries.

``ontology/`` and ``queries/`` stay at the top of the project, where users read and edit them (their one source);
building a wheel copies them into the package as ``kg/_project/``, which :mod:`kg.resources` reads when the package
is installed away from its checkout (``KG_HOME`` still overrides both).
"""
import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent


class BuildWithProjectFiles(build_py):
    """build_py, then ``ontology/`` and ``queries/`` copied into the built package."""

    def run(self):
        super().run()
        for name in ("ontology", "queries"):
            shutil.copytree(ROOT / name, Path(self.build_lib) / "kg" / "_project" / name, dirs_exist_ok=True)


setup(cmdclass={"build_py": BuildWithProjectFiles})
