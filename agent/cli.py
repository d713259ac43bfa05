"""The ``personalmem`` command: demo, chat, serve, eval."""

from __future__ import annotations

import asyncio
import os
import sys
import traceback
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NoReturn

import typer

from agent.config_problems import EXIT_CONFIG, ConfigError

if TYPE_CHECKING:
    from agent.chats import ChatRecord
    from agent.personal_memory import PersonalMemory
    from agent.runner import TurnResult
    from agent.settings import Settings

app = typer.Typer(help="PersonalMem: a chat agent with per-chat history and personal memory.",
                  no_args_is_help=True, add_completion=False)

DEMO_USER = "honda"
CHAT_A = "My name is Honda. I'm a software engineer who loves Python and I prefer working on " \
         "backend systems."
CHAT_C = "Help me debug this function: def add(a,b): return a-b"


Debug = Annotated[bool, typer.Option(
    "--debug", help="On a start-up problem, show the traceback behind the message too.")]


def _offline_env() -> None:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")


def _stop(error: ConfigError, debug: bool) -> NoReturn:
    """Report configuration problems as the message alone (tracebacks only with --debug)."""
    if debug:
        traceback.print_exception(error)
        for cause in error.causes:
            traceback.print_exception(cause)
    typer.secho(str(error), fg="red", err=True)
    raise typer.Exit(EXIT_CONFIG)


def _checked_settings(debug: bool, model: str | None = None) -> Settings:
    """The process settings once ``check_config`` (and the ``--model`` choice) passed."""
    from agent.config_check import require_config
    from agent.model_check import model_problems
    from agent.settings import get_settings

    try:
        settings = get_settings()
        require_config(settings, model_problems(settings, model, "--model") if model else [])
    except ConfigError as error:
        _stop(error, debug)
    return settings


def print_memory_report(result: TurnResult) -> None:
    """What the turn did to memory ("memory created: ...") and what it chose not to keep."""
    for event in result.memory_events:
        typer.secho(f"  * memory {event['kind']}: {event['text']}", fg="green")
    for notice in result.memory_notices:
        typer.secho(f"  * {notice['message']}", fg="yellow")


@app.command()
def demo(user: Annotated[str, typer.Option(help="User id for the demo.")] = DEMO_USER,
         debug: Debug = False) -> None:
    """Run the seed scenario: introduce yourself in chat A, get recalled in chat B, ask a task
    in chat C that stores nothing, then check that each chat only has its own messages."""
    _offline_env()
    asyncio.run(_demo(user, _checked_settings(debug)))


async def _demo(user: str, settings: Settings) -> None:
    from agent.assistant import build_graph
    from agent.checkpointer import open_checkpointer
    from agent.nodes import render_memory_context, render_system_prompt
    from agent.personal_memory import Memory, PersonalMemory
    from agent.runner import chat_messages, run_turn

    mem = PersonalMemory(settings=settings)
    removed = mem.forget_all(user)
    typer.echo(f"PersonalMem demo  (model: {settings.default_model}, backend: "
               f"{settings.backend}, data: {settings.data_dir})")
    if removed:
        typer.echo(f"(cleared {removed} memories left by an earlier demo run for '{user}')")
    async with open_checkpointer(settings) as saver:
        agent = build_graph(saver, mem)
        chats = {name: mem.chats.create(user, title=f"Chat {name}") for name in "ABC"}
        sent: dict[str, list[str]] = {name: [] for name in chats}

        async def turn(name: str, text: str) -> Any:
            sent[name].append(text)
            typer.secho(f"\n[Chat {name}] user: {text}", bold=True)
            run = mem.resolve_run(user_id=user, chat_id=chats[name].id)
            result = await run_turn(agent, chats=mem.chats, chat_id=chats[name].id,
                                    context=run, message=text)
            typer.echo(f"[Chat {name}] assistant: {result.reply}")
            print_memory_report(result)
            return result

        await turn("A", CHAT_A)
        result = await turn("B", "What is my name?")
        typer.secho("  memory context used in chat B:", fg="cyan")
        used = [Memory(**m) for m in result.memories_used]
        prompt = render_system_prompt(render_memory_context(used, True))
        start, end = prompt.find("<user_memories>"), prompt.find("</user_memories>")
        typer.echo("  " + prompt[start:end + 16].replace("\n", "\n  "))
        await turn("B", "What language should I use for my backend?")
        typer.secho(f"\nMemories of '{user}':", bold=True)
        for record in mem.list(user):
            typer.echo(f"  - [{record.category}] {record.text}  (from chat "
                       f"{record.source_chat_id})")
        before = len(mem.list(user))
        await turn("C", CHAT_C)
        after = len(mem.list(user))
        typer.echo(f"  memories before/after chat C: {before}/{after} "
                   f"({'nothing stored' if before == after else 'CHANGED'})")
        await turn("C", "What was I asking about earlier?")
        typer.secho("\nIsolation check (messages per chat):", bold=True)
        ok = True
        for name, chat in chats.items():
            msgs = await chat_messages(agent, chat.id)
            users = [m.content for m in msgs if m.type == "human"]
            typer.echo(f"  Chat {name}: {len(msgs)} messages; user said: {users}")
            ok &= users == sent[name]
        typer.secho("  OK: every chat holds only its own messages." if ok else "  FAILED",
                    fg="green" if ok else "red")
        if not ok:
            raise typer.Exit(1)


CHAT_HELP = "/chats /open ID /new /memories /forget ID /user NAME /quit"


@app.command()
def chat(user: Annotated[str, typer.Option(help="User id.")] = "me",
         model: Annotated[str | None, typer.Option(help="Model for this session.")] = None,
         resume: Annotated[str | None, typer.Option(
             help="Chat id to continue, or 'last' for the user's latest chat.")] = None,
         debug: Debug = False) -> None:
    """Interactive chat. Commands: /chats, /open ID, /new, /memories, /forget ID, /user NAME,
    /quit."""
    _offline_env()
    asyncio.run(_chat(user, model, resume, _checked_settings(debug, model)))


def banner(settings: Settings, model: str | None, user: str) -> str:
    """Which model answers and where the chat and the memories are kept."""
    from agent.models import is_offline

    spec = model or settings.default_model
    kind = " (offline: deterministic rules, not an LLM)" if is_offline(spec, settings) else ""
    where = "MongoDB (MONGODB_URI)" if settings.backend == "mongodb" else \
        f"SQLite in {settings.data_dir.resolve()}"
    return f"PersonalMem as '{user}' | model {spec}{kind} | stored in {where}"


async def _chat(user: str, model: str | None, resume: str | None, settings: Settings) -> None:
    import threading

    from agent.assistant import build_graph
    from agent.checkpointer import open_checkpointer
    from agent.personal_memory import PersonalMemory

    mem = PersonalMemory(settings=settings)
    # The encoder, the memory store and the secret filter load while the user types.
    warm = threading.Thread(target=mem.warm_up, name="warm-up", daemon=True)
    try:
        async with open_checkpointer(mem.settings) as saver:
            agent = build_graph(saver, mem)
            typer.echo(banner(settings, model, user))
            current = _resumed(mem, user, resume) if resume else None
            if current is None:
                current = mem.chats.create(user)
                typer.echo(f"New chat {current.id}. {CHAT_HELP}")
            else:
                await _show_chat(agent, current)
            warm.start()
            await _loop(agent, mem, user, current, model, settings)
    except BaseException:
        if warm.is_alive():
            warm.join()
        raise
    if warm.is_alive():
        _leave_while_loading()
    mem.close()


def _leave_while_loading() -> NoReturn:
    """Quit at once though the warm-up is still loading: the chat is checkpointed and closed,
    and the warm-up writes nothing. A normal interpreter exit would tear torch's thread pool
    down mid-load and abort ("terminate called without an active exception"); waiting for it
    would keep the user several seconds after /quit. So the process ends here."""
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)


async def _loop(agent: Any, mem: PersonalMemory, user: str, current: ChatRecord,
                model: str | None, settings: Settings) -> None:
    """Read lines until /quit or end of input; each line is a command or a turn."""
    from agent.chat_lease import ChatBusy
    from agent.limits import MessageTooLong, check_message
    from agent.memory.extractors.llm import provider_errors
    from agent.personal_memory import MemoryNotFound
    from agent.runner import run_turn

    while True:
        try:
            line = input(f"{user}> ").strip()
        except (EOFError, KeyboardInterrupt):
            break
        if not line:
            continue
        if line in {"/quit", "/exit"}:
            break
        if line == "/new":
            current = mem.chats.create(user)
            typer.echo(f"New chat {current.id}")
        elif line == "/chats":
            _list_chats(mem, user, current.id)
        elif line.startswith("/open "):
            found = _resumed(mem, user, line.split(maxsplit=1)[1].strip())
            if found is not None:
                current = found
                await _show_chat(agent, current)
        elif line == "/memories":
            for record in mem.list(user):
                typer.echo(f"  {record.id}  [{record.category}] {record.text}")
        elif line.startswith("/forget "):
            memory_id = line.split(maxsplit=1)[1]
            try:
                mem.delete(user, memory_id)
                typer.echo("  forgotten")
            except MemoryNotFound:
                typer.echo("  no such memory")
        elif line.startswith("/user "):
            user = line.split(maxsplit=1)[1].strip()
            current = mem.chats.create(user)
            typer.echo(f"Now '{user}', new chat {current.id}")
        else:
            try:
                check_message(line)
            except MessageTooLong as exc:
                typer.secho(f"  {exc}", fg="red")
                continue
            run = mem.resolve_run(user_id=user, chat_id=current.id, model=model)
            try:
                result = await run_turn(agent, chats=mem.chats, chat_id=current.id,
                                        context=run, message=line,
                                        strategy=settings.multitask_strategy)
            except ChatBusy as exc:  # another process holds this chat
                typer.secho(f"  {exc}", fg="red")
                continue
            except provider_errors() as exc:  # an outage or a bad key: say so, go on
                typer.secho(f"  The model failed: {exc}. Nothing was saved for this "
                            "message; try again or /quit.", fg="red")
                continue
            mem.chats.touch(current.id, line)
            typer.echo(result.reply)
            print_memory_report(result)


def _resumed(mem: PersonalMemory, user: str, wanted: str) -> ChatRecord | None:
    """The user's chat ``wanted`` (an id, or 'last'); another user's chat is never found."""
    if wanted == "last":
        chats, _ = mem.chats.list_for_user(user, limit=1)
        found = chats[0] if chats else None
    else:
        found = mem.chats.get(wanted)
        found = found if found is not None and found.user_id == user else None
    if found is None:
        typer.secho(f"  no chat '{wanted}' for '{user}' (see /chats)", fg="red")
    return found


def _list_chats(mem: PersonalMemory, user: str, current: str) -> None:
    chats, total = mem.chats.list_for_user(user, limit=20)
    for record in chats:
        mark = "*" if record.id == current else " "
        typer.echo(f" {mark} {record.id}  {record.updated_at[:16]}  {record.title}")
    if total > len(chats):
        typer.echo(f"   ... {total - len(chats)} older")


async def _show_chat(agent: Any, record: ChatRecord, last: int = 6) -> None:
    """Continue a chat: its title and its latest messages."""
    from langchain_core.messages import AIMessage, HumanMessage

    from agent.runner import chat_messages, message_text

    messages = [m for m in await chat_messages(agent, record.id) if isinstance(m, HumanMessage)
                or isinstance(m, AIMessage) and not m.tool_calls and message_text(m)]
    typer.echo(f"Chat {record.id}: {record.title} ({len(messages)} messages). {CHAT_HELP}")
    for msg in messages[-last:]:
        who = "you" if isinstance(msg, HumanMessage) else "assistant"
        typer.echo(f"  {who}: {message_text(msg)[:300]}")


@app.command()
def serve(host: str = "127.0.0.1", port: int = 8000, debug: Debug = False) -> None:
    """Start the REST API (the app of ``uvicorn server:app``), once the configuration checks
    out."""
    import uvicorn

    from agent.api.app import create_app

    _offline_env()
    try:
        api = create_app()
    except ConfigError as error:
        _stop(error, debug)
    uvicorn.run(api, host=host, port=port, log_level="debug" if debug else "info")


@app.command("eval")
def eval_(
    dataset: Annotated[Path, typer.Option(help="A .jsonl file or a folder of them.")] = Path(
        "evals/datasets"),
    model: Annotated[str, typer.Option(help="'offline' or a provider string.")] = "offline",
    out: Annotated[Path | None, typer.Option(help="Write the JSON report here.")] = None,
    min_pass_rate: Annotated[float | None, typer.Option(help="Fail below this.")] = None,
    max_false_store_rate: Annotated[float | None, typer.Option(help="Fail above this.")] = None,
    min_store_recall: Annotated[float | None, typer.Option(help="Fail below this.")] = None,
    show_failures: Annotated[bool, typer.Option(
        help="List failing cases (--no-show-failures for a frozen test set).")] = True,
) -> None:
    """Run the store-vs-not-store eval suite."""
    from agent.evaluation import main

    _offline_env()
    raise typer.Exit(main(dataset, model, out, min_pass_rate, max_false_store_rate,
                          show_failures, min_store_recall))


@app.command("eval-conversations")
def eval_conversations(
    path: Annotated[Path, typer.Argument(help="LOCOMO-format conversations (.json).")],
    model: Annotated[str, typer.Option(help="'offline' or a provider string.")] = "offline",
    out: Annotated[Path | None, typer.Option(help="Write the JSON report here.")] = None,
    max_per_100: Annotated[float | None, typer.Option(
        help="Fail when a stream keeps more memories per 100 user turns.")] = None,
    max_sensitive: Annotated[int | None, typer.Option(
        help="Fail when a stream keeps more sensitive memories.")] = None,
) -> None:
    """Stream real long conversations through the memory writer (each speaker a user)."""
    from agent.conversations import main

    _offline_env()
    raise typer.Exit(main(path, model, out, max_per_100, max_sensitive))


@app.command("train-extractor")
def train_extractor(
    out: Annotated[Path | None, typer.Option(help="Where to write the weights.")] = None,
    dev_report: Annotated[bool, typer.Option(
        help="Also fit on the train split alone and score the dev split (twice the time).")
    ] = True,
) -> None:
    """Train the learned memory extractor from its labelled data (deterministic)."""
    import json

    from agent.memory.extractors.learned import WEIGHTS
    from agent.memory.extractors.learned.train import train_and_save

    _offline_env()
    report = train_and_save(out or WEIGHTS, report_dev=dev_report)
    typer.echo(json.dumps(report, indent=2))


if __name__ == "__main__":
    app()
