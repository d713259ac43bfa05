"""Check the configuration before anything starts: every problem found in a few seconds.

``check_config`` looks at what the settings point at (the data folder, MongoDB, the model and
the OpenAI endpoint), with short timeouts and all probes at once, and returns the problems
instead of letting each surface later as a long traceback. ``personalmem serve``,
``personalmem chat`` and the server's start-up all call it.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

from pymongo.errors import PyMongoError, ServerSelectionTimeoutError

from agent.config_problems import ConfigError, ConfigProblem
from agent.model_check import is_openai_model, model_problems, openai_endpoint_problems
from agent.probes import MONGODB_TIMEOUT_S, check_writable_dir, mongodb_hosts, ping_mongodb
from agent.settings import Settings, env_var

Check = Callable[[], list[ConfigProblem]]


def data_dir_problems(settings: Settings) -> list[ConfigProblem]:
    """Every file the app writes goes under the data folder, whichever backend is used."""
    try:
        check_writable_dir(settings.data_dir)
    except OSError as exc:
        variable = env_var("data_dir")
        return [ConfigProblem(
            variable, f"cannot create or write the folder '{settings.data_dir}' "
            f"({exc.strerror or type(exc).__name__})",
            f"point {variable} at a folder this user can write", exc)]
    return []


def mongodb_problems(settings: Settings) -> list[ConfigProblem]:
    """Chats, checkpoints and memories live in MongoDB when ``MONGODB_URI`` is set."""
    if not settings.mongodb_uri:
        return []
    variable = env_var("mongodb_uri")
    try:
        ping_mongodb(settings.mongodb_uri)
    except ServerSelectionTimeoutError as exc:
        return [ConfigProblem(
            variable, f"no MongoDB server answered at {mongodb_hosts(settings.mongodb_uri)} "
            f"within {MONGODB_TIMEOUT_S:g} s",
            f"start MongoDB (docker compose up -d), correct {variable}, or unset it to use the "
            "embedded default (local files)", exc)]
    except PyMongoError as exc:
        return [ConfigProblem(
            variable, f"MongoDB refused the connection ({type(exc).__name__}: "
            f"{str(exc).splitlines()[0][:200]})",
            f"correct {variable} (host, credentials, options)", exc)]
    return vector_search_problems(settings)


def vector_search_problems(settings: Settings) -> list[ConfigProblem]:
    """Memories live in MongoDB too, searched with ``$vectorSearch``: the server needs a
    search engine (Atlas, or mongod with mongot). The indexes are created here, at start."""
    from pymongo import MongoClient

    from agent.memory.mongo_vector_store import VectorSearchUnavailable, ensure_indexes
    from agent.memory.store import COLLECTION, EMBEDDING_DIMS

    assert settings.mongodb_uri
    client: MongoClient[dict[str, object]] = MongoClient(
        settings.mongodb_uri, serverSelectionTimeoutMS=int(MONGODB_TIMEOUT_S * 1000))
    try:
        ensure_indexes(client[settings.mongodb_database][COLLECTION],
                       EMBEDDING_DIMS[settings.embedder])
    except VectorSearchUnavailable as exc:
        return [ConfigProblem(
            env_var("mongodb_uri"), f"{exc}; memories are searched with $vectorSearch",
            "use MongoDB Atlas, the mongodb/mongodb-atlas-local image (docker compose up), "
            "or MongoDB 8.2+ with mongot", exc)]
    except PyMongoError as exc:
        return [ConfigProblem(
            env_var("mongodb_uri"), f"MongoDB refused to create the memory indexes "
            f"({type(exc).__name__}: {str(exc).splitlines()[0][:200]})",
            "give the user createIndex and createSearchIndexes rights on the database", exc)]
    finally:
        client.close()
    return []


def openai_use_problems(settings: Settings) -> list[ConfigProblem]:
    """The OpenAI endpoint, when something other than the default model relies on it.

    The embedder may be OpenAI's, and a run may pick an ``openai:`` model while the default
    is offline: a set ``OPENAI_BASE_URL`` is meant to be used, so it must answer. (When the
    default model is an OpenAI one, ``model_problems`` has already looked.)
    """
    if is_openai_model(settings.default_model):
        return []
    if settings.embedder == "openai":
        return openai_endpoint_problems(settings, f"{env_var('embedder')}=openai")
    if settings.openai_base_url:
        return openai_endpoint_problems(settings, "OPENAI_BASE_URL")
    return []


def check_config(settings: Settings) -> list[ConfigProblem]:
    """Every configuration problem, found concurrently: the slowest probe bounds the time."""
    checks: list[Check] = [
        lambda: data_dir_problems(settings),
        lambda: mongodb_problems(settings),
        lambda: model_problems(settings),
        lambda: openai_use_problems(settings),
    ]
    with ThreadPoolExecutor(max_workers=len(checks)) as pool:
        found = list(pool.map(lambda check: check(), checks))
    return [problem for problems in found for problem in problems]


def require_config(settings: Settings, problems: list[ConfigProblem] | None = None) -> None:
    """Raise ``ConfigError`` when ``check_config`` (plus any ``problems`` the caller found
    itself, such as a bad ``--model`` option) finds something."""
    found = [*check_config(settings), *(problems or [])]
    if found:
        raise ConfigError(found)
