"""The chat-history checkpointer: one LangGraph thread per chat.

MongoDB (``MongoDBSaver``) when ``MONGODB_URI`` is set, otherwise ``AsyncSqliteSaver`` in the
data folder. Graph runs are async everywhere (server, LangServe, CLI), so the SQLite saver is
opened inside the running event loop.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from langgraph.checkpoint.base import BaseCheckpointSaver

from agent import sqlite_files
from agent.settings import Settings


@asynccontextmanager
async def open_checkpointer(settings: Settings) -> AsyncIterator[BaseCheckpointSaver[str]]:
    """Yield the configured saver and close it on exit."""
    if settings.mongodb_uri:
        from langgraph.checkpoint.mongodb import MongoDBSaver
        from pymongo import MongoClient

        client: MongoClient[dict[str, object]] = MongoClient(
            settings.mongodb_uri, serverSelectionTimeoutMS=3000)
        try:
            yield MongoDBSaver(client, db_name=settings.mongodb_database)
        finally:
            client.close()
        return
    from langgraph.checkpoint.sqlite.aio import AsyncSqliteSaver

    path = settings.ensure_data_dir() / "checkpoints.sqlite"
    async with AsyncSqliteSaver.from_conn_string(str(path)) as saver:
        await saver.setup()
        for pragma in sqlite_files.PRAGMAS:  # see agent.sqlite_files
            await saver.conn.execute(pragma)
        yield saver


async def delete_chat_history(saver: BaseCheckpointSaver[Any], chat_id: str) -> None:
    """Every checkpoint of the chat, and on SQLite no copy left in the file's free pages or
    log (``agent.sqlite_files``)."""
    from langgraph.checkpoint.sqlite.aio import AsyncSqliteSaver

    await saver.adelete_thread(chat_id)
    if isinstance(saver, AsyncSqliteSaver):
        await saver.conn.execute(sqlite_files.SCRUB)
