"""Turning one user message into candidate facts: offline rules or one structured LLM call.

The LLM path is built to be cheap: a cheap regex pre-check skips turns with no personal signal
(most task turns), and the one call per turn that remains uses a prompt a small fraction of
mem0's ~8k-token extraction prompt.
"""

from __future__ import annotations

import re
from typing import Protocol

from langchain_core.language_models import BaseChatModel

from agent.memory.candidates import Candidate, Extraction
from agent.memory.offline import extract_offline, normalize
from agent.prompts import EXTRACTION_PROMPT

F = re.IGNORECASE
PERSONAL_SIGNAL = re.compile(
    r"\b(?:i|i'm|i am|im|i've|ive|i'd|my|mine|me|myself|call me|remember|forget|"
    r"yo|soy|mi|me llamo|je|j'|mon|ma|mes|ich|mein|meine|mich|eu|meu|minha|sou|io|sono|il mio|"
    r"yes|yeah|yep|correct|that's right)\b",
    F,
)


class Extractor(Protocol):
    """Anything that turns a user message (with the assistant's previous line) into facts."""

    def __call__(self, message: str, previous_assistant: str | None) -> list[Candidate]: ...


def has_personal_signal(message: str) -> bool:
    """Cheap gate: a message with no first-person or memory words cannot carry a user fact."""
    return bool(PERSONAL_SIGNAL.search(normalize(message)))


class OfflineExtractor:
    """The deterministic extractor (see ``agent.memory.offline``)."""

    def __call__(self, message: str, previous_assistant: str | None) -> list[Candidate]:
        return extract_offline(message, previous_assistant)


class LLMExtractor:
    """One structured-output call per turn with personal signal; none otherwise."""

    def __init__(self, model: BaseChatModel) -> None:
        self._model = model.with_structured_output(Extraction)
        self.calls = 0

    def __call__(self, message: str, previous_assistant: str | None) -> list[Candidate]:
        if not has_personal_signal(message):
            return []
        previous = (previous_assistant or "(none)")[:500]
        prompt = EXTRACTION_PROMPT.format(previous=previous,
                                          message=message[:4000])
        self.calls += 1
        result = self._model.invoke(prompt)
        if not isinstance(result, Extraction):
            result = Extraction.model_validate(result)
        explicit = bool(re.search(r"\b(?:remember|don't forget|keep in mind|note that)\b",
                                  message, F))
        # Topic mentions still come from the deterministic rules: they are evidence, not facts.
        topics = [c for c in extract_offline(message, previous_assistant) if c.topic]
        facts = [
            Candidate(text=f.text, category=f.category, value=f.value,
                      clause=_clause(message, f.value), attribute=f.attribute, op=f.op,
                      explicit=explicit)
            for f in result.facts
        ]
        return facts + topics


def _clause(message: str, value: str) -> str:
    """The sentence of ``message`` that holds ``value``, for the policy's context rules."""
    for sentence in re.split(r"(?<=[.!?\n])\s+", message):
        if value and value.lower() in sentence.lower():
            return sentence
    return message


def provider_errors() -> tuple[type[BaseException], ...]:
    """Errors a model provider raises on outages, bad output or timeouts (imported lazily)."""
    import httpx

    errors: list[type[BaseException]] = [OSError, ValueError, RuntimeError, httpx.HTTPError]
    try:
        import openai

        errors.append(openai.OpenAIError)
    except ImportError:  # pragma: no cover - langchain-openai is a hard dependency
        pass
    return tuple(errors)


def extractor_for(spec: str | None) -> Extractor:
    """The extractor a run with this model uses (graph post-step and API alike)."""
    from agent.models import is_offline, load_chat_model
    from agent.settings import get_settings

    model = spec or get_settings().default_model
    if is_offline(model):
        return build_extractor("offline")
    return build_extractor(model, load_chat_model(model))


def build_extractor(model_spec: str, model: BaseChatModel | None = None) -> Extractor:
    """Offline rules for the offline model; otherwise one structured call to ``model``."""
    if model_spec == "offline" or model is None:
        return OfflineExtractor()
    return LLMExtractor(model)
