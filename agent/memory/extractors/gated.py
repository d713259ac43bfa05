"""Rules propose, a learned classifier disposes: the ``gated`` offline extractor.

The rules read values precisely (a name, a city, "so please stop giving me X") but fire on
anything shaped like a fact; on real chat most such clauses are chatter ("I love the energy
there", "I'm so glad I went"). The learned clause classifier, trained on labelled messages,
judges whether a clause carries a durable fact at all. A rule candidate whose clause it
judges to carry none is dropped. Commands, retractions, explicit requests and interest
evidence are left to the rules and the writer (the taxonomy and the two-chat rule).
"""

from __future__ import annotations

from agent.memory.candidates import Candidate
from agent.memory.extractors.learned import LearnedExtractor
from agent.memory.extractors.rules import RuleExtractor

GATE = 0.2  # keep a rule candidate when P(clause carries a fact) is at least this


class GatedExtractor:
    """An ``Extractor``: rule candidates that the learned classifier does not veto."""

    def __init__(self, rules: RuleExtractor, learned: LearnedExtractor, gate: float = GATE
                 ) -> None:
        self.rules = rules
        self.learned = learned
        self.gate = gate

    def __call__(self, message: str, previous_assistant: str | None) -> list[Candidate]:
        candidates = self.rules(message, previous_assistant)
        judged = [c for c in candidates if _judged(c)]
        if not judged:
            return candidates
        clauses = sorted({c.clause for c in judged})
        p_fact = dict(zip(clauses, self.learned.fact_probability(clauses, previous_assistant),
                          strict=True))
        return [c for c in candidates if not _judged(c) or p_fact[c.clause] >= self.gate]


def _judged(cand: Candidate) -> bool:
    """Only plain statements are judged: not commands, consents or interest evidence."""
    return cand.op == "add" and not cand.explicit and cand.topic is None and bool(cand.clause)
