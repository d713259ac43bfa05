"""The memory tools the model may call (``save_memory``, ``forget_memory``,
``list_memories``): defined in ``agent.tools`` so the library has no root-module imports;
this package is where the project's tools are listed."""

from __future__ import annotations

from agent.tools import make_memory_tools

__all__ = ["make_memory_tools"]
