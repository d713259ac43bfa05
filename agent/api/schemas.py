"""Request and response bodies of the REST API, with the examples /docs shows.

Ids and texts are validated here, at the edge, so a bad value is a 422 before it reaches a
store: user ids are what every memory is scoped by, and a message is what gets embedded.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints

from agent.chat_lease import MultitaskStrategy
from agent.limits import MAX_MESSAGE_CHARS
from agent.titles import MAX_TITLE_CHARS

USER_ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9_.@-]*$"
RESOURCE_ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9_-]*$"
MODEL_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9_.:/-]*$"
MAX_USER_ID = 128
MAX_RESOURCE_ID = 64
MAX_FACT = 2_000
MAX_QUERY = 2_000

EXAMPLE_USER = "honda"
EXAMPLE_CHAT = "3f2c1e0b9a8d4c7e8f6a5b4c3d2e1f00"
EXAMPLE_MEMORY = "727afa88-f3a9-413b-b2da-f2468c248d0d"
EXAMPLE_TIME = "2026-11-29T10:15:00+00:00"
EXAMPLE_CHAT_OUT: dict[str, Any] = {
    "id": EXAMPLE_CHAT, "user_id": EXAMPLE_USER, "title": "Backend questions",
    "temporary": False, "created_at": EXAMPLE_TIME, "updated_at": EXAMPLE_TIME}
EXAMPLE_EVENT: dict[str, Any] = {
    "kind": "created", "memory_id": EXAMPLE_MEMORY, "text": "Name is Honda",
    "previous_text": None, "reason": "new fact"}
EXAMPLE_MEMORY_OUT: dict[str, Any] = {
    "id": EXAMPLE_MEMORY, "user_id": EXAMPLE_USER, "text": "Name is Honda", "category": "name",
    "attribute": "name", "value": "Honda", "source_chat_id": EXAMPLE_CHAT, "created_by": "auto",
    "sensitive": False, "created_at": EXAMPLE_TIME, "updated_at": None, "score": None}
EXAMPLE_HISTORY_ENTRY: dict[str, Any] = {
    "event": "ADD", "old_memory": None, "new_memory": "Name is Honda",
    "created_at": EXAMPLE_TIME, "updated_at": None}


def _encodable(value: str) -> str:
    """Reject lone surrogates: JSON allows them, but no store or embedder can encode them."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise ValueError("text must be valid Unicode (no lone surrogates)") from exc
    return value


def _not_blank(value: str) -> str:
    """A whitespace-only message would be stored and embedded as nothing at all."""
    if not value.strip():
        raise ValueError("must not be blank")
    return value


UserId = Annotated[str, StringConstraints(min_length=1, max_length=MAX_USER_ID,
                                          pattern=USER_ID_PATTERN)]
ResourceId = Annotated[str, StringConstraints(min_length=1, max_length=MAX_RESOURCE_ID,
                                              pattern=RESOURCE_ID_PATTERN)]
ModelSpec = Annotated[str, StringConstraints(min_length=1, max_length=100, pattern=MODEL_PATTERN)]
MessageText = Annotated[str, StringConstraints(min_length=1, max_length=MAX_MESSAGE_CHARS),
                        AfterValidator(_encodable), AfterValidator(_not_blank)]
Title = Annotated[str, StringConstraints(max_length=MAX_TITLE_CHARS), AfterValidator(_encodable)]
FactText = Annotated[str, StringConstraints(min_length=1, max_length=MAX_FACT),
                     AfterValidator(_encodable), AfterValidator(_not_blank)]
QueryText = Annotated[str, StringConstraints(max_length=MAX_QUERY), AfterValidator(_encodable)]

Role = Literal["user", "assistant", "system", "tool"]


def _examples(*examples: dict[str, Any]) -> ConfigDict:
    return ConfigDict(json_schema_extra={"examples": list(examples)})


# -- errors -------------------------------------------------------------------------------
class ErrorDetail(BaseModel):
    """What went wrong, machine-readable (``code``) and for people (``message``)."""

    code: str = Field(examples=["not_found"])
    message: str = Field(examples=["Chat '3f2c…' not found."])
    details: list[dict[str, Any]] | None = None


class ErrorBody(BaseModel):
    """The one error shape every endpoint returns (404, 401, 403, 422, 503)."""

    model_config = _examples({"error": {"code": "not_found",
                                        "message": f"Chat '{EXAMPLE_CHAT}' not found."}})
    error: ErrorDetail


# -- chats --------------------------------------------------------------------------------
class CreateChatRequest(BaseModel):
    """A new chat. Temporary chats never read or write the user's memory."""

    model_config = _examples({"user_id": EXAMPLE_USER, "title": "Backend questions"},
                             {"user_id": EXAMPLE_USER, "temporary": True})
    user_id: UserId
    title: Title | None = None
    temporary: bool = False


class RenameChatRequest(BaseModel):
    """A chat's new title (secrets in it are masked, as in every title)."""

    model_config = _examples({"title": "Trip to Lisbon"})
    title: Annotated[str, StringConstraints(min_length=1, max_length=MAX_TITLE_CHARS,
                                            strip_whitespace=True), AfterValidator(_encodable)]


class ChatOut(BaseModel):
    """A chat's metadata (its messages are under /chats/{chat_id}/messages)."""

    model_config = _examples(EXAMPLE_CHAT_OUT)
    id: str
    user_id: str
    title: str
    temporary: bool
    created_at: str
    updated_at: str


class ChatPage(BaseModel):
    """One page of a user's chats, newest first, with the total for paging."""

    model_config = _examples({"items": [EXAMPLE_CHAT_OUT], "total": 1, "limit": 20,
                              "offset": 0})
    items: list[ChatOut]
    total: int
    limit: int
    offset: int


class MessageOut(BaseModel):
    """One message of a chat's history."""

    model_config = _examples({"role": "user", "content": "What is my name?"})
    role: Role
    content: str


class ChatMessages(BaseModel):
    """A chat's history as stored by the checkpointer, oldest first."""

    model_config = _examples({"chat_id": EXAMPLE_CHAT, "messages": [
        {"role": "user", "content": "What is my name?"},
        {"role": "assistant", "content": "Your name is Honda."}]})
    chat_id: str
    messages: list[MessageOut]


class MemoryEventOut(BaseModel):
    """A memory write caused by a message ("memory updated" notice)."""

    model_config = _examples(EXAMPLE_EVENT)
    kind: Literal["created", "updated", "deleted"]
    memory_id: str
    text: str
    previous_text: str | None = None
    reason: str = ""


class AddUserMessageRequest(BaseModel):
    """Append a user message without running the model; optionally learn from it."""

    model_config = _examples({"user_id": EXAMPLE_USER, "chat_id": EXAMPLE_CHAT,
                              "message": "My name is Honda and I love Python.",
                              "extract_memory": True})
    user_id: UserId
    chat_id: ResourceId
    message: MessageText
    extract_memory: bool = Field(
        default=True, description="Apply the memory write policy to this message (skipped "
        "when the user's memory is off or the chat is temporary).")


class AddUserMessageResponse(BaseModel):
    """The stored message and what memory did with it."""

    model_config = _examples({"chat_id": EXAMPLE_CHAT,
                              "message": {"role": "user",
                                          "content": "My name is Honda and I love Python."},
                              "memory_events": [EXAMPLE_EVENT], "refusals": []})
    chat_id: str
    message: MessageOut
    memory_events: list[MemoryEventOut]
    refusals: list[str] = Field(description="Why something the user asked to keep was not.")


class AddAssistantMessageRequest(BaseModel):
    """Append an assistant reply produced elsewhere (e.g. by the client's own model)."""

    model_config = _examples({"user_id": EXAMPLE_USER, "chat_id": EXAMPLE_CHAT,
                              "message": "Nice to meet you, Honda."})
    user_id: UserId
    chat_id: ResourceId
    message: MessageText


class AddAssistantMessageResponse(BaseModel):
    """The stored assistant message."""

    model_config = _examples({"chat_id": EXAMPLE_CHAT,
                              "message": {"role": "assistant",
                                          "content": "Nice to meet you, Honda."}})
    chat_id: str
    message: MessageOut


class Deleted(BaseModel):
    """Confirmation of a deletion."""

    model_config = _examples({"id": EXAMPLE_CHAT, "deleted": True})
    id: str
    deleted: bool


# -- turns --------------------------------------------------------------------------------
class TurnRequest(BaseModel):
    """One user message for the agent to answer in a chat."""

    model_config = _examples({"user_id": EXAMPLE_USER, "message": "What is my name?"},
                             {"user_id": EXAMPLE_USER, "message": "Hi!",
                              "model": "openai:gpt-4o-mini"})
    user_id: UserId
    message: MessageText
    model: ModelSpec | None = Field(
        default=None, description="'offline', 'openai:<model>' or any init_chat_model "
        "provider string; the server default when omitted.")
    multitask_strategy: MultitaskStrategy | None = Field(
        default=None, description="When another request is writing this chat: 'enqueue' "
        "waits for it (at most 30 s, then 409 chat_busy), 'reject' answers 409 chat_busy at "
        "once. The server's PERSONALMEM_MULTITASK_STRATEGY when omitted.")


class MemoryOut(BaseModel):
    """One remembered fact about a user."""

    model_config = _examples(EXAMPLE_MEMORY_OUT)
    id: str
    user_id: str
    text: str
    category: str
    attribute: str | None = None
    value: str | None = None
    source_chat_id: str | None = None
    created_by: str
    sensitive: bool
    created_at: str | None = None
    updated_at: str | None = None
    score: float | None = Field(default=None, description="Relevance, in search results only.")


class MemoryNoticeOut(BaseModel):
    """Something said in the message that was deliberately not remembered, and why."""

    kind: Literal["not_saved", "refused"] = Field(
        description="not_saved: a sensitive detail, kept only on an explicit \"remember\"; "
                    "refused: a secret, never kept.")
    message: str = Field(description="What to tell the user (never the fact itself).")


class TurnResponse(BaseModel):
    """The agent's reply, the memory writes of the turn and the memories it was given."""

    model_config = _examples({"chat_id": EXAMPLE_CHAT, "reply": "Your name is Honda.",
                              "memory_events": [], "memory_notices": [],
                              "memories_used": [EXAMPLE_MEMORY_OUT]})
    chat_id: str
    reply: str
    memory_events: list[MemoryEventOut]
    memory_notices: list[MemoryNoticeOut] = Field(default_factory=list)
    memories_used: list[MemoryOut]


# -- memories -----------------------------------------------------------------------------
class MemoryPage(BaseModel):
    """One page of a user's memories, oldest first, with the total for paging."""

    model_config = _examples({"items": [EXAMPLE_MEMORY_OUT], "total": 1, "limit": 50,
                              "offset": 0})
    items: list[MemoryOut]
    total: int
    limit: int
    offset: int


class MemoryExport(BaseModel):
    """Everything remembered about a user (a data-portability download)."""

    model_config = _examples({"user_id": EXAMPLE_USER, "exported_at": EXAMPLE_TIME,
                              "count": 1, "memories": [EXAMPLE_MEMORY_OUT]})
    user_id: str
    exported_at: str
    count: int
    memories: list[MemoryOut]


class RememberRequest(BaseModel):
    """An explicit "remember this" from the user (counts as consent to store it)."""

    model_config = _examples({"fact": "I prefer dark mode"},
                             {"fact": "my favourite editor is Neovim"})
    fact: FactText


class RememberResponse(BaseModel):
    """What was stored; ``memory_events`` is empty when the fact was already known."""

    model_config = _examples({"user_id": EXAMPLE_USER, "memory_events": [
        {"kind": "created", "memory_id": EXAMPLE_MEMORY, "text": "Prefers dark mode",
         "previous_text": None, "reason": "new fact"}]})
    user_id: str
    memory_events: list[MemoryEventOut]


class HistoryEntry(BaseModel):
    """One row of mem0's audit trail for a memory."""

    model_config = _examples(EXAMPLE_HISTORY_ENTRY)
    event: str | None
    old_memory: str | None = None
    new_memory: str | None = None
    created_at: str | None = None
    updated_at: str | None = None


class MemoryHistory(BaseModel):
    """A memory's audit trail, oldest first."""

    model_config = _examples({"memory_id": EXAMPLE_MEMORY, "entries": [EXAMPLE_HISTORY_ENTRY]})
    memory_id: str
    entries: list[HistoryEntry]


class OptOutResponse(BaseModel):
    """How many memories an opt-out deleted."""

    model_config = _examples({"user_id": EXAMPLE_USER, "deleted": 4})
    user_id: str
    deleted: int


# -- users --------------------------------------------------------------------------------
class UserSettingsIn(BaseModel):
    """The user's memory switch."""

    model_config = _examples({"memory_enabled": False})
    memory_enabled: bool


class UserSettingsOut(BaseModel):
    """The user's current memory switch; when off, turns neither read nor write memory."""

    model_config = _examples({"user_id": EXAMPLE_USER, "memory_enabled": True})
    user_id: str
    memory_enabled: bool


class MemoryContextOut(BaseModel):
    """The memories and system prompt the agent would use for ``query`` in this chat."""

    model_config = _examples({"user_id": EXAMPLE_USER, "chat_id": EXAMPLE_CHAT,
                              "query": "What is my name?", "memory_enabled": True,
                              "memories": [EXAMPLE_MEMORY_OUT],
                              "system_prompt": "You are PersonalMem, ..."})
    user_id: str
    chat_id: str
    query: str
    memory_enabled: bool = Field(description="False when the user's memory is off or the chat "
                                 "is temporary: then no memory is used.")
    memories: list[MemoryOut]
    system_prompt: str


class ModelHealth(BaseModel):
    """Whether the default model can be used, found without calling it (nothing is billed)."""

    model_config = _examples({"name": "offline", "usable": True, "detail": "ok"},
                             {"name": "openai:llama3.1", "usable": False,
                              "detail": "OPENAI_BASE_URL: no server answers at "
                              "http://localhost:11434/v1 ([Errno 111] Connection refused). "
                              "Fix: start the OpenAI-compatible server there, or correct "
                              "or unset OPENAI_BASE_URL."})
    name: str
    usable: bool
    detail: str = Field(description="'ok', or what is wrong and how to fix it.")


class HealthOut(BaseModel):
    """Every backend answered; ``model`` says whether the default model is usable."""

    model_config = _examples({"status": "ok", "backend": "sqlite",
                              "checks": {"chat_store": "ok", "checkpointer": "ok",
                                         "memory_store": "ok"},
                              "model": {"name": "offline", "usable": True, "detail": "ok"}})
    status: Literal["ok"]
    backend: str
    checks: dict[str, str]
    model: ModelHealth


_ERROR_DESCRIPTIONS = {
    401: "Auth is on and the credentials are missing or invalid.",
    403: "The credentials belong to a different user than the one named.",
    404: "Unknown id, or an id that belongs to another user.",
    409: "The chat is busy with another request (multitask_strategy 'reject', or the wait "
         "for it ran out); nothing was written.",
    422: "Invalid input (ids, lengths, missing user_id when auth is off, refused secret).",
    503: "A storage backend (MongoDB / SQLite) or the default model is unavailable.",
}


#: What most routes can answer; a route that writes a chat's history can also answer 409.
DEFAULT_ERRORS = (401, 403, 404, 422, 503)
CHAT_WRITE_ERRORS = (401, 403, 404, 409, 422, 503)


def error_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI entries for the error statuses a route can return, all with ``ErrorBody``."""
    chosen = statuses or DEFAULT_ERRORS
    return {status: {"model": ErrorBody, "description": _ERROR_DESCRIPTIONS[status]}
            for status in chosen}
