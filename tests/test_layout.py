"""The package stays readable: no module over 400 lines, no function over 60 lines."""

from __future__ import annotations

import ast
from pathlib import Path

import kg

PACKAGE = Path(kg.__file__).parent
MODULES = sorted(PACKAGE.rglob("*.py"))


def test_no_module_over_400_lines() -> None:
    sizes = {str(p.relative_to(PACKAGE)): len(p.read_text(encoding="utf-8").splitlines()) for p in MODULES}
    long = {name: size for name, size in sizes.items() if size > 400}
    assert not long, f"modules over 400 lines: {long}"


def test_no_function_over_60_lines() -> None:
    long = []
    for path in MODULES:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                size = (node.end_lineno or node.lineno) - node.lineno + 1
                if size > 60:
                    long.append(f"{path.relative_to(PACKAGE)}:{node.name} ({size})")
    assert not long, f"functions over 60 lines: {long}"
