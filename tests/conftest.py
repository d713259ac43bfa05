"""Shared fixtures: every test gets its own data folder and fresh process services."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("MEM0_TELEMETRY", "False")
for var in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "MONGODB_URI", "PERSONALMEM_MODEL",
            "PERSONALMEM_API_KEYS", "PERSONALMEM_JWT_SECRET"):
    os.environ.pop(var, None)


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Point the app at a fresh data folder and rebuild its services around it."""
    from agent.services import reset_services
    from agent.settings import get_settings

    monkeypatch.setenv("PERSONALMEM_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("MEM0_DIR", str(tmp_path / "data" / "mem0"))
    get_settings.cache_clear()
    reset_services()
    yield tmp_path / "data"
    reset_services()
    get_settings.cache_clear()


@pytest.fixture
def user_id() -> str:
    return f"user-{uuid.uuid4().hex[:8]}"
