"""The packaged PersonalMem assistant graph, built on the public memory API like any user's.

retrieve_memories -> call_model -(tool calls)-> tools -> call_model ... -> save_memories

``build_builder(mem)`` gives the uncompiled graph, ``build_graph(checkpointer, mem)`` the
compiled one (server, CLI, tests); the root ``graph.py`` exposes both for ``langgraph dev``.
Chat id == thread id, so the checkpointer scopes history per chat.
"""

from __future__ import annotations

from typing import Any, Literal

from langchain_core.messages import AIMessage, SystemMessage
from langgraph.checkpoint.base import BaseCheckpointSaver
from langgraph.config import get_config
from langgraph.graph import END, START, StateGraph
from langgraph.graph.state import CompiledStateGraph
from langgraph.prebuilt import ToolNode
from langgraph.runtime import Runtime

from agent.models import load_chat_model
from agent.nodes import MemoryState, memory_nodes, render_system_prompt
from agent.personal_memory import PersonalMemory
from agent.run import Context
from agent.tools import make_memory_tools

MAX_TOOL_ROUNDS = 3
GIVE_UP = "I couldn't finish that with my memory tools."


def build_builder(mem: PersonalMemory) -> StateGraph[MemoryState, Context, Any, Any]:
    """The agent's graph over one ``PersonalMemory``, uncompiled."""
    retrieve_memories, save_memories = memory_nodes(mem)
    tools = make_memory_tools(mem)

    async def call_model(state: MemoryState, runtime: Runtime[Context]) -> dict[str, Any]:
        """Answer with the memories in the system prompt; memory tools only when memory is on.

        Async and free of blocking calls (the pre-step resolved the run's memory switch in a
        worker thread), so it never stalls the server's event loop.
        """
        memory_on = state.get("memory_on", False)
        run = mem.resolve_run(runtime.context, get_config(), memory_on=memory_on)
        model: Any = load_chat_model(run.model, mem.settings)
        if memory_on:
            model = model.bind_tools(tools)
        system = SystemMessage(content=render_system_prompt(state.get("memory_context", "")))
        response = await model.ainvoke([system, *state["messages"]])
        if isinstance(response, AIMessage) and response.tool_calls and \
                _tool_rounds(state) >= MAX_TOOL_ROUNDS:
            response = AIMessage(content=GIVE_UP, id=response.id)
        return {"messages": [response]}

    builder = StateGraph(MemoryState, context_schema=Context)
    builder.add_node("retrieve_memories", retrieve_memories)
    builder.add_node("call_model", call_model)
    builder.add_node("tools", ToolNode(tools))
    builder.add_node("save_memories", save_memories)
    builder.add_node("end_turn", end_turn)
    builder.add_edge(START, "retrieve_memories")
    builder.add_edge("retrieve_memories", "call_model")
    builder.add_conditional_edges("call_model", route_model_output)
    builder.add_edge("tools", "call_model")
    builder.add_edge("save_memories", "end_turn")
    builder.add_edge("end_turn", END)
    return builder


TURN_ONLY = ("memories", "memory_context", "memory_events", "memory_notices")


def end_turn(state: MemoryState) -> dict[str, Any]:
    """Last node: the turn's memories and memory events leave the state before it is saved.

    The saved state of a chat must hold no copy of memory text: a memory deleted later, or
    an opt-out, would otherwise live on in every chat's checkpoint. Callers read them from
    the run's node updates as they happen (``agent.runner``).
    """
    return {key: "" if key == "memory_context" else [] for key in TURN_ONLY}


def route_model_output(state: MemoryState) -> Literal["tools", "save_memories"]:
    last = state["messages"][-1]
    if isinstance(last, AIMessage) and last.tool_calls:
        return "tools"
    return "save_memories"


def _tool_rounds(state: MemoryState) -> int:
    """Model calls with tool calls since the user's latest message."""
    rounds = 0
    for msg in reversed(state["messages"]):
        if isinstance(msg, AIMessage) and msg.tool_calls:
            rounds += 1
        elif not isinstance(msg, AIMessage) and msg.type == "human":
            break
    return rounds


def build_graph(checkpointer: BaseCheckpointSaver[Any] | None,
                mem: PersonalMemory | None = None
                ) -> CompiledStateGraph[MemoryState, Context, Any, Any]:
    """Compile with our checkpointer (server, CLI, tests); ``mem`` defaults to the env's."""
    return build_builder(mem or PersonalMemory.from_env()).compile(
        checkpointer=checkpointer, name="PersonalMem")

