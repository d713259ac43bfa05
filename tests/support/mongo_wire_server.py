"""A MongoDB-wire-compatible server for tests (mongoeco, Python >= 3.13, separate venv).

Usage: python mongo_wire_server.py PORT [--plain]   -- serves until killed, 127.0.0.1 only.
``--plain`` answers like a mongod without a search engine (no search-index commands).

mongoeco serves ``$vectorSearch`` (with ``filter``) but does not accept the
``createSearchIndexes`` command that Atlas and MongoDB 8.2 + mongot take, and its index
definitions may hold only ``vector`` fields. So that the app creates its index at start-up
exactly as it does in production, this server answers ``createSearchIndexes`` itself: it
creates each index through mongoeco's own client on the same engine, leaving out the
``filter`` fields mongoeco rejects (its ``$vectorSearch`` filters on any field anyway).
Creating an index that exists answers like MongoDB: code 68, ``IndexAlreadyExists``.
"""

import asyncio
import sys
from types import SimpleNamespace
from typing import Any

from mongoeco._types.indexes import SearchIndexModel
from mongoeco.engines import MemoryEngine
from mongoeco.wire import AsyncMongoEcoProxyServer

SEARCH_INDEX_COMMAND = "createSearchIndexes"


def answer_search_index_commands(server: AsyncMongoEcoProxyServer) -> None:
    """Route ``createSearchIndexes`` to mongoeco's client API; everything else is untouched."""
    executor = server._executor
    build, execute = executor._build_request_context, executor.execute_prepared
    client = server._client

    def build_context(body: dict[str, Any], **kwargs: Any) -> Any:
        if next(iter(body), None) != SEARCH_INDEX_COMMAND:
            return build(body, **kwargs)
        return SimpleNamespace(search_index_body=body, db_name=body.get("$db"),
                               command_name=SEARCH_INDEX_COMMAND)

    async def execute_prepared(context: Any) -> dict[str, Any]:
        body = getattr(context, "search_index_body", None)
        if body is None:
            return await execute(context)
        collection = client[context.db_name][body[SEARCH_INDEX_COMMAND]]
        existing = {ix.get("name") async for ix in collection.list_search_indexes()}
        created = []
        for spec in body.get("indexes", []):
            if spec.get("name") in existing:
                return {"ok": 0.0, "code": 68, "codeName": "IndexAlreadyExists",
                        "errmsg": f"Index already exists: {spec.get('name')}"}
            definition = dict(spec["definition"])
            definition["fields"] = [f for f in definition.get("fields", [])
                                    if f.get("type") != "filter"]
            name = await collection.create_search_index(SearchIndexModel(
                definition, name=spec.get("name"), type=spec.get("type", "search")))
            created.append({"id": name, "name": name})
        return {"ok": 1.0, "indexesCreated": created}

    executor._build_request_context = build_context  # type: ignore[method-assign]
    executor.execute_prepared = execute_prepared  # type: ignore[method-assign]


async def main(port: int, plain: bool) -> None:
    server = AsyncMongoEcoProxyServer(engine=MemoryEngine(), host="127.0.0.1", port=port)
    if not plain:
        answer_search_index_commands(server)
    await server.start()
    print(f"listening {port}", flush=True)
    await asyncio.Event().wait()


if __name__ == "__main__":
    asyncio.run(main(int(sys.argv[1]), "--plain" in sys.argv[2:]))
