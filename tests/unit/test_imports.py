"""The library stands alone: ``agent`` imports no root module and has no import cycles."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ROOT_MODULES = {"graph", "server", "tools", "evals", "bench", "tests"}


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path, *, module_level_only: bool) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    # Module level: what runs at import (imports under `if TYPE_CHECKING:` do not).
    nodes = tree.body if module_level_only else list(ast.walk(tree))
    found: set[str] = set()
    for node in nodes:
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


def _agent_modules() -> dict[str, Path]:
    return {_module_name(p): p for p in (ROOT / "agent").rglob("*.py")}


def test_agent_never_imports_a_root_module() -> None:
    offenders = {name: sorted(i for i in _imports(path, module_level_only=False)
                              if i.split(".")[0] in ROOT_MODULES)
                 for name, path in _agent_modules().items()}
    assert {k: v for k, v in offenders.items() if v} == {}


def test_agent_has_no_import_cycles() -> None:
    modules = _agent_modules()
    edges = {name: {i for i in _imports(path, module_level_only=True) if i in modules} - {name}
             for name, path in modules.items()}
    # A package's submodule importing the package itself is how Python packages work; a cycle
    # is two modules that each need the other to finish importing.
    for name in edges:
        edges[name] = {d for d in edges[name] if not name.startswith(f"{d}.")}
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> None:
        state[node] = 1
        stack.append(node)
        for dep in sorted(edges[node]):
            if state.get(dep) == 1:
                raise AssertionError("import cycle: " + " -> ".join(
                    stack[stack.index(dep):] + [dep]))
            if dep not in state:
                visit(dep)
        stack.pop()
        state[node] = 2

    for module in sorted(edges):
        if module not in state:
            visit(module)


def test_the_check_sees_a_root_import(tmp_path: Path) -> None:
    """The scanner itself works: a function-level ``import graph`` is found."""
    sample = tmp_path / "sample.py"
    sample.write_text("def f():\n    from graph import build_graph\n    return build_graph\n")
    assert "graph" in _imports(sample, module_level_only=False)
    assert "graph" not in _imports(sample, module_level_only=True)
