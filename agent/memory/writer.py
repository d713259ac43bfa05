"""The post-step's engine: extract -> policy -> reconcile -> write, with events.

``PersonalMemory`` (and through it the graph's post-step, the memory tools, the REST API and
the eval runner) calls this one class, so what the evals measure is exactly what ships.
"""

from __future__ import annotations

import re
from typing import Protocol

from agent.memory.candidates import Candidate
from agent.memory.casing import restore_case
from agent.memory.commands import after_forget_all, is_forget_all
from agent.memory.extraction_window import extraction_window
from agent.memory.extractors import Extractor
from agent.memory.notices import notices_for
from agent.memory.policy import judge
from agent.memory.reconcile import Action, plan
from agent.memory.records import MemoryEvent, TurnOutcome
from agent.memory.store import MemoryStore

INTEREST_MIN_CHATS = 2


class InterestEvidence(Protocol):
    """Where "topic X came up in chat Y" is kept (deleted with the user's memories)."""

    def add_interest_evidence(self, user_id: str, topic: str, chat_id: str, *,
                              engaged: bool = True) -> tuple[int, bool]:
        """Record that the topic came up in the chat (done by the user in the first person,
        or only mentioned); return in how many chats it came up, and whether in any of them
        the user did it."""
        ...

    def delete_user_evidence(self, user_id: str) -> None: ...


class MemoryWriter:
    """Applies the write policy for one user message and reports what changed."""

    def __init__(self, store: MemoryStore, evidence: InterestEvidence) -> None:
        self.store = store
        self.evidence = evidence

    def process(self, *, user_id: str, chat_id: str | None, message: str,
                previous_assistant: str | None, extractor: Extractor,
                created_by: str = "auto") -> TurnOutcome:
        """Everything one user message does to the user's memories.

        Only the message's ``extraction_window`` is read, by the extractor and the policy
        alike, so the work is bounded whatever the message's length."""
        message = restore_case(extraction_window(message))
        if previous_assistant is not None:
            previous_assistant = extraction_window(previous_assistant)
        if is_forget_all(message):
            outcome = self.forget_all(user_id)
            rest = after_forget_all(message)
            if rest:  # the facts said after the wipe are the first of the new slate
                later = self.process(user_id=user_id, chat_id=chat_id, message=rest,
                                     previous_assistant=None, extractor=extractor,
                                     created_by=created_by)
                outcome.events += later.events
                outcome.refusals += later.refusals
                outcome.notices += later.notices
            return outcome
        candidates = extractor(message, previous_assistant)
        if any(c.op == "forget_all" for c in candidates):
            return self.forget_all(user_id)
        verdict = judge(candidates, message, previous_assistant)
        outcome = TurnOutcome(refusals=list(verdict.refusals),
                              notices=notices_for(verdict, message))
        self.store.prime([c.text for c in verdict.accepted if c.op == "add" and not c.topic])
        for cand in verdict.accepted:
            if cand.topic:
                cand = self._interest(cand, user_id, chat_id)
                if cand.topic:  # not yet seen in enough chats
                    continue
            for action in plan(cand, user_id, self.store):
                event = self._apply(action, user_id, chat_id, created_by)
                if event is not None:
                    outcome.events.append(event)
        return outcome

    def remember(self, *, user_id: str, chat_id: str | None, fact: str,
                 extractor: Extractor, created_by: str = "tool") -> TurnOutcome:
        """An explicit "remember ..." (memory tool or API): counts as the user's consent."""
        text = fact if re.match(r"^\s*(?:please\s+)?remember\b", fact, re.I) else \
            f"Remember that {fact}"
        return self.process(user_id=user_id, chat_id=chat_id, message=text,
                            previous_assistant=None, extractor=extractor, created_by=created_by)

    def forget(self, *, user_id: str, query: str) -> TurnOutcome:
        """Delete the memories a retraction refers to."""
        cand = Candidate(text=query, category="other", value=query, clause=query, op="delete")
        outcome = TurnOutcome()
        for action in plan(cand, user_id, self.store):
            event = self._apply(action, user_id, None, "tool")
            if event is not None:
                outcome.events.append(event)
        return outcome

    def forget_all(self, user_id: str) -> TurnOutcome:
        """The full opt-out: every memory (history rows included) and interest evidence."""
        existing = self.store.list(user_id)
        self.store.delete_all(user_id)
        self.evidence.delete_user_evidence(user_id)
        return TurnOutcome(events=[MemoryEvent("deleted", m.id, m.text,
                                               reason="user asked to forget everything")
                                   for m in existing])

    def _interest(self, cand: Candidate, user_id: str, chat_id: str | None) -> Candidate:
        if not chat_id or not cand.topic:
            return cand
        chats, engaged = self.evidence.add_interest_evidence(user_id, cand.topic, chat_id,
                                                             engaged=cand.engaged)
        if chats >= INTEREST_MIN_CHATS and engaged:
            return cand.with_(topic=None, attribute=None)
        return cand

    def _apply(self, action: Action, user_id: str, chat_id: str | None, created_by: str
               ) -> MemoryEvent | None:
        cand = action.candidate
        if action.kind == "create":
            rec = self.store.add(user_id, cand.text, category=cand.category,
                                 attribute=cand.attribute, value=cand.value,
                                 source_chat_id=chat_id, created_by=created_by,
                                 sensitive=cand.sensitive)
            return MemoryEvent("created", rec.id, rec.text, reason=action.reason)
        if action.kind == "update" and action.target is not None:
            rec = self.store.update(action.target.id, cand.text, category=cand.category,
                                    attribute=cand.attribute, value=cand.value,
                                    source_chat_id=chat_id, created_by=created_by,
                                    sensitive=cand.sensitive)
            return MemoryEvent("updated", rec.id, rec.text, previous_text=action.target.text,
                               reason=action.reason)
        if action.kind == "delete" and action.target is not None:
            self.store.delete(action.target.id)
            return MemoryEvent("deleted", action.target.id, action.target.text,
                               reason=action.reason)
        return None
