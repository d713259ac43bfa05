"""Hobby evidence from a clause that states no fact: a taxonomy topic the user does.

Not a memory yet: the writer stores a topic only once it comes up in another chat. Any noun
is not a topic ("Interested in yesterday"), nor is someone else's hobby or a topic only
asked about ("what's the best telescope?"); see ``agent.memory.topics``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from agent.memory.candidates import Candidate
from agent.memory.extractors.rules.patterns import F
from agent.memory.lexicon import COMMON_WORDS, TOPICS
from agent.memory.topics import engaged_topic, mentioned_topic


def _topic_candidates(text: str) -> Iterator[Candidate]:
    """At most one topic per clause, labelled with the user's own word when it differs; a
    topic only raised, not done in the first person, is marked not ``engaged``."""
    topic = engaged_topic(text)
    engaged = topic is not None
    topic = topic or mentioned_topic(text)
    if topic is None:
        return
    label = topic
    pattern = TOPICS.get(topic)
    match = re.search(rf"\b(?:{pattern})\b", text, F) if pattern else None
    if match:
        word = match.group(0).lower()
        if not (word.startswith(topic[:5]) or word in COMMON_WORDS):
            label = f"{topic} ({word})"
    yield Candidate(text=f"Interested in {label}", category="interest", value=topic,
                    clause=text, topic=topic, engaged=engaged)
