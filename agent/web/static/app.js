// The page: who is chatting, their chats, the streamed conversation, and the memory manager.
// Everything goes through the REST API (api.js); every failure is shown in the alert box.

import { Api, ApiError } from "./api.js";

const USER_KEY = "personalmem.userId";
const API_KEY_KEY = "personalmem.apiKey";

const $ = (id) => document.getElementById(id);

const state = {
  userId: localStorage.getItem(USER_KEY) ?? "",
  apiKey: sessionStorage.getItem(API_KEY_KEY) ?? "",
  chats: [],
  chatTotal: 0,
  chat: null,
  memories: [],
  sending: false,
};

const api = new Api(() => ({ userId: state.userId, apiKey: state.apiKey }));

// -- small helpers ------------------------------------------------------------------------

/** An element with text content and attributes (never innerHTML: texts come from users). */
function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === "class") node.className = value;
    else if (key === "text") node.textContent = value;
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? "" : String(value));
  }
  for (const child of children) {
    if (child !== null && child !== undefined) node.append(child);
  }
  return node;
}

function formatDate(iso) {
  if (!iso) return "";
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString();
}

function showError(err) {
  const message = err instanceof ApiError || err instanceof Error ? err.message : String(err);
  $("error-text").textContent = message;
  $("error").hidden = false;
  if (err instanceof ApiError && err.status === 401) $("api-key").focus();
}

function clearError() {
  $("error").hidden = true;
  $("error-text").textContent = "";
}

function announce(message) {
  $("status").textContent = message;
}

/** Run a user action: clear the previous error, show this one's if it fails. */
async function act(action) {
  clearError();
  try {
    await action();
  } catch (err) {
    showError(err);
  }
}

function requireUser() {
  if (!state.userId) {
    $("user-id").focus();
    throw new Error("Enter a user id first (top of the page), then press Use.");
  }
}

/** A confirmation in the page's own dialog; resolves true when the person confirms. */
function confirmAction(text, okLabel) {
  const dialog = $("confirm");
  $("confirm-text").textContent = text;
  $("confirm-ok").textContent = okLabel;
  return new Promise((resolve) => {
    dialog.addEventListener("close", () => resolve(dialog.returnValue === "ok"), { once: true });
    dialog.returnValue = "cancel";
    dialog.showModal();
    $("confirm-cancel").focus();
  });
}

// -- who ----------------------------------------------------------------------------------

async function useIdentity(event) {
  event.preventDefault();
  const userId = $("user-id").value.trim();
  if (!$("user-id").checkValidity() || !userId) {
    showError(new Error("The user id may hold letters, digits and _ . @ - (starting with a letter or digit)."));
    $("user-id").focus();
    return;
  }
  state.userId = userId;
  state.apiKey = $("api-key").value.trim();
  localStorage.setItem(USER_KEY, state.userId);
  if (state.apiKey) sessionStorage.setItem(API_KEY_KEY, state.apiKey);
  else sessionStorage.removeItem(API_KEY_KEY);
  closeChat();
  await loadEverything();
}

async function loadEverything() {
  await act(async () => {
    requireUser();
    await Promise.all([loadChats(), loadMemories(), loadSettings()]);
    announce(`Signed in as ${state.userId}.`);
  });
}

// -- chats --------------------------------------------------------------------------------

async function loadChats() {
  const page = await api.listChats();
  state.chats = page.items;
  state.chatTotal = page.total;
  if (state.chat) {
    // The open chat may have a new title (taken from its first message).
    state.chat = state.chats.find((c) => c.id === state.chat.id) ?? state.chat;
    renderChatHeader();
  }
  renderChats();
}

function chatTitle(chat) {
  return chat.title || "New chat";
}

function renderChats() {
  const list = $("chat-list");
  list.replaceChildren();
  for (const chat of state.chats) {
    const current = state.chat && state.chat.id === chat.id;
    const open = el("button", {
      type: "button", class: "chat-open", "aria-current": current ? "true" : null,
      onclick: () => act(() => openChat(chat)),
    }, el("span", { class: "chat-name", text: chatTitle(chat) }),
    chat.temporary ? el("span", { class: "badge", text: "temporary" }) : null,
    el("span", { class: "muted small", text: formatDate(chat.updated_at) }));
    const rename = el("button", {
      type: "button", class: "icon", text: "Rename",
      "aria-label": `Rename chat “${chatTitle(chat)}”`,
      onclick: () => act(() => renameChat(chat)),
    });
    const remove = el("button", {
      type: "button", class: "icon danger", text: "Delete",
      "aria-label": `Delete chat “${chatTitle(chat)}”`,
      onclick: () => act(() => deleteChat(chat)),
    });
    list.append(el("li", { class: current ? "current" : null }, open, rename, remove));
  }
  $("chats-empty").hidden = state.chats.length > 0;
  const more = state.chatTotal - state.chats.length;
  $("chats-more").hidden = more <= 0;
  $("chats-more").textContent = more > 0 ? `${more} older chats are not shown.` : "";
}

async function newChat(temporary) {
  requireUser();
  const chat = await api.createChat(temporary);
  state.chats.unshift(chat);
  state.chatTotal += 1;
  await openChat(chat);
  announce(temporary ? "New temporary chat." : "New chat.");
}

async function openChat(chat) {
  state.chat = chat;
  renderChatHeader();
  renderChats();
  $("messages").replaceChildren();
  const history = await api.messages(chat.id);
  if (!state.chat || state.chat.id !== chat.id) return; // another chat was opened meanwhile
  for (const message of history.messages) {
    const item = messageItem(message.role, message.content);
    if (item) $("messages").append(item);
  }
  $("message").focus();
}

function closeChat() {
  state.chat = null;
  renderChatHeader();
  $("messages").replaceChildren();
}

function renderChatHeader() {
  $("chat-title").textContent = state.chat ? chatTitle(state.chat) : "No chat open";
  $("chat-note").hidden = !(state.chat && state.chat.temporary);
}

/** Ask for a title in the page's own dialog; null when cancelled or left empty. */
function askTitle(current) {
  const dialog = $("rename");
  const input = $("rename-title");
  input.value = current;
  return new Promise((resolve) => {
    dialog.addEventListener("close", () => resolve(
      dialog.returnValue === "ok" && input.value.trim() ? input.value.trim() : null),
    { once: true });
    dialog.returnValue = "cancel";
    dialog.showModal();
    input.select();
  });
}

async function renameChat(chat) {
  const title = await askTitle(chatTitle(chat));
  if (title === null) return;
  const renamed = await api.renameChat(chat.id, title);
  state.chats = state.chats.map((c) => (c.id === chat.id ? renamed : c));
  if (state.chat && state.chat.id === chat.id) state.chat = renamed;
  renderChats();
  renderChatHeader();
  announce(`Renamed the chat to “${renamed.title}”.`);
}

async function deleteChat(chat) {
  const ok = await confirmAction(
    `Delete the chat “${chatTitle(chat)}” and its messages? Memories learned in it stay.`,
    "Delete chat");
  if (!ok) return;
  await api.deleteChat(chat.id);
  state.chats = state.chats.filter((c) => c.id !== chat.id);
  state.chatTotal -= 1;
  if (state.chat && state.chat.id === chat.id) closeChat();
  renderChats();
  renderMemories(); // source chat names
  announce(`Deleted chat “${chatTitle(chat)}”.`);
}

// -- conversation -------------------------------------------------------------------------

const ROLE_NAMES = { user: "You", assistant: "PersonalMem" };

/** A message bubble; null for what people do not read (tool results, tool-call stubs). */
function messageItem(role, text) {
  if (!(role in ROLE_NAMES) || !text) return null;
  return el("li", { class: `message ${role}` },
    el("span", { class: "who", text: ROLE_NAMES[role] }),
    el("p", { class: "text", text }));
}

async function send(event) {
  event.preventDefault();
  if (state.sending) return;
  const box = $("message");
  const text = box.value;
  if (!text.trim()) {
    box.focus();
    return;
  }
  await act(async () => {
    requireUser();
    if (!state.chat) await newChat(false);
    const chat = state.chat;
    state.sending = true;
    $("send").disabled = true;
    $("messages").append(messageItem("user", text));
    box.value = "";
    const reply = el("li", { class: "message assistant", "aria-busy": "true" },
      el("span", { class: "who", text: ROLE_NAMES.assistant }),
      el("p", { class: "text", text: "…" }));
    $("messages").append(reply);
    const replyText = reply.querySelector(".text");
    let streamed = "";
    try {
      const done = await api.streamTurn(chat.id, text, (token) => {
        streamed += token;
        replyText.textContent = streamed;
      });
      replyText.textContent = done.reply;
      reply.removeAttribute("aria-busy");
      const chips = memoryChips(done.memory_events ?? []);
      if (chips) reply.append(chips);
      const notices = memoryNotices(done.memory_notices ?? []);
      if (notices) reply.append(notices);
      reply.classList.add("done");
    } catch (err) {
      reply.removeAttribute("aria-busy");
      replyText.textContent = streamed || "(no reply)";
      reply.classList.add("failed");
      throw err;
    } finally {
      state.sending = false;
      $("send").disabled = false;
      box.focus();
    }
    await Promise.all([loadChats(), loadMemories()]);
  });
}

const EVENT_NAMES = { created: "Memory created", updated: "Memory updated",
  deleted: "Memory deleted" };

/** The "memory updated" chips under a reply; created memories get an Undo. */
function memoryChips(events) {
  if (!events.length) return null;
  const list = el("ul", { class: "chips", "aria-label": "Memory updated" });
  for (const event of events) {
    const label = event.kind === "updated" && event.previous_text
      ? `${event.previous_text} → ${event.text}` : event.text;
    const chip = el("li", { class: `chip ${event.kind}`, "data-memory-id": event.memory_id },
      el("span", { class: "chip-kind", text: `${EVENT_NAMES[event.kind] ?? event.kind}:` }),
      " ",
      el("span", { class: "chip-text", text: label }));
    if (event.kind === "created") {
      const undo = el("button", {
        type: "button", class: "icon", text: "Undo",
        "aria-label": `Undo: forget “${event.text}”`,
        onclick: () => act(async () => {
          await api.deleteMemory(event.memory_id);
          chip.classList.add("undone");
          chip.querySelector(".chip-kind").textContent = "Forgotten:";
          undo.remove();
          announce(`Forgot “${event.text}”.`);
          await loadMemories();
        }),
      });
      chip.append(" ", undo);
    }
    list.append(chip);
  }
  return list;
}

/** What the turn deliberately did not keep, and why (never the fact itself). */
function memoryNotices(notices) {
  if (!notices.length) return null;
  const list = el("ul", { class: "chips", "aria-label": "Not saved" });
  for (const notice of notices) {
    list.append(el("li", { class: `chip notice ${notice.kind}`, text: notice.message }));
  }
  return list;
}

function onMessageKey(event) {
  if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
    event.preventDefault();
    $("composer").requestSubmit();
  }
}

// -- memories -----------------------------------------------------------------------------

async function loadMemories() {
  state.memories = await api.listMemories();
  renderMemories();
}

async function loadSettings() {
  const settings = await api.settings();
  $("memory-enabled").checked = settings.memory_enabled;
}

function sourceName(chatId) {
  if (!chatId) return "no chat (saved directly)";
  const chat = state.chats.find((c) => c.id === chatId);
  return chat ? `“${chatTitle(chat)}”` : `chat ${chatId.slice(0, 8)}… (not listed)`;
}

function matches(memory, query) {
  if (!query) return true;
  const haystack = [memory.text, memory.category, memory.attribute, memory.value,
    memory.sensitive ? "sensitive" : ""].join(" ").toLowerCase();
  return query.toLowerCase().split(/\s+/).every((word) => haystack.includes(word));
}

function renderMemories() {
  const query = $("memory-filter").value.trim();
  const shown = state.memories.filter((m) => matches(m, query));
  const list = $("memory-list");
  list.replaceChildren();
  for (const memory of shown) list.append(memoryItem(memory));
  $("memory-count").textContent = String(state.memories.length);
  $("memory-count").setAttribute("aria-label", `${state.memories.length} memories`);
  const empty = $("memories-empty");
  empty.hidden = shown.length > 0;
  empty.textContent = state.memories.length ? "No memory matches the filter." : "Nothing remembered.";
}

function memoryItem(memory) {
  const historyId = `history-${memory.id}`;
  const changed = memory.updated_at && memory.updated_at !== memory.created_at;
  const history = el("div", { id: historyId, class: "history", hidden: true });
  const historyButton = el("button", {
    type: "button", class: "icon", text: "History", "aria-expanded": "false",
    "aria-controls": historyId, "aria-label": `History of “${memory.text}”`,
  });
  historyButton.addEventListener("click", () => act(() => toggleHistory(memory, historyButton,
    history)));
  const meta = el("dl", { class: "meta" },
    el("dt", { text: "Category" }), el("dd", { text: memory.category }),
    el("dt", { text: "From" }), el("dd", { text: sourceName(memory.source_chat_id) }),
    el("dt", { text: "Created" }), el("dd", { text: formatDate(memory.created_at) }),
    changed ? el("dt", { text: "Updated" }) : null,
    changed ? el("dd", { text: formatDate(memory.updated_at) }) : null);
  return el("li", { class: "memory", "data-memory-id": memory.id },
    el("p", { class: "memory-text" }, el("span", { text: memory.text }),
      memory.sensitive ? el("span", { class: "badge sensitive", text: "sensitive" }) : null),
    meta,
    el("div", { class: "row" }, historyButton, el("button", {
      type: "button", class: "icon danger", text: "Delete",
      "aria-label": `Delete memory “${memory.text}”`,
      onclick: () => act(async () => {
        try {
          await api.deleteMemory(memory.id);
          announce(`Deleted “${memory.text}”.`);
        } finally {
          await loadMemories(); // also when it failed: it may have been deleted elsewhere
        }
      }),
    })),
    history);
}

async function toggleHistory(memory, button, panel) {
  if (button.getAttribute("aria-expanded") === "true") {
    button.setAttribute("aria-expanded", "false");
    panel.hidden = true;
    return;
  }
  const trail = await api.history(memory.id);
  const rows = trail.entries.map((entry) => {
    const change = entry.old_memory && entry.new_memory && entry.old_memory !== entry.new_memory
      ? `${entry.old_memory} → ${entry.new_memory}` : (entry.new_memory ?? entry.old_memory ?? "");
    return el("li", {}, el("strong", { text: entry.event ?? "?" }), ` ${change} `,
      el("span", { class: "muted small", text: formatDate(entry.updated_at ?? entry.created_at) }));
  });
  panel.replaceChildren(rows.length ? el("ol", { "aria-label": "History" }, ...rows)
    : el("p", { class: "muted", text: "No history recorded." }));
  panel.hidden = false;
  button.setAttribute("aria-expanded", "true");
}

async function exportMemories() {
  requireUser();
  const { blob, filename } = await api.exportMemories();
  const url = URL.createObjectURL(blob);
  const link = el("a", { href: url, download: filename, class: "visually-hidden" });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  announce(`Exported ${filename}.`);
}

async function deleteAllMemories() {
  requireUser();
  const count = state.memories.length;
  const ok = await confirmAction(
    `Delete all ${count} memories of ${state.userId}? This cannot be undone.`, "Delete all");
  if (!ok) return;
  const result = await api.deleteAllMemories();
  announce(`Deleted ${result.deleted} memories.`);
  await loadMemories();
}

async function switchMemory() {
  const box = $("memory-enabled");
  const wanted = box.checked;
  try {
    requireUser();
    const settings = await api.setMemoryEnabled(wanted);
    box.checked = settings.memory_enabled;
    announce(settings.memory_enabled ? "Memory is on." : "Memory is off: chats neither read nor write it.");
  } catch (err) {
    box.checked = !wanted;
    throw err;
  }
}

// -- wiring -------------------------------------------------------------------------------

function start() {
  $("user-id").value = state.userId;
  $("api-key").value = state.apiKey;
  $("who").addEventListener("submit", (event) => useIdentity(event));
  $("error-close").addEventListener("click", clearError);
  $("new-chat").addEventListener("click", () => act(() => newChat(false)));
  $("new-temp-chat").addEventListener("click", () => act(() => newChat(true)));
  $("composer").addEventListener("submit", (event) => send(event));
  $("message").addEventListener("keydown", onMessageKey);
  $("memory-filter").addEventListener("input", renderMemories);
  $("refresh-memories").addEventListener("click", () => act(loadMemories));
  $("export-memories").addEventListener("click", () => act(exportMemories));
  $("delete-all-memories").addEventListener("click", () => act(deleteAllMemories));
  $("memory-enabled").addEventListener("change", () => act(switchMemory));
  renderChats();
  renderMemories();
  if (state.userId) loadEverything();
  else $("user-id").focus();
  document.body.dataset.ready = "true";
}

start();
