"""What the assistant said about the user, rewritten in the user's own voice.

A "yes" confirms the assistant's last claim ("You live in Lisbon, right?" -> "I live in
Lisbon") and a "forget that" retracts it; both the context reader and the retraction reader
need the same rewrite, so it lives apart from either.
"""

from __future__ import annotations

import re

from agent.memory.extractors.rules.patterns import F

CLAIM = re.compile(
    r"(?:\byou(?:'re| are| seem to be| must be| sound like| seem like)\s+(?P<be>[^.?!,—–]+)|"
    r"\byou (?:seem to |probably |must |still |also )?(?P<verb>(?:prefer|like|love|live|work|"
    r"use|speak|have)\b[^.?!,—–]+)|^(?:are|were) you\s+(?P<q>[^?]+)|"
    r"\b(?:should|shall|can|may) I\s+(?P<act>[^?]+)|"
    r"\b(?:want|would you like|do you want) me to\s+(?P<act2>[^?]+)|\bthat you (?P<that>"
    r"[^.?!]+))",
    F,
)


def _confirmed_claim(previous: str, question: str | None) -> str | None:
    """The assistant's proposition the user said yes to, rewritten in the user's voice."""
    sentences = [question] if question else []
    sentences += [s for s in re.findall(r"[^.!?]+[.!?]?", previous) if s.strip()][::-1]
    for sentence in sentences:
        match = CLAIM.search(sentence.strip())
        if not match:
            continue
        g = match.groupdict()
        if g["be"] or g["q"]:
            return _swap_person(f"I'm {(g['be'] or g['q']).strip()}")
        if g["verb"] or g["that"]:
            return _swap_person(f"I {(g['verb'] or g['that']).strip()}")
        action = (g["act"] or g["act2"] or "").strip()
        marker = " from now on" if re.search(r"always|future|from now on|going forward|"
                                             r"every time|by default", sentence, F) else ""
        return _swap_person(action) + marker
    return None


def _swap_person(text: str) -> str:
    """Turn the assistant's 'you/your' into the user's 'me/my'."""
    text = re.sub(r"\s*(?:[—–-]\s*)?(?:is that (?:still )?(?:right|correct|true)|right|"
                  r"correct|too)\s*$", "", text.strip(" ?"), flags=F)
    text = re.sub(r"\byour\b", "my", text, flags=F)
    text = re.sub(r"\byourself\b", "myself", text, flags=F)
    return re.sub(r"\byou\b", "me", text, flags=F)
