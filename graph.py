"""The PersonalMem agent as a LangGraph state machine.

retrieve_memories -> call_model -(tool calls)-> run_tools -> call_model ... -> save_memories

Exports ``builder`` (uncompiled), ``graph`` (compiled without a checkpointer, for
``langgraph dev``, which brings its own) and ``build_graph(checkpointer)`` for our server,
CLI and tests. Chat id == thread id, so the checkpointer scopes history per chat.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from typing import Any, Literal

from langchain_core.messages import AIMessage, AnyMessage, HumanMessage, SystemMessage, ToolMessage
from langgraph.checkpoint.base import BaseCheckpointSaver
from langgraph.config import get_config
from langgraph.graph import END, START, StateGraph
from langgraph.graph.state import CompiledStateGraph
from langgraph.runtime import Runtime

from agent.context import Context, chat_id_of, resolve_context
from agent.memory.extraction import OfflineExtractor, extractor_for, provider_errors
from agent.memory.records import MemoryRecord
from agent.messages import message_text
from agent.models import is_offline, load_chat_model
from agent.prompts import MEMORY_OFF_SECTION, MEMORY_SECTION, NO_MEMORIES_SECTION, SYSTEM_PROMPT
from agent.services import get_services
from agent.state import InputState, State
from tools.memory_tools import INJECTED_ARGS, MEMORY_TOOLS, TOOLS_BY_NAME

MAX_TOOL_ROUNDS = 3
logger = logging.getLogger(__name__)
ALWAYS_CATEGORIES = ("name", "language")


def _memory_on(ctx: Context) -> bool:
    return ctx.memory_enabled and not ctx.temporary and \
        get_services().chats.memory_enabled(ctx.user_id)


def memory_context(user_id: str, query: str, limit: int) -> list[MemoryRecord]:
    """Memories for one turn: the most relevant to ``query`` plus the "always" facts."""
    store = get_services().memory
    found: list[MemoryRecord] = store.search(user_id, query, limit=limit) if query.strip() else []
    seen = {r.id for r in found}
    always = [r for r in store.list_categories(user_id, ALWAYS_CATEGORIES) if r.id not in seen]
    return always + found


def retrieve_memories(state: State, runtime: Runtime[Context]) -> dict[str, Any]:
    """Pre-step: fetch what we know about the user that matters for this message."""
    config = get_config()
    ctx = resolve_context(runtime.context, config)
    if not _memory_on(ctx):
        return {"memories": [], "memory_events": [], "tool_rounds": 0, "memory_on": False}
    query = _last_user_text(state["messages"])
    services = get_services()
    if is_offline(ctx.model):
        # The offline extractor is deterministic and ~1 ms, so we know now which facts the
        # post-step will embed: embedding them in one batch with the query saves a second
        # model call per fact-bearing turn (~15 ms of a ~60 ms budget).
        candidates = OfflineExtractor()(query, None)
        services.memory.prime([query, *(c.text for c in candidates
                                          if c.op == "add" and not c.topic)])
    records = memory_context(ctx.user_id, query, services.settings.memory_search_limit)
    return {"memories": [r.as_dict() for r in records], "memory_events": [], "tool_rounds": 0,
            "memory_on": True}


def render_system_prompt(memories: list[dict[str, Any]], memory_on: bool) -> str:
    if not memory_on:
        section = MEMORY_OFF_SECTION
    elif memories:
        lines = "\n".join(f"- [{m['category']}] {m['text']} (id: {m['id']})" for m in memories)
        section = MEMORY_SECTION.format(memories=lines)
    else:
        section = NO_MEMORIES_SECTION
    return SYSTEM_PROMPT.format(memory_section=section,
                                now=datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"))


async def call_model(state: State, runtime: Runtime[Context]
                     ) -> dict[str, Any]:
    """Answer with the memories in the system prompt; memory tools only when memory is on.

    Async and free of blocking calls (the memory switch was read by the pre-step, in a
    worker thread), so it never stalls the server's event loop.
    """
    ctx = resolve_context(runtime.context, get_config())
    memory_on = state.get("memory_on", False)
    model = load_chat_model(ctx.model)
    if memory_on:
        bound: Any = model.bind_tools(MEMORY_TOOLS)
    else:
        bound = model
    system = SystemMessage(content=render_system_prompt(state.get("memories", []), memory_on))
    response = await bound.ainvoke([system, *state["messages"]])
    rounds = state.get("tool_rounds", 0)
    if isinstance(response, AIMessage) and response.tool_calls and rounds >= MAX_TOOL_ROUNDS:
        response = AIMessage(content="I couldn't finish that with my memory tools.",
                             id=response.id)
    return {"messages": [response]}


def route_model_output(state: State) -> Literal["run_tools", "save_memories"]:
    last = state["messages"][-1]
    if isinstance(last, AIMessage) and last.tool_calls:
        return "run_tools"
    return "save_memories"


def run_tools(state: State, runtime: Runtime[Context]) -> dict[str, Any]:
    """Run the memory tools with the run's user and chat injected (never the model's)."""
    config = get_config()
    ctx = resolve_context(runtime.context, config)
    chat_id = chat_id_of(config)
    last = state["messages"][-1]
    assert isinstance(last, AIMessage)
    results: list[ToolMessage] = []
    events = list(state.get("memory_events", []))
    for call in last.tool_calls:
        tool = TOOLS_BY_NAME.get(call["name"])
        if tool is None:
            results.append(ToolMessage(content=f"Unknown tool {call['name']}.",
                                       tool_call_id=call["id"], status="error"))
            continue
        args = {k: v for k, v in call["args"].items() if k not in INJECTED_ARGS}
        args.update(user_id=ctx.user_id, chat_id=chat_id)
        message = tool.invoke({**call, "args": args})
        assert isinstance(message, ToolMessage)
        events.extend(message.artifact or [])
        results.append(message)
    return {"messages": results, "memory_events": events,
            "tool_rounds": state.get("tool_rounds", 0) + 1}


def save_memories(state: State, runtime: Runtime[Context]
                  ) -> dict[str, Any]:
    """Post-step: apply the write policy to the user's latest message; record the events."""
    config = get_config()
    ctx = resolve_context(runtime.context, config)
    events = list(state.get("memory_events", []))
    if not state.get("memory_on", False):
        return {"memory_events": events}
    messages = state["messages"]
    user_idx = _last_user_index(messages)
    if user_idx is None:
        return {"memory_events": events}
    previous = next((m for m in reversed(messages[:user_idx]) if isinstance(m, AIMessage)
                     and not m.tool_calls), None)
    extractor = extractor_for(ctx.model)
    try:
        outcome = get_services().writer.process(
            user_id=ctx.user_id, chat_id=chat_id_of(config),
            message=message_text(messages[user_idx]),
            previous_assistant=message_text(previous) if previous else None, extractor=extractor)
    except provider_errors() as exc:
        # A provider outage during extraction must not lose the reply already given; the
        # message stays in the chat history, and the failure is logged, not hidden.
        logger.warning("memory extraction failed for chat %s: %s", chat_id_of(config), exc)
        return {"memory_events": events}
    known = {(e["kind"], e["memory_id"]) for e in events}
    events.extend(e.as_dict() for e in outcome.events if (e.kind, e.memory_id) not in known)
    return {"memory_events": events}


def _last_user_index(messages: list[AnyMessage]) -> int | None:
    for idx in range(len(messages) - 1, -1, -1):
        if isinstance(messages[idx], HumanMessage):
            return idx
    return None


def _last_user_text(messages: list[AnyMessage]) -> str:
    idx = _last_user_index(messages)
    return message_text(messages[idx]) if idx is not None else ""


builder = StateGraph(State, input_schema=InputState, context_schema=Context)
builder.add_node(retrieve_memories)
builder.add_node(call_model)
builder.add_node(run_tools)
builder.add_node(save_memories)
builder.add_edge(START, "retrieve_memories")
builder.add_edge("retrieve_memories", "call_model")
builder.add_conditional_edges("call_model", route_model_output)
builder.add_edge("run_tools", "call_model")
builder.add_edge("save_memories", END)

graph = builder.compile(name="PersonalMem")


def build_graph(checkpointer: BaseCheckpointSaver[Any] | None) -> CompiledStateGraph[
        State, Context, InputState, State]:
    """Compile with our checkpointer (server, CLI, tests)."""
    return builder.compile(checkpointer=checkpointer, name="PersonalMem")
