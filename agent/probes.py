"""Short, bounded probes of what the configuration points at: a folder, MongoDB, an HTTP
server. Each raises the library's own error when the thing is not usable.

They exist so a wrong setting is found at start within seconds: pymongo's default server
selection waits 30 s and an HTTP client's default connect timeout is longer still.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import httpx

#: How long MongoDB may take to answer a ping before it counts as unreachable.
MONGODB_TIMEOUT_S = 2.5
#: How long an HTTP server may take to accept a connection / to answer at all.
HTTP_CONNECT_TIMEOUT_S = 2.0
HTTP_TIMEOUT_S = 3.0


def check_writable_dir(path: Path) -> None:
    """Create ``path`` if needed and write a file in it; ``OSError`` when that fails."""
    path.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryFile(dir=path) as probe:
        probe.write(b"ok")


def ping_mongodb(uri: str) -> None:
    """Ping the server; ``pymongo.errors.PyMongoError`` when the URI is bad or none answers."""
    from pymongo import MongoClient

    timeout_ms = int(MONGODB_TIMEOUT_S * 1000)
    client: MongoClient[dict[str, object]] = MongoClient(
        uri, serverSelectionTimeoutMS=timeout_ms, connectTimeoutMS=timeout_ms)
    try:
        client.admin.command("ping")
    finally:
        client.close()


def mongodb_hosts(uri: str) -> str:
    """The hosts of a MongoDB URI, for messages: without the credentials, without DNS."""
    authority = uri.split("://", 1)[-1].split("/", 1)[0].split("?", 1)[0]
    return authority.rsplit("@", 1)[-1]


def check_http_answers(url: str) -> None:
    """GET ``url``; any HTTP response (even 401 or 404) means a server is there.

    ``httpx.HTTPError`` when nothing accepts the connection or answers in time. Nothing is
    sent that an API bills for: no completion, no embedding.
    """
    timeout = httpx.Timeout(HTTP_TIMEOUT_S, connect=HTTP_CONNECT_TIMEOUT_S)
    with httpx.Client(timeout=timeout) as client:
        client.get(url)
