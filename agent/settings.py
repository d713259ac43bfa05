"""Process-wide settings, read once from the environment.

Per-run values (user id, model choice for one run, memory on/off, temporary chat) never
live here: they travel with each run's context so one request can never leak into another.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

OFFLINE_MODEL = "offline"
DEFAULT_OPENAI_MODEL = "openai:gpt-4o-mini"


class Settings(BaseSettings):
    """Environment configuration. Every field is documented in the README's table."""

    model_config = SettingsConfigDict(env_prefix="PERSONALMEM_", extra="ignore", env_file=None)

    data_dir: Path = Field(default=Path("data"),
                           description="Folder for every file the app writes.")
    model: str | None = Field(
        default=None,
        description="'offline', 'openai:<model>' or any init_chat_model provider string.",
    )
    embedder: Literal["local", "openai"] = Field(
        default="local", description="'local' = packaged all-MiniLM-L6-v2; 'openai' = API."
    )
    openai_embedding_model: str = "text-embedding-3-small"
    extractor: Literal["gated", "learned", "rules"] = Field(
        default="gated",
        description="Offline memory extractor: 'gated' (the rules read values, the learned "
        "clause classifier decides which facts are facts and adds what no rule read), "
        "'learned' (classifier + span tagger alone) or 'rules' (patterns alone). Runs with an "
        "LLM extract with the LLM.")
    memory_search_limit: int = Field(default=8, ge=1, le=50)
    api_keys: str | None = Field(
        default=None, description="Comma-separated 'key:user_id' pairs; turns API-key auth on."
    )
    jwt_secret: SecretStr | None = Field(
        default=None, description="HS256 secret; turns JWT auth on (the 'sub' claim is the user)."
    )
    jwt_leeway_seconds: int = Field(
        default=30, ge=0, le=3600,
        description="Clock skew tolerated when checking a JWT's 'exp' (and 'nbf', 'iat').")
    openai_api_key: SecretStr | None = Field(default=None, validation_alias="OPENAI_API_KEY")
    openai_base_url: str | None = Field(default=None, validation_alias="OPENAI_BASE_URL")
    mongodb_uri: str | None = Field(default=None, validation_alias="MONGODB_URI")
    mongodb_database: str = Field(default="personalmem", validation_alias="MONGODB_DATABASE")

    @field_validator("model")
    @classmethod
    def _strip_model(cls, value: str | None) -> str | None:
        if value is None or not value.strip():
            return None
        return value.strip()

    @property
    def default_model(self) -> str:
        """The model used when a run does not pick one: offline unless an OpenAI key is set."""
        if self.model:
            return self.model
        return DEFAULT_OPENAI_MODEL if self.openai_api_key else OFFLINE_MODEL

    @property
    def backend(self) -> Literal["mongodb", "sqlite"]:
        return "mongodb" if self.mongodb_uri else "sqlite"

    def api_key_map(self) -> dict[str, str]:
        """Parse ``PERSONALMEM_API_KEYS`` into {key: user_id}; fail fast on a malformed pair."""
        if not self.api_keys:
            return {}
        pairs: dict[str, str] = {}
        for raw in self.api_keys.split(","):
            key, sep, user = raw.strip().partition(":")
            if not sep or not key or not user:
                raise ValueError(
                    "PERSONALMEM_API_KEYS must be 'key:user_id' pairs, comma-separated")
            pairs[key] = user
        return pairs

    def ensure_data_dir(self) -> Path:
        self.data_dir.mkdir(parents=True, exist_ok=True)
        return self.data_dir


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The process settings; tests call ``get_settings.cache_clear()`` after changing env."""
    return Settings()
