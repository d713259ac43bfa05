"""API throughput and latency for offline turns: 1, 8 and 32 concurrent clients, against one
server process and two (``uvicorn --workers 2`` on one embedded data folder).

Each client is one user in one chat of its own, posting ``POST /chats/{id}/turn`` back to back
over real HTTP on 127.0.0.1, for a fixed time per setting. Printed per setting: turns/s, p50
and p95 latency, and the throughput as a ratio of the 1 process / 1 client run in the same
invocation. The clients run on the same 2 cores as the server, so the numbers include the
cost of the load itself; compare ratios, not absolute values across machines.
"""

from __future__ import annotations

import asyncio
import os
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.support.processes import uvicorn_process  # noqa: E402

PROCESSES = (1, 2)
CLIENTS = (1, 8, 32)
SECONDS = float(os.environ.get("BENCH_THROUGHPUT_SECONDS", "10"))
MAX_TURNS_PER_CLIENT = 2000  # a bound on the load, whatever the machine
MESSAGES = [
    "Hi! I'm {name} and I work as a data engineer.",
    "What's a good way to structure a weekly running plan?",
    "I prefer short answers, please.",
    "Can you explain the difference between a list and a tuple?",
    "We moved to Porto last month.",
    "What do you know about me?",
    "Give me three ideas for a vegetarian dinner.",
    "My goal this year is to run a half marathon.",
]


@contextmanager
def server(workers: int, data: Path) -> Iterator[str]:
    """``uvicorn server:app --workers N`` on 127.0.0.1 over one embedded data folder."""
    env = {"PERSONALMEM_DATA_DIR": str(data), "MEM0_DIR": str(data / "mem0"),
           "MONGODB_URI": "", "HF_HUB_OFFLINE": "1", "MEM0_TELEMETRY": "False"}
    with uvicorn_process(env, extra_args=("--workers", str(workers), "--log-level", "warning"),
                         timeout=120) as (base, _):
        yield base


async def client_loop(http: httpx.AsyncClient, stop_at: float, latencies: list[float],
                      errors: list[str]) -> None:
    user = f"bench-{uuid.uuid4().hex[:8]}"
    resp = await http.post("/chats", json={"user_id": user})
    chat = resp.json()["id"]
    for turn in range(MAX_TURNS_PER_CLIENT):
        if time.monotonic() >= stop_at:
            return
        message = MESSAGES[turn % len(MESSAGES)].format(name=user.title())
        began = time.monotonic()
        resp = await http.post(f"/chats/{chat}/turn", json={"user_id": user, "message": message})
        if resp.status_code == 200:
            latencies.append(time.monotonic() - began)
        else:
            errors.append(f"{resp.status_code} {resp.text[:120]}")


async def load(base: str, clients: int, seconds: float) -> tuple[float, list[float], list[str]]:
    latencies: list[float] = []
    errors: list[str] = []
    limits = httpx.Limits(max_connections=clients + 4)
    async with httpx.AsyncClient(base_url=base, timeout=120, limits=limits) as http:
        began = time.monotonic()
        await asyncio.gather(*(client_loop(http, began + seconds, latencies, errors)
                               for _ in range(clients)))
        took = time.monotonic() - began
    return len(latencies) / took, latencies, errors


def pct(values: list[float], q: int) -> float:
    return statistics.quantiles(values, n=100)[q - 1] * 1000 if len(values) > 1 else float("nan")


def main() -> None:
    rows: list[tuple[int, int, float, float, float, int, int]] = []
    with tempfile.TemporaryDirectory(prefix="personalmem-throughput-") as tmp:
        for workers in PROCESSES:
            with server(workers, Path(tmp) / f"data-{workers}") as base:
                asyncio.run(load(base, 2 * workers, 3))  # warm every worker up
                for clients in CLIENTS:
                    rate, lat, errors = asyncio.run(load(base, clients, SECONDS))
                    rows.append((workers, clients, rate, pct(lat, 50), pct(lat, 95), len(lat),
                                 len(errors)))
                    if errors:
                        print(f"  {len(errors)} errors, e.g. {errors[0]}", file=sys.stderr)
    baseline = rows[0][2]
    print(f"Offline turns over HTTP, {SECONDS:.0f} s per setting "
          f"(ratio = turns/s vs 1 process / 1 client, same run):")
    print(f"  {'processes':>9} {'clients':>7} {'turns/s':>8} {'p50 ms':>7} {'p95 ms':>7} "
          f"{'turns':>6} {'errors':>6} {'ratio':>6}")
    for workers, clients, rate, p50, p95, count, errs in rows:
        print(f"  {workers:>9} {clients:>7} {rate:>8.1f} {p50:>7.0f} {p95:>7.0f} {count:>6} "
              f"{errs:>6} {rate / baseline:>5.2f}x")


if __name__ == "__main__":
    main()
