"""Can the configured chat model be used? Answered without calling a paid API.

The start-up check and ``/health`` both ask this. Offline is always usable. OpenAI needs a
key, or an ``OPENAI_BASE_URL`` where a server answers. Any other provider must be one
LangChain knows, with its package installed, and the model must build (most providers check
their key when the model is constructed); nothing is sent to it.
"""

from __future__ import annotations

import difflib
import importlib.util

import httpx

from agent.config_problems import ConfigProblem
from agent.models import ModelConfigError, load_chat_model, split_model_spec
from agent.probes import check_http_answers
from agent.settings import OFFLINE_MODEL, Settings

MODEL_VARIABLE = "PERSONALMEM_MODEL"


def langchain_providers() -> dict[str, str]:
    """{provider: integration package} as ``init_chat_model`` knows them.

    LangChain keeps the table private; langchain is pinned, and a unit test notices if the
    table moves.
    """
    from langchain.chat_models import base

    return {name: entry[0] for name, entry in base._BUILTIN_PROVIDERS.items()}


def is_openai_model(spec: str) -> bool:
    """Whether ``spec`` runs on the OpenAI endpoint (``OPENAI_API_KEY`` / ``OPENAI_BASE_URL``)."""
    return spec != OFFLINE_MODEL and split_model_spec(spec)[0] == "openai"


def openai_endpoint_problems(settings: Settings, needed_by: str) -> list[ConfigProblem]:
    """OpenAI-compatible calls need a reachable ``OPENAI_BASE_URL`` or an API key."""
    if settings.openai_base_url:
        try:
            check_http_answers(settings.openai_base_url)
        except httpx.HTTPError as exc:
            return [ConfigProblem(
                "OPENAI_BASE_URL",
                f"no server answers at {settings.openai_base_url} ({exc or type(exc).__name__})",
                "start the OpenAI-compatible server there, or correct or unset "
                "OPENAI_BASE_URL", exc)]
        return []
    if settings.openai_api_key is None:
        return [ConfigProblem(
            "OPENAI_API_KEY", f"{needed_by} needs an OpenAI API key and none is set",
            "export OPENAI_API_KEY=sk-..., or set OPENAI_BASE_URL to a local "
            f"OpenAI-compatible server, or {MODEL_VARIABLE}=offline")]
    return []


def model_problems(settings: Settings, spec: str | None = None,
                   variable: str = MODEL_VARIABLE) -> list[ConfigProblem]:
    """Why ``spec`` (the settings' default model when None) cannot be used; [] if it can.

    ``variable`` is where the spec came from (an environment variable or a CLI option).
    """
    spec = spec or settings.default_model
    if spec == OFFLINE_MODEL:
        return []
    if is_openai_model(spec):
        return openai_endpoint_problems(settings, f"{variable}={spec}")
    provider, _ = split_model_spec(spec)
    providers = langchain_providers()
    if provider not in providers:
        close = difflib.get_close_matches(provider, [*providers, OFFLINE_MODEL], n=1)
        hint = f"did you mean '{close[0]}'? Otherwise " if close else ""
        return [ConfigProblem(
            variable, f"unknown model provider '{provider}' in '{spec}'",
            f"{hint}use 'offline', 'openai:<model>' or '<provider>:<model>' with a LangChain "
            "provider (anthropic, google_genai, mistralai, ollama, ...)")]
    package = providers[provider].split(".", 1)[0]
    if importlib.util.find_spec(package) is None:
        return [ConfigProblem(
            variable, f"provider '{provider}' needs the package {package.replace('_', '-')}",
            f"pip install {package.replace('_', '-')}, or choose another model")]
    try:
        load_chat_model(spec, settings)
    except ModelConfigError as exc:
        first_line = str(exc).splitlines()[0].rstrip(".:")
        return [ConfigProblem(variable, first_line,
                              "set the provider's API key or choose another model", exc)]
    return []
