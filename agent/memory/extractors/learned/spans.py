"""The learned value reader: which capitalised span of a clause is the user's name, city or
employer.

Tagging every token (B-/I- tags) asks a linear model to find a value's edges and its kind at
once, from a few hundred examples; it found under a third of the value tokens. Most values
the rules miss are proper names, and proper names are written with capitals in every
Latin-script language, so the candidates are the runs of capitalised words ("Tomasz
Wierzbicki", "Bank of America", "iFood") and the model only chooses among them: which run, if
any, is which kind of value. It reads each run's contextual token vectors, the words around
it ("joined X" vs "left X", "my friend X" vs "I'm X") and its shape. Lower-case values (roles,
"a tiny flat in cork") stay with the rules.
"""

from __future__ import annotations

import re

import numpy as np

from agent.memory.encoder import Encoded
from agent.memory.extractors.learned.features import Matrix
from agent.memory.lexicon import COMMON_WORDS, NAME_JOINERS, NOT_A_VALUE

# What the reader labels: the slots it serves, plus two it learns to tell them from.
SPAN_KINDS = ("none", "name", "location", "employer", "language", "family_pet")
# The slots whose values it proposes (language and pets are read by the rules).
READ_SLOTS = ("name", "location", "employer")
CONTEXT = 0.5  # weight of the words around a span against the span itself

WORD = re.compile(r"\w[\w'’.&-]*")


def candidate_spans(text: str) -> list[tuple[int, int]]:
    """Runs of capitalised words, joined across "de", "van", "of"... (character offsets), not
    across punctuation ("Maya, Zoe and Lily" are three names); a clause's first word alone is
    none (it is capitalised by position, and would cost every clause an encoder pass)."""
    words = [(m.start(), m.end(), m.group(0)) for m in WORD.finditer(text)]
    spans: list[tuple[int, int]] = []

    def joined(a: int, b: int) -> bool:  # one run: only spaces between ("Marks & Spencer")
        gap = text[words[a][1]:words[b][0]]
        return gap.isspace() or gap.strip() == "&" and gap[0].isspace()

    i = 0
    while i < len(words):
        if not _capitalised(words[i][2]):
            i += 1
            continue
        j = i
        while j + 1 < len(words) and joined(j, j + 1):
            if _capitalised(words[j + 1][2]):
                j += 1
            elif (words[j + 1][2].lower() in NAME_JOINERS and j + 2 < len(words)
                  and _capitalised(words[j + 2][2]) and joined(j + 1, j + 2)):
                j += 2
            else:
                break
        if i > 0 or j > i:  # a lone first word is capitalised by position ("What", "Sou")
            spans.append((words[i][0], words[j][1]))
        i = j + 1
    return spans + _lower_case_spans(text, spans)


# Where a place or a firm typed in lower case may follow ("a pastry chef in austin", "started
# at bosch"): one word after the preposition, and two ("in new york"). The encoder is uncased,
# so the reader sees "austin" as it sees "Austin"; the words around it decide.
LOWER_AFTER = re.compile(r"\b(?:in|at|for|from|near|out of|based in)\s+"
                         r"(?P<a>[a-z][\w'&-]+)(?:\s+(?P<b>[a-z][\w'&-]+))?")
NOT_LOWER_VALUE = frozenset(
    "the a an my your our his her their its this that these those it me you him them us one "
    "some any all most least home work school bed town night nights time times case general "
    "fact order advance total person life mind charge front line hand place way part years "
    "months weeks days hours minutes morning mornings evening evenings weekend weekends "
    "advance future past present mind touch shape love trouble public private on in at to "
    "for of and or but so btw lol now with from last next since as is was are be tbh rn "
    "too".split())
# First words of two-word places ("in new york", "from san diego").
PLACE_FIRST = frozenset("new san los las st santa hong rio buenos kuala tel abu cape ho "
                        "port".split())


def _lower_case_spans(text: str, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for m in LOWER_AFTER.finditer(text):
        first, second = m.group("a"), m.group("b")
        if any(s < m.end("a") and e > m.start("a") for s, e in taken) or any(
                s == m.end("a") + 1 for s, _ in taken):
            continue  # "out in rural Iowa": the capitalised place after it is the value
        if first in PLACE_FIRST and second and second not in NOT_LOWER_VALUE:
            out.append((m.start("a"), m.end("b")))
            continue
        if first in NOT_LOWER_VALUE or first in COMMON_WORDS or first in NOT_A_VALUE:
            continue
        out.append((m.start("a"), m.end("a")))
        if second and second not in NOT_LOWER_VALUE and second not in COMMON_WORDS and \
                not second.endswith("ly"):  # "still in bergen thankfully"
            out.append((m.start("a"), m.end("b")))
    return out


def _capitalised(word: str) -> bool:
    return any(c.isupper() for c in word) and word.lower() not in NOT_A_VALUE


def span_features(text: str, encoded: Encoded, start: int, end: int) -> Matrix | None:
    """The span's mean token vector, the two tokens before it and the one after, the clause,
    and its shape; ``None`` when no token falls inside it."""
    tokens = encoded.tokens
    inside = [i for i, (s, e) in enumerate(encoded.offsets) if s < end and e > start]
    if not inside:
        return None
    zero = np.zeros(tokens.shape[1], dtype=np.float32)
    first, last = inside[0], inside[-1]
    before = tokens[first - 1] if first > 0 else zero
    before2 = tokens[first - 2] if first > 1 else zero
    after = tokens[last + 1] if last + 1 < len(tokens) else zero
    value = text[start:end]
    words = len(value.split())
    shape = [float(start == 0), float(words == 1), float(words == 2), float(words >= 3),
             float(value.isupper()), float(any(c.isdigit() for c in value)),
             float(start == 0 and end >= len(text.rstrip(" .!?")))]
    return np.concatenate([tokens[inside].mean(axis=0), before, before2 * CONTEXT,
                           after * CONTEXT, encoded.sentence * CONTEXT,
                           np.asarray(shape, dtype=np.float32)]).astype(np.float32)


def span_label(start: int, end: int, gold: list[tuple[str, int, int]]) -> str:
    """The kind of the labelled value a candidate overlaps, else "none"."""
    for kind, lo, hi in gold:
        if kind in SPAN_KINDS and start < hi and end > lo:
            return kind
    return "none"
