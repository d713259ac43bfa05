"""The offline embedder: MiniLM joined with the multilingual encoder, and stores written by
another embedder embedded again on open."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from agent.memory.embeddings import (
    MAX_CHARS,
    MiniLMEmbeddings,
    OfflineEmbeddings,
    shared_multilingual,
)
from agent.memory.store import MemoryStore
from agent.settings import Settings

TEXTS = ["Lives in Lyon", "Vive en Lyon", "where do I live?", "Dislikes cilantro",
         "Trabaja como enfermera", "what do I do for a living?"]


def test_the_joined_cosine_is_the_mean_of_the_two_encoders() -> None:
    joined = np.asarray(OfflineEmbeddings().embed_documents(TEXTS))
    english = np.asarray(MiniLMEmbeddings().embed_documents(TEXTS))
    other = shared_multilingual().vectors(TEXTS)
    assert joined.shape == (len(TEXTS), 896)
    assert np.linalg.norm(joined, axis=1) == pytest.approx([1.0] * len(TEXTS), abs=1e-5)
    mean = (english @ english.T + other @ other.T) / 2
    assert joined @ joined.T == pytest.approx(mean, abs=1e-5)


# A user with many memories in English and a few kept in the words they were said in.
CROWD = [f"{verb} {thing}" for verb in ("Loves", "Dislikes", "Interested in", "Goal: learn")
         for thing in ("jazz", "chess", "sushi", "Rust", "pottery", "sailing", "tea",
                       "running", "photography", "gardening")]
KEPT = {"Vive en Lyon": "where do I live?",
        "Trabaja como enfermera": "what is my job?",
        "Mora com o cachorro Thor": "what is my dog called?",
        "Ist Vegetarierin": "what do I eat?"}


def _top5_hits(embedder: MiniLMEmbeddings | OfflineEmbeddings) -> int:
    memories = CROWD + list(KEPT)
    vectors = np.asarray(embedder.embed_documents(memories))
    hits = 0
    for memory, question in KEPT.items():
        scores = vectors @ np.asarray(embedder.embed_query(question))
        hits += memory in [memories[i] for i in np.argsort(-scores)[:5]]
    return hits


def test_questions_in_english_find_memories_kept_in_other_languages() -> None:
    joined = _top5_hits(OfflineEmbeddings())
    assert joined > _top5_hits(MiniLMEmbeddings())
    assert joined >= 3


def test_a_store_minilm_wrote_is_embedded_again_on_open(tmp_path: Path) -> None:
    old = MemoryStore(Settings(data_dir=tmp_path, embedder="minilm"))
    ids = [old.add("ada", text).id for text in ("Vive en Lyon", "Loves jazz", "Works at Bosch")]
    old.close()
    new = MemoryStore(Settings(data_dir=tmp_path))
    assert new._mem0.vector_store.stale(896) == []
    found = new.search("ada", "Vive en Lyon", limit=1)
    assert [m.id for m in found] == [ids[0]] and found[0].text == "Vive en Lyon"
    assert {m.id for m in new.list("ada")} == set(ids)
    new.close()


def test_the_multilingual_encoder_reads_a_bounded_prefix() -> None:
    """A 20,000-character message costs what its first thousand characters cost (it took
    ~1 s whole, and a turn embeds its message to search)."""
    encoder = shared_multilingual()
    long = ("Ich wohne in Graz und arbeite als Elektriker. " * 500)[:20_000]
    head = long[:MAX_CHARS]
    whole, prefix = encoder.vectors([long, head])
    assert whole == pytest.approx(prefix, abs=1e-6)
    assert encoder.vectors([long[:MAX_CHARS // 2]])[0] != pytest.approx(prefix, abs=1e-3)
