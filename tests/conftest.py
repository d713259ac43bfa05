"""Shared fixtures: every test gets its own data folder and its own ``PersonalMemory``."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from agent.personal_memory import PersonalMemory

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("MEM0_TELEMETRY", "False")
for var in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "MONGODB_URI", "PERSONALMEM_MODEL",
            "PERSONALMEM_API_KEYS", "PERSONALMEM_JWT_SECRET"):
    os.environ.pop(var, None)


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Point the app (settings read from the environment) at a fresh data folder."""
    from agent.settings import get_settings

    monkeypatch.setenv("PERSONALMEM_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("MEM0_DIR", str(tmp_path / "data" / "mem0"))
    get_settings.cache_clear()
    yield tmp_path / "data"
    get_settings.cache_clear()


@pytest.fixture
def mem(request: pytest.FixtureRequest, data_dir: Path) -> Iterator[PersonalMemory]:
    """One ``PersonalMemory`` for the test, on the test's backend (see ``backend``)."""
    if "backend" in request.fixturenames:
        request.getfixturevalue("backend")
    memory = PersonalMemory.from_env()
    yield memory
    memory.close()


@pytest.fixture
def user_id() -> str:
    return f"user-{uuid.uuid4().hex[:8]}"
