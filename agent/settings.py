"""Process-wide settings, read once from the environment.

Per-run values (user id, model choice for one run, memory on/off, temporary chat) never
live here: they travel with each run's context so one request can never leak into another.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Literal
from urllib.parse import urlsplit

from pydantic import Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from agent.chat_lease import MultitaskStrategy
from agent.config_problems import ConfigError, ConfigProblem

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
    embedder: Literal["local", "minilm", "openai"] = Field(
        default="local", description="'local' = packaged all-MiniLM-L6-v2 joined with the "
        "packaged multilingual Universal Sentence Encoder (offline); 'minilm' = MiniLM alone; "
        "'openai' = API."
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
    multitask_strategy: MultitaskStrategy = Field(
        default="enqueue",
        description="A write to a chat that another request is writing: 'enqueue' waits for it "
        "(at most 30 s), 'reject' answers 409 at once. A turn request may choose its own.")
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

    @field_validator("openai_base_url", "mongodb_uri", "api_keys", mode="before")
    @classmethod
    def _blank_is_unset(cls, value: object) -> object:
        """``VAR=`` (as compose files and tests write it) means unset, not an empty value."""
        return None if isinstance(value, str) and not value.strip() else value

    @field_validator("openai_base_url")
    @classmethod
    def _http_url(cls, value: str | None) -> str | None:
        if value is None:
            return None
        parts = urlsplit(value.strip())
        if parts.scheme not in {"http", "https"} or not parts.netloc:
            raise ValueError("must be an http(s) URL such as http://localhost:11434/v1")
        return value.strip()

    @field_validator("mongodb_uri")
    @classmethod
    def _mongodb_scheme(cls, value: str | None) -> str | None:
        if value is not None and not value.startswith(("mongodb://", "mongodb+srv://")):
            raise ValueError("must start with mongodb:// or mongodb+srv://")
        return value

    @field_validator("api_keys")
    @classmethod
    def _api_key_pairs(cls, value: str | None) -> str | None:
        if value is not None:
            parse_api_keys(value)
        return value

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
        """``PERSONALMEM_API_KEYS`` as {key: user_id} (validated when the settings are read)."""
        return parse_api_keys(self.api_keys) if self.api_keys else {}

    def ensure_data_dir(self) -> Path:
        self.data_dir.mkdir(parents=True, exist_ok=True)
        return self.data_dir


def parse_api_keys(value: str) -> dict[str, str]:
    """Parse ``key:user_id,key2:user2``; a malformed pair is an error, never skipped."""
    pairs: dict[str, str] = {}
    for raw in value.split(","):
        key, sep, user = raw.strip().partition(":")
        if not sep or not key or not user:
            raise ValueError("must be 'key:user_id' pairs, comma-separated")
        pairs[key] = user
    return pairs


def env_var(field_name: str) -> str:
    """The environment variable a settings field is read from (for messages to people)."""
    alias = Settings.model_fields[field_name].validation_alias
    return alias if isinstance(alias, str) else f"PERSONALMEM_{field_name.upper()}"


def read_settings() -> Settings:
    """Read the settings from the environment; invalid values become a ``ConfigError`` that
    names each variable, instead of pydantic's traceback."""
    try:
        return Settings()
    except ValidationError as exc:
        problems = []
        for error in exc.errors():
            name = str(error["loc"][0]) if error["loc"] else "settings"
            variable = env_var(name) if name in Settings.model_fields else name
            # The value itself is left out: it may be a secret.
            problems.append(ConfigProblem(
                variable, error["msg"].removeprefix("Value error, "),
                f"correct or unset {variable} (see Configuration in the README)"))
        raise ConfigError(problems) from exc


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The process settings; tests call ``get_settings.cache_clear()`` after changing env."""
    return read_settings()
