"""A minimal OpenAI-compatible chat-completions server for tests (stdlib only).

Usage: python openai_stub.py PORT LOG.jsonl -- records every request body to LOG.jsonl and
answers deterministically: a structured-output request mentioning "outage" gets a 503; a
chat request whose last message says "reject me" gets a 400 (a provider error, never retried); a
structured-output request (``response_format``) gets an
extraction JSON with a name fact if the prompt mentions "my name is"; a request with tools whose
last user message says "remember" gets a ``save_memory`` tool call; anything else gets text.
"""

from __future__ import annotations

import json
import re
import sys
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


def completion(message: dict[str, Any], model: str) -> dict[str, Any]:
    return {
        "id": "chatcmpl-stub", "object": "chat.completion", "created": int(time.time()),
        "model": model,
        "choices": [{"index": 0, "message": message,
                     "finish_reason": "tool_calls" if message.get("tool_calls") else "stop"}],
        "usage": {"prompt_tokens": 10, "completion_tokens": 5, "total_tokens": 15},
    }


def answer(body: dict[str, Any]) -> dict[str, Any]:
    messages = body.get("messages", [])
    last = messages[-1] if messages else {}
    text = str(last.get("content", ""))
    model = str(body.get("model", "stub"))
    if body.get("response_format"):
        name = re.search(r"my name is (\w+)", text, re.I)
        facts = [{"text": f"Name is {name.group(1)}", "category": "name", "attribute": "name",
                  "value": name.group(1), "op": "add"}] if name else []
        love = re.search(r"\bI love (\w+)", text, re.I)
        if love:
            facts.append({"text": f"Loves {love.group(1)}", "category": "preference",
                          "value": love.group(1), "op": "add"})
        return completion({"role": "assistant", "content": json.dumps({"facts": facts})}, model)
    if body.get("tools") and last.get("role") == "user" and "remember" in text.lower():
        call = {"id": "call_1", "type": "function",
                "function": {"name": "save_memory",
                             "arguments": json.dumps({"fact": text, "user_id": "someone-else"})}}
        return completion({"role": "assistant", "content": None, "tool_calls": [call]}, model)
    if last.get("role") == "tool":
        return completion({"role": "assistant", "content": f"Done: {last.get('content')}"}, model)
    return completion({"role": "assistant", "content": "stub reply"}, model)


class Handler(BaseHTTPRequestHandler):
    log_path = ""

    def do_POST(self) -> None:  # noqa: N802 - http.server API
        body = json.loads(self.rfile.read(int(self.headers.get("Content-Length", "0"))))
        with open(self.log_path, "a", encoding="utf-8") as log:
            log.write(json.dumps({"path": self.path, "body": body,
                                  "auth": self.headers.get("Authorization")}) + "\n")
        last = (body.get("messages") or [{}])[-1]
        if body.get("response_format") and "outage" in str(last.get("content", "")).lower():
            self.send_response(503)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        if not body.get("response_format") and "reject me" in str(last.get("content", "")):
            data = json.dumps({"error": {"message": "rejected by the stub",
                                         "type": "invalid_request_error"}}).encode()
            self.send_response(400)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)
            return
        data = json.dumps(answer(body)).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self) -> None:  # noqa: N802
        self.send_response(200)
        self.end_headers()
        self.wfile.write(b"ok")

    def log_message(self, *args: Any) -> None:
        return


if __name__ == "__main__":
    Handler.log_path = sys.argv[2]
    ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1])), Handler).serve_forever()
