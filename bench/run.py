"""Speed benchmarks for issue targets. Prints numbers; run with `make bench`.

1. Importing graph.py (target < 3 s, offline default).
2. retrieve_memories (embed the query + search) for a user with 10,000 memories among
   100,000 memories of 1,000 users (target p95 <= 25 ms), and the same measurement on mem0's
   default local-Qdrant configuration with 10,000 memories of one user among 20,000, in the
   same run: the ratio is reported.
3. ``personalmem chat`` from launch to its first prompt (target < 3 s).
4. A whole offline turn (pre-step + model + post-step) at 1,000 memories (target p95 <= 60 ms).
5. A 20,000-character message (the cap) through ``PersonalMemory.observe`` (extractor, policy
   and the memory write; target for extraction <= 50 ms), and through the extractor alone:
   extraction reads a bounded window of the message, so its time does not grow with it.

Bench vectors are real embeddings (the default embedder's: MiniLM joined with the multilingual
encoder) of a few hundred template sentences plus small noise, loaded in bulk into the vector
store (not one ``add`` at a time).
"""

from __future__ import annotations

import asyncio
import hashlib
import os
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ["MEM0_TELEMETRY"] = "False"

if TYPE_CHECKING:
    from agent.memory.extractors import ExtractorName

QUERIES = ["What is my name?", "What language should I use for my backend?",
           "Any tips for my marathon training?", "Where do I live?", "What food do I like?",
           "Recommend a book for me", "Which editor should I use?", "How should I plan my trip?"]
SUBJECTS = ["Python", "Rust", "hiking", "jazz", "sushi", "Berlin", "chess", "tea", "cycling",
            "photography", "Go", "TypeScript", "gardening", "yoga", "Lisbon", "pizza", "sci-fi",
            "running", "baking", "climbing"]
TEMPLATES = ["Loves {}", "Is interested in {}", "Prefers {} over alternatives", "Enjoys {}",
             "Goal is to get better at {}", "Dislikes {}", "Lives near {}", "Works with {}"]


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def bench_cli_prompt(tmp: Path) -> float:
    """Launch ``personalmem chat`` and quit at the first prompt: median wall time of 3."""
    exe = Path(sys.executable).with_name("personalmem")
    env = {**os.environ, "PERSONALMEM_DATA_DIR": str(tmp / "cli")}
    runs = []
    for _ in range(3):
        start = time.perf_counter()
        subprocess.run([str(exe), "chat", "--user", "bench"], input="/quit\n", env=env,
                       capture_output=True, text=True, check=True)
        runs.append(time.perf_counter() - start)
    return statistics.median(runs)


def bench_import() -> float:
    runs = []
    for _ in range(3):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", "import graph"], cwd=ROOT, check=True)
        runs.append(time.perf_counter() - start)
    return statistics.median(runs)


def corpus(embed: Any) -> tuple[list[str], np.ndarray]:
    texts = [t.format(s) for t in TEMPLATES for s in SUBJECTS]
    return texts, np.asarray(embed(texts), dtype=np.float32)


def payload(user: str, text: str) -> dict[str, Any]:
    stamp = datetime.now(UTC).isoformat()
    return {"user_id": user, "data": text, "hash": hashlib.md5(text.encode()).hexdigest(),
            "created_at": stamp, "updated_at": stamp, "category": "preference",
            "created_by": "auto", "sensitive": False, "role": "user"}


def bulk_load(store: Any, users: list[tuple[str, int]], texts: list[str], vecs: np.ndarray,
              batch: int = 5000) -> float:
    rng = np.random.default_rng(7)
    start = time.perf_counter()
    ids: list[str] = []
    rows: list[list[float]] = []
    payloads: list[dict[str, Any]] = []
    for user, count in users:
        for i in range(count):
            j = int(rng.integers(len(texts)))
            vec = vecs[j] + np.asarray(rng.normal(0, 0.02, vecs.shape[1]), dtype=np.float32)
            ids.append(str(uuid.uuid4()))
            rows.append(vec.tolist())
            payloads.append(payload(user, f"{texts[j]} #{i}"))
            if len(ids) >= batch:
                store.insert(vectors=rows, payloads=payloads, ids=ids)
                ids, rows, payloads = [], [], []
    if ids:
        store.insert(vectors=rows, payloads=payloads, ids=ids)
    return time.perf_counter() - start


def time_calls(fn: Any, queries: list[str], rounds: int, tag: str = "take") -> list[float]:
    """Time ``fn`` on distinct query strings (numbered), so no embedding cache can help."""
    fn(queries[0])  # warm-up: builds per-user caches, loads the model
    out = []
    for i in range(rounds):
        q = f"{queries[i % len(queries)]} ({tag} {i})"
        start = time.perf_counter()
        fn(q)
        out.append((time.perf_counter() - start) * 1000)
    return out


def bench_retrieve(tmp: Path) -> dict[str, float]:
    from agent.personal_memory import PersonalMemory
    from agent.settings import Settings

    mem = PersonalMemory(settings=Settings(data_dir=tmp / "ours"))
    texts, vecs = corpus(mem.store.embed)
    users = [("big-user", 10_000)] + [(f"user-{i}", 90) for i in range(999)]
    load = bulk_load(mem.store.vector_store, users, texts, vecs)
    mem.store.add("big-user", "Name is Honda", category="name", attribute="name", value="Honda")

    def ours(q: str) -> None:
        found = mem.context_for("big-user", q, 8)
        assert found and all(r.user_id == "big-user" for r in found)

    ours_ms = time_calls(ours, QUERIES, 200)
    small_ms = time_calls(lambda q: mem.context_for("user-5", q, 8), QUERIES, 100, "small")

    # Baseline: mem0's default local Qdrant, same embedder, 10k of one user among 20k.
    from mem0 import Memory

    from agent.memory.store import mem0_config

    config = mem0_config(Settings(data_dir=tmp / "qdrant"))
    config["vector_store"] = {"provider": "qdrant", "config": {
        "path": str(tmp / "qdrant" / "q"), "collection_name": "bench",
        "embedding_model_dims": vecs.shape[1], "on_disk": True}}
    baseline = Memory.from_config(config)
    qload = bulk_load(baseline.vector_store, [("big-user", 10_000), ("other", 10_000)], texts,
                      vecs, batch=1000)

    def theirs(q: str) -> None:
        baseline.search(q, top_k=8, filters={"user_id": "big-user"})

    qdrant_ms = time_calls(theirs, QUERIES, 40, "qdrant")
    return {"load_s": load, "qdrant_load_s": qload,
            "p50": pct(ours_ms, 0.5), "p95": pct(ours_ms, 0.95),
            "small_p95": pct(small_ms, 0.95),
            "q_p50": pct(qdrant_ms, 0.5), "q_p95": pct(qdrant_ms, 0.95)}


async def bench_turn(tmp: Path, extractor: ExtractorName) -> dict[str, float]:
    from agent.assistant import build_graph
    from agent.checkpointer import open_checkpointer
    from agent.memory.encoder import shared_encoder
    from agent.personal_memory import PersonalMemory
    from agent.runner import run_turn
    from agent.settings import Settings

    mem = PersonalMemory(settings=Settings(data_dir=tmp / "turn", extractor=extractor))
    mem.warm_up()  # as the API server and the CLI do at start-up
    shared_encoder().clear_cache()  # each run embeds its messages afresh
    texts, vecs = corpus(mem.store.embed)
    bulk_load(mem.store.vector_store, [("turn-user", 1000)], texts, vecs)
    # 60 distinct messages (facts, questions, tasks), so every turn embeds new text.
    cities = ["Porto", "Lyon", "Austin", "Kyoto", "Oslo", "Quito", "Graz", "Perth", "Cork", "Bonn"]
    hobbies = ["hiking", "chess", "baking", "cycling", "jazz", "pottery", "sailing", "yoga",
               "rowing", "origami"]
    messages = [m for i in range(10) for m in (
        f"I live in {cities[i]} and I love {hobbies[i]}.",
        f"What is my name? Asking for the {i + 1}th time.",
        f"Help me debug this function: def f{i}(a, b): return a - b",
        f"What should I do this weekend in {cities[(i + 3) % 10]}?",
        f"Can you summarise article number {i + 7} for me?",
        f"My favourite editor is {['Neovim', 'Emacs', 'VS Code', 'Helix', 'Zed'][i % 5]}.")]
    async with open_checkpointer(mem.settings) as saver:
        agent = build_graph(saver, mem)
        chat = mem.chats.create("turn-user")
        ctx = mem.resolve_run(user_id="turn-user", chat_id=chat.id)
        await run_turn(agent, chats=mem.chats, chat_id=chat.id, context=ctx, message="hello")
        out = []
        for i in range(60):
            start = time.perf_counter()
            await run_turn(agent, chats=mem.chats,
                           chat_id=chat.id, context=ctx, message=messages[i])
            out.append((time.perf_counter() - start) * 1000)
    return {"p50": pct(out, 0.5), "p95": pct(out, 0.95)}


def bench_long_message(tmp: Path) -> dict[str, float]:
    from agent.limits import MAX_MESSAGE_CHARS
    from agent.personal_memory import PersonalMemory
    from agent.settings import Settings

    mem = PersonalMemory(settings=Settings(data_dir=tmp / "long"))
    mem.warm_up()
    extractor = mem.extractor_for(None)
    filler = ("I'm so tired of this log, my build keeps failing and I said I'd fix it. "
              "ERROR [core] {x: [1, 2]} at line 42; retry... ")
    cities = ["Porto", "Lyon", "Austin", "Kyoto", "Oslo", "Quito", "Graz", "Perth", "Cork", "Bonn"]
    messages = [(f"I live in {city}. " + filler * MAX_MESSAGE_CHARS)[:MAX_MESSAGE_CHARS]
                for city in cities]
    observe_ms, extract_ms = [], []
    for message in messages:
        start = time.perf_counter()
        extractor(message, None)
        extract_ms.append((time.perf_counter() - start) * 1000)
        start = time.perf_counter()
        mem.observe("long-user", message, chat_id="long-chat")
        observe_ms.append((time.perf_counter() - start) * 1000)
    mem.close()
    return {"observe_p50": pct(observe_ms, 0.5), "observe_max": max(observe_ms),
            "extract_p50": pct(extract_ms, 0.5), "extract_max": max(extract_ms)}


def main() -> None:
    imp = bench_import()
    print(f"import graph.py            median {imp:.2f} s   (target < 3 s)")
    with tempfile.TemporaryDirectory(prefix="personalmem-bench-") as raw:
        tmp = Path(raw)
        print(f"personalmem chat to prompt median {bench_cli_prompt(tmp):.2f} s   "
              f"(target < 3 s; launch, prompt, /quit)")
        r = bench_retrieve(tmp)
        print(f"bulk load 100k memories    {r['load_s']:.1f} s (ours); "
              f"20k into local Qdrant {r['qdrant_load_s']:.1f} s")
        print(f"retrieve, 10k/100k (ours)  p50 {r['p50']:.1f} ms  p95 {r['p95']:.1f} ms "
              f"(target p95 <= 25 ms); small user p95 {r['small_p95']:.1f} ms")
        print(f"retrieve, 10k/20k (mem0 default local Qdrant)  p50 {r['q_p50']:.1f} ms  "
              f"p95 {r['q_p95']:.1f} ms")
        print(f"ratio Qdrant/ours          p50 x{r['q_p50'] / r['p50']:.1f}  "
              f"p95 x{r['q_p95'] / r['p95']:.1f}")
        t = asyncio.run(bench_turn(tmp / "gated", "gated"))
        print(f"offline turn @1k memories  p50 {t['p50']:.1f} ms  p95 {t['p95']:.1f} ms "
              f"(target p95 <= 60 ms; gated extractor, the default)")
        b = asyncio.run(bench_turn(tmp / "rules", "rules"))
        print(f"  same, rules alone        p50 {b['p50']:.1f} ms  p95 {b['p95']:.1f} ms; "
              f"gated/rules p95 x{t['p95'] / b['p95']:.2f}")
        m = bench_long_message(tmp)
        print(f"20k-char message, observe  p50 {m['observe_p50']:.1f} ms  max "
              f"{m['observe_max']:.1f} ms (target <= 50 ms); extractor alone p50 "
              f"{m['extract_p50']:.1f} ms  max {m['extract_max']:.1f} ms")


if __name__ == "__main__":
    main()
