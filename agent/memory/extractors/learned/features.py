"""Input features of the learned extractor: what the encoder gives plus cues it is blind to.

Clause features: the clause's sentence vector, the assistant's previous question when the
clause is a short answer to it (zeros otherwise), and the cue flags of ``lexicon.CUES``.
Token features: the contextual token vector plus its shape (capitalised, sub-word, first in
the clause), since MiniLM is uncased and cannot see that "Bosch" is written with a capital.
"""

from __future__ import annotations

import re

import numpy as np
from numpy.typing import NDArray

from agent.memory.encoder import Encoded, Vector
from agent.memory.lexicon import CUES

CUE_NAMES = tuple(CUES)
SHORT_ANSWER_WORDS = 6
CUE_SCALE = 0.5  # cue flags on roughly the scale of the normalised sentence vectors

Matrix = NDArray[np.float32]


def is_short_answer(clause: str, previous_assistant: str | None) -> bool:
    """A few words right after an assistant question are read as its answer."""
    return bool(previous_assistant and previous_assistant.rstrip().endswith("?")
                and len(clause.split()) <= SHORT_ANSWER_WORDS)


def cue_vector(clause: str, short_answer: bool) -> Matrix:
    flags = [bool(CUES[name].search(clause)) for name in CUE_NAMES]
    words = len(clause.split())
    flags += [short_answer, words <= 3, words >= 15]
    return np.asarray(flags, dtype=np.float32) * CUE_SCALE


def clause_features(clause: str, sentence: Vector, previous: Vector | None,
                    short_answer: bool) -> Matrix:
    context = previous if (previous is not None and short_answer) else np.zeros_like(sentence)
    return np.concatenate([sentence, context, cue_vector(clause, short_answer)])


def token_features(text: str, encoded: Encoded) -> Matrix:
    """One row per token: its vector, the previous token's vector, and its shape."""
    rows = encoded.tokens
    previous = np.vstack([np.zeros((1, rows.shape[1]), dtype=np.float32), rows[:-1]]) \
        if len(rows) else rows
    shape = np.asarray([_shape(text, start, end, sub, i == 0)
                        for i, ((start, end), sub) in enumerate(zip(encoded.offsets,
                                                                    encoded.subword,
                                                                    strict=True))],
                       dtype=np.float32).reshape(len(rows), -1)
    return np.hstack([rows, previous * 0.5, shape])


def _shape(text: str, start: int, end: int, subword: bool, first: bool) -> list[float]:
    piece = text[start:end]
    word_start = start
    while word_start > 0 and not text[word_start - 1].isspace():
        word_start -= 1
    word = re.match(r"[\w'-]*", text[word_start:]).group(0) if text[word_start:] else ""  # type: ignore[union-attr]
    return [float(word[:1].isupper()), float(word.isupper() and len(word) > 1),
            float(any(c.isdigit() for c in piece)), float(subword), float(first),
            float(bool(re.match(r"\W", piece)))]
