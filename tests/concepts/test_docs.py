"""Every concept module has a module docstring and a section in docs/concepts-code.md."""

from __future__ import annotations

import importlib
import pkgutil
from pathlib import Path

import tiku.concepts

DOC = Path(__file__).resolve().parents[2] / "docs" / "concepts-code.md"
MODULES = [
    m.name for m in pkgutil.iter_modules(tiku.concepts.__path__) if not m.name.startswith("_")
]


def test_every_module_is_documented_and_tested() -> None:
    text = DOC.read_text(encoding="utf-8")
    assert len(MODULES) >= 13
    for name in MODULES:
        module = importlib.import_module(f"tiku.concepts.{name}")
        assert module.__doc__ and len(module.__doc__) > 200, name
        assert f"## {name}.py" in text, name
        assert (Path(__file__).parent / f"test_{name}.py").exists(), name
        assert sorted(module.__all__) == sorted(set(module.__all__)), name
