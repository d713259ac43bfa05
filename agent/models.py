"""Chat model factory. Construction is lazy: nothing here runs at import time, so the graph
imports (and the offline default runs) with no API key."""

from __future__ import annotations

from functools import lru_cache

from langchain_core.language_models import BaseChatModel
from pydantic import SecretStr

from agent.settings import OFFLINE_MODEL, Settings, get_settings


class ModelConfigError(ValueError):
    """The configured model cannot be built (unknown provider, missing key, ...)."""


def load_chat_model(spec: str | None = None, settings: Settings | None = None) -> BaseChatModel:
    """Build the model named by ``spec`` ('offline', 'openai:gpt-4o-mini', 'ollama:llama3')."""
    settings = settings or get_settings()
    return _cached(spec or settings.default_model, settings.openai_base_url,
                   settings.openai_api_key.get_secret_value() if settings.openai_api_key else None)


@lru_cache(maxsize=16)
def _cached(spec: str, base_url: str | None, api_key: str | None) -> BaseChatModel:
    if spec == OFFLINE_MODEL:
        from agent.offline_model import OfflineChatModel

        return OfflineChatModel()
    provider, name = split_model_spec(spec)
    try:
        if provider == "openai":
            from langchain_openai import ChatOpenAI

            if not api_key and not base_url:
                raise ModelConfigError(
                    f"Model '{spec}' needs OPENAI_API_KEY (or OPENAI_BASE_URL for a local "
                    "OpenAI-compatible server)."
                )
            # Local OpenAI-compatible servers (Ollama, vLLM, llama.cpp) accept any key.
            return ChatOpenAI(model=name, base_url=base_url,
                              api_key=SecretStr(api_key or "not-needed"),
                              temperature=0)
        from langchain.chat_models import init_chat_model

        return init_chat_model(spec, temperature=0)
    except ModelConfigError:
        raise
    except Exception as exc:  # provider packages raise many types; one clear error out
        raise ModelConfigError(f"Cannot build model '{spec}': {exc}") from exc


def split_model_spec(spec: str) -> tuple[str, str]:
    """``'provider:model'`` -> (provider, model); a bare model name is an OpenAI model."""
    provider, sep, name = spec.partition(":")
    return (provider, name) if sep else ("openai", spec)


def is_offline(spec: str | None, settings: Settings | None = None) -> bool:
    settings = settings or get_settings()
    return (spec or settings.default_model) == OFFLINE_MODEL
