"""``PersonalMemory``: the public memory API that the packaged agent and any other graph use.

One object owns the stores (memories, chat metadata with the per-user switch and interest
evidence), the write pipeline (extract -> policy -> reconcile) and the choice of extractor.
Everything heavy (mem0, the encoder, database connections) is built on first use, so
constructing one is free and importing the graph stays fast. Every method names the user; an
id that belongs to someone else behaves exactly like an unknown one. Safe to call from
several threads: the stores serialise their own writes.
"""

from __future__ import annotations

import builtins
import re
import threading
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from langchain_core.runnables import RunnableConfig

from agent.chats import ChatStore, MongoChatStore, SqliteChatStore
from agent.limits import check_message
from agent.memory.extractors import Extractor, ReadsClauses, choose_extractor, offline_extractor
from agent.memory.language_id import reads_as_english
from agent.memory.records import MemoryEvent, MemoryRecord, TurnOutcome
from agent.memory.store import OFFLINE_EMBEDDERS, MemoryNotFound, MemoryStore
from agent.memory.writer import MemoryWriter
from agent.run import Run, resolve_run
from agent.settings import Settings

if TYPE_CHECKING:
    from langchain_core.language_models import BaseChatModel

Memory = MemoryRecord
ALWAYS_CATEGORIES = ("name", "language")
# The single-valued facts that say who the user is, in the order they are most asked for.
PROFILE_SLOTS = ("name", "role", "employer", "location", "language")
# A letter of a script other than Latin: text the English-only encoder cannot place.
OTHER_SCRIPT = re.compile(r"[^\W\d_a-zA-Z\u00c0-\u024f]")


def _latin(text: str) -> bool:
    return OTHER_SCRIPT.search(text) is None

__all__ = ["ALWAYS_CATEGORIES", "Memory", "MemoryNotFound", "PersonalMemory"]


class PersonalMemory:
    """Per-user long-term memory (see the module docstring)."""

    def __init__(self, data_dir: str | Path | None = None, *, mongodb_uri: str | None = None,
                 mongodb_database: str | None = None, settings: Settings | None = None
                 ) -> None:
        base = settings or Settings()
        changes: dict[str, Any] = {}
        if data_dir is not None:
            changes["data_dir"] = Path(data_dir)
        if mongodb_uri is not None:
            changes["mongodb_uri"] = mongodb_uri
        if mongodb_database is not None:
            changes["mongodb_database"] = mongodb_database
        self.settings = base.model_copy(update=changes)
        self._lock = threading.RLock()
        self._extractors: dict[str, Extractor] = {}

    @classmethod
    def from_env(cls) -> PersonalMemory:
        """Configured from ``PERSONALMEM_*`` / ``MONGODB_URI`` environment variables."""
        return cls(settings=Settings())

    # -- the parts, built on first use ------------------------------------------------
    @cached_property
    def store(self) -> MemoryStore:
        """The memories (mem0 behind our adapter)."""
        with self._lock:
            return MemoryStore(self.settings)

    @cached_property
    def chats(self) -> ChatStore:
        """Chat metadata, the per-user memory switch and interest evidence."""
        with self._lock:
            if self.settings.mongodb_uri:
                return MongoChatStore(self.settings.mongodb_uri, self.settings.mongodb_database)
            return SqliteChatStore(self.settings.ensure_data_dir() / "chats.sqlite")

    @cached_property
    def writer(self) -> MemoryWriter:
        with self._lock:
            return MemoryWriter(self.store, self.chats)

    def warm_up(self) -> None:
        """Build everything now (servers call it at start-up, not in the first request)."""
        from agent.memory import casing, gazetteer
        from agent.memory.language_id import language_of
        from agent.memory.secrets import find_secrets

        _ = self.writer
        find_secrets("")  # the secret recognizers take ~1.5 s of imports
        gazetteer.warm()  # the town names (~0.6 s)
        casing.warm()  # the word frequencies (~0.3 s)
        language_of("warm up")  # the language identifier unpacks its model (~0.5 s)
        self.extractor_for(None)
        # One offline reading builds its lazy tables (spell list, topic vectors) too; never
        # a model call, which would cost a provider request per start-up.
        offline_extractor(self.settings.extractor)("Hi, I'm Sam and I work as a nurse.", None)
        self.store.embed(["warm up"])  # the search embedder's models (the multilingual ~1 s)

    def close(self) -> None:
        """Close what was opened (connections, files); the object is not used after."""
        if "chats" in self.__dict__:
            self.chats.close()
        if "store" in self.__dict__:
            self.store.close()

    # -- runs -------------------------------------------------------------------------
    def resolve_run(self, context: Any = None, config: RunnableConfig | None = None, *,
                    memory_on: bool | None = None, **values: Any) -> Run:
        """Resolve a run from a context and/or config, or from keyword values
        (``user_id``, ``model``, ``memory_enabled``, ``temporary``, ``chat_id``)."""
        if values:
            chat_id = values.pop("chat_id", None)
            context = {**values}
            config = {"configurable": {"thread_id": chat_id}} if chat_id else config
        return resolve_run(context, config, default_model=self.settings.default_model,
                           switch=self.chats, memory_on=memory_on)

    def extractor_for(self, model: str | None) -> Extractor:
        """The extractor for a run with this model (built once per model spec)."""
        from agent.models import is_offline, load_chat_model

        spec = model or self.settings.default_model
        with self._lock:
            if spec not in self._extractors:
                llm: BaseChatModel | None = None if is_offline(spec, self.settings) else \
                    load_chat_model(spec, self.settings)
                self._extractors[spec] = choose_extractor(self.settings.extractor, llm)
            return self._extractors[spec]

    # -- writes -----------------------------------------------------------------------
    def observe(self, user_id: str, message: str, *, chat_id: str | None = None,
                previous_assistant: str | None = None, model: str | None = None
                ) -> list[MemoryEvent]:
        """What one user message does to the user's memories (the graph's post-step)."""
        return self.observe_turn(user_id, message, chat_id=chat_id,
                                 previous_assistant=previous_assistant, model=model).events

    def observe_turn(self, user_id: str, message: str, *, chat_id: str | None = None,
                     previous_assistant: str | None = None, model: str | None = None
                     ) -> TurnOutcome:
        """``observe`` with the refusals and skipped facts too, for the turn's report.

        Raises ``MessageTooLong`` above ``MAX_MESSAGE_CHARS`` (see ``agent.limits``)."""
        check_message(message)  # before anything heavy loads
        return self.writer.process(user_id=user_id, chat_id=chat_id, message=message,
                                   previous_assistant=previous_assistant,
                                   extractor=self.extractor_for(model))

    def remember(self, user_id: str, fact: str, *, chat_id: str | None = None,
                 model: str | None = None, created_by: str = "tool") -> TurnOutcome:
        """An explicit "remember ...": counts as the user's consent (never for secrets).

        Raises ``MessageTooLong`` above ``MAX_MESSAGE_CHARS`` (see ``agent.limits``)."""
        check_message(fact)
        return self.writer.remember(user_id=user_id, chat_id=chat_id, fact=fact,
                                    extractor=self.extractor_for(model),
                                    created_by=created_by)

    def forget(self, user_id: str, query: str) -> list[MemoryEvent]:
        """Delete the memories a retraction ("that I live in Paris") refers to."""
        return self.writer.forget(user_id=user_id, query=query).events

    def delete(self, user_id: str, memory_id: str) -> None:
        """Delete one of the user's memories (``MemoryNotFound`` if it is not theirs)."""
        self.get(user_id, memory_id)
        self.store.delete(memory_id)

    def forget_all(self, user_id: str) -> int:
        """Opt out: every memory, its history rows and the interest evidence."""
        return len(self.writer.forget_all(user_id).events)

    # -- reads ------------------------------------------------------------------------
    def get(self, user_id: str, memory_id: str) -> Memory:
        """One of the user's memories (``MemoryNotFound`` if unknown or someone else's)."""
        if self.store.owner_of(memory_id) != user_id:
            raise MemoryNotFound(memory_id)
        record = self.store.get(memory_id)
        if record is None:
            raise MemoryNotFound(memory_id)
        return record

    def list(self, user_id: str) -> builtins.list[Memory]:
        """All of the user's memories, oldest first."""
        return self.store.list(user_id)

    def search(self, user_id: str, query: str, limit: int = 8) -> builtins.list[Memory]:
        """The user's memories most relevant to ``query``, best first.

        The offline encoder is English-only: it ranks "我在哪里工作？" against "Works at Shopee",
        or "What do I do for work?" against "Is a Flutter 개발자", by noise, and the store drops
        what scores below zero. So after the hits come the user's profile facts (name, job,
        employer, home, reply language) the encoder could not place: all of them for a query
        in another language, those written in another script for one in English.
        """
        found = self.store.search(user_id, query, limit=limit)
        if len(found) >= limit:
            return found
        english = reads_as_english(query)
        seen = {m.id for m in found}
        for slot in PROFILE_SLOTS:
            found += [m for m in self.store.find(user_id, attribute=slot)
                      if m.id not in seen and not (english and _latin(m.text))]
        return found[:limit]

    def prefetch(self, message: str, *, model: str | None = None) -> None:
        """Embed at once what a turn on ``message`` will embed (the graph's pre-step calls it).

        On the offline embedder the search query and the clauses the run's extractor reads go
        through the same MiniLM: one batch here, then cache hits in the search and the
        post-step, instead of two passes. Elsewhere there is nothing to share.
        """
        extractor = self.extractor_for(model)
        if self.settings.embedder in OFFLINE_EMBEDDERS and isinstance(extractor, ReadsClauses) and \
                message.strip():
            self.store.prime([message], read_by_extractor=extractor.clauses(message))

    def context_for(self, user_id: str, query: str, limit: int | None = None
                    ) -> builtins.list[Memory]:
        """Memories for one turn: the "always" facts (name, language), then the most
        relevant to ``query``."""
        limit = limit or self.settings.memory_search_limit
        found = self.search(user_id, query, limit=limit) if query.strip() else []
        seen = {r.id for r in found}
        always = [r for r in self.store.list_categories(user_id, ALWAYS_CATEGORIES)
                  if r.id not in seen]
        return always + found

    def history(self, user_id: str, memory_id: str) -> builtins.list[dict[str, Any]]:
        """The memory's audit trail (ADD / UPDATE / DELETE with old and new text)."""
        self.get(user_id, memory_id)
        return self.store.history(memory_id)

    # -- the per-user switch --------------------------------------------------------------
    def memory_enabled(self, user_id: str) -> bool:
        return self.chats.memory_enabled(user_id)

    def set_memory_enabled(self, user_id: str, enabled: bool) -> None:
        self.chats.set_memory_enabled(user_id, enabled)
