"""Rules for how every answer should look: the clock, bluntness.

A wish about answers is kept only when it is said for good ("in general", "from now on",
"always", a complaint about every answer); the same words about one task ("use 24h for this
one") are the task's. Each wish fills one slot, so a later one replaces it.

A temperature scale ("in general give me temps in Fahrenheit") and "stop putting emojis in
everything" were read here too, and taken out again: each lost frozen test cases whose wish
another rule already reads (see the README).
"""

from __future__ import annotations

import re

from agent.memory.candidates import Candidate
from agent.memory.extractors.rules.builders import _fact
from agent.memory.extractors.rules.patterns import FOR_GOOD, STANDING, STANDING_WISH, F
from agent.memory.extractors.rules.statement_rules.registry import Rule, registrar

RULES: list[Rule] = []
rule = registrar(RULES)

# Said for good: the shared cues, and the ways a complaint says "every time".
EVERY_TIME = re.compile(r"\bevery(?:thing| single| time)\b", F)
# ... and what ties the words to the answer at hand.
ONE_TASK = re.compile(r"\b(?:this|that|the) (?:one|email|message|post|text|reply|answer|"
                      r"caption|list|card|draft|letter)\b|\bfor (?:this|now)\b", F)


def _standing(clause: str) -> bool:
    for_good = bool(FOR_GOOD.search(clause) or EVERY_TIME.search(clause))
    return bool(STANDING.search(clause) or STANDING_WISH.search(clause) or for_good) and \
        not (ONE_TASK.search(clause) and not for_good)


# "always use 24-hour time", "selalu pakai format 24 jam", "immer im 24-Stunden-Format"
@rule(r"\b24[- ]?(?:h(?:ou)?rs?|hour|jam|timmar|stunden|horas|heures|ore|uur)\b")
def clock_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    if not _standing(clause) or not re.search(r"\b(?:time|clock|format|formaat|formato|"
                                              r"Format|AM|PM|uhr)\b", clause, F):
        return []
    return [_fact("Prefers the 24-hour clock", "preference", m.group(0), clause, "clock")]


# "general rule for us going forward: be blunt", "from now on don't sugarcoat anything"
@rule(r"\b(?:be (?:brutally )?(?P<v>blunt|direct|brutally honest)|don't sugar-?coat)\b")
def blunt_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    if not _standing(clause):
        return []
    return [_fact("Wants blunt answers", "preference", m.group(0), clause, "tone")]
