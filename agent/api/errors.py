"""One JSON error body for every failure: ``{"error": {"code", "message", "details"?}}``.

Clients branch on ``code``; people read ``message``. FastAPI's own 422 and Starlette's 404/405
are rewritten to the same shape, a backend that is down (MongoDB unreachable, SQLite locked or
unreadable) is a 503 rather than a 500 with a traceback, and a chat busy with another request
is a 409 ``chat_busy``.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Mapping
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pymongo.errors import ConnectionFailure
from starlette.exceptions import HTTPException as StarletteHTTPException

from agent.chat_lease import ChatBusy
from agent.limits import MessageTooLong
from agent.models import ModelConfigError

log = logging.getLogger("personalmem.api")

#: Exceptions that mean "a storage backend is unreachable", not "the request was bad".
#: ``ConnectionFailure`` covers ``ServerSelectionTimeoutError`` and ``AutoReconnect``.
BACKEND_ERRORS: tuple[type[Exception], ...] = (ConnectionFailure, sqlite3.OperationalError)

STATUS_CODES = {400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found",
                405: "method_not_allowed", 409: "conflict", 413: "payload_too_large",
                415: "unsupported_media_type", 422: "invalid_request",
                503: "backend_unavailable"}


class ApiError(Exception):
    """An error the API reports on purpose, with its status and stable code."""

    def __init__(self, status: int, code: str, message: str,
                 headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.headers = headers


def not_found(kind: str, ident: str) -> ApiError:
    """Unknown id, or an id owned by another user: both read the same, so ids don't leak."""
    return ApiError(404, "not_found", f"{kind} '{ident}' not found.")


def forbidden(message: str) -> ApiError:
    return ApiError(403, "forbidden", message)


def unauthorized(message: str) -> ApiError:
    return ApiError(401, "unauthorized", message, headers={"WWW-Authenticate": "Bearer"})


def invalid(message: str, code: str = "invalid_request") -> ApiError:
    return ApiError(422, code, message)


def error_body(code: str, message: str, details: list[dict[str, Any]] | None = None
               ) -> dict[str, Any]:
    """The error payload; also sent as the ``error`` event of a failing SSE stream."""
    body: dict[str, Any] = {"code": code, "message": message}
    if details:
        body["details"] = details
    return {"error": body}


def backend_message(exc: Exception) -> str:
    """A short, safe description of a backend failure (no connection strings)."""
    kind = "MongoDB" if isinstance(exc, ConnectionFailure) else "SQLite"
    return f"{kind} backend unavailable ({type(exc).__name__}); try again shortly."


def _response(status: int, code: str, message: str,
              details: list[dict[str, Any]] | None = None,
              headers: Mapping[str, str] | None = None) -> JSONResponse:
    return JSONResponse(error_body(code, message, details), status_code=status, headers=headers)


def _validation_details(exc: RequestValidationError) -> list[dict[str, Any]]:
    """Pydantic's errors without ``input``/``ctx``, which may echo secrets or not be JSON."""
    details = []
    for err in exc.errors():
        if isinstance(err, dict):
            loc = [p if isinstance(p, int) else str(p) for p in err.get("loc", ())]
            details.append({"loc": loc, "msg": str(err.get("msg", "")),
                            "type": str(err.get("type", ""))})
        else:  # LangServe raises RequestValidationError(errors=["Invalid JSON body"])
            details.append({"loc": [], "msg": str(err), "type": "value_error"})
    return details


async def _on_api_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, ApiError)
    return _response(exc.status, exc.code, exc.message, headers=exc.headers)


async def _on_http_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    code = STATUS_CODES.get(exc.status_code, "error")
    message = exc.detail if isinstance(exc.detail, str) else code.replace("_", " ")
    if exc.status_code == 404 and message == "Not Found":
        message = f"No route {request.method} {request.url.path}."
    return _response(exc.status_code, code, message, headers=exc.headers)


async def _on_validation_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    details = _validation_details(exc)
    first = details[0] if details else {"loc": [], "msg": "invalid request"}
    where = ".".join(str(p) for p in first["loc"])
    message = f"{where}: {first['msg']}" if where else str(first["msg"])
    return _response(422, "invalid_request", message, details)


async def _on_backend_error(request: Request, exc: Exception) -> JSONResponse:
    log.warning("backend unavailable on %s %s: %r", request.method, request.url.path, exc)
    return _response(503, "backend_unavailable", backend_message(exc))


async def _on_model_error(request: Request, exc: Exception) -> JSONResponse:
    # A model the caller picked is checked up front (422); reaching here means the server's
    # own default model is misconfigured, which is an outage, not a bad request.
    return _response(503, "model_unavailable", str(exc))


async def _on_message_too_long(request: Request, exc: Exception) -> JSONResponse:
    # Entry points check the cap up front; this catches a path that reached the library.
    return _response(422, "invalid_request", str(exc))


async def _on_chat_busy(request: Request, exc: Exception) -> JSONResponse:
    # 409, not 503: the server is fine, this one chat is in use by another request.
    assert isinstance(exc, ChatBusy)
    return _response(409, "chat_busy", exc.message, headers={"Retry-After": "1"})


async def _on_unexpected(request: Request, exc: Exception) -> JSONResponse:
    log.error("unhandled error on %s %s", request.method, request.url.path, exc_info=exc)
    return _response(500, "internal_error", "Internal server error.")


def install_error_handlers(app: FastAPI) -> None:
    """Route every failure through the one error body."""
    app.add_exception_handler(ApiError, _on_api_error)
    app.add_exception_handler(StarletteHTTPException, _on_http_error)
    app.add_exception_handler(RequestValidationError, _on_validation_error)
    for exc_type in BACKEND_ERRORS:
        app.add_exception_handler(exc_type, _on_backend_error)
    app.add_exception_handler(ModelConfigError, _on_model_error)
    app.add_exception_handler(MessageTooLong, _on_message_too_long)
    app.add_exception_handler(ChatBusy, _on_chat_busy)
    app.add_exception_handler(Exception, _on_unexpected)
