// The REST API as the page uses it: JSON requests, the one error body, and the SSE turn stream.
// Every URL is relative to the page, so the page also works behind a proxy that mounts the
// server under a path prefix.

/** An error the API answered with (or a network failure), with a message for people. */
export class ApiError extends Error {
  constructor(status, code, message) {
    super(message);
    this.name = "ApiError";
    this.status = status;
    this.code = code;
  }
}

export class Api {
  /** @param {() => {userId: string, apiKey: string}} who the current user and credentials */
  constructor(who) {
    this.who = who;
  }

  headers(extra = {}) {
    const headers = { Accept: "application/json", ...extra };
    const { apiKey } = this.who();
    if (apiKey) headers["X-API-Key"] = apiKey;
    return headers;
  }

  url(path, params = {}) {
    const url = new URL(path.replace(/^\//, ""), document.baseURI);
    for (const [key, value] of Object.entries(params)) {
      if (value !== undefined && value !== null) url.searchParams.set(key, String(value));
    }
    return url;
  }

  async send(method, path, { params, body } = {}) {
    const init = { method, headers: this.headers() };
    if (body !== undefined) {
      init.headers["Content-Type"] = "application/json";
      init.body = JSON.stringify(body);
    }
    let response;
    try {
      response = await fetch(this.url(path, params), init);
    } catch (err) {
      throw new ApiError(0, "network_error", `The server did not answer (${err.message}).`);
    }
    if (!response.ok) throw await errorFrom(response);
    return response;
  }

  async json(method, path, options) {
    const response = await this.send(method, path, options);
    return response.json();
  }

  user() {
    return encodeURIComponent(this.who().userId);
  }

  // -- chats ------------------------------------------------------------------------------
  listChats(limit = 100) {
    return this.json("GET", `users/${this.user()}/chats`, { params: { limit } });
  }

  createChat(temporary) {
    return this.json("POST", "chats", { body: { user_id: this.who().userId, temporary } });
  }

  renameChat(chatId, title) {
    return this.json("PATCH", `chats/${encodeURIComponent(chatId)}`,
      { params: { user_id: this.who().userId }, body: { title } });
  }

  deleteChat(chatId) {
    return this.json("DELETE", `chats/${encodeURIComponent(chatId)}`,
      { params: { user_id: this.who().userId } });
  }

  messages(chatId) {
    return this.json("GET", `chats/${encodeURIComponent(chatId)}/messages`,
      { params: { user_id: this.who().userId } });
  }

  /**
   * Run one turn with the reply streamed: calls onToken(text) for each `token` event and
   * resolves with the `done` payload. An `error` event, or an error before the stream starts,
   * rejects with an ApiError.
   */
  async streamTurn(chatId, message, onToken) {
    const response = await this.send("POST", `chats/${encodeURIComponent(chatId)}/turn/stream`,
      { body: { user_id: this.who().userId, message } });
    let done = null;
    for await (const event of readEvents(response.body)) {
      const data = event.data ? JSON.parse(event.data) : {};
      if (event.event === "token") onToken(data.text ?? "");
      else if (event.event === "done") done = data;
      else if (event.event === "error") {
        const err = data.error ?? {};
        throw new ApiError(200, err.code ?? "error", err.message ?? "The turn failed.");
      }
    }
    if (done === null) {
      throw new ApiError(200, "stream_ended", "The reply stream ended before the turn finished.");
    }
    return done;
  }

  // -- memories ---------------------------------------------------------------------------
  /** Every memory of the user (the API pages by at most 200). */
  async listMemories() {
    const items = [];
    for (let offset = 0; ; offset += 200) {
      const page = await this.json("GET", `users/${this.user()}/memories`,
        { params: { limit: 200, offset } });
      items.push(...page.items);
      if (page.items.length === 0 || items.length >= page.total) return items;
    }
  }

  deleteMemory(memoryId) {
    return this.json("DELETE", `memories/${encodeURIComponent(memoryId)}`,
      { params: { user_id: this.who().userId } });
  }

  history(memoryId) {
    return this.json("GET", `memories/${encodeURIComponent(memoryId)}/history`,
      { params: { user_id: this.who().userId } });
  }

  deleteAllMemories() {
    return this.json("DELETE", `users/${this.user()}/memories`);
  }

  /** The export as a Blob, with the file name the server suggests. */
  async exportMemories() {
    const response = await this.send("GET", `users/${this.user()}/memories/export`);
    const disposition = response.headers.get("Content-Disposition") ?? "";
    const match = /filename="([^"]+)"/.exec(disposition);
    return { blob: await response.blob(), filename: match ? match[1] : "memories.json" };
  }

  settings() {
    return this.json("GET", `users/${this.user()}/settings`);
  }

  setMemoryEnabled(enabled) {
    return this.json("PUT", `users/${this.user()}/settings`,
      { body: { memory_enabled: enabled } });
  }
}

/** The ApiError for a failed response: the API's `{"error": {...}}` body, or its text. */
async function errorFrom(response) {
  const text = await response.text().catch(() => "");
  let code = `http_${response.status}`;
  let message = text.trim() || response.statusText || "Request failed";
  try {
    const body = JSON.parse(text);
    if (body && body.error) {
      code = body.error.code ?? code;
      message = body.error.message ?? message;
    } else if (body && body.detail) {
      message = typeof body.detail === "string" ? body.detail : JSON.stringify(body.detail);
    }
  } catch {
    // not JSON: keep the text
  }
  return new ApiError(response.status, code, `${message} (HTTP ${response.status})`);
}

/**
 * Server-Sent Events from a fetch body: yields {event, data} per event. Lines may end in
 * CRLF, LF or CR (sse-starlette sends CRLF); comment lines (": ping") are skipped.
 */
export async function* readEvents(body) {
  const reader = body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = "";
  let event = { event: "message", data: [] };
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      buffer += value;
      // A CR at the very end may be the first half of a CRLF: wait for the next chunk.
      const usable = buffer.endsWith("\r") ? buffer.length - 1 : buffer.length;
      const lines = buffer.slice(0, usable).split(/\r\n|\r|\n/);
      buffer = lines.pop() + buffer.slice(usable);
      for (const line of lines) {
        if (line === "") {
          if (event.data.length) yield { event: event.event, data: event.data.join("\n") };
          event = { event: "message", data: [] };
        } else if (!line.startsWith(":")) {
          const colon = line.indexOf(":");
          const field = colon < 0 ? line : line.slice(0, colon);
          let value = colon < 0 ? "" : line.slice(colon + 1);
          if (value.startsWith(" ")) value = value.slice(1);
          if (field === "event") event.event = value;
          else if (field === "data") event.data.push(value);
        }
      }
    }
    if (event.data.length) yield { event: event.event, data: event.data.join("\n") };
  } finally {
    // Stops the download when the caller leaves early (an `error` event); a no-op after the end.
    await reader.cancel().catch(() => {});
  }
}
