"""An interest span to a topic of the taxonomy, or nothing (never any noun at all)."""

from __future__ import annotations

import re

from agent.memory.lexicon import INTEREST_PHRASES, INTEREST_TAXONOMY, SENSITIVE, TOPICS

F = re.IGNORECASE
_SUFFIXES = (("ing", ""), ("s", ""))


def topic_of(span: str, clause: str) -> str | None:
    """The taxonomy topic an interest span names ("my pottery class" -> "pottery")."""
    low = span.lower().strip(" .,!?;:'\"")
    if not low or SENSITIVE.search(low):
        return None
    for phrase in INTEREST_PHRASES:
        if re.search(rf"\b{re.escape(phrase)}\b", low):
            return phrase
    for word in map(str, re.findall(r"[\w-]+", low)):
        if word in INTEREST_TAXONOMY:
            return word
        for suffix, repl in _SUFFIXES:
            if word.endswith(suffix) and word[: -len(suffix)] + repl in INTEREST_TAXONOMY:
                return word[: -len(suffix)] + repl
    for topic, pattern in TOPICS.items():
        if re.search(rf"\b(?:{pattern})\b", low, F):
            return topic
    return None
