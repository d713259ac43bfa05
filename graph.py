"""The packaged PersonalMem agent as a LangGraph state machine (``langgraph.json`` points here).

retrieve_memories -> call_model -(tool calls)-> tools -> call_model ... -> save_memories

Exports ``builder`` (uncompiled), ``graph`` (compiled without a checkpointer, for
``langgraph dev``, which brings its own) and ``build_graph(checkpointer, mem)`` for our
server, CLI and tests. The graph is assembled in ``agent.assistant`` from the public memory
API (``agent.memory_nodes``, ``agent.make_memory_tools``), exactly as a user's own graph
would be.
"""

from __future__ import annotations

from agent.assistant import build_builder, build_graph
from agent.personal_memory import PersonalMemory

__all__ = ["build_graph", "builder", "graph"]

builder = build_builder(PersonalMemory.from_env())
graph = builder.compile(name="PersonalMem")
