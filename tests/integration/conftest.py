"""Backends for integration tests: SQLite files, and a real MongoDB-wire server process."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.processes import mongo_wire_server


@pytest.fixture(scope="session")
def mongo_uri() -> Iterator[str]:
    with mongo_wire_server() as uri:
        yield uri


@pytest.fixture(params=["sqlite", "mongodb"])
def backend(request: pytest.FixtureRequest, data_dir: Path, monkeypatch: pytest.MonkeyPatch
            ) -> Iterator[str]:
    """Run the test once per backend; for MongoDB, a fresh database on the wire server."""
    from agent.settings import get_settings

    if request.param == "mongodb":
        uri = request.getfixturevalue("mongo_uri")
        monkeypatch.setenv("MONGODB_URI", uri)
        monkeypatch.setenv("MONGODB_DATABASE", f"t{abs(hash(request.node.nodeid)) % 10**8}")
        get_settings.cache_clear()
    yield str(request.param)
