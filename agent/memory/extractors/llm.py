"""LLM extraction: one structured-output call per turn, skipped when a turn cannot carry a fact.

The call is cheap on purpose: a first-person / memory-word pre-check skips turns with no
personal signal (most task turns), and the prompt is a small fraction of mem0's ~8k-token
extraction prompt. Hobby evidence still comes from the offline extractor: it is evidence that
needs a second chat, not a fact the model should decide on.
"""

from __future__ import annotations

import re

from langchain_core.language_models import BaseChatModel

from agent.memory.candidates import Candidate, Extraction
from agent.memory.extractors import Extractor
from agent.memory.extractors.rules import normalize
from agent.memory.lexicon import EXPLICIT_REQUEST, PERSONAL_SIGNAL
from agent.prompts import EXTRACTION_PROMPT

MAX_PROMPT_MESSAGE = 4000
MAX_PROMPT_PREVIOUS = 500


def has_personal_signal(message: str) -> bool:
    """Cheap gate: a message with no first-person or memory words cannot carry a user fact."""
    return bool(PERSONAL_SIGNAL.search(normalize(message)))


class ExtractionFailed(Exception):
    """The model could not extract (outage, timeout, bad key, unusable output).

    Raised only around the provider call, so a caller that keeps the reply on this error
    does not also swallow a bug of the memory store or of the policy after it.
    """


class LLMExtractor:
    """One structured-output call per turn with personal signal; none otherwise."""

    def __init__(self, model: BaseChatModel, topics: Extractor) -> None:
        self._model = model.with_structured_output(Extraction)
        self._topics = topics
        self.calls = 0

    def __call__(self, message: str, previous_assistant: str | None) -> list[Candidate]:
        if not has_personal_signal(message):
            return []
        prompt = EXTRACTION_PROMPT.format(
            previous=(previous_assistant or "(none)")[:MAX_PROMPT_PREVIOUS],
            message=message[:MAX_PROMPT_MESSAGE])
        self.calls += 1
        try:
            result = self._model.invoke(prompt)
            if not isinstance(result, Extraction):
                result = Extraction.model_validate(result)
        except provider_errors() as exc:
            raise ExtractionFailed(f"{type(exc).__name__}: {exc}") from exc
        explicit = bool(EXPLICIT_REQUEST.search(message))
        topics = [c for c in self._topics(message, previous_assistant) if c.topic]
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
