"""What the user is told about facts the writer chose not to keep.

A person should not have to guess why "I'm lactose intolerant" was not remembered, or
whether the key they pasted was stored. The two decisions worth a word are the ones the user
can act on: a sensitive detail waits for their explicit "remember ...", and a secret is never
kept. Other rejections (a joke, a plan for tonight, someone else's job) are simply not facts
about the user and need no notice.
"""

from __future__ import annotations

import re

from agent.memory.extractors.rules.clauses import split_clauses
from agent.memory.extractors.rules.normalization import normalize
from agent.memory.lexicon import OTHER_SUBJECT, SENSITIVE
from agent.memory.policy import SECRET_REASON, SENSITIVE_REASON, PolicyResult
from agent.memory.records import MemoryNotice

# A statement about oneself: it starts with "I" or "my" (not "my sister ...").
ABOUT_SELF = re.compile(r"^\W*(?:i|i'm|i've|i'd|i am|i was|my)\b", re.IGNORECASE)
# "an essay on cancer research": the word is the subject of a task, not about the user.
SUBJECT_OF_A_TASK = re.compile(r"\b(?:on|about|regarding)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)

NOT_SAVED_SENSITIVE = ("Not saved: that sounds like a sensitive detail (health, beliefs, "
                       "identity, ...). Say \"remember ...\" if you want me to keep it.")
REFUSED_SECRET = ("Not saved: it looks like a secret (a password, key, card, account or ID "
                  "number). I never store those; keep them in a password manager.")


def notices_for(verdict: PolicyResult, message: str) -> list[MemoryNotice]:
    """At most one notice of each kind for one message (never the fact itself)."""
    reasons = {reason for _, reason in verdict.rejected}
    out: list[MemoryNotice] = []
    if SENSITIVE_REASON in reasons or (not verdict.accepted and sensitive_about_self(message)):
        out.append(MemoryNotice("not_saved", NOT_SAVED_SENSITIVE))
    if verdict.refusals:
        out.append(MemoryNotice("refused", " ".join(verdict.refusals)))
    elif SECRET_REASON in reasons:
        out.append(MemoryNotice("refused", REFUSED_SECRET))
    return out


def sensitive_about_self(message: str) -> bool:
    """A first-person statement with a sensitive word ("I take antidepressants") that no
    extractor turned into a fact: the user should still hear that it was not kept."""
    for clause in split_clauses(normalize(message)):
        text = clause.text.strip()
        found = SENSITIVE.search(text)
        if found and ABOUT_SELF.match(text) and not OTHER_SUBJECT.search(text) and \
                not text.endswith("?") and not SUBJECT_OF_A_TASK.search(text[:found.start()]):
            return True
    return False
