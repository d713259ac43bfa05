"""A deterministic, rule-based chat model for running with no LLM at all.

It is not a language model and says so. It reads the memories the pre-step injected into the
system prompt, calls the memory tools for explicit remember / forget / "what do you know about
me" requests, answers questions about the user from those memories, says when a sensitive
detail it was told will not be remembered, and otherwise replies briefly that it is offline.
Same input, same output: tests and the demo rely on that.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Sequence
from typing import Any

from langchain_core.callbacks import CallbackManagerForLLMRun
from langchain_core.language_models import BaseChatModel, LanguageModelInput
from langchain_core.messages import AIMessage, BaseMessage, HumanMessage, SystemMessage, ToolMessage
from langchain_core.outputs import ChatGeneration, ChatResult
from langchain_core.runnables import Runnable
from langchain_core.tools import BaseTool
from langchain_core.utils.function_calling import convert_to_openai_tool

from agent.memory.extractors.rules import normalize
from agent.memory.notices import NOT_SAVED_SENSITIVE, sensitive_about_self
from agent.messages import message_text

F = re.IGNORECASE
MODEL_NAME = "personalmem-offline-rules"
OFFLINE_NOTE = (
    "I'm running in offline mode: a deterministic rule-based responder, not an LLM, so I "
    "can't reason about or work on requests like this one. Configure a model "
    "(PERSONALMEM_MODEL, OPENAI_API_KEY) for real answers."
)
MEMORY_LINE = re.compile(r"^- \[(?P<cat>[\w-]+)\] (?P<text>.+?)(?: \(id: (?P<id>[\w-]+)\))?$")

REMEMBER = re.compile(r"^(?:please\s+|can you\s+|could you\s+)?(?:remember|don't forget|"
                      r"keep in mind|make a note|note that|save this|store this)\b", F)
FORGET = re.compile(r"^(?:please\s+|can you\s+|could you\s+)?(?:forget|delete|remove|erase|"
                    r"stop remembering)\b", F)
WHAT_DO_YOU_KNOW = re.compile(r"what do you (?:know|remember) about me|what have you "
                              r"(?:remembered|saved|stored)|list (?:my|your) memories|"
                              r"show (?:me )?(?:my|your) memories|what do you have on me", F)
ASK_NAME = re.compile(r"what(?:'s| is) my name|who am i\b|do you know my name|"
                      r"what do you call me|c[oó]mo me llamo|comment je m'appelle", F)
ASK_ROLE = re.compile(r"what(?:'s| is) my (?:job|profession|role|occupation)|what do i do"
                      r"(?: for (?:work|a living))?\??$", F)
ASK_WHERE = re.compile(r"where do i live|where am i (?:based|from)|what city do i live", F)
ASK_OTHER_CHAT = re.compile(r"\b(?:earlier|before|last (?:time|chat|conversation)|previous "
                            r"(?:chat|conversation|session)|other chats?|another chat|"
                            r"what (?:was|were) (?:i|we) (?:asking|talking|discussing))\b", F)
ASK_ADVICE = re.compile(r"\b(?:what|which)\b.*\b(?:should i|would you recommend|do you "
                        r"recommend|do you suggest|is best for me|should we)\b|"
                        r"\brecommend\b.*\bfor me\b", F)
INTRO_NAME = re.compile(r"\b(?:my name is|call me|i'm called|i go by)\s+([A-Z][\w'-]+)", F)


class OfflineChatModel(BaseChatModel):
    """Rule-based stand-in for an LLM; every reply is deterministic and honest."""

    @property
    def _llm_type(self) -> str:
        return MODEL_NAME

    def bind_tools(self, tools: Sequence[dict[str, Any] | type | Callable[..., Any] | BaseTool],
                   *, tool_choice: str | None = None, **kwargs: Any
                   ) -> Runnable[LanguageModelInput, AIMessage]:
        """Accept tools like any chat model; we read their names to decide what to call."""
        return self.bind(tools=[convert_to_openai_tool(t) for t in tools], **kwargs)

    def _generate(self, messages: list[BaseMessage], stop: list[str] | None = None,
                  run_manager: CallbackManagerForLLMRun | None = None, **kwargs: Any
                  ) -> ChatResult:
        tools = {t["function"]["name"] for t in kwargs.get("tools") or []}
        message = respond(messages, tools)
        message.response_metadata = {"model_name": MODEL_NAME}
        return ChatResult(generations=[ChatGeneration(message=message)])


def respond(messages: list[BaseMessage], tools: set[str]) -> AIMessage:
    """The whole decision table, in priority order."""
    system = next((m for m in messages if isinstance(m, SystemMessage)), None)
    memories = _memories(str(system.content) if system else "")
    memory_off = bool(system and "<memory_status>off</memory_status>" in str(system.content))
    last = messages[-1] if messages else HumanMessage(content="")
    if isinstance(last, ToolMessage):
        return AIMessage(content=str(last.content))
    text = normalize(message_text(last))
    if REMEMBER.search(text) or FORGET.search(text) or WHAT_DO_YOU_KNOW.search(text):
        if memory_off:
            return AIMessage(content="Memory is off for this chat, so I won't save, change or "
                                     "look up anything about you here.")
        call = _tool_call(text, tools)
        if call is not None:
            return call
    if WHAT_DO_YOU_KNOW.search(text):
        return AIMessage(content=_list(memories))
    if ASK_NAME.search(text):
        return AIMessage(content=_answer(memories, "name", "Your name is {v}.",
                                         "I don't know your name yet."))
    if ASK_ROLE.search(text):
        return AIMessage(content=_answer(memories, "role", "You told me: {t}.",
                                         "I don't know what you do yet."))
    if ASK_WHERE.search(text):
        return AIMessage(content=_answer(memories, "location", "You told me: {t}.",
                                         "I don't know where you live."))
    if ASK_OTHER_CHAT.search(text) and text.rstrip().endswith("?"):
        earlier = [message_text(m) for m in messages[:-1] if isinstance(m, HumanMessage)]
        if earlier:
            return AIMessage(content=f'Earlier in this chat you asked: "{earlier[-1]}". I '
                                     "can't see other chats' messages.")
        return AIMessage(content=(
            "I can't see the messages of other chats: each chat's history is its own. "
            "What I do keep across chats is a short list of facts about you"
            + (f": {_join(memories)}." if memories else ", and it's empty so far.")))
    if ASK_ADVICE.search(text):
        asked = _words(text)
        # A memory that only repeats the question's own words ("backend") is no advice.
        prefs = [m for m in memories if m["cat"] in {"preference", "interest", "goal"}
                 and not _words(m["text"]) & asked]
        if prefs:
            return AIMessage(content=(
                f"Going by what I remember ({prefs[0]['text']}), that's the direction I'd "
                f"suggest. (Offline mode: this is a rule, not reasoning.)"))
    intro = INTRO_NAME.search(text)
    if intro and not text.rstrip().endswith("?"):
        return AIMessage(content=f"Nice to meet you, {intro.group(1)}.")
    if not memory_off and sensitive_about_self(text):
        # Said before the post-step runs, by the same test it uses for its notice.
        return AIMessage(content=f"{NOT_SAVED_SENSITIVE}\n\n{OFFLINE_NOTE}")
    return AIMessage(content=OFFLINE_NOTE)


def _tool_call(text: str, tools: set[str]) -> AIMessage | None:
    if WHAT_DO_YOU_KNOW.search(text) and "list_memories" in tools:
        name, args = "list_memories", {}
    elif FORGET.search(text) and "forget_memory" in tools:
        query = re.sub(r"^.*?\b(?:forget|delete|remove|erase|stop remembering)\b\s*(?:that|"
                       r"about|the memory about|my)?\s*", "", text, flags=F).strip(" .!")
        name, args = "forget_memory", {"query": query or text}
    elif REMEMBER.search(text) and "save_memory" in tools:
        name, args = "save_memory", {"fact": text}
    else:
        return None
    call_id = "call_" + hashlib.sha1(f"{name}:{text}".encode()).hexdigest()[:12]
    return AIMessage(content="", tool_calls=[{"name": name, "args": args, "id": call_id,
                                              "type": "tool_call"}])


def _memories(system: str) -> list[dict[str, str]]:
    block = re.search(r"<user_memories>(.*?)</user_memories>", system, re.S)
    out: list[dict[str, str]] = []
    for line in (block.group(1) if block else "").splitlines():
        m = MEMORY_LINE.match(line.strip())
        if m:
            out.append({"cat": m.group("cat"), "text": m.group("text"), "id": m.group("id") or ""})
    return out


def _answer(memories: list[dict[str, str]], category: str, found: str, missing: str) -> str:
    for mem in memories:
        if mem["cat"] == category:
            value = re.sub(r"^(?:Name is|Lives in|Is an?|Works as)\s+", "", mem["text"])
            return found.format(v=value, t=mem["text"])
    return missing


def _words(text: str) -> set[str]:
    stop = {"what", "which", "should", "would", "use", "for", "my", "the", "a", "an", "i", "to",
            "you", "me", "is", "best", "do", "recommend", "suggest", "prefers", "loves", "likes",
            "working", "on", "in", "of", "and", "with"}
    return {w for w in re.findall(r"[a-z+#]+", text.lower()) if w not in stop and len(w) > 2}


def _list(memories: list[dict[str, str]]) -> str:
    if not memories:
        return "I don't remember anything about you yet."
    return "Here's what I remember about you:\n" + "\n".join(f"- {m['text']}" for m in memories)


def _join(memories: list[dict[str, str]]) -> str:
    return "; ".join(m["text"] for m in memories[:5])
