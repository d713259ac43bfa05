"""Memory retrieval on the MongoDB path beside the embedded store, same data, same run.

``PersonalMemory.context_for`` (embed the query, search the user's memories, add the "always"
facts) on two backends loaded with the same vectors: the embedded SQLite + NumPy store, and
MongoDB ``$vectorSearch`` on the Mongo-wire test server (mongoeco, ``make setup-mongo``).

mongoeco is a test double, not a database to measure MongoDB by: its ``$vectorSearch`` scans
and scores in Python per query and slows with the collection (about 3 s at 1,000 documents
here), so the data is small (600 memories, 300 of one user) and the number says what this
server costs, not what Atlas or mongot would. It is printed so that a change in the app's own
MongoDB path (query shape, round trips) shows up; it is not a target to tune to.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ["MEM0_TELEMETRY"] = "False"

from run import QUERIES, bulk_load, corpus, pct, time_calls  # noqa: E402

SERVER = ROOT / "tests" / "support" / "mongo_wire_server.py"
MONGO_PYTHON = ROOT / ".venv-mongo" / "bin" / "python"
USERS = [("big-user", 300)] + [(f"user-{i}", 30) for i in range(10)]
ROUNDS = 10


@contextmanager
def wire_server() -> Iterator[str]:
    """The Mongo-wire server as a child process on 127.0.0.1; yields its URI."""
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    proc = subprocess.Popen([str(MONGO_PYTHON), str(SERVER), str(port)],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline().decode()  # "listening PORT" once it serves
        if "listening" not in line:
            raise RuntimeError(f"Mongo-wire server did not start: {line!r}")
        yield f"mongodb://127.0.0.1:{port}/?directConnection=true"
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def measure(mem: object) -> list[float]:
    from agent.personal_memory import PersonalMemory

    assert isinstance(mem, PersonalMemory)
    texts, vecs = corpus(mem.store.embed)
    bulk_load(mem.store.vector_store, USERS, texts, vecs, batch=200)
    mem.store.add("big-user", "Name is Honda", category="name", attribute="name", value="Honda")

    def retrieve(q: str) -> None:
        found = mem.context_for("big-user", q, 8)
        assert found and all(r.user_id == "big-user" for r in found)

    return time_calls(retrieve, QUERIES, ROUNDS, "mongo")


def main() -> None:
    from agent.personal_memory import PersonalMemory

    if not MONGO_PYTHON.exists():
        print("retrieve on MongoDB: skipped, run `make setup-mongo` for the Mongo-wire server")
        return
    with tempfile.TemporaryDirectory(prefix="personalmem-bench-mongo-") as raw, \
            wire_server() as uri:
        tmp = Path(raw)
        embedded = measure(PersonalMemory(tmp / "embedded"))
        started = time.perf_counter()
        mongo = measure(PersonalMemory(tmp / "mongo", mongodb_uri=uri,
                                       mongodb_database="bench"))
        took = time.perf_counter() - started
    print(f"retrieve, 300/600 memories, embedded  p50 {pct(embedded, 0.5):.1f} ms  "
          f"p95 {pct(embedded, 0.95):.1f} ms")
    print(f"retrieve, same data, MongoDB path (mongoeco wire server, not a speed reference)  "
          f"p50 {pct(mongo, 0.5):.0f} ms  p95 {pct(mongo, 0.95):.0f} ms  "
          f"(x{pct(mongo, 0.95) / pct(embedded, 0.95):.0f} the embedded p95; {took:.0f} s "
          f"with loading)")


if __name__ == "__main__":
    main()
