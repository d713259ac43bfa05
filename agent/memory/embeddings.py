"""The memory store's embedder on the offline default: the process's one MiniLM.

mem0 takes any LangChain ``Embeddings`` (its ``langchain`` embedder provider), so the store
embeds with the same encoder, and the same sentence-vector cache, as the learned extractor:
one copy of the model in memory, no sentence-transformers import at start, and a text the
turn's pre-step embedded (the message, its clauses) is never run through the model again.
The vectors are the ones sentence-transformers gives for this model (mean pooling,
normalised, 256 tokens), so memories stored by earlier versions keep matching.
"""

from __future__ import annotations

from langchain_core.embeddings import Embeddings

from agent.memory.encoder import Encoder, shared_encoder


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
