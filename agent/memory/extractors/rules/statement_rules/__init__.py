"""The statement rules, by domain, in the order they run over each clause.

Every rule runs on every clause and all their candidates are kept in this order, so the
order decides which candidate wins when later stages drop duplicates: it must stay fixed.
"""

from __future__ import annotations

from agent.memory.extractors.rules.statement_rules import (
    answer_style,
    constraints,
    family,
    fronted,
    goals,
    identity,
    language,
    latin_in_scripts,
    more_scripts,
    particles,
    places,
    preferences,
    profile,
    scripts,
)
from agent.memory.extractors.rules.statement_rules.registry import Build, Rule

RULES: list[Rule] = [
    *identity.RULES,
    *places.RULES,
    *language.RULES,
    *constraints.RULES,
    *family.RULES,
    *preferences.RULES,
    *answer_style.RULES,
    *goals.RULES,
    *fronted.RULES,
    *scripts.RULES,
    *latin_in_scripts.RULES,
    *more_scripts.RULES,
    *particles.RULES,
    *profile.RULES,
]

__all__ = ["RULES", "Build", "Rule"]
