"""The web page in a real browser: Debian's chromium, driven by Playwright, against a real
``uvicorn server:app`` process on 127.0.0.1 (offline default model, a temporary data folder).

One person's session, start to end: a fact told in one chat is remembered (a chip shows it),
recalled in another, a one-off task stores nothing, a memory deleted in the manager is gone
from the next answer, and "delete all" empties the list. Along the way: the export download,
a memory's history, an API error shown to the person, and the page at 375 px. Throughout: no
request leaves this server and the console stays free of errors.

Screenshots are kept in ``reports/screenshots/`` (gitignored).
"""

from __future__ import annotations

import json
import re
import shutil
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import httpx
import pytest

from tests.support.processes import ROOT, uvicorn_server

try:
    from playwright.sync_api import ConsoleMessage, Locator, Page, Request, expect, sync_playwright
except ImportError:  # pragma: no cover - reported by the fixture below, as a failure
    sync_playwright = None  # type: ignore[assignment]

SCREENSHOTS = ROOT / "reports" / "screenshots"
INSTALL_HINT = ("Install Debian's chromium: `make setup-browser` (as root it runs `apt-get "
                "update && apt-get install -y --no-install-recommends chromium`), then rerun.")

INTRO = "Hi, my name is Priya and I work as a data engineer."
ASK_NAME = "What is my name?"
ONE_OFF = "Translate 'good morning' into German."

#: Bounds for every wait: page actions, and a whole streamed turn.
ACTION_MS = 5_000
TURN_MS = 15_000


@dataclass
class Watch:
    """What the page did that the test checks at the end."""

    origin: str
    requests: list[str] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)

    def on_request(self, request: Request) -> None:
        self.requests.append(request.url)

    def on_console(self, message: ConsoleMessage) -> None:
        if message.type == "error":
            self.console_errors.append(message.text)

    def foreign_requests(self) -> list[str]:
        host = urlsplit(self.origin).netloc
        return [url for url in self.requests
                if urlsplit(url).scheme not in ("blob", "data")
                and urlsplit(url).netloc != host]


def chromium() -> str:
    if sync_playwright is None:
        pytest.fail("Playwright for Python is not installed: `pip install -e '.[dev]'` "
                    "(it is a dev dependency; no browser download is needed).", pytrace=False)
    path = shutil.which("chromium")
    if path is None:
        pytest.fail(f"The browser test needs Debian's chromium, and `chromium` is not on PATH. "
                    f"{INSTALL_HINT}", pytrace=False)
    return path


@contextmanager
def web_server(tmp: Path) -> Iterator[str]:
    """The app as a real process on 127.0.0.1, on a fresh data folder and the offline model."""
    env = {"PERSONALMEM_DATA_DIR": str(tmp / "data"), "MEM0_DIR": str(tmp / "data" / "mem0"),
           "MONGODB_URI": "", "PERSONALMEM_MODEL": "offline"}
    with uvicorn_server(env, tmp / "server.log") as base:
        yield base


@contextmanager
def browser_page(executable: str, server: str) -> Iterator[tuple[Page, Watch]]:
    """A fresh chromium page that records its requests, console errors and page errors."""
    watch = Watch(server)
    assert sync_playwright is not None
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=executable, args=["--no-sandbox"],
                                    timeout=30_000)
        try:
            context = browser.new_context(viewport={"width": 1280, "height": 900},
                                          accept_downloads=True)
            context.set_default_timeout(ACTION_MS)
            context.on("request", watch.on_request)
            tab = context.new_page()
            tab.on("console", watch.on_console)
            tab.on("pageerror", lambda exc: watch.page_errors.append(str(exc)))
            yield tab, watch
        finally:
            browser.close()


def shot(page: Page, name: str) -> None:
    page.screenshot(path=str(SCREENSHOTS / f"web-ui-{name}.png"), full_page=True)


def memory_count(page: Page) -> Locator:
    return page.locator("#memory-count")


def remembered(page: Page, text: str) -> Locator:
    """The memory manager's entries whose fact (not their source chat's title) has ``text``."""
    return page.locator("#memory-list > li").filter(
        has=page.locator(".memory-text", has_text=text))


def new_chat(page: Page) -> None:
    page.get_by_role("button", name="New chat", exact=True).click()
    expect(page.get_by_role("heading", name="New chat", level=2)).to_be_visible()
    expect(page.locator("#messages > li")).to_have_count(0)


def say(page: Page, text: str) -> Locator:
    """Type a message, send it with Enter, and return the finished reply."""
    replies = page.locator("#messages li.message.assistant")
    before = replies.count()
    box = page.get_by_role("textbox", name="Message")
    box.fill(text)
    box.press("Enter")
    reply = replies.nth(before)
    expect(reply).to_have_class(re.compile(r"\bdone\b"), timeout=TURN_MS)
    expect(page.locator("#messages li.message.user").last).to_have_text(re.compile(re.escape(text)))
    return reply


@pytest.mark.timeout(120)
def test_chat_and_memory_manager_in_a_browser(tmp_path: Path) -> None:
    executable = chromium()  # first: without a browser, fail at once with how to install it
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    with web_server(tmp_path) as server, browser_page(executable, server) as (tab, watch):
        session(tab, watch, server)


def session(tab: Page, watch: Watch, server: str) -> None:
    user = f"priya-{uuid.uuid4().hex[:8]}"
    tab.goto(f"{server}/")
    expect(tab).to_have_title("PersonalMem")
    tab.get_by_label("User id").fill(user)
    tab.get_by_label("User id").press("Enter")
    expect(tab.get_by_role("status")).to_have_text(f"Signed in as {user}.")
    expect(memory_count(tab)).to_have_text("0")
    # The user id is remembered by the browser.
    assert tab.evaluate("localStorage.getItem('personalmem.userId')") == user

    # Chat A: a fact about the user -> a "memory created" chip, and the manager lists it.
    reply = say(tab, INTRO)
    chips = reply.get_by_role("list", name="Memory updated").get_by_role("listitem")
    expect(chips.filter(has_text="Priya")).to_have_count(1)
    expect(chips.filter(has_text="Priya")).to_contain_text("Memory created")
    memories = tab.get_by_role("list", name="Remembered facts").locator("> li")
    expect(remembered(tab, "Priya")).to_have_count(1)
    after_intro = int(memory_count(tab).inner_text())
    assert after_intro == chips.count() >= 1
    expect(tab.get_by_role("heading", level=2, name=INTRO)).to_be_visible()  # title from msg 1
    shot(tab, "1-chat-a")

    # Rename chat A in the page's own dialog: the list and the heading follow.
    tab.get_by_role("button", name=f"Rename chat “{INTRO}”").click()
    rename = tab.get_by_role("dialog", name="Rename chat")
    rename.get_by_label("Title").fill("About me")
    rename.get_by_role("button", name="Rename").click()
    expect(tab.get_by_role("heading", level=2, name="About me")).to_be_visible()
    expect(tab.get_by_role("button", name="Rename chat “About me”")).to_be_visible()

    # Chat B: a new chat knows the name from memory, not from chat A's history.
    new_chat(tab)
    reply = say(tab, ASK_NAME)
    expect(reply).to_contain_text("Priya")
    shot(tab, "2-chat-b")

    # Chat C: a one-off task stores nothing.
    new_chat(tab)
    reply = say(tab, ONE_OFF)
    expect(reply.locator(".chip")).to_have_count(0)
    expect(memory_count(tab)).to_have_text(str(after_intro))
    expect(memories).to_have_count(after_intro)

    # A health detail said in passing: nothing stored, and the reply says so (not the fact).
    reply = say(tab, "I'm lactose intolerant, any pizza ideas?")
    notice = reply.get_by_role("list", name="Not saved").get_by_role("listitem")
    expect(notice).to_have_count(1)
    expect(notice).to_contain_text("remember")
    expect(notice).not_to_contain_text("lactose")
    expect(memory_count(tab)).to_have_text(str(after_intro))

    # Export: the download holds every memory.
    with tab.expect_download(timeout=ACTION_MS) as download:
        tab.get_by_role("button", name="Export JSON").click()
    exported = json.loads(Path(download.value.path()).read_text())
    assert exported["user_id"] == user and exported["count"] == after_intro

    # History of the name memory: its ADD row.
    name_memory = remembered(tab, "Priya")
    name_memory.get_by_role("button", name=re.compile(r"^History")).click()
    expect(name_memory.get_by_role("list", name="History")).to_contain_text("ADD")
    expect(name_memory.get_by_role("button", name=re.compile(r"^History"))
           ).to_have_attribute("aria-expanded", "true")
    shot(tab, "3-manager")

    # The filter box narrows the list (client-side) and the count stays the total.
    tab.get_by_label("Filter memories").fill("priya")
    expect(memories).to_have_count(1)
    tab.get_by_label("Filter memories").fill("")
    expect(memories).to_have_count(after_intro)

    # Delete the name memory in the manager -> a new chat no longer knows the name.
    name_memory.get_by_role("button", name=re.compile(r"^Delete memory")).click()
    expect(remembered(tab, "Priya")).to_have_count(0)
    expect(memory_count(tab)).to_have_text(str(after_intro - 1))
    new_chat(tab)
    reply = say(tab, ASK_NAME)
    expect(reply).not_to_contain_text("Priya")

    # Chat E: the name again -> its chip's Undo forgets it at once.
    new_chat(tab)
    reply = say(tab, INTRO)
    chip = reply.get_by_role("listitem").filter(has_text="Priya")
    chip.get_by_role("button", name=re.compile(r"^Undo")).click()
    expect(chip).to_contain_text("Forgotten:")
    expect(chip.get_by_role("button")).to_have_count(0)
    expect(remembered(tab, "Priya")).to_have_count(0)
    expect(memory_count(tab)).to_have_text(str(after_intro - 1))

    # An API error is shown as text: a memory deleted by another client, then deleted here.
    remaining = httpx.get(f"{server}/users/{user}/memories", timeout=10).json()["items"]
    assert remaining, "expected the job memory from chat A to remain"
    gone = remaining[0]
    resp = httpx.delete(f"{server}/memories/{gone['id']}", params={"user_id": user}, timeout=10)
    assert resp.status_code == 200, resp.text
    remembered(tab, gone["text"]).get_by_role(
        "button", name=re.compile(r"^Delete memory")).click()
    alert = tab.get_by_role("alert")
    expect(alert).to_contain_text(f"Memory '{gone['id']}' not found. (HTTP 404)")
    expect(remembered(tab, gone["text"])).to_have_count(0)  # the list was reloaded
    shot(tab, "4-error")
    tab.get_by_role("button", name="Dismiss").click()
    expect(alert).to_be_hidden()

    # "Delete all", confirmed in the page's own dialog, empties the list.
    say(tab, "My name is Priya.")
    expect(memories).not_to_have_count(0)
    tab.get_by_role("button", name="Delete all").click()
    dialog = tab.get_by_role("dialog")
    expect(dialog).to_contain_text("This cannot be undone.")
    dialog.get_by_role("button", name="Delete all").click()
    expect(memories).to_have_count(0)
    expect(memory_count(tab)).to_have_text("0")
    expect(tab.get_by_text("Nothing remembered.")).to_be_visible()
    assert httpx.get(f"{server}/users/{user}/memories", timeout=10).json()["total"] == 0

    # A temporary chat neither reads nor writes memory.
    tab.get_by_role("button", name="New temporary chat").click()
    expect(tab.get_by_text("Temporary chat: nothing is read from or written to memory."))\
        .to_be_visible()
    reply = say(tab, INTRO)
    expect(reply.locator(".chip")).to_have_count(0)
    expect(memory_count(tab)).to_have_text("0")

    # The memory switch is the server's setting: off survives a reload, and turns are not
    # learned from while it is off.
    switch = tab.get_by_role("switch", name="Memory on")
    switch.uncheck()
    expect(tab.get_by_role("status")).to_contain_text("Memory is off")
    assert httpx.get(f"{server}/users/{user}/settings", timeout=10
                     ).json()["memory_enabled"] is False
    tab.reload()
    expect(tab.get_by_role("status")).to_have_text(f"Signed in as {user}.")  # from storage
    expect(switch).not_to_be_checked()
    new_chat(tab)
    reply = say(tab, INTRO)
    expect(reply.locator(".chip")).to_have_count(0)
    switch.check()
    expect(tab.get_by_role("status")).to_contain_text("Memory is on")

    # At 375 px everything fits the width (no horizontal scrolling).
    tab.set_viewport_size({"width": 375, "height": 800})
    expect(tab.get_by_role("button", name="Send")).to_be_visible()
    assert tab.evaluate("document.documentElement.scrollWidth") <= 375
    shot(tab, "5-narrow")

    # Only this server was contacted, and nothing went wrong in the page.
    assert watch.requests, "no request was recorded"
    assert watch.foreign_requests() == []
    assert watch.page_errors == []
    # The one console error allowed is the browser's note on the 404 provoked above.
    expected_404 = [m for m in watch.console_errors if "status of 404" in m]
    assert len(expected_404) == 1, watch.console_errors
    assert [m for m in watch.console_errors if m not in expected_404] == []
