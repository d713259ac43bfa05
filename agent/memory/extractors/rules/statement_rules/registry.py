"""How rules register: a pattern plus the function that builds candidates from its match.

Each domain module owns a list and a ``rule`` decorator bound to it, so a rule is declared
next to its pattern; the package concatenates the lists in a fixed order.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from agent.memory.candidates import Candidate
from agent.memory.extractors.rules.patterns import F

Rule = tuple[re.Pattern[str], Callable[[re.Match[str], str], list[Candidate]]]
Build = Callable[[re.Match[str], str], list[Candidate]]


def registrar(rules: list[Rule]) -> Callable[[str], Callable[[Build], Build]]:
    """A ``@rule(pattern)`` decorator that appends to ``rules`` in declaration order."""

    def rule(pattern: str) -> Callable[[Build], Build]:
        def register(fn: Build) -> Build:
            rules.append((re.compile(pattern, F), fn))
            return fn

        return register

    return rule
