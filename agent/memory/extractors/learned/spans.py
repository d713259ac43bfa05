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
from agent.memory.lexicon import NAME_JOINERS, NOT_A_VALUE

# What the reader labels: the slots it serves, plus two it learns to tell them from.
SPAN_KINDS = ("none", "name", "location", "employer", "language", "family_pet")
# The slots whose values it proposes (language and pets are read by the rules).
READ_SLOTS = ("name", "location", "employer")
CONTEXT = 0.5  # weight of the words around a span against the span itself

WORD = re.compile(r"\w[\w'’.&-]*")


def candidate_spans(text: str) -> list[tuple[int, int]]:
    """Runs of capitalised words, joined across "de", "van", "of"... (character offsets); a
    clause's first word alone is none (it is capitalised by position, and would cost every
    clause an encoder pass)."""
    words = [(m.start(), m.end(), m.group(0)) for m in WORD.finditer(text)]
    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(words):
        if not _capitalised(words[i][2]):
            i += 1
            continue
        j = i
        while j + 1 < len(words):
            if _capitalised(words[j + 1][2]):
                j += 1
            elif (words[j + 1][2].lower() in NAME_JOINERS and j + 2 < len(words)
                  and _capitalised(words[j + 2][2])):
                j += 2
            else:
                break
        if i > 0 or j > i:  # a lone first word is capitalised by position ("What", "Sou")
            spans.append((words[i][0], words[j][1]))
        i = j + 1
    return spans


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
