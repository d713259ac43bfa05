"""A MongoDB-wire-compatible server for tests (mongoeco, Python >= 3.13, separate venv).

Usage: python mongo_wire_server.py PORT   -- serves until killed, 127.0.0.1 only.
"""

import asyncio
import sys

from mongoeco.engines import MemoryEngine
from mongoeco.wire import AsyncMongoEcoProxyServer


async def main(port: int) -> None:
    server = AsyncMongoEcoProxyServer(engine=MemoryEngine(), host="127.0.0.1", port=port)
    await server.start()
    print(f"listening {port}", flush=True)
    await asyncio.Event().wait()


if __name__ == "__main__":
    asyncio.run(main(int(sys.argv[1])))
