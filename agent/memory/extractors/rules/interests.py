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
    # Done for years, in the user's own words ("I've been doing pottery for about 3 years now",
    # "been bouldering 3x a week for 2 yrs"): a hobby said as one, kept at once; the two-chat
    # rule is for topics only touched on.
    kept = engaged and YEARS_OF.search(text) is not None
    said = match.group(0) if kept and match else topic  # the user's word: "bouldering"
    yield Candidate(text=f"Interested in {label}", category="interest", value=said,
                    clause=text, topic=None if kept else topic, engaged=engaged)


YEARS_OF = re.compile(r"\b(?:for|over)\s+(?:about\s+|almost\s+|nearly\s+|over\s+|like\s+|"
                      r"the (?:last|past)\s+)?(?:\d+|a few|a couple of|two|three|four|five|six|"
                      r"seven|eight|nine|ten|many)\s+(?:years?|yrs?|decades?)\b|"
                      r"\b(?:\d+|two|three|four|five|ten)\s+(?:years?|yrs?)\s+now\b|"
                      r"\bsince (?:19|20)\d\d\b", F)
