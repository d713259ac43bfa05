"""The rule-based extractor: hand-written patterns, deterministic, no model.

It reads first-person statements ("I live in ...", "call me ...", "me llamo ...") clause by
clause. Short replies are read against the assistant's previous question ("What city do you
live in?" + "lisbon" -> "I live in lisbon"), and a "yes" to an assistant claim is read as the
user saying the claim in their own voice; the ordinary statement rules then apply, so context
needs no rules of its own. Clauses that state nothing give hobby evidence from the topic
taxonomy. It does not judge candidates: secrets, sensitivity, consent and temporariness are
the policy's job (``agent.memory.policy``), applied the same way to any extractor.

Stages, in the order ``extract_with_rules`` runs them, each in its own module:
``normalization`` (quotes, contractions, typos), ``requests`` (remember/forget),
``context`` (short answers and confirmations, via ``claims``), ``statements`` (clauses from
``clauses`` through the rule registry in ``statement_rules``, else hobby evidence from
``interests``). ``builders`` phrases the candidates and ``patterns`` holds the shared regex
vocabulary. The learned extractor reuses normalisation, clause splitting and the explicit
command rules from here.
"""

from __future__ import annotations

from agent.memory.candidates import Candidate
from agent.memory.extractors.rules.extractor import extract_with_rules
from agent.memory.extractors.rules.normalization import normalize

__all__ = ["RuleExtractor", "extract_with_rules", "normalize"]


class RuleExtractor:
    """``extract_with_rules`` as an ``Extractor``."""

    def __call__(self, message: str, previous_assistant: str | None) -> list[Candidate]:
        return extract_with_rules(message, previous_assistant)
