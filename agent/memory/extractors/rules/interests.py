"""Hobby evidence: what a clause that states no fact says about the user's interests.

Lexicon topics are labelled with the user's own word and content nouns are kept as they are;
neither is a memory yet, since the writer only stores a topic that recurs in another chat.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from agent.memory.candidates import Candidate
from agent.memory.extractors.rules.patterns import NAME_STOP, F
from agent.memory.lexicon import COMMON_WORDS, TOPICS


def _topic_candidates(text: str, generic: bool = True) -> Iterator[Candidate]:
    """Hobby evidence: lexicon topics (labelled with the user's own word) and repeated nouns.

    A topic becomes a memory only when it comes up in two chats (see the writer), so a
    generic noun here costs nothing unless the user keeps returning to it.
    """
    covered: set[str] = set()
    for topic, pattern in TOPICS.items():
        match = re.search(rf"\b(?:{pattern})\b", text, F)
        if not match:
            continue
        word = match.group(0).lower()
        covered.update(re.findall(r"\w+", word))  # "astronomía" is covered by astronomy
        label = topic if word.startswith(topic[:5]) or word in COMMON_WORDS else \
            f"{topic} ({word})"
        yield Candidate(text=f"Interested in {label}", category="interest", value=topic,
                        clause=text, topic=topic)
    if not generic:
        return
    for word in _hobby_words(text):
        if word not in covered:
            yield Candidate(text=f"Interested in {word}", category="interest", value=word,
                            clause=text, topic=word)


def _hobby_words(text: str) -> list[str]:
    """Content nouns a user might keep asking about: not function words, names or numbers."""
    words: list[str] = []
    english = len(set(re.findall(r"\b(?:the|a|to|is|my|and|of|for|how|what|do|in)\b",
                                 text.lower()))) >= 2
    text = re.sub(r"(?<=\w)'s\b", "", text)  # "my bonsai's needles" still names the bonsai
    for found in re.finditer(r"(?<![\w'])([A-Za-zÀ-ÿ]{4,})(?:-[A-Za-zÀ-ÿ]+)?(?![\w'])", text):
        raw = found.group(1)
        word = raw.lower()
        word = re.sub(r"(?<!ic)(?<![su])s$", "", word) if len(word) > 4 else word
        proper = raw[0].isupper() and found.start() > 0 and english
        if word in COMMON_WORDS or word in NAME_STOP or proper:
            continue
        if re.search(r"(?:ly|ed|ould|ing)$", word) and not re.search(r"(?:ing)$", word):
            continue
        words.append(word)
    return words[:8]
