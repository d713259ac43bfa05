"""Pluggable extractors: each turns one user message into candidate facts.

An extractor only proposes. What is kept is decided after it, the same way for every
extractor, by the policy (``agent.memory.policy``) and reconciliation
(``agent.memory.reconcile``). Four ship:

* ``gated`` (the offline default): the rules read values, the learned clause classifier
  decides which of their facts are facts and adds the ones no rule read
  (``agent.memory.extractors.gated``);
* ``learned``: the classifier and a span tagger alone, trained on labelled examples over the
  packaged MiniLM encoder (``agent.memory.extractors.learned``);
* ``rules``: the hand-written pattern extractor alone, kept as the baseline;
* ``llm``: one structured-output call to the run's chat model per turn.

``choose_extractor`` is the one place that maps a run's model to its extractor.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, Protocol, runtime_checkable

from agent.memory.candidates import Candidate

if TYPE_CHECKING:
    from langchain_core.language_models import BaseChatModel

ExtractorName = Literal["gated", "learned", "rules"]
EXTRACTOR_NAMES: tuple[ExtractorName, ...] = ("gated", "learned", "rules")


class Extractor(Protocol):
    """Anything that turns a user message (with the assistant's previous line) into facts."""

    def __call__(self, message: str, previous_assistant: str | None) -> list[Candidate]: ...


@runtime_checkable
class ReadsClauses(Protocol):
    """An extractor that embeds a message's clauses with the shared encoder: the pre-step
    embeds them with the query in one batch, and the post-step finds them cached."""

    def clauses(self, message: str) -> list[str]: ...


def offline_extractor(name: ExtractorName) -> Extractor:
    """The extractor used when no LLM runs the turn (imported lazily: the learned one loads
    the encoder)."""
    if name == "rules":
        from agent.memory.extractors.rules import RuleExtractor

        return RuleExtractor()
    from agent.memory.extractors.learned import LearnedExtractor

    if name == "gated":
        from agent.memory.extractors.gated import GatedExtractor
        from agent.memory.extractors.rules import RuleExtractor

        return GatedExtractor(RuleExtractor(), LearnedExtractor.default())
    learned: Extractor = LearnedExtractor.default()
    return learned


def choose_extractor(offline_name: ExtractorName, model: BaseChatModel | None) -> Extractor:
    """The run's extractor: the LLM when the run has one, else the configured offline one."""
    if model is None:
        return offline_extractor(offline_name)
    from agent.memory.extractors.llm import LLMExtractor

    return LLMExtractor(model, offline_extractor(offline_name))
