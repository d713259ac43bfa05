"""Start real server processes for integration tests, bounded in time, always cleaned up."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[2]
MONGO_SCRIPT = Path(__file__).with_name("mongo_wire_server.py")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def mongo_python() -> str:
    """The Python 3.13 interpreter with mongoeco (``make setup-mongo`` creates it)."""
    path = os.environ.get("PERSONALMEM_MONGO_PYTHON") or str(ROOT / ".venv-mongo/bin/python")
    if not Path(path).exists():
        raise RuntimeError(f"Mongo-wire test server interpreter missing at {path}: "
                           "run `make setup-mongo`")
    return path


def wait_until(check: Callable[[], bool], timeout: float, what: str,
               proc: subprocess.Popen[bytes] | None = None) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            raise RuntimeError(f"{what} exited with {proc.returncode}")
        try:
            if check():
                return
        except Exception:  # noqa: BLE001 - any failure means "not up yet"
            pass
        time.sleep(0.1)
    raise TimeoutError(f"{what} did not come up within {timeout} s")


@contextmanager
def process(args: list[str], env: dict[str, str] | None = None, log: Path | None = None
            ) -> Iterator[subprocess.Popen[bytes]]:
    out = open(log, "wb") if log else subprocess.DEVNULL  # noqa: SIM115
    proc = subprocess.Popen(args, env={**os.environ, **(env or {})}, stdout=out,
                            stderr=subprocess.STDOUT, cwd=ROOT, start_new_session=True)
    try:
        yield proc
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=5)
        if log:
            out.close()  # type: ignore[union-attr]


@contextmanager
def mongo_wire_server(*, plain: bool = False) -> Iterator[str]:
    """A Mongo-wire server on 127.0.0.1; yields its URI. ``plain``: without vector search
    index commands, like a mongod with no search engine."""
    from pymongo import MongoClient

    port = free_port()
    args = [mongo_python(), str(MONGO_SCRIPT), str(port), *(["--plain"] if plain else [])]
    with process(args) as proc:
        uri = f"mongodb://127.0.0.1:{port}/?directConnection=true"

        def ping() -> bool:
            client: MongoClient[dict[str, object]] = MongoClient(uri,
                                                                 serverSelectionTimeoutMS=500)
            try:
                client.admin.command("ping")
                return True
            finally:
                client.close()

        wait_until(ping, 30, "Mongo-wire server", proc)
        yield uri


@contextmanager
def uvicorn_process(env: dict[str, str], log: Path | None = None, *,
                    extra_args: tuple[str, ...] = (), timeout: float = 90
                    ) -> Iterator[tuple[str, subprocess.Popen[bytes]]]:
    """``uvicorn server:app`` as a real process on 127.0.0.1; yields its base URL and the
    process (for tests that kill or signal it, and for the throughput bench)."""
    port = free_port()
    args = [sys.executable, "-m", "uvicorn", "server:app", "--host", "127.0.0.1",
            "--port", str(port), *extra_args]
    with process(args, env=env, log=log) as proc:
        base = f"http://127.0.0.1:{port}"
        wait_until(lambda: httpx.get(f"{base}/health", timeout=2).status_code < 600, timeout,
                   "uvicorn", proc)
        yield base, proc


@contextmanager
def uvicorn_server(env: dict[str, str], log: Path | None = None) -> Iterator[str]:
    """``uvicorn server:app`` as a real process on 127.0.0.1; yields its base URL."""
    with uvicorn_process(env, log) as (base, _):
        yield base
