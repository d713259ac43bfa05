"""Bodies refused before anything parses them: JSON nested too deep, and text holding NUL.

Python's ``json`` recurses once per nesting level, so a body nested 100k deep raised
``RecursionError`` inside FastAPI or LangServe (a 500); nothing the API accepts nests more than
a few levels. A NUL character passes JSON and pydantic but is no text anyone types, and C-based
stores and tools truncate at it, so it never reaches a store. Both checks run on the raw bytes
of every request body, LangServe's ``/agent`` routes included, in time linear in the body (a
C regex and a NumPy prefix sum, no Python loop over characters), as a plain ASGI middleware
that replays the body it read to the app.
"""

from __future__ import annotations

import re

import numpy as np
from fastapi.responses import JSONResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from agent.api.errors import error_body

MAX_JSON_DEPTH = 64

# A JSON string, escapes included ("unrolled loop": no backtracking on long strings).
_STRING = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"', re.S)
# ``\u0000`` escaped in JSON, i.e. preceded by an even number of backslashes.
_NUL_ESCAPE = re.compile(rb"(?<!\\)(?:\\\\)*\\u0000")
_NOT_BRACKETS = bytes(sorted(set(range(256)) - set(b"[]{}")))
_OPENERS = np.frombuffer(b"[{", dtype=np.uint8)


def json_depth(body: bytes) -> int:
    """How deeply ``body`` nests arrays and objects (brackets inside strings are text)."""
    brackets = _STRING.sub(b"", body).translate(None, _NOT_BRACKETS)
    if not brackets:
        return 0
    codes = np.frombuffer(brackets, dtype=np.uint8)
    steps = np.where(np.isin(codes, _OPENERS), 1, -1).astype(np.int32)
    return int(np.cumsum(steps).max())


def has_nul(body: bytes) -> bool:
    """Whether the body holds a NUL character, raw or as the JSON escape ``\\u0000``."""
    return b"\x00" in body or _NUL_ESCAPE.search(body) is not None


def body_problem(body: bytes) -> str | None:
    """Why the body is refused, or None when it may go on to the app."""
    if has_nul(body):
        return "Text must not contain NUL characters (\\u0000)."
    if json_depth(body) > MAX_JSON_DEPTH:
        return f"JSON nested deeper than {MAX_JSON_DEPTH} levels."
    return None


class BodyLimits:
    """ASGI middleware: a 422 with the error body for a refused body, else the app as is."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        chunks: list[bytes] = []
        first: Message = {"type": "http.request", "body": b"", "more_body": True}
        while first["type"] == "http.request" and first.get("more_body", False):
            first = await receive()
            chunks.append(first.get("body", b""))
        body = b"".join(chunks)
        problem = body_problem(body) if first["type"] == "http.request" else None
        if problem is not None:
            response = JSONResponse(error_body("invalid_request", problem), status_code=422)
            await response(scope, receive, send)
            return
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if replayed:
                return await receive()
            replayed = True
            if first["type"] != "http.request":
                return first
            return {"type": "http.request", "body": body, "more_body": False}

        await self.app(scope, replay, send)
