"""Hashed character n-grams of a clause: the features the English-only encoder cannot give.

MiniLM was trained on English, so "trabajo como enfermera", "ich wohne in Graz" or
"mình là giáo viên" reach it as sub-word noise. Character n-grams are blind to language: a
linear model over them learns "trabajo como" and "wohne in" from a few labelled examples,
and on the dev split it separates facts from chatter as well as the sentence vectors do
(see ``train.fit``). The hash is a fixed polynomial over code points, computed for all
positions at once in NumPy (a clause costs tens of microseconds, not a Python loop per
gram), and the same on every run and machine, so a clause falls into the buckets it fell
into in training.
"""

from __future__ import annotations

import numpy as np
from numpy.typing import NDArray

GRAM_SIZES = (2, 3, 4, 5)
BUCKETS = 1 << 16
_BASE = np.uint64(1_000_003)
_MIX = np.uint64(0x9E3779B97F4A7C15)  # Fibonacci hashing spreads the polynomial's low bits


def char_grams(text: str) -> tuple[NDArray[np.int64], NDArray[np.float32]]:
    """The clause's n-gram buckets and their L2-normalised counts (lower case, runs of
    white space as one space, a space at each end so word starts and ends are grams too)."""
    padded = f" {' '.join(text.lower().split())} "
    codes = np.frombuffer(padded.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    hashes = []
    for n in GRAM_SIZES:
        if len(codes) < n:
            continue
        h = np.full(len(codes) - n + 1, n, dtype=np.uint64)
        for k in range(n):
            h = h * _BASE + codes[k:len(codes) - n + 1 + k]
        hashes.append(((h * _MIX) >> np.uint64(40)) % np.uint64(BUCKETS))
    buckets, counts = np.unique(np.concatenate(hashes), return_counts=True)
    values = counts.astype(np.float32)
    return buckets.astype(np.int64), values / np.float32(np.linalg.norm(values))
