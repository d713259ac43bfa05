"""The learned job-title reader: which words of a clause are the user's role.

Job titles are lower-case phrases in any wording ("field tech", "lunch lady", "clinical
research coordinator", "PhD student in law"), so no list of job words and no pattern covers
them. The candidates are the clause's runs of one to ``ROLE_WORDS`` words that neither start
nor end on a function word, cross no punctuation and are shaped like one person's title; the
reader (trained on the labelled role values) scores each from its contextual token vectors and
the words around it (the span reader's features) and the best is taken when it is sure enough.
It is only asked about clauses the classifier reads as a statement of the user's job.
"""

from __future__ import annotations

import re

from agent.memory.extractors.learned.spans import WORD

ROLE_WORDS = 4  # longest title read ("clinical research coordinator", "PhD student in law")
ROLE_SPAN = 0.5  # P(role) of the best candidate for it to be read
MAX_WORDS = 30  # words of a clause looked at (a title comes early; bounds the candidates)
EDGE_STOP = frozenset(
    "a an the my your our his her their its i i'm im me myself at in on for with of and or "
    "but so to as from by is am are was were be been being this that these those it it's "
    "lol just really very also still now currently here there who which what when where "
    "how why not no yes ok okay hi hey hello thanks please some any every each one two three "
    "four five six seven eight nine ten".split())
PUNCTUATION = re.compile(r"[,.;:!?()\[\]—–\"/]")
# Words no title holds anywhere: a possessive or a pointer makes it a phrase about something
# ("boost my brand", "managing your accounts", "some promotion").
INSIDE_STOP = frozenset("my your our his her their its me you him them us some any every each "
                        "this that these those".split())


def role_spans(text: str) -> list[tuple[int, int]]:
    """Every run of 1 to ``ROLE_WORDS`` words of the clause that could be a job title."""
    words = [(m.start(), m.end(), m.group(0).lower()) for m in WORD.finditer(text)][:MAX_WORDS]
    out: list[tuple[int, int]] = []
    for i, (start, _, first) in enumerate(words):
        if first in EDGE_STOP or first.isdigit():
            continue
        for j in range(i, min(i + ROLE_WORDS, len(words))):
            if j > i and PUNCTUATION.search(text, words[j - 1][1], words[j][0]) or \
                    words[j][2] in INSIDE_STOP:
                break
            if words[j][2] not in EDGE_STOP and _title_shaped(first, words[j][2]):
                out.append((start, words[j][1]))
    return out


def _title_shaped(first: str, last: str) -> bool:
    """A title names one person's job: not a plural ("fashion editors", "volunteer roles"),
    not an activity ("offering workshops")."""
    plural = len(last) > 3 and last.endswith("s") and not last.endswith(("ss", "us", "is", "ics"))
    return not plural and not (len(first) > 5 and first.endswith("ing"))


def _plain(value: str) -> str:
    return re.sub(r"^(?:a|an|the)\s+", "", value.strip(" .,!?").lower())


def role_label(text: str, start: int, end: int, gold: list[tuple[str, int, int]]) -> str:
    """"role" when the candidate is a labelled role value (up to its article), else "none"."""
    value = _plain(text[start:end])
    return "role" if any(kind == "role" and _plain(text[lo:hi]) == value
                         for kind, lo, hi in gold) else "none"
